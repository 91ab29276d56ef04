import {
  normalizeText,
  verificationToJson,
  VERIFICATION_PROPERTY,
  type GraphNode,
  type GraphRelationship,
  type GraphStore,
  type Source,
  type SourceQualityClass,
  type SourceQualityCorrection,
  type Verification,
  type VerificationStatus,
} from '@icg/graph';
import type { CuratorSession } from '../../auth/require-curator.ts';
import { apiError, badUserInput } from '../../errors.ts';
import {
  idOf,
  mergeSources,
  MAX_TEXT_LENGTH,
  optionalText,
  sourcesOf,
  type SourceArgs,
} from '../curation/curation-input.ts';
import { recordCuratorEdit } from '../curation/curator-edits.ts';
import { POLICY_DOCUMENT_KINDS } from '../curation/entity-writes.ts';
import { withWriteLock } from '../curation/write-lock.ts';
import type { ReviewAction } from '../review/decision-log.ts';

/** An entity or a relationship: what a verification or a source correction is written to. */
export type FactRecord = { node: GraphNode } | { relationship: GraphRelationship };

export interface SetVerificationArgs {
  target: string;
  status: VerificationStatus;
  note?: string | null;
  source?: SourceArgs | null;
}

export interface CorrectSourceQualityArgs {
  target: string;
  url?: string | null;
  document?: string | null;
  quality?: SourceQualityClass | null;
  note?: string | null;
}

const DECISION_ACTIONS: Readonly<Record<VerificationStatus, ReviewAction>> = {
  verified: 'verify',
  disputed: 'dispute',
  unverified: 'unverify',
};

/** A relationship's id starts with its start's id (from|TYPE|to), so the start's relationships hold it. */
export async function loadFact(store: GraphStore, id: string): Promise<FactRecord> {
  const [node] = await store.getNodes([id]);
  if (node) {
    if (POLICY_DOCUMENT_KINDS.has(node.kind) || node.kind === 'Narrative') {
      throw apiError(
        'FORBIDDEN',
        node.kind === 'Narrative'
          ? 'A narrative is a curator’s document, not a fact to verify.'
          : `${node.kind} entities are the seed policy documents’ own text, not facts to verify.`,
      );
    }
    return { node };
  }
  const [fromId] = id.split('|');
  if (fromId && fromId !== id) {
    const relationships = await store.getRelationships({ nodeIds: [fromId], direction: 'out' });
    const relationship = relationships.find((candidate) => candidate.id === id);
    if (relationship && relationship.type !== 'INCLUDES') return { relationship };
  }
  throw apiError('NOT_FOUND', `No entity or relationship has the id ${id}`, { argument: 'input.target' });
}

/** Writes the changed record the way upsertEntity and addRelationship do: graph, edit log, then search. */
export async function writeFact(store: GraphStore, session: CuratorSession, fact: FactRecord): Promise<void> {
  if ('node' in fact) {
    await store.upsertNodes([fact.node]);
    await recordCuratorEdit(session.curation.curatorEditsFile, { nodes: [fact.node] });
    await session.curation.indexSync.notify([fact.node.id]);
  } else {
    await store.upsertRelationships([fact.relationship]);
    await recordCuratorEdit(session.curation.curatorEditsFile, { relationships: [fact.relationship] });
    await session.curation.indexSync.notify([fact.relationship.from, fact.relationship.to]);
  }
}

function changed(fact: FactRecord, change: { properties?: GraphNode['properties']; sources?: Source[] }): FactRecord {
  return 'node' in fact ? { node: { ...fact.node, ...change } } : { relationship: { ...fact.relationship, ...change } };
}

const recordOf = (fact: FactRecord) => ('node' in fact ? fact.node : fact.relationship);

/**
 * Sets a fact's status. A verified fact names the source it was checked against, which joins the fact's sources;
 * a disputed one says in its note how the sources disagree. Nothing is written unless every check passes.
 */
export async function setVerification(
  store: GraphStore,
  session: CuratorSession,
  input: SetVerificationArgs,
): Promise<{ fact: FactRecord; verification: Verification }> {
  const target = idOf(input.target);
  const note = optionalText('input.note', input.note, MAX_TEXT_LENGTH) ?? undefined;
  const [source] = input.source === null || input.source === undefined ? [] : sourcesOf('input.source', [input.source]);
  if (input.status === 'verified' && !source) {
    throw badUserInput('input.source', 'Verifying a fact needs the source it was checked against (input.source).');
  }
  if (input.status === 'disputed' && !note) {
    throw badUserInput('input.note', 'Disputing a fact needs a note saying how the sources disagree (input.note).');
  }
  const { curator } = session;
  const verification: Verification = {
    status: input.status,
    by: curator.label,
    curatorId: curator.id,
    at: new Date().toISOString(),
    ...(note === undefined ? {} : { note }),
    ...(source === undefined ? {} : { source }),
  };
  return withWriteLock(store, target, async () => {
    const fact = await loadFact(store, target);
    const record = recordOf(fact);
    const updated = changed(fact, {
      properties: { ...record.properties, [VERIFICATION_PROPERTY]: verificationToJson(verification) },
      sources: source ? mergeSources(record.sources, [source]) : record.sources,
    });
    await writeFact(store, session, updated);
    // Logged after the write: a crash between loses a log line, never leaves one for a status the graph lacks.
    await session.curation.review.decisions.append({
      action: DECISION_ACTIONS[input.status],
      target,
      fact: 'node' in fact ? 'entity' : 'relationship',
      curatorId: curator.id,
      curatorLabel: curator.label,
      ...(note === undefined ? {} : { note }),
      ...(source === undefined ? {} : { source }),
      before: record,
      after: recordOf(updated),
    });
    return { fact: updated, verification };
  });
}

/** Whether a stored source is the one a correction names: by url, or by title for a source without url. */
function names(source: Source, url: string | undefined, document: string | undefined): boolean {
  if (url !== undefined) return normalizeText(source.url ?? '').trim() === url;
  return !source.url && normalizeText(source.document ?? '').trim() === document;
}

/** Sets (or, with a null class, removes) a curator's correction of one source's class on one fact. */
export async function correctSourceQuality(
  store: GraphStore,
  session: CuratorSession,
  input: CorrectSourceQualityArgs,
): Promise<FactRecord> {
  const target = idOf(input.target);
  const url = optionalText('input.url', input.url, 2000) ?? undefined;
  const document = optionalText('input.document', input.document, 200) ?? undefined;
  if (!url && !document) throw badUserInput('input.url', 'Name the source to correct by its url or document title.');
  if (url && document) throw badUserInput('input.document', 'Name the source by its url or by its title, not both.');
  const note = optionalText('input.note', input.note, MAX_TEXT_LENGTH) ?? undefined;
  const { curator } = session;
  return withWriteLock(store, target, async () => {
    const fact = await loadFact(store, target);
    const record = recordOf(fact);
    if (!record.sources.some((source) => names(source, url, document))) {
      throw badUserInput(
        url ? 'input.url' : 'input.document',
        `${target} has no source ${url ? `with the url ${url}` : `titled ${document} without url`}.`,
      );
    }
    const sources = record.sources.map((source) => {
      if (!names(source, url, document)) return source;
      const { quality: _previous, ...rest } = source;
      if (!input.quality) return rest;
      const quality: SourceQualityCorrection = {
        class: input.quality,
        by: curator.label,
        curatorId: curator.id,
        at: new Date().toISOString(),
        ...(note === undefined ? {} : { note }),
      };
      return { ...rest, quality };
    });
    const updated = changed(fact, { sources });
    await writeFact(store, session, updated);
    return updated;
  });
}
