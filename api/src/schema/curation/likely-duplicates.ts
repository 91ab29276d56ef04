import type { EntityKind, GraphNode, GraphStore } from '@icg/graph';
import { toSimplified } from '@icg/search-indexer';
import { apiError } from '../../errors.ts';

/**
 * Kinds whose names recur from city to city (第一棉纺织厂, 火车站, 工人文化宫): one of them in another city is
 * another place, so a likely duplicate has to be in the same city. A person, a technique or a story of the same
 * name is the same one wherever it is filed.
 */
const NAMES_RECUR_BY_CITY: ReadonlySet<EntityKind> = new Set<EntityKind>([
  'Enterprise',
  'HeritageSite',
  'Museum',
  'TourismSite',
  'StudyBase',
  'Place',
  'Project',
]);

/** Nodes read per page while looking for a name: the store's own bound, not the API's. */
const PAGE = 1_000;

/** Candidates named in an error: enough to choose from, few enough to read. */
export const MAX_CANDIDATES = 10;

/**
 * A name as two curators would both mean it: full-width letters folded (NFKC), invisible format characters and
 * spaces dropped, traditional characters written simplified, case ignored. 張謇, 张\u200b謇 and 张 謇 are one name.
 */
export function nameKey(name: string): string {
  return toSimplified(name.normalize('NFKC').replace(/[\s\p{Cf}]/gu, '')).toLowerCase();
}

/** Whether the node answers to `name` (its name or an alias, compared by nameKey). */
export function answersTo(node: Pick<GraphNode, 'name' | 'aliases'>, name: string): boolean {
  const wanted = nameKey(name);
  return wanted !== '' && [node.name, ...node.aliases].some((known) => nameKey(known) === wanted);
}

export interface DuplicateQuery {
  kind: EntityKind;
  name: string;
  city: string | null;
}

/**
 * Stored entities of the same kind that answer to the name: likely the one a curator means to create again. The
 * store finds the name as text within names and aliases (page by page, all of them), and the exact comparison is
 * made here, on nameKey. For kinds whose names recur by city, an entity filed in another city is not a candidate.
 */
export async function likelyDuplicates(store: GraphStore, query: DuplicateQuery): Promise<GraphNode[]> {
  // Spaces may sit elsewhere in the stored name, so the store looks for the longest run without them.
  const longestRun = (text: string) =>
    text.split(/\s+/u).reduce((longest, run) => (run.length > longest.length ? run : longest), '');
  const visible = longestRun(query.name.normalize('NFKC').replace(/\p{Cf}/gu, ''));
  const texts = [...new Set([visible, toSimplified(visible)])].filter((text) => text !== '');
  const found = new Map<string, GraphNode>();
  for (const text of texts) {
    let afterId: string | undefined;
    for (;;) {
      const page = await store.findNodes({ kinds: [query.kind], text, first: PAGE, ...(afterId ? { afterId } : {}) });
      for (const node of page) if (answersTo(node, query.name)) found.set(node.id, node);
      if (page.length < PAGE) break;
      afterId = page[page.length - 1]!.id;
    }
  }
  const sameCity = (node: GraphNode) =>
    !NAMES_RECUR_BY_CITY.has(query.kind) || query.city === null || node.city === null || node.city === query.city;
  return [...found.values()].filter(sameCity).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** What a client is shown of each candidate, to link to it or tell it apart. */
export function candidateOf(node: GraphNode) {
  return { id: node.id, name: node.name, province: node.province, city: node.city };
}

/**
 * BAD_USER_INPUT with reason POSSIBLE_DUPLICATE and the candidates: the client either names one of them (`id`, to
 * update it) or says the entity is a different one (`newEntity: true`).
 */
export function possibleDuplicate(message: string, candidates: readonly GraphNode[]) {
  return apiError('BAD_USER_INPUT', message, {
    argument: 'input.name',
    reason: 'POSSIBLE_DUPLICATE',
    candidates: candidates.slice(0, MAX_CANDIDATES).map(candidateOf),
  });
}
