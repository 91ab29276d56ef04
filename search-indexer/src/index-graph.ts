import type { EntityKind, GraphNode, GraphRelationship, GraphStore } from '@icg/graph';
import {
  type EntityRelations,
  LEAD_RELATION_TYPES,
  PARTICIPATING_RELATION_TYPES,
  buildEntityDocument,
  collectEntityRelations,
  isPubliclySearchable,
} from './entity-documents.ts';
import type { MeiliClient } from './meili-client.ts';
import { DEFAULT_ENTITY_INDEX_UID, createSearchIndex, type SearchEmbedder, type SearchIndex } from './search-index.ts';
import type { Segmenter } from './segmenter.ts';
import { departmentSynonyms, type SynonymGroup } from './synonyms.ts';

/**
 * What a public index answers for: every entity (`all`), the 工业精神 stories, or people's profiles
 * (entrepreneurs and craftsmen). The same document builder and settings serve all three; the scoped ones hold
 * only their kinds, so their hit counts, facets and suggestions speak of those kinds alone.
 */
export type IndexScope = 'all' | 'stories' | 'profiles';

export const INDEX_SCOPES: readonly IndexScope[] = ['all', 'stories', 'profiles'];

/** The kinds each scope's index holds; null for every kind. */
export const SCOPE_KINDS: Readonly<Record<IndexScope, readonly EntityKind[] | null>> = {
  all: null,
  stories: ['Story'],
  profiles: ['Entrepreneur', 'Craftsman'],
};

/** Uids of the public indexes: the only ones a search-only key or tenant token may reach. */
export const PUBLIC_INDEX_UIDS: Readonly<Record<IndexScope, string>> = {
  all: DEFAULT_ENTITY_INDEX_UID,
  stories: 'stories',
  profiles: 'profiles',
};

/** One index per scope, all built with the same segmenter. */
export type ScopedIndexes = Readonly<Record<IndexScope, SearchIndex>>;

/** Whether an entity of `kind` has a document in the index of `scope`. */
export function scopeHolds(scope: IndexScope, kind: EntityKind): boolean {
  const kinds = SCOPE_KINDS[scope];
  return kinds === null || kinds.includes(kind);
}

export interface CreateScopedIndexesOptions {
  client: MeiliClient;
  segmenter: Segmenter;
  /** @default PUBLIC_INDEX_UIDS */
  uids?: Partial<Record<IndexScope, string>>;
  /** Passed to each `createSearchIndex`. */
  taskTimeoutMs?: number;
  /** Passed to each `createSearchIndex`: vectors for documents and queries. */
  embedder?: SearchEmbedder;
}

export function createScopedIndexes(options: CreateScopedIndexesOptions): ScopedIndexes {
  const { client, segmenter, taskTimeoutMs, embedder } = options;
  const create = (scope: IndexScope) =>
    createSearchIndex({
      client,
      segmenter,
      uid: options.uids?.[scope] ?? PUBLIC_INDEX_UIDS[scope],
      ...(taskTimeoutMs === undefined ? {} : { taskTimeoutMs }),
      ...(embedder === undefined ? {} : { embedder }),
    });
  return { all: create('all'), stories: create('stories'), profiles: create('profiles') };
}

/** A single index is the `all` scope: it receives every document. */
function scopesOf(target: SearchIndex | ScopedIndexes): [IndexScope, SearchIndex][] {
  if ('uid' in target) return [['all', target]];
  return INDEX_SCOPES.map((scope) => [scope, target[scope]]);
}

export interface IndexGraphProgress {
  /** Nodes read from the graph so far. */
  nodes: number;
  /** Documents handed to Meilisearch so far (indexing may still be running). */
  documents: number;
  /** Id of the last node read: where a resumed run would continue. */
  lastId: string;
}

export interface IndexGraphOptions {
  /**
   * Nodes per page read from the store and per document batch.
   * @default 500
   */
  pageSize?: number;
  onProgress?: (progress: IndexGraphProgress) => void;
}

export interface IndexGraphResult {
  nodes: number;
  /** Documents handed to Meilisearch, over all indexes. */
  documents: number;
  /** Documents per index uid: one per node of the kinds the index holds. */
  documentsByIndex: Record<string, number>;
  /** Entity names and aliases the segmenter's dictionary did not know before this run. */
  newTerms: number;
  /**
   * Every name and alias read from the graph and given to the segmenter: a searcher started later must know the
   * same words to cut queries as these documents were cut.
   */
  terms: string[];
  durationMs: number;
}

/**
 * First, the domain vocabulary: every entity name and alias joins the segmenter's dictionary (so 茂新面粉厂 or
 * 张謇 stay whole on both the document and the query side), and the departments' short forms become synonyms
 * of their official names in the index. Then it reads every node of the graph page by page (keyset on id),
 * adds what a document needs from the
 * relationships (degree; departments and section of each PolicyTask), and upserts the documents. Batches are
 * sent without waiting so Meilisearch can merge them into larger indexing batches; the call resolves once all
 * have been indexed.
 * Given the scoped indexes instead of one, the same single pass over the graph fills all three: each
 * document is built once and sent to every index whose scope holds its kind (the indexes share the segmenter).
 * The indexes must exist (`ensure()`); documents of nodes that left the graph are not removed.
 */
