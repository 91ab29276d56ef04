import type { Plugin } from 'graphql-yoga';
import { API_LIMITS, type ApiLimits } from './api-limits.ts';
import { useMaxAliases } from './use-max-aliases.ts';
import { useMaxBatch } from './use-max-batch.ts';
import { useMaxBodySize } from './use-max-body-size.ts';
import { useMaxCost } from './use-max-cost.ts';
import { useMaxDepth } from './use-max-depth.ts';
import { useMaxDirectives } from './use-max-directives.ts';
import { useMaxTokens } from './use-max-tokens.ts';

/**
 * Every limit, refused before execution with code LIMIT_EXCEEDED. Yoga enforces two of them
 * itself (body size, batching), so its `maxRequestBodySize` and `batching` options must be set
 * from the same figures: spread `yogaLimitOptions(limits)` into `createYoga`.
 */
export function useLimits(limits: ApiLimits = API_LIMITS): Plugin[] {
  return [
    useMaxBodySize(limits.bodyBytes),
    useMaxBatch(limits.batchedOperations),
    useMaxTokens(limits.tokens),
    useMaxDepth(limits.depth),
    useMaxAliases(limits.aliases),
    useMaxDirectives(limits.directives),
    useMaxCost(limits.cost, { assumedListSize: limits.assumedListSize }),
  ];
}

/** The Yoga options that must agree with our limits. */
export function yogaLimitOptions(limits: ApiLimits = API_LIMITS) {
  return {
    batching: limits.batchedOperations > 1 ? { limit: limits.batchedOperations } : false,
    maxRequestBodySize: limits.bodyBytes,
  } as const;
}
