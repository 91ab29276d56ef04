import { randomUUID } from 'node:crypto';
import {
  isGraphStoreError,
  verificationStatusOf,
  type GraphNode,
  type GraphRelationship,
  type GraphStore,
} from '@icg/graph';
import type { CuratorSession } from '../../auth/require-curator.ts';
import { apiError, badUserInput } from '../../errors.ts';
import { idOf, MAX_TEXT_LENGTH, requiredText } from './curation-input.ts';
import { activeRetractions, readCuratorEdits, recordCuratorEdit, type RetractionRecord } from './curator-edits.ts';
import { creationOf } from './record-creation.ts';
import { withWriteLock } from './write-lock.ts';

export interface RetractArgs {
  id: string;
  reason: string;
}

/**
 * Only the curator who created a record through a curator mutation may retract it: the seeds and imports are
 * nobody's to remove (the seeds would also bring them back on every start), and a colleague's work is theirs.
 */
function requireOwnRecord(session: CuratorSession, record: GraphNode | GraphRelationship, what: string): void {
  const creation = creationOf(record);
  if (!creation) {
    throw apiError(
      'FORBIDDEN',
      `${what} ${record.id} was not created by a curator mutation (it comes from the seeds or an import), so no curator can retract it; correct it with upsertEntity, addRelationship or setVerification instead.`,
    );
  }
  if (!session.curator.owns(creation.person)) {
    throw apiError('FORBIDDEN', `${what} ${record.id} was created by ${creation.by}; only its creator may retract it.`);
  }
}

/** A verified fact leaves the graph only after a curator disputes it, which the review log records with a note. */
function refuseVerified(records: readonly (GraphNode | GraphRelationship)[]): void {
  const verified = records.filter((record) => verificationStatusOf(record) === 'verified').map((record) => record.id);
  if (verified.length > 0) {
    throw apiError(
      'BAD_USER_INPUT',
      `${verified.join(', ')} ${verified.length === 1 ? 'is' : 'are'} verified: dispute ${verified.length === 1 ? 'it' : 'them'} first ` +
        '(setVerification with status DISPUTED and a note saying why), then retract.',
      { argument: 'id', reason: 'VERIFIED_FACT', verifiedIds: verified },
    );
  }
}

function newRetraction(
  session: CuratorSession,
  fact: RetractionRecord['fact'],
  target: string,
  reason: string,
  records: { nodes: GraphNode[]; relationships: GraphRelationship[] },
): RetractionRecord {
  const { curator } = session;
  return {
    id: `ret-${randomUUID()}`,
    at: new Date().toISOString(),
    fact,
    target,
    reason,
    person: curator.person,
    by: curator.label,
    ...records,
  };
}

/**
 * Logs the retraction (the records as they are, so restoring brings them back exactly), then removes them from the
 * graph. Should the graph refuse, the log is told the retraction was restored, so a restart does not remove what
 * this answer says is still there.
 */
async function carryOut(
  store: GraphStore,
  session: CuratorSession,
  retraction: RetractionRecord,
  remove: () => Promise<unknown>,
): Promise<void> {
  const file = session.curation.curatorEditsFile;
  await recordCuratorEdit(file, { retraction });
  try {
    await remove();
  } catch (error) {
    await recordCuratorEdit(file, { restored: retraction.id });
    throw error;
  }
  const touched = [...retraction.nodes.map((n) => n.id), ...retraction.relationships.flatMap((r) => [r.from, r.to])];
  await session.curation.indexSync.notify([...new Set(touched)]);
}

/**
 * Removes an entity its curator created, with every relationship touching it. Refused for an entity a narrative
 * includes (the narrative is its author's document; they remove the item) and for verified facts.
 */
export async function retractEntity(
  store: GraphStore,
  session: CuratorSession,
  input: RetractArgs,
): Promise<RetractionRecord> {
  const id = idOf(input.id);
  const reason = requiredText('reason', input.reason, MAX_TEXT_LENGTH);
  return withWriteLock(store, id, async () => {
    const [entity] = await store.getNodes([id]);
    if (!entity) throw apiError('NOT_FOUND', `No entity ${id}.`, { argument: 'id' });
    if (entity.kind === 'Narrative') throw badUserInput('id', `${id} is a narrative; use deleteNarrative.`);
    requireOwnRecord(session, entity, 'Entity');
    const relationships = await store.getRelationships({ nodeIds: [id], direction: 'both' });
    const narratives = relationships.filter((r) => r.type === 'INCLUDES' && r.to === id).map((r) => r.from);
    if (narratives.length > 0) {
      throw apiError(
        'BAD_USER_INPUT',
        `${id} is an item of ${[...new Set(narratives)].join(', ')}; remove it from the narrative first.`,
        { argument: 'id', reason: 'IN_NARRATIVE', narrativeIds: [...new Set(narratives)] },
      );
    }
    refuseVerified([entity, ...relationships]);
    const retraction = newRetraction(session, 'entity', id, reason, { nodes: [entity], relationships });
    await carryOut(store, session, retraction, () => store.deleteNodes([id]));
    return retraction;
  });
}

