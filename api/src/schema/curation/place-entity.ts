import {
  coordinatesProblem,
  entityPosition,
  verificationStatusOf,
  type EntityPosition,
  type GraphNode,
  type GraphStore,
} from '@icg/graph';
import type { CuratorSession } from '../../auth/require-curator.ts';
import { apiError, badUserInput } from '../../errors.ts';
import { idOf, mergeSources, requireStorableSize, sourcesOf, type SourceArgs } from './curation-input.ts';
import { recordCuratorEdit } from './curator-edits.ts';
import { POLICY_DOCUMENT_KINDS } from './entity-writes.ts';
import { proposeChange } from '../review/propose-change.ts';
import type { ReviewDecision } from '../review/decision-log.ts';
import { withWriteLock } from './write-lock.ts';

export interface PlaceEntityArgs {
  id: string;
  lat: number;
  lng: number;
  source: SourceArgs;
}

export interface PlacedEntity {
  entity: GraphNode;
  position: EntityPosition;
  previous: EntityPosition | null;
  /** Set when the entity was verified: the placing waits for a second curator, and `entity` is the verified version. */
  proposal: ReviewDecision | null;
}

/** Degrees to 6 decimals, about 0.1 m: finer than any click on the map, and stable across a round trip. */
const round6 = (degrees: number) => Math.round(degrees * 1e6) / 1e6;

/**
 * Gives an entity exact coordinates, or moves them: `lat`/`lng` in its properties (where imports and the
 * completeness report look for them) and `placement` saying who placed it, when, and from what source,
 * which is also added to its sources. The same write path as upsertEntity: the write lock, the curator
 * edit log replayed after the seeds on each start, and the search index sync.
 */
export async function placeEntity(
  store: GraphStore,
  session: CuratorSession,
  input: PlaceEntityArgs,
): Promise<PlacedEntity> {
  const problem = coordinatesProblem(input.lat, input.lng);
  if (problem)
    throw badUserInput(/^lat/.test(problem) ? 'input.lat' : /^lng/.test(problem) ? 'input.lng' : 'input', problem);
  const [source] = sourcesOf('input.source', [input.source]);
  const id = idOf(input.id);
  return withWriteLock(store, id, async () => {
    const [stored] = await store.getNodes([id]);
    if (!stored) throw apiError('NOT_FOUND', `No entity ${id}.`, { argument: 'input.id' });
    if (POLICY_DOCUMENT_KINDS.has(stored.kind) || stored.kind === 'Narrative') {
      throw apiError('FORBIDDEN', `${stored.kind} entities are not places on the map and cannot be placed.`);
    }
    const previous = entityPosition(stored);
    const entity: GraphNode = {
      ...stored,
      properties: {
        ...stored.properties,
        lat: round6(input.lat),
        lng: round6(input.lng),
        placement: { by: session.curator.label, at: new Date().toISOString(), source: { ...source! } },
      },
      sources: mergeSources(stored.sources, [source!]),
    };
    const position = entityPosition(entity);
    if (!position || position.precision !== 'EXACT') {
      throw apiError('FORBIDDEN', `A ${stored.kind} has no position on the map and cannot be placed.`);
    }
    requireStorableSize('input', entity);
    if (verificationStatusOf(stored) === 'verified') {
      // A verified fact changes only through a second curator, its position included (docs/decisions/review.md).
      const proposal = await proposeChange(session, { before: stored, after: entity, source });
      return { entity: stored, position, previous, proposal };
    }
    await store.upsertNodes([entity]);
    await recordCuratorEdit(session.curation.curatorEditsFile, { nodes: [entity] });
    await session.curation.indexSync.notify([id]);
    return { entity, position, previous, proposal: null };
  });
}
