import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCuratorToken, GRAPH_BACKENDS, graphql, startTestService, type TestService } from '@icg/api/testing';

const QUEUE = /* GraphQL */ `
  query ReviewQueue($first: Int, $after: String, $filter: ReviewQueueFilter) {
    reviewQueue(first: $first, after: $after, filter: $filter) {
      totalCount
      hasNextPage
      endCursor
      counts {
        reason
        count
      }
      items {
        id
        fact
        reason
        explanation
        bestSourceQuality
        sourceCount
        since
        label
        verification {
          status
        }
      }
    }
  }
`;
const SET_VERIFICATION = /* GraphQL */ `
  mutation SetVerification($input: SetVerificationInput!) {
    setVerification(input: $input) {
      verification {
        status
        by
      }
    }
  }
`;
const PROPOSAL = /* GraphQL */ `id target label proposedBy mine state changes { field before after } before after decidedBy decisionNote`;
const UPSERT = /* GraphQL */ `
  mutation Upsert($input: UpsertEntityInput!) {
    upsertEntity(input: $input) {
      created
      entity { id description }
      proposal { ${PROPOSAL} }
    }
  }
`;
const ADD_RELATIONSHIP = /* GraphQL */ `
  mutation AddRelationship($input: AddRelationshipInput!) {
    addRelationship(input: $input) {
      relationship { id properties }
      proposal { ${PROPOSAL} }
    }
  }
`;
const PROPOSALS = /* GraphQL */ `query Proposals { reviewProposals(first: 100) { ${PROPOSAL} } }`;
const APPROVE = /* GraphQL */ `
  mutation Approve($id: ID!) { approveProposal(id: $id) { ${PROPOSAL} } }
`;
const REJECT = /* GraphQL */ `
  mutation Reject($id: ID!, $note: String!) { rejectProposal(id: $id, note: $note) { ${PROPOSAL} } }
`;
const DECISIONS = /* GraphQL */ `
  query Decisions($first: Int, $after: String) {
    reviewDecisions(first: $first, after: $after) {
      totalCount
      hasNextPage
      endCursor
      items {
        action
        curator
        target
        fact
        proposalId
        note
        before
        after
      }
    }
  }
`;
const POSITION = /* GraphQL */ `
  query Position($id: ID!) {
    entity(id: $id) {
      position {
        precision
      }
    }
  }
`;
const PLACE = /* GraphQL */ `
  mutation Place($input: PlaceEntityInput!) {
    placeEntity(input: $input) { position { precision } proposal { ${PROPOSAL} } }
  }
`;
const UPSERT_PROJECT = /* GraphQL */ `
  mutation UpsertProject($input: UpsertProjectInput!) {
    upsertProject(input: $input) {
      project {
        id
      }
    }
  }
`;
const DECISION_LOG = /* GraphQL */ `
  query DecisionLog($format: DecisionLogFormat!) {
    reviewDecisionLog(format: $format)
  }
`;
const ENTITY = /* GraphQL */ `
  query Entity($id: ID!) {
    entity(id: $id) {
      id
      name
      description
      verification {
        status
        by
        note
      }
    }
  }
`;

interface QueueItem {
  id: string;
  fact: string;
  reason: string;
  explanation: string;
  bestSourceQuality: string | null;
  sourceCount: number;
  since: string | null;
  label: string;
  verification: { status: string };
}
interface QueuePage {
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
  counts: { reason: string; count: number }[];
  items: QueueItem[];
}
interface Proposal {
  id: string;
  target: string;
  label: string;
  proposedBy: string;
  mine: boolean;
  state: string;
  changes: { field: string; before: string | null; after: string | null }[];
  before: string;
  after: string;
  decidedBy: string | null;
  decisionNote: string | null;
}
interface Decision {
  action: string;
  curator: string;
  target: string;
  fact: string;
  proposalId: string | null;
  note: string | null;
  before: string | null;
  after: string | null;
}