export async function indexGraph(
  store: GraphStore,
  target: SearchIndex | ScopedIndexes,
  options: IndexGraphOptions = {},
): Promise<IndexGraphResult> {
  const started = performance.now();
  const pageSize = options.pageSize ?? 500;
  const scoped = scopesOf(target);
  const segmenter = scoped[0]![1].segmenter;
  const tasks: { index: SearchIndex; taskUid: number }[] = [];
  const documentsByIndex: Record<string, number> = Object.fromEntries(scoped.map(([, index]) => [index.uid, 0]));
  let nodes = 0;
  let documents = 0;
  let afterId: string | undefined;

  const vocabulary = await readVocabulary(store, pageSize);
  const newTerms = segmenter.addTerms(vocabulary.terms);
  for (const [, index] of scoped) await index.addSynonyms(vocabulary.synonyms);
  // Every degree in one pass of the engine: counting per page read each page's relationships (minutes at 500k).
  const degrees = await store.degrees();

  for (;;) {
    const page = await store.findNodes(afterId === undefined ? { first: pageSize } : { first: pageSize, afterId });
    if (page.length === 0) break;

    const related = await relationsFor(store, page, degrees);
    const built = page.map((node) => buildEntityDocument(node, { segmenter, related: related.get(node.id) }));
    for (const [scope, index] of scoped) {
      const batch = built.filter((_, i) => scopeHolds(scope, page[i]!.kind) && isPubliclySearchable(page[i]!));
      const sent = await index.upsert(batch, { wait: false });
      if (sent) tasks.push({ index, taskUid: sent.taskUid });
      documentsByIndex[index.uid] = (documentsByIndex[index.uid] ?? 0) + batch.length;
      documents += batch.length;
    }

    nodes += page.length;
    afterId = page[page.length - 1]?.id;
    options.onProgress?.({ nodes, documents, lastId: afterId ?? '' });
    if (page.length < pageSize) break;
  }

  for (const [, index] of scoped) {
    await index.waitForTasks(tasks.filter((task) => task.index === index).map((task) => task.taskUid));
  }
  return {
    nodes,
    documents,
    documentsByIndex,
    newTerms,
    terms: vocabulary.terms,
    durationMs: performance.now() - started,
  };
}

/** Names and aliases of every node, and the synonym groups of the departments, in one pass over the graph. */
async function readVocabulary(
  store: GraphStore,
  pageSize: number,
): Promise<{ terms: string[]; synonyms: SynonymGroup[] }> {
  const terms: string[] = [];
  const synonyms: SynonymGroup[] = [];
  let afterId: string | undefined;
  for (;;) {
    const page = await store.findNodes(afterId === undefined ? { first: pageSize } : { first: pageSize, afterId });
    for (const node of page) terms.push(node.name, ...node.aliases);
    synonyms.push(...departmentSynonyms(page));
    if (page.length < pageSize) break;
    afterId = page[page.length - 1]?.id;
  }
  return { terms, synonyms };
}

/**
 * What the documents of `page` need from their relationships, as EntityRelations by node id: the degree of
 * every node (from `knownDegrees` when given, e.g. every degree counted once for a whole reindex; else counted
 * by the engine), and the departments and section of each PolicyTask, the only relationships read.
 */
export async function relationsFor(
  store: GraphStore,
  page: readonly GraphNode[],
  knownDegrees?: ReadonlyMap<string, number>,
): Promise<Map<string, EntityRelations>> {
  const pageIds = page.map((node) => node.id);
  if (pageIds.length === 0) return new Map();
  const degrees = knownDegrees ?? (await store.degrees(pageIds));

  const taskIds = page.filter((node) => node.kind === 'PolicyTask').map((node) => node.id);
  const taskSet = new Set(taskIds);
  // A relationship between two tasks of the page comes once per id.
  const unique = new Map<string, GraphRelationship>();
  if (taskIds.length > 0) {
    for (const relationship of await store.getRelationships({ nodeIds: taskIds, direction: 'both' })) {
      unique.set(relationship.id, relationship);
    }
  }
  const relationships = [...unique.values()];
  const taskTypes: ReadonlySet<string> = new Set([...LEAD_RELATION_TYPES, ...PARTICIPATING_RELATION_TYPES, 'PART_OF']);
  const taskLinks = relationships.filter((r) => taskTypes.has(r.type) && (taskSet.has(r.from) || taskSet.has(r.to)));
  const otherEnds = [...new Set(taskLinks.flatMap((r) => [r.from, r.to]).filter((id) => !taskSet.has(id)))];
  const endpoints = new Map<string, GraphNode>();
  // One query after the other: an embedded store may serve a single connection.
  if (otherEnds.length > 0) for (const node of await store.getNodes(otherEnds)) if (node) endpoints.set(node.id, node);
  const taskRelations = collectEntityRelations(taskIds, taskLinks, endpoints);

  const result = new Map<string, EntityRelations>();
  for (const id of pageIds) result.set(id, { ...taskRelations.get(id), degree: degrees.get(id) ?? 0 });
  return result;
}
