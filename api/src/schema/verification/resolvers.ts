import {
  bestSourceQuality,
  ENTITY_KINDS,
  SOURCE_QUALITY_CLASSES,
  tallyFacts,
  type FactTally,
  sourceQualityOf,
  verificationOf,
  type GraphNode,
  type GraphRelationship,
  type Source,
  type SourceQualityClass,
  type Verification,
  type VerificationStatus,
} from '@icg/graph';
import { requireCurator } from '../../auth/require-curator.ts';
import type { RequestContext } from '../../context.ts';
import type {
  SourceQualityClass as SourceQualityClassEnum,
  Resolvers,
  VerificationStatus as VerificationStatusEnum,
} from '../generated/resolvers-types.ts';
import type { RelationshipParent } from '../graph/graph-parents.ts';
import { allNodes } from '../stats/all-nodes.ts';
import { correctSourceQuality, setVerification, type FactRecord } from './verification-writes.ts';

export const VERIFICATION_STATUS_NAMES: Readonly<Record<VerificationStatus, VerificationStatusEnum>> = {
  verified: 'VERIFIED',
  unverified: 'UNVERIFIED',
  disputed: 'DISPUTED',
};

const STATUSES_BY_NAME = Object.fromEntries(
  Object.entries(VERIFICATION_STATUS_NAMES).map(([status, name]) => [name, status]),
) as Readonly<Record<VerificationStatusEnum, VerificationStatus>>;

export const SOURCE_QUALITY_NAMES: Readonly<Record<SourceQualityClass, SourceQualityClassEnum>> = {
  official: 'OFFICIAL',
  press: 'PRESS',
  reference: 'REFERENCE',
  repost: 'REPOST',
  unknown: 'UNKNOWN',
};

const CLASSES_BY_NAME = Object.fromEntries(
  Object.entries(SOURCE_QUALITY_NAMES).map(([cls, name]) => [name, cls]),
) as Readonly<Record<SourceQualityClassEnum, SourceQualityClass>>;

/** A verification as the schema shows it; a fact nobody has checked is UNVERIFIED by nobody. */
export function verificationOutput(verification: Verification | undefined) {
  return {
    status: VERIFICATION_STATUS_NAMES[verification?.status ?? 'unverified'],
    by: verification?.by ?? null,
    at: verification?.at ?? null,
    note: verification?.note ?? null,
    source: verification?.source ?? null,
  };
}

const entityVerification = {
  verification: (node: GraphNode) => verificationOutput(verificationOf(node)),
  bestSourceQuality: (node: GraphNode) => SOURCE_QUALITY_NAMES[bestSourceQuality(node.sources)],
};

async function storedRelationship(rel: RelationshipParent, ctx: RequestContext): Promise<GraphRelationship | null> {
  return 'properties' in rel ? rel : ctx.loaders.relationshipRecord.load(rel);
}

/** Page size of the whole-graph relationship read behind the tallies; not user input. */
const RELATIONSHIP_PAGE = 1000;

async function allFactRelationships(ctx: RequestContext): Promise<GraphRelationship[]> {
  const relationships: GraphRelationship[] = [];
  let afterId: string | undefined;
  for (;;) {
    const page = await ctx.graph.findRelationships({ first: RELATIONSHIP_PAGE, ...(afterId ? { afterId } : {}) });
    for (const relationship of page) if (relationship.type !== 'INCLUDES') relationships.push(relationship);
    if (page.length < RELATIONSHIP_PAGE) return relationships;
    afterId = page[page.length - 1]!.id;
  }
}

function tallyOutput(tally: FactTally) {
  return {
    facts: tally.facts,
    verified: tally.byStatus.verified,
    unverified: tally.byStatus.unverified,
    disputed: tally.byStatus.disputed,
    byBestSourceQuality: SOURCE_QUALITY_CLASSES.map((cls) => ({
      class: SOURCE_QUALITY_NAMES[cls],
      count: tally.byBestSourceQuality[cls],
    })),
  };
}

const targetOf = (fact: FactRecord) => ('node' in fact ? fact.node : fact.relationship);

export const verificationResolvers: Resolvers = {
  Source: {
    quality: (source: Source) => {
      const quality = sourceQualityOf(source);
      return {
        class: SOURCE_QUALITY_NAMES[quality.class],
        setBy: quality.setBy === 'curator' ? 'CURATOR' : 'RULE',
        reason: quality.reason,
        by: quality.correction?.by ?? null,
        at: quality.correction?.at ?? null,
        note: quality.correction?.note ?? null,
      };
    },
  },
  Relationship: {
    verification: async (rel, _, ctx) => {
      const stored = await storedRelationship(rel, ctx);
      return verificationOutput(stored ? verificationOf(stored) : undefined);
    },
  },
  PolicyDocument: entityVerification,
  PolicySection: entityVerification,
  PolicyTask: entityVerification,
  Department: entityVerification,
  BasicEntity: entityVerification,
  Target: entityVerification,
  Theme: entityVerification,
  Award: entityVerification,
  CompletenessReport: {
    facts: async (_, __, ctx) => ({
      entities: tallyOutput(
        tallyFacts(
          await allNodes(
            ctx,
            ENTITY_KINDS.filter((kind) => kind !== 'Narrative'),
          ),
        ),
      ),
      relationships: tallyOutput(tallyFacts(await allFactRelationships(ctx))),
    }),
  },
  Mutation: {
    setVerification: async (_, { input }, ctx) => {
      const session = await requireCurator(ctx);
      const { fact, verification } = await setVerification(ctx.graph, session, {
        ...input,
        status: STATUSES_BY_NAME[input.status],
      });
      forget(fact, ctx);
      return { target: targetOf(fact), verification: verificationOutput(verification) };
    },
    correctSourceQuality: async (_, { input }, ctx) => {
      const session = await requireCurator(ctx);
      const fact = await correctSourceQuality(ctx.graph, session, {
        ...input,
        quality: input.quality ? CLASSES_BY_NAME[input.quality] : null,
      });
      forget(fact, ctx);
      const target = targetOf(fact);
      return { target, sources: target.sources };
    },
  },
};

/** Later fields of the same request read the record as written, not as loaded before the mutation. */
function forget(fact: FactRecord, ctx: RequestContext): void {
  if ('node' in fact) ctx.loaders.node.clear(fact.node.id).prime(fact.node.id, fact.node);
  else ctx.loaders.relationships.clear(fact.relationship.from).clear(fact.relationship.to);
}