const REASONS = ['REPOST_ONLY', 'DISPUTED', 'IMPORTED', 'UNVERIFIED'];
const STRENGTH = [null, 'UNKNOWN', 'REPOST', 'REFERENCE', 'PRESS', 'OFFICIAL'];
const GAZETTEER = { document: '南通市志', locator: '第3卷', takenAt: '2024-05-01' };
const PRESS_SOURCE = { url: 'http://www.xinhuanet.com/2020-01/01/c_1125410000.htm', document: '新华网' };
const REPOST_SOURCE = { url: 'https://p2.ttnews.xyz/amp/5ea35defdc9b5e51b9b22372' };
const FOUNDED_DASHENG = 'en-zhang-jian|FOUNDED|ent-dasheng';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const codesOf = (errors: { extensions?: { code?: string } }[] | undefined) =>
  (errors ?? []).map((error) => error.extensions?.code);

describe.each(GRAPH_BACKENDS)(
  'the review queue and second-curator approval over HTTP, on the %s graph store',
  (backend) => {
    let service: TestService;
    let url: string;
    let alice: string;
    let bob: string;
    let dataDir: string;

    beforeAll(async () => {
      service = await startTestService({ GRAPH_BACKEND: backend });
      dataDir = service.dataDir;
      url = service.url;
      alice = (await createCuratorToken(service.dataDir, '王策展')).token;
      bob = (await createCuratorToken(service.dataDir, '李审核')).token;
    });
    afterAll(async () => {
      await service?.dispose();
      // The restarted service was given the first one's data directory, which is then this test's to remove.
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    });

    async function ok<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
      const { body } = await graphql<T>(url, query, variables, token ? bearer(token) : {});
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return body.data!;
    }

    /** Every item of the queue, page by page through the cursor. */
    async function wholeQueue(token: string, filter?: Record<string, unknown>): Promise<QueueItem[]> {
      const items: QueueItem[] = [];
      let after: string | null = null;
      for (;;) {
        const { reviewQueue }: { reviewQueue: QueuePage } = await ok(QUEUE, { first: 100, after, filter }, token);
        items.push(...reviewQueue.items);
        if (!reviewQueue.hasNextPage) return items;
        after = reviewQueue.endCursor;
      }
    }

    const entity = async (id: string) =>
      (
        await ok<{
          entity: { name: string; description: string | null; verification: { status: string; by: string | null } };
        }>(ENTITY, { id })
      ).entity;

    it('shows the queue to curators only', async () => {
      const { body } = await graphql(url, QUEUE, { first: 5 });
      expect(codesOf(body.errors)).toEqual(['UNAUTHENTICATED']);
      const decisions = await graphql(url, DECISIONS, {});
      expect(codesOf(decisions.body.errors)).toEqual(['UNAUTHENTICATED']);
    });

    it('lists facts of each reason, weakest first, with counts, through its cursor', async () => {
      // One fact of each reason the seeds may lack: a fresh record on a repost, an imported one, a disputed one.
      await ok(
        UPSERT,
        { input: { kind: 'HeritageSite', name: '审核队列测试转载厂', province: '江苏', sources: [REPOST_SOURCE] } },
        alice,
      );
      await ok(
        UPSERT,
        {
          input: {
            kind: 'HeritageSite',
            name: '审核队列测试导入厂',
            province: '安徽',
            properties: JSON.stringify({ importedAt: '2026-12-01T08:00:00.000Z', importedFrom: 'candidates.json' }),
            sources: [PRESS_SOURCE],
          },
        },
        alice,
      );
      await ok(
        SET_VERIFICATION,
        { input: { target: 'ent-dasheng', status: 'DISPUTED', note: '另有来源称创办于1899年' } },
        bob,
      );

      const queue = await wholeQueue(alice);
      const { reviewQueue: first } = await ok<{ reviewQueue: QueuePage }>(QUEUE, { first: 3 }, alice);
      expect(first.totalCount).toBe(queue.length);
      expect(first.counts.map((count) => count.reason)).toEqual(REASONS);
      expect(first.counts.reduce((sum, count) => sum + count.count, 0)).toBe(queue.length);
      expect(new Set(queue.map((item) => item.id)).size).toBe(queue.length);

      // Reasons in order; within a reason the weakest best source first, then the fewest sources, then the oldest.
      const key = (item: QueueItem) =>
        [
          REASONS.indexOf(item.reason),
          STRENGTH.indexOf(item.bestSourceQuality),
          item.sourceCount,
          item.since ?? '',
        ] as const;
      for (let i = 1; i < queue.length; i++) {
        const [a, b] = [key(queue[i - 1]!), key(queue[i]!)];
        const order = a.findIndex((part, j) => part !== b[j]);
        if (order >= 0) expect(a[order]! < b[order]!, `${queue[i - 1]!.id} before ${queue[i]!.id}`).toBe(true);
      }
      const reasonOf = (label: string) => queue.find((item) => item.label === label)?.reason;
      expect(reasonOf('审核队列测试转载厂')).toBe('REPOST_ONLY');
      expect(reasonOf('审核队列测试导入厂')).toBe('IMPORTED');
      expect(queue.find((item) => item.id === 'ent-dasheng')).toMatchObject({
        reason: 'DISPUTED',
        verification: { status: 'DISPUTED' },
        explanation: expect.stringMatching(/^Disputed by a curator/),
      });
      expect(queue.some((item) => item.reason === 'UNVERIFIED' && item.fact === 'RELATIONSHIP')).toBe(true);
      expect(queue.find((item) => item.label === '审核队列测试导入厂')?.since).toBe('2026-12-01T08:00:00.000Z');

      const disputedOnly = await wholeQueue(alice, { reasons: ['DISPUTED'], fact: 'ENTITY' });
      expect(disputedOnly.map((item) => item.id)).toEqual(['ent-dasheng']);

      const decisions = await ok<{ reviewDecisions: { items: Decision[] } }>(DECISIONS, { first: 1 }, alice);
      expect(decisions.reviewDecisions.items[0]).toMatchObject({
        action: 'DISPUTE',
        curator: '李审核',
        target: 'ent-dasheng',
        note: '另有来源称创办于1899年',
      });
    });

    it('takes a verified fact out of the queue, and keeps a change to it as a proposal for a second curator', async () => {
      const { name } = await entity('en-zhang-jian');
      await ok(SET_VERIFICATION, { input: { target: 'en-zhang-jian', status: 'VERIFIED', source: GAZETTEER } }, alice);
      expect((await wholeQueue(alice, { fact: 'ENTITY' })).some((item) => item.id === 'en-zhang-jian')).toBe(false);

      const changed = await ok<{
        upsertEntity: { created: boolean; entity: { description: string | null }; proposal: Proposal | null };
      }>(
        UPSERT,
        {
          input: {
            id: 'en-zhang-jian',
            kind: 'Entrepreneur',
            name,
            description: '张謇（1853—1926），清末状元，近代实业家、教育家。',
            sources: [{ document: '张謇全集', locator: '第1卷' }],
          },
        },
        alice,
      );
      const proposal = changed.upsertEntity.proposal!;
      expect(proposal).toMatchObject({ state: 'PENDING', proposedBy: '王策展', mine: true, target: 'en-zhang-jian' });
      expect(proposal.changes.find((change) => change.field === 'description')?.after).toBe(
        '张謇（1853—1926），清末状元，近代实业家、教育家。',
      );
      // The verified version stays where readers see it.
      const kept = await entity('en-zhang-jian');
      expect(kept.description).not.toBe('张謇（1853—1926），清末状元，近代实业家、教育家。');
      expect(changed.upsertEntity.entity.description).toBe(kept.description);
      expect(kept.verification).toMatchObject({ status: 'VERIFIED', by: '王策展' });

      const own = await graphql(url, APPROVE, { id: proposal.id }, bearer(alice));
      expect(codesOf(own.body.errors)).toEqual(['FORBIDDEN']);
      expect(own.body.errors?.[0]?.message).toMatch(/needs a second curator/);

      const pendingForBob = await ok<{ reviewProposals: Proposal[] }>(PROPOSALS, {}, bob);
      expect(pendingForBob.reviewProposals).toEqual([expect.objectContaining({ id: proposal.id, mine: false })]);

      const approved = await ok<{ approveProposal: Proposal }>(APPROVE, { id: proposal.id }, bob);
      expect(approved.approveProposal).toMatchObject({ state: 'APPROVED', decidedBy: '李审核' });
      const replaced = await entity('en-zhang-jian');
      expect(replaced.description).toBe('张謇（1853—1926），清末状元，近代实业家、教育家。');
      expect(replaced.verification).toMatchObject({
        status: 'VERIFIED',
        by: '李审核',
        note: expect.stringMatching(/王策展/),
      });
      expect((await ok<{ reviewProposals: Proposal[] }>(PROPOSALS, {}, bob)).reviewProposals).toEqual([]);

      const again = await graphql(url, APPROVE, { id: proposal.id }, bearer(bob));
      expect(codesOf(again.body.errors)).toEqual(['BAD_USER_INPUT']);

      // Both versions and every decision are in the log, newest first.
      const { reviewDecisions } = await ok<{ reviewDecisions: { items: Decision[] } }>(DECISIONS, { first: 3 }, bob);
      expect(reviewDecisions.items.map((decision) => [decision.action, decision.curator])).toEqual([
        ['APPROVE', '李审核'],
        ['PROPOSE', '王策展'],
        ['VERIFY', '王策展'],
      ]);
      const [approval, proposed] = reviewDecisions.items;
      expect(approval!.proposalId).toBe(proposal.id);
      expect(JSON.parse(proposed!.before!)).toMatchObject({ id: 'en-zhang-jian', description: kept.description });
      expect(JSON.parse(proposed!.after!)).toMatchObject({ description: replaced.description });
    });

    it('lets a second curator reject a proposal with a note, keeping the verified version', async () => {
      const before = await entity('en-zhang-jian');
      const { upsertEntity } = await ok<{ upsertEntity: { proposal: Proposal } }>(
        UPSERT,
        {
          input: {
            id: 'en-zhang-jian',
            kind: 'Entrepreneur',
            name: before.name,
            description: '张謇，生于1850年。',
            sources: [REPOST_SOURCE],
          },
        },
        bob,
      );
      const blank = await graphql(url, REJECT, { id: upsertEntity.proposal.id, note: ' ' }, bearer(alice));
      expect(codesOf(blank.body.errors)).toEqual(['BAD_USER_INPUT']);
      const rejected = await ok<{ rejectProposal: Proposal }>(
        REJECT,
        { id: upsertEntity.proposal.id, note: '生年与南通市志不符' },
        alice,
      );
      expect(rejected.rejectProposal).toMatchObject({
        state: 'REJECTED',
        decidedBy: '王策展',
        decisionNote: '生年与南通市志不符',
      });
      expect((await entity('en-zhang-jian')).description).toBe(before.description);
    });

    it('keeps a merge into a verified relationship as a proposal too', async () => {
      await ok(SET_VERIFICATION, { input: { target: FOUNDED_DASHENG, status: 'VERIFIED', source: GAZETTEER } }, alice);
      const { addRelationship } = await ok<{
        addRelationship: { relationship: { properties: string }; proposal: Proposal };
      }>(
        ADD_RELATIONSHIP,
        {
          input: {
            type: 'FOUNDED',
            from: 'en-zhang-jian',
            to: 'ent-dasheng',
            properties: JSON.stringify({ year: 1896 }),
            sources: [GAZETTEER],
          },
        },
        alice,
      );
      expect(addRelationship.proposal).toMatchObject({ state: 'PENDING', target: FOUNDED_DASHENG });
      expect(addRelationship.proposal.label).toMatch(/—FOUNDED→/);
      expect(JSON.parse(addRelationship.relationship.properties)).not.toHaveProperty('year', 1896);
      const approved = await ok<{ approveProposal: Proposal }>(APPROVE, { id: addRelationship.proposal.id }, bob);
      expect(approved.approveProposal.state).toBe('APPROVED');
    });

    it('exports the decision log as CSV and JSON, and keeps it and the approved versions across a restart', async () => {
      const csv = (await ok<{ reviewDecisionLog: string }>(DECISION_LOG, { format: 'CSV' }, alice)).reviewDecisionLog;
      const lines = csv.trimEnd().split('\r\n');
      expect(lines[0]).toBe('id,at,action,curator,curatorId,target,fact,proposalId,note,before,after');
      const json = JSON.parse(
        (await ok<{ reviewDecisionLog: string }>(DECISION_LOG, { format: 'JSON' }, alice)).reviewDecisionLog,
      ) as { decisions: { action: string }[] };
      expect(json.decisions.map((decision) => decision.action)).toEqual([
        'dispute',
        'verify',
        'propose',
        'approve',
        'propose',
        'reject',
        'verify',
        'propose',
        'approve',
      ]);

      await service.stop();
      service = await startTestService({ ...service.graphEnv, DATA_DIR: service.dataDir });
      url = service.url;
      const restarted = await ok<{ reviewDecisions: { totalCount: number } }>(DECISIONS, {}, alice);
      expect(restarted.reviewDecisions.totalCount).toBe(9);
      expect((await entity('en-zhang-jian')).description).toBe('张謇（1853—1926），清末状元，近代实业家、教育家。');
      expect((await wholeQueue(bob, { reasons: ['DISPUTED'] })).map((item) => item.id)).toEqual(['ent-dasheng']);
    });

    it('keeps the placing of a verified entity on the map for a second curator, and refuses upsertProject on a verified project', async () => {
      const site = 'hs-dasheng-cotton-mill';
      await ok(SET_VERIFICATION, { input: { target: site, status: 'VERIFIED', source: GAZETTEER } }, alice);
      const before = (await ok<{ entity: { position: { precision: string } } }>(POSITION, { id: site })).entity
        .position;
      const placed = await ok<{ placeEntity: { position: { precision: string }; proposal: Proposal | null } }>(
        PLACE,
        {
          input: {
            id: site,
            lat: 32.0361,
            lng: 120.8263,
            source: { document: '南通市测绘资料', takenAt: '2026-12-01' },
          },
        },
        alice,
      );
      expect(placed.placeEntity.proposal).toMatchObject({ state: 'PENDING', proposedBy: '王策展', target: site });
      // Readers still see the verified position until a second curator approves.
      expect((await ok<{ entity: { position: unknown } }>(POSITION, { id: site })).entity.position).toEqual(before);
      await ok(APPROVE, { id: placed.placeEntity.proposal!.id }, bob);
      expect(
        (await ok<{ entity: { position: { precision: string } } }>(POSITION, { id: site })).entity.position,
      ).toEqual({
        precision: 'EXACT',
      });

      const project = 'project-reuse-jinling-arsenal';
      await ok(SET_VERIFICATION, { input: { target: project, status: 'VERIFIED', source: GAZETTEER } }, alice);
      const { body } = await graphql(
        url,
        UPSERT_PROJECT,
        {
          input: {
            id: project,
            name: '金陵机器制造局旧址活化利用项目',
            type: 'HERITAGE_REUSE',
            status: 'COMPLETED',
            province: '江苏',
            sources: [GAZETTEER],
          },
        },
        bearer(alice),
      );
      expect(codesOf(body.errors)).toEqual(['BAD_USER_INPUT']);
      expect(body.errors?.[0]?.message).toMatch(/is verified: change its fields with upsertEntity/);
    });
  },
);
