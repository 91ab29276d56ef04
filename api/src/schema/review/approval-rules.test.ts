import type { GraphNode } from '@icg/graph';
import { describe, expect, it } from 'vitest';
import { changedFields, decisionRefusal, proposalsOf, sameVersion } from './approval-rules.ts';
import type { ReviewDecision } from './decision-log.ts';

const verified: GraphNode = {
  id: 'ent-dasheng',
  kind: 'Enterprise',
  name: '大生纱厂',
  aliases: [],
  province: '江苏',
  city: '南通市',
  description: '1895年创办',
  properties: { verification: { status: 'verified', by: '甲', at: '2026-12-01T00:00:00.000Z' } },
  sources: [{ document: '南通市志' }],
};
const proposed: GraphNode = { ...verified, description: '1899年开车' };

function decision(
  id: string,
  action: ReviewDecision['action'],
  curatorId: string,
  extra: Partial<ReviewDecision> = {},
) {
  return {
    id,
    at: '2026-12-07T00:00:00.000Z',
    action,
    target: 'ent-dasheng',
    fact: 'entity',
    curatorId,
    curatorLabel: curatorId,
    before: verified,
    after: proposed,
    ...extra,
  } satisfies ReviewDecision;
}

describe('second-curator approval', () => {
  const propose = decision('dec-1', 'propose', 'cur-a');

  it('keeps a proposal pending until approved or rejected, once', () => {
    expect(proposalsOf([propose]).get('dec-1')?.state).toBe('pending');
    const approved = proposalsOf([propose, decision('dec-2', 'approve', 'cur-b', { proposalId: 'dec-1' })]);
    expect(approved.get('dec-1')).toMatchObject({ state: 'approved', decision: { curatorId: 'cur-b' } });
    const rejectedThenApproved = proposalsOf([
      propose,
      decision('dec-2', 'reject', 'cur-b', { proposalId: 'dec-1' }),
      decision('dec-3', 'approve', 'cur-c', { proposalId: 'dec-1' }),
    ]);
    expect(rejectedThenApproved.get('dec-1')).toMatchObject({ state: 'rejected', decision: { id: 'dec-2' } });
  });

  it('lets a second curator approve a pending proposal made against the current version', () => {
    const proposal = proposalsOf([propose]).get('dec-1');
    expect(decisionRefusal(proposal, 'approve', 'cur-b', structuredClone(verified))).toBeNull();
  });

  it('refuses the proposer’s own approval, but lets them withdraw it', () => {
    const proposal = proposalsOf([propose]).get('dec-1');
    expect(decisionRefusal(proposal, 'approve', 'cur-a', verified)).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/needs a second curator/),
    });
    expect(decisionRefusal(proposal, 'reject', 'cur-a', verified)).toBeNull();
  });

  it('refuses a decided proposal, an unknown one, and one whose fact changed since', () => {
    const decided = proposalsOf([propose, decision('dec-2', 'reject', 'cur-b', { proposalId: 'dec-1' })]).get('dec-1');
    expect(decisionRefusal(decided, 'approve', 'cur-c', verified)).toMatchObject({ reason: 'ALREADY_DECIDED' });
    expect(decisionRefusal(undefined, 'approve', 'cur-c', verified)).toMatchObject({ code: 'NOT_FOUND' });
    const pending = proposalsOf([propose]).get('dec-1');
    expect(decisionRefusal(pending, 'approve', 'cur-b', { ...verified, name: '大生一厂' })).toMatchObject({
      reason: 'STALE_PROPOSAL',
    });
    expect(decisionRefusal(pending, 'approve', 'cur-b', null)).toMatchObject({ reason: 'STALE_PROPOSAL' });
  });

  it('compares versions whatever the order of their keys, and lists the fields a proposal changes', () => {
    const reordered = Object.fromEntries(Object.entries(verified).reverse()) as unknown as GraphNode;
    expect(sameVersion(verified, reordered)).toBe(true);
    expect(changedFields(verified, proposed)).toEqual([
      { field: 'description', before: '1895年创办', after: '1899年开车' },
    ]);
    const sourced = { ...verified, sources: [...verified.sources, { document: '张謇全集', locator: '第1卷' }] };
    expect(changedFields(verified, sourced)).toEqual([
      { field: 'sources', before: '南通市志', after: '南通市志\n张謇全集 · 第1卷' },
    ]);
  });
});
