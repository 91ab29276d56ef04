import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { TIMELINE_PAGE } from '../schema/timeline/timeline-page.ts';
import { API_LIMITS, type ApiLimits } from './api-limits.ts';
import { limitExceeded } from './limit-exceeded.ts';
import { useMaxBatch } from './use-max-batch.ts';
import { useMaxBodySize } from './use-max-body-size.ts';
import { useMaxCost, type CostModel } from './use-max-cost.ts';

/** graphql-armor's figure for what it found, from its message ("… exceeded, found 9."). */
function foundIn(error: GraphQLError): number | undefined {
  const found = /found (\d+)/.exec(error.message);
  return found ? Number(found[1]) : undefined;
}

/**
 * graphql-armor's refusal, reported in our shape instead of its own (a bare "Syntax Error: …"):
 * LIMIT_EXCEEDED with the limit's name and figures, like every other limit.
 */
function refuseAs(limit: keyof ApiLimits, maximum: number, message: string) {
  return {
    n: maximum,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const refusal = limitExceeded({ limit, maximum, actual: foundIn(error), message });
        // Tokens are counted while parsing, before there is a validation context to report to.
        if (!context) throw refusal;
        context.reportError(refusal);
      },
    ],
  };
}

/**
 * Every limit, refused before execution with code LIMIT_EXCEEDED. Tokens, depth, aliases and
 * directives are graphql-armor's; cost is ours, because it must read page arguments and variables
 * (docs/decisions/fanout-cost.md). Yoga enforces two of them itself (body size, batching), so its
 * `maxRequestBodySize` and `batching` options must be set from the same figures: spread
 * `yogaLimitOptions(limits)` into `createYoga`.
 */
export function useLimits(limits: ApiLimits = API_LIMITS): Plugin[] {
  return [
    useMaxBodySize(limits.bodyBytes),
    useMaxBatch(limits.batchedOperations),
    EnvelopArmorPlugin({
      maxTokens: refuseAs('tokens', limits.tokens, 'The document has too many tokens'),
      // Fragments add no level of their own: `{ ...F }` is as deep as F's fields.
      maxDepth: { ...refuseAs('depth', limits.depth, 'The operation nests fields too deeply'), flattenFragments: true },
      maxAliases: refuseAs('aliases', limits.aliases, 'The document uses too many aliases'),
      maxDirectives: refuseAs('directives', limits.directives, 'The document uses too many directives'),
      costLimit: { enabled: false },
      // Field suggestions stay: introspection is on, so they reveal nothing the schema does not.
      blockFieldSuggestion: { enabled: false },
    }) as Plugin,
    useMaxCost(limits.cost, costModelOf(limits)),
  ];
}

/** How the cost is reckoned: also what the fanout budget is counted in. */
export function costModelOf(limits: ApiLimits = API_LIMITS): CostModel {
  return { assumedListSize: limits.assumedListSize, maxPageSizes: { timeline: TIMELINE_PAGE.max } };
}

/** The Yoga options that must agree with our limits. */
export function yogaLimitOptions(limits: ApiLimits = API_LIMITS) {
  return {
    batching: limits.batchedOperations > 1 ? { limit: limits.batchedOperations } : false,
    maxRequestBodySize: limits.bodyBytes,
  } as const;
}
