import { verificationOf, type GraphNode, type GraphRelationship } from '@icg/graph';
import { optionalCurator, requireCurator, type CuratorSession } from '../../auth/require-curator.ts';
import type { RequestContext } from '../../context.ts';
import { badUserInput } from '../../errors.ts';
import { decodeOffsetCursor, encodeOffsetCursor, pageSize } from '../../page-size.ts';
import type {
  ReviewAction as ReviewActionEnum,
  ReviewReason as ReviewReasonEnum,
  Resolvers,
} from '../generated/resolvers-types.ts';
import { SOURCE_QUALITY_NAMES, verificationOutput } from '../verification/resolvers.ts';
import { changedFields, proposalsOf, type Proposal } from './approval-rules.ts';
import { decisionLogCsv, decisionLogJson } from './decision-log-export.ts';
import type { FactVersion, ReviewAction, ReviewDecision } from './decision-log.ts';
import { approveProposal, rejectProposal } from './proposals.ts';
import {
  REVIEW_REASONS,
  reviewExplanation,
  reviewSortKey,
  type ReviewReason,
  type ReviewSortKey,
} from './review-order.ts';

const REASON_NAMES: Readonly<Record<ReviewReason, ReviewReasonEnum>> = {
  'repost-only': 'REPOST_ONLY',
  disputed: 'DISPUTED',
  imported: 'IMPORTED',
  unverified: 'UNVERIFIED',
};
const REASONS_BY_NAME = Object.fromEntries(
  Object.entries(REASON_NAMES).map(([reason, name]) => [name, reason]),
) as Readonly<Record<ReviewReasonEnum, ReviewReason>>;

const ACTION_NAMES: Readonly<Record<ReviewAction, ReviewActionEnum>> = {
  verify: 'VERIFY',
  dispute: 'DISPUTE',
  unverify: 'UNVERIFY',
  propose: 'PROPOSE',
  approve: 'APPROVE',
  reject: 'REJECT',
};

const FACT_NAMES = { entity: 'ENTITY', relationship: 'RELATIONSHIP' } as const;

/** The queue's cursor: the sort key of the last item shown, base64url JSON; opaque to clients. */
function encodeQueueCursor(key: ReviewSortKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeQueueCursor(after: string): ReviewSortKey {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    key = null;
  }
  const types = ['number', 'number', 'number', 'string', 'number', 'string'];
  if (!Array.isArray(key) || key.length !== types.length || key.some((part, i) => typeof part !== types[i])) {
    throw badUserInput('after', 'after is not a cursor returned by reviewQueue');
  }
  return key as unknown as ReviewSortKey;
}

async function curatorReview(ctx: RequestContext): Promise<CuratorSession> {
  return requireCurator(ctx);
}

async function storedRelationship(ctx: RequestContext, id: string): Promise<GraphRelationship | null> {
  const [from] = id.split('|');
  if (!from) return null;
  return (await ctx.loaders.relationships.load(from)).find((relationship) => relationship.id === id) ?? null;
}

/** An entity's name, or a relationship as `from —TYPE→ to` with its ends' names (their ids when gone). */
async function labelOf(ctx: RequestContext, version: FactVersion | GraphNode | null, id: string): Promise<string> {
  if (version && 'kind' in version) return version.name;
  const [from = id, type = '', to = ''] = id.split('|');
  const [fromNode, toNode] = await Promise.all([ctx.loaders.node.load(from), ctx.loaders.node.load(to)]);
  return `${fromNode?.name ?? from} —${type}→ ${toNode?.name ?? to}`;
}

const json = (version: FactVersion | null) => (version === null ? null : JSON.stringify(version));

async function proposalById(session: CuratorSession, id: string): Promise<Proposal> {
  const proposal = proposalsOf(await session.curation.review.decisions.all()).get(id);
  if (!proposal) throw new Error(`The proposal ${id} just decided is not in the log`);
  return proposal;
}

/** Later fields of the request read the fact as written. */
function forget(ctx: RequestContext, decision: ReviewDecision): void {
  if (decision.fact === 'entity') ctx.loaders.node.clear(decision.target);
  else {
    const [from = '', , to = ''] = decision.target.split('|');
    ctx.loaders.relationships.clear(from).clear(to);
  }
}