/** The stored relationship with this id: ids are from|TYPE|to…, so its start's outgoing relationships hold it. */
async function loadRelationship(store: GraphStore, id: string): Promise<GraphRelationship | null> {
  const [fromId] = id.split('|');
  if (!fromId || fromId === id) return null;
  const outgoing = await store.getRelationships({ nodeIds: [fromId], direction: 'out' });
  return outgoing.find((relationship) => relationship.id === id) ?? null;
}

/** Removes a relationship its curator created; refused for a verified one. */
export async function retractRelationship(
  store: GraphStore,
  session: CuratorSession,
  input: RetractArgs,
): Promise<RetractionRecord> {
  const id = idOf(input.id);
  const reason = requiredText('reason', input.reason, MAX_TEXT_LENGTH);
  return withWriteLock(store, id, async () => {
    const relationship = await loadRelationship(store, id);
    if (!relationship || relationship.type === 'INCLUDES') {
      throw apiError('NOT_FOUND', `No relationship ${id}.`, { argument: 'id' });
    }
    requireOwnRecord(session, relationship, 'Relationship');
    refuseVerified([relationship]);
    const retraction = newRetraction(session, 'relationship', id, reason, { nodes: [], relationships: [relationship] });
    await carryOut(store, session, retraction, () => store.deleteRelationships([id]));
    return retraction;
  });
}

/** The retractions not yet restored, newest first. */
export async function openRetractions(session: CuratorSession): Promise<RetractionRecord[]> {
  return activeRetractions(await readCuratorEdits(session.curation.curatorEditsFile)).reverse();
}

/**
 * Writes a retraction's records back exactly as they were, and logs them as a curator write (which also undoes the
 * retraction on replay). Its retracting curator only; refused when its id has been taken by a record created since,
 * or when an end of one of its relationships has gone meanwhile (restore that first).
 */
export async function restoreRetraction(
  store: GraphStore,
  session: CuratorSession,
  input: { id: string },
): Promise<RetractionRecord> {
  const id = idOf(input.id);
  const find = async () => (await openRetractions(session)).find((retraction) => retraction.id === id);
  const first = await find();
  if (!first) throw apiError('NOT_FOUND', `No open retraction ${id} (never made, or restored already).`);
  return withWriteLock(store, first.target, async () => {
    // Read again under the lock: another restore may have won meanwhile.
    const retraction = await find();
    if (!retraction) throw apiError('NOT_FOUND', `No open retraction ${id} (restored already).`);
    if (!session.curator.owns(retraction.person)) {
      throw apiError('FORBIDDEN', `Retraction ${id} was made by ${retraction.by}; only they may restore it.`);
    }
    await refuseTaken(store, retraction);
    const { nodes, relationships } = retraction;
    await store.upsertGraph({ nodes, relationships }).catch((error: unknown) => {
      if (!isGraphStoreError(error) || error.code !== 'DANGLING_RELATIONSHIP') throw error;
      throw apiError(
        'BAD_USER_INPUT',
        `An entity a relationship of ${retraction.target} joins is gone (retracted too, perhaps); restore it first.`,
        { argument: 'id', reason: 'RESTORE_CONFLICT' },
      );
    });
    await recordCuratorEdit(session.curation.curatorEditsFile, { nodes, relationships, restored: retraction.id });
    const touched = [...nodes.map((n) => n.id), ...relationships.flatMap((r) => [r.from, r.to])];
    await session.curation.indexSync.notify([...new Set(touched)]);
    return retraction;
  });
}

/**
 * A record created under the retracted id since would be overwritten by the restore: refused instead. An entity's
 * relationships all touch it, so none of them can exist again without it.
 */
async function refuseTaken(store: GraphStore, retraction: RetractionRecord): Promise<void> {
  const { target } = retraction;
  const taken =
    retraction.fact === 'entity'
      ? (await store.getNodes([target]))[0] !== null
      : (await loadRelationship(store, target)) !== null;
  if (taken) {
    throw apiError(
      'BAD_USER_INPUT',
      `${target} exists again (created since the retraction); restoring would overwrite it.`,
      { argument: 'id', reason: 'RESTORE_CONFLICT', takenIds: [target] },
    );
  }
}
