import type { Source } from '@icg/graph';
import type { CuratorSession } from '../../auth/require-curator.ts';
import { sameVersion } from './approval-rules.ts';
import type { FactVersion, ReviewDecision } from './decision-log.ts';

/**
 * Keeps a curator's change to a verified fact as a proposal, leaving the verified version in the graph: a second
 * curator approves or rejects it. Returns null when the change changes nothing. The caller holds the fact's
 * write lock.
 */
export async function proposeChange(
  session: CuratorSession,
  change: { before: FactVersion; after: FactVersion; source: Source | undefined },
): Promise<ReviewDecision | null> {
  if (sameVersion(change.before, change.after)) return null;
  const { curator } = session;
  return session.curation.review.decisions.append({
    action: 'propose',
    target: change.before.id,
    fact: 'kind' in change.before ? 'entity' : 'relationship',
    curatorId: curator.id,
    curatorLabel: curator.label,
    ...(change.source ? { source: change.source } : {}),
    before: change.before,
    after: change.after,
  });
}
