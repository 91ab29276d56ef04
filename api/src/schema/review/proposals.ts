import {
  verificationOf,
  verificationToJson,
  VERIFICATION_PROPERTY,
  type GraphStore,
  type Verification,
} from '@icg/graph';
import type { CuratorSession } from '../../auth/require-curator.ts';
import { apiError, badUserInput } from '../../errors.ts';
import { idOf, MAX_TEXT_LENGTH, optionalText } from '../curation/curation-input.ts';
import { withWriteLock } from '../curation/write-lock.ts';
import { loadFact, writeFact, type FactRecord } from '../verification/verification-writes.ts';
import { decisionRefusal, proposalsOf, type Proposal } from './approval-rules.ts';
import type { FactVersion, ReviewDecision } from './decision-log.ts';

const versionOf = (fact: FactRecord): FactVersion => ('node' in fact ? fact.node : fact.relationship);

async function findProposal(session: CuratorSession, id: string): Promise<Proposal | undefined> {
  return proposalsOf(await session.curation.review.decisions.all()).get(id);
}

async function currentVersion(store: GraphStore, target: string): Promise<FactVersion | null> {
  try {
    return versionOf(await loadFact(store, target));
  } catch {
    // Gone (or no longer a fact to check): the proposal is then stale, which the rules say.
    return null;
  }
}

function refuse(refusal: NonNullable<ReturnType<typeof decisionRefusal>>): never {
  if (refusal.code === 'BAD_USER_INPUT') {
    throw apiError('BAD_USER_INPUT', refusal.message, { argument: 'id', reason: refusal.reason });
  }
  throw apiError(refusal.code, refusal.message, { argument: 'id' });
}

/**
 * A second curator approves a proposal: the proposed version replaces the verified one, verified now by the
 * approver against the source the proposer gave with the change (or, without one, the source the fact was verified
 * against before). The graph is written first, then the decision: a crash between leaves the proposal pending and
 * stale, never an approval logged for a change the graph lacks.
 */
export async function approveProposal(
  store: GraphStore,
  session: CuratorSession,
  input: { id: string; note?: string | null },
): Promise<ReviewDecision> {
  const id = idOf(input.id);
  const note = optionalText('note', input.note, MAX_TEXT_LENGTH) ?? undefined;
  const target = (await findProposal(session, id))?.proposal.target ?? id;
  return withWriteLock(store, target, async () => {
    // Read again under the lock: a decision taken while this one waited for it must be seen.
    const proposal = await findProposal(session, id);
    const current = proposal ? await currentVersion(store, target) : null;
    const refusal = decisionRefusal(proposal, 'approve', session.curator.id, current);
    if (refusal || !proposal) refuse(refusal ?? { code: 'NOT_FOUND', message: 'No proposal has this id.' });
    const made = proposal.proposal;
    const proposed = made.after!;
    const { curator } = session;
    const previous = verificationOf(made.before!);
    const source = made.source ?? previous?.source;
    const verification: Verification = {
      status: 'verified',
      by: curator.label,
      curatorId: curator.id,
      at: new Date().toISOString(),
      note: `Approved the change ${made.curatorLabel} proposed${note ? `: ${note}` : ''}`,
      ...(source ? { source } : {}),
    };
    const replacing = {
      ...proposed,
      properties: { ...proposed.properties, [VERIFICATION_PROPERTY]: verificationToJson(verification) },
    } as FactVersion;
    await writeFact(store, session, 'kind' in replacing ? { node: replacing } : { relationship: replacing });
    return session.curation.review.decisions.append({
      action: 'approve',
      target,
      fact: made.fact,
      curatorId: curator.id,
      curatorLabel: curator.label,
      proposalId: made.id,
      ...(note ? { note } : {}),
      before: current,
      after: replacing,
    });
  });
}

/** Rejects a proposal, saying why; the verified version stays. Its proposer may reject it too, to withdraw it. */
export async function rejectProposal(
  store: GraphStore,
  session: CuratorSession,
  input: { id: string; note: string },
): Promise<ReviewDecision> {
  const id = idOf(input.id);
  const note = optionalText('note', input.note, MAX_TEXT_LENGTH);
  if (!note) throw badUserInput('note', 'Rejecting a proposal needs a note saying why (note).');
  const target = (await findProposal(session, id))?.proposal.target ?? id;
  return withWriteLock(store, target, async () => {
    const proposal = await findProposal(session, id);
    const current = proposal ? await currentVersion(store, target) : null;
    const refusal = decisionRefusal(proposal, 'reject', session.curator.id, current);
    if (refusal || !proposal) refuse(refusal ?? { code: 'NOT_FOUND', message: 'No proposal has this id.' });
    const { curator } = session;
    return session.curation.review.decisions.append({
      action: 'reject',
      target,
      fact: proposal.proposal.fact,
      curatorId: curator.id,
      curatorLabel: curator.label,
      proposalId: proposal.proposal.id,
      note,
      before: current,
      after: current,
    });
  });
}
