import type { FactVersion, ReviewDecision } from './decision-log.ts';

export type ProposalState = 'pending' | 'approved' | 'rejected';

/** A proposed change to a verified fact: its `propose` decision and, once decided, the decision on it. */
export interface Proposal {
  proposal: ReviewDecision;
  state: ProposalState;
  decision: ReviewDecision | null;
}

/** Every proposal in the log, by id, with its state. */
export function proposalsOf(decisions: readonly ReviewDecision[]): Map<string, Proposal> {
  const proposals = new Map<string, Proposal>();
  for (const decision of decisions) {
    if (decision.action === 'propose')
      proposals.set(decision.id, { proposal: decision, state: 'pending', decision: null });
    else if ((decision.action === 'approve' || decision.action === 'reject') && decision.proposalId) {
      const proposal = proposals.get(decision.proposalId);
      if (proposal?.state === 'pending') {
        proposal.state = decision.action === 'approve' ? 'approved' : 'rejected';
        proposal.decision = decision;
      }
    }
  }
  return proposals;
}

/** JSON with keys sorted at every level: two reads of one record compare equal whatever order a store keeps. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function sameVersion(a: FactVersion | null, b: FactVersion | null): boolean {
  return canonical(a) === canonical(b);
}

export type DecisionRefusal =
  | { code: 'NOT_FOUND'; message: string }
  | { code: 'FORBIDDEN'; message: string }
  | { code: 'BAD_USER_INPUT'; reason: 'ALREADY_DECIDED' | 'STALE_PROPOSAL'; message: string };

/**
 * Why this curator may not approve (or reject) the proposal now, or null when they may. A change to a verified fact
 * needs a second pair of eyes, so its proposer may not approve it (they may withdraw it by rejecting it); a
 * proposal is decided once; and it must still apply to the version it was made against, else approving it would
 * silently undo whatever changed the fact since.
 */
export function decisionRefusal(
  proposal: Proposal | undefined,
  action: 'approve' | 'reject',
  curatorId: string,
  current: FactVersion | null,
): DecisionRefusal | null {
  if (!proposal) return { code: 'NOT_FOUND', message: 'No proposal has this id.' };
  const { proposal: made } = proposal;
  if (proposal.state !== 'pending') {
    return {
      code: 'BAD_USER_INPUT',
      reason: 'ALREADY_DECIDED',
      message: `This proposal was already ${proposal.state} by ${proposal.decision?.curatorLabel ?? 'a curator'}.`,
    };
  }
  if (action === 'approve' && made.curatorId === curatorId) {
    return {
      code: 'FORBIDDEN',
      message:
        'A change to a verified fact needs a second curator: you proposed it, so another curator must approve it ' +
        '(you may withdraw it with rejectProposal).',
    };
  }
  if (action === 'approve' && !sameVersion(made.before, current)) {
    return {
      code: 'BAD_USER_INPUT',
      reason: 'STALE_PROPOSAL',
      message: `${made.target} has changed since this proposal was made; reject it and propose the change again.`,
    };
  }
  return null;
}

/** The fields a proposal changes, each with its text before and after, for a curator to compare. */
export function changedFields(
  before: FactVersion | null,
  after: FactVersion | null,
): { field: string; before: string | null; after: string | null }[] {
  const fields: { field: string; before: string | null; after: string | null }[] = [];
  const text = (value: unknown) =>
    value === undefined || value === null ? null : typeof value === 'string' ? value : JSON.stringify(value);
  const record = (version: FactVersion | null) => (version ?? {}) as Record<string, unknown>;
  // Sources read one a line (title · url · locator), so a curator sees which one a change adds.
  const sourcesText = (value: unknown) =>
    Array.isArray(value)
      ? (value as Record<string, unknown>[])
          .map((source) => [source['document'], source['url'], source['locator']].filter(Boolean).join(' · '))
          .join('\n')
      : null;
  for (const key of ['name', 'aliases', 'province', 'city', 'description', 'sources']) {
    const a = key === 'sources' ? sourcesText(record(before)[key]) : text(record(before)[key]);
    const b = key === 'sources' ? sourcesText(record(after)[key]) : text(record(after)[key]);
    if (a !== b) fields.push({ field: key, before: a, after: b });
  }
  const propsBefore = (record(before)['properties'] ?? {}) as Record<string, unknown>;
  const propsAfter = (record(after)['properties'] ?? {}) as Record<string, unknown>;
  for (const key of [...new Set([...Object.keys(propsBefore), ...Object.keys(propsAfter)])].sort()) {
    const a = text(propsBefore[key]);
    const b = text(propsAfter[key]);
    if (a !== b) fields.push({ field: `properties.${key}`, before: a, after: b });
  }
  return fields;
}