export const reviewResolvers: Resolvers = {
  Query: {
    reviewQueue: async (_, { first, after, filter }, ctx) => {
      const { curation } = await curatorReview(ctx);
      const size = pageSize(first);
      const page = await curation.review.queue.page({
        first: size,
        ...(after ? { after: decodeQueueCursor(after) } : {}),
        filter: {
          ...(filter?.reasons ? { reasons: filter.reasons.map((name) => REASONS_BY_NAME[name]) } : {}),
          ...(filter?.fact ? { fact: filter.fact === 'ENTITY' ? 'entity' : 'relationship' } : {}),
        },
      });
      const last = page.entries[page.entries.length - 1];
      return {
        items: page.entries,
        totalCount: page.totalCount,
        counts: REVIEW_REASONS.map((reason) => ({ reason: REASON_NAMES[reason], count: page.counts[reason] })),
        hasNextPage: page.hasNextPage,
        endCursor: last ? encodeQueueCursor(reviewSortKey(last)) : null,
      };
    },
    reviewProposals: async (_, { first }, ctx) => {
      const { curation } = await curatorReview(ctx);
      const proposals = proposalsOf(await curation.review.decisions.all());
      return [...proposals.values()].filter((proposal) => proposal.state === 'pending').slice(0, pageSize(first));
    },
    reviewDecisions: async (_, { first, after }, ctx) => {
      const { curation } = await curatorReview(ctx);
      const size = pageSize(first);
      const start = decodeOffsetCursor(after);
      const newestFirst = [...(await curation.review.decisions.all())].reverse();
      const items = newestFirst.slice(start, start + size);
      return {
        items,
        totalCount: newestFirst.length,
        hasNextPage: start + size < newestFirst.length,
        endCursor: items.length > 0 ? encodeOffsetCursor(start + items.length - 1) : null,
      };
    },
    reviewDecisionLog: async (_, { format }, ctx) => {
      const { curation } = await curatorReview(ctx);
      // The whole log: curators' own decisions, a few a minute at most, so its size follows their work.
      const decisions = await curation.review.decisions.all();
      return format === 'CSV' ? decisionLogCsv(decisions) : decisionLogJson(decisions);
    },
  },
  Mutation: {
    approveProposal: async (_, { id, note }, ctx) => {
      const session = await requireCurator(ctx);
      const decision = await approveProposal(ctx.graph, session, { id, note: note ?? null });
      forget(ctx, decision);
      return proposalById(session, decision.proposalId!);
    },
    rejectProposal: async (_, { id, note }, ctx) => {
      const session = await requireCurator(ctx);
      const decision = await rejectProposal(ctx.graph, session, { id, note });
      return proposalById(session, decision.proposalId!);
    },
  },
  ReviewItem: {
    id: (entry) => entry.id,
    fact: (entry) => FACT_NAMES[entry.fact],
    reason: (entry) => REASON_NAMES[entry.reason],
    explanation: (entry) => reviewExplanation(entry),
    bestSourceQuality: (entry) => (entry.bestSource === null ? null : SOURCE_QUALITY_NAMES[entry.bestSource]),
    sourceCount: (entry) => entry.sourceCount,
    since: (entry) => entry.since,
    label: async (entry, _, ctx) =>
      labelOf(ctx, entry.fact === 'entity' ? await ctx.loaders.node.load(entry.id) : null, entry.id),
    entity: (entry, _, ctx) => (entry.fact === 'entity' ? ctx.loaders.node.load(entry.id) : null),
    relationship: (entry, _, ctx) => (entry.fact === 'relationship' ? storedRelationship(ctx, entry.id) : null),
    verification: async (entry, _, ctx) => {
      const record =
        entry.fact === 'entity' ? await ctx.loaders.node.load(entry.id) : await storedRelationship(ctx, entry.id);
      return verificationOutput(record ? verificationOf(record) : undefined);
    },
  },
  ReviewProposal: {
    id: ({ proposal }) => proposal.id,
    target: ({ proposal }) => proposal.target,
    fact: ({ proposal }) => FACT_NAMES[proposal.fact],
    label: ({ proposal }, _, ctx) => labelOf(ctx, proposal.before, proposal.target),
    proposedBy: ({ proposal }) => proposal.curatorLabel,
    proposedAt: ({ proposal }) => proposal.at,
    mine: async ({ proposal }, _, ctx) => (await optionalCurator(ctx))?.id === proposal.curatorId,
    state: ({ state }) => (state === 'pending' ? 'PENDING' : state === 'approved' ? 'APPROVED' : 'REJECTED'),
    changes: ({ proposal }) => changedFields(proposal.before, proposal.after),
    source: ({ proposal }) => proposal.source ?? null,
    before: ({ proposal }) => json(proposal.before) ?? 'null',
    after: ({ proposal }) => json(proposal.after) ?? 'null',
    decidedBy: ({ decision }) => decision?.curatorLabel ?? null,
    decidedAt: ({ decision }) => decision?.at ?? null,
    decisionNote: ({ decision }) => decision?.note ?? null,
  },
  ReviewDecision: {
    id: (decision) => decision.id,
    at: (decision) => decision.at,
    action: (decision) => ACTION_NAMES[decision.action],
    curator: (decision) => decision.curatorLabel,
    target: (decision) => decision.target,
    fact: (decision) => FACT_NAMES[decision.fact],
    proposalId: (decision) => decision.proposalId ?? null,
    note: (decision) => decision.note ?? null,
    before: (decision) => json(decision.before),
    after: (decision) => json(decision.after),
  },
  UpsertEntityPayload: {
    proposal: (payload) => (payload.proposal ? { proposal: payload.proposal, state: 'pending', decision: null } : null),
  },
  AddRelationshipPayload: {
    proposal: (payload) => (payload.proposal ? { proposal: payload.proposal, state: 'pending', decision: null } : null),
  },
};
