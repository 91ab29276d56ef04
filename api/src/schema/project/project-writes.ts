import {
  relationshipId,
  verificationStatusOf,
  type GraphNode,
  type GraphRelationship,
  type GraphStore,
  type JsonValue,
  type ProjectStatus,
  type ProjectType,
  type RelationType,
} from '@icg/graph';
import type { CuratorSession } from '../../auth/require-curator.ts';
import { apiError, badUserInput } from '../../errors.ts';
import { idOf, mergeSources, sourcesOf, type SourceArgs } from '../curation/curation-input.ts';
import { recordCuratorEdit } from '../curation/curator-edits.ts';
import { prepareEntity, requireAllowedEndpoints } from '../curation/entity-writes.ts';
import { withWriteLock } from '../curation/write-lock.ts';

/** Most links one upsertProject may add, over all its lists. */
export const MAX_PROJECT_LINKS = 50;

export interface UpsertProjectArgs {
  id?: string | null;
  name: string;
  type: ProjectType;
  status: ProjectStatus;
  province?: string | null;
  city?: string | null;
  description?: string | null;
  startYear?: number | null;
  endYear?: number | null;
  note?: string | null;
  reuses?: readonly string[] | null;
  serves?: readonly string[] | null;
  resultedIn?: readonly string[] | null;
  operatedBy?: readonly string[] | null;
  ownedBy?: readonly string[] | null;
  answers?: readonly string[] | null;
  sources: readonly SourceArgs[];
}

export interface UpsertedProject {
  project: GraphNode;
  created: boolean;
  relationships: GraphRelationship[];
}

/** Each list of the input and the relationship it adds from the project. */
const LINK_LISTS = [
  ['reuses', 'REUSES'],
  ['serves', 'SERVES'],
  ['resultedIn', 'RESULTED_IN'],
  ['operatedBy', 'OPERATED_BY'],
  ['ownedBy', 'OWNED_BY'],
  ['answers', 'ANSWERS'],
] as const satisfies readonly (readonly [keyof UpsertProjectArgs, RelationType])[];

interface Link {
  type: RelationType;
  to: string;
  argument: string;
}

function linksOf(input: UpsertProjectArgs): Link[] {
  const links: Link[] = [];
  const seen = new Set<string>();
  for (const [field, type] of LINK_LISTS) {
    (input[field] ?? []).forEach((given, index) => {
      const to = idOf(given);
      if (to.trim() === '')
        throw badUserInput(`input.${field}[${index}]`, `input.${field}[${index}] must not be empty`);
      if (seen.has(`${type} ${to}`)) return;
      seen.add(`${type} ${to}`);
      links.push({ type, to, argument: `input.${field}` });
    });
  }
  if (links.length > MAX_PROJECT_LINKS) {
    throw badUserInput(
      'input',
      `A project may be given at most ${MAX_PROJECT_LINKS} links at once; got ${links.length}`,
    );
  }
  return links;
}

/** The input's project properties: absent keeps the stored value, null clears it. */
function projectProperties(input: UpsertProjectArgs): Record<string, JsonValue> {
  const properties: Record<string, JsonValue> = { projectType: input.type, status: input.status };
  if (input.startYear !== undefined) properties.startYear = input.startYear;
  if (input.endYear !== undefined) properties.endYear = input.endYear;
  if (input.note !== undefined) properties.note = input.note;
  return properties;
}

/**
 * Creates or updates a project and adds the links the input names, in one transaction: either all of it is
 * stored or, on any problem (an unknown id, a kind the relationship type does not join, a bad year), none.
 * The project is checked as upsertEntity checks any entity (prepareEntity), and each link as addRelationship
 * checks one; a link already stored keeps its properties and gains the input's sources.
 */
export async function upsertProject(
  store: GraphStore,
  session: CuratorSession,
  input: UpsertProjectArgs,
): Promise<UpsertedProject> {
  const prepared = prepareEntity({
    id: input.id,
    kind: 'Project',
    name: input.name,
    province: input.province,
    city: input.city,
    description: input.description,
    properties: JSON.stringify(projectProperties(input)),
    sources: input.sources,
  });
  const sources = sourcesOf('input.sources', input.sources);
  const links = linksOf(input);
  const selfLink = links.find((link) => link.to === prepared.id);
  if (selfLink) throw badUserInput(selfLink.argument, `A project cannot link to itself (${prepared.id}).`);

  return withWriteLock(store, prepared.id, async () => {
    const endIds = [...new Set(links.map((link) => link.to))];
    const [[stored], ends] = await Promise.all([store.getNodes([prepared.id]), store.getNodes(endIds)]);
    if (stored && verificationStatusOf(stored) === 'verified') {
      // A verified fact changes only through a second curator; upsertEntity and addRelationship make the proposals.
      throw apiError(
        'BAD_USER_INPUT',
        `${prepared.id} is verified: change its fields with upsertEntity and its links with addRelationship, which keep the change for a second curator's approval.`,
        { argument: 'input.id', reason: 'VERIFIED_FACT' },
      );
    }
    const project = prepared.merge(stored ?? null);
    const unknown = endIds.filter((_, i) => !ends[i]);
    if (unknown.length > 0) {
      throw apiError('BAD_USER_INPUT', `Unknown entity ids: ${unknown.join(', ')}`, {
        argument: 'input',
        unknownIds: unknown,
      });
    }
    const endById = new Map(ends.filter((n): n is GraphNode => n !== null).map((n) => [n.id, n]));
    for (const link of links) requireAllowedEndpoints(link.type, project, endById.get(link.to)!, link.argument);

    const storedLinks = new Map(
      stored && links.length > 0
        ? (
            await store.getRelationships({
              nodeIds: [project.id],
              direction: 'out',
              types: [...new Set(links.map((l) => l.type))],
            })
          ).map((r) => [r.id, r])
        : [],
    );
    const relationships = links.map(({ type, to }): GraphRelationship => {
      const id = relationshipId(type, project.id, to);
      const before = storedLinks.get(id);
      return {
        id,
        type,
        from: project.id,
        to,
        properties: before?.properties ?? {},
        sources: mergeSources(before?.sources ?? [], sources),
      };
    });
    await store.upsertGraph({ nodes: [project], relationships });
    await recordCuratorEdit(session.curation.curatorEditsFile, { nodes: [project], relationships });
    await session.curation.indexSync.notify([project.id, ...endIds]);
    return { project, created: !stored, relationships };
  });
}
