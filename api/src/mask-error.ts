import { GraphQLError } from 'graphql';
import { isGraphStoreError } from '@icg/graph';
import { isSearchEngineError } from '@icg/search-indexer';
import type { Logger } from './logger.ts';

interface GraphQLErrorLike {
  path?: readonly (string | number)[];
  originalError?: unknown;
  extensions?: Record<string, unknown>;
}

// Structural checks, not instanceof: graphql 16 ships CJS and ESM builds, and the executor's
// errors may come from the other one.
function asGraphQLErrorLike(error: unknown): GraphQLErrorLike | undefined {
  return error && typeof error === 'object' && (error as Error).name === 'GraphQLError'
    ? (error as GraphQLErrorLike)
    : undefined;
}

function originalOf(error: unknown): unknown {
  return asGraphQLErrorLike(error)?.originalError ?? error;
}

/**
 * A GraphQLError raised by graphql-js or Yoga themselves (syntax, validation, variables, a
 * malformed request), not wrapping a thrown exception: it is about the request, so it is shown;
 * `useErrorCodes` gives it a code.
 */
function isRequestError(error: unknown): boolean {
  const graphQLError = asGraphQLErrorLike(error);
  if (!graphQLError) return false;
  return graphQLError.originalError == null || isRequestError(graphQLError.originalError);
}

/**
 * The one place where engine errors become API errors. Expected ones keep their message and
 * get a code; anything else is logged and masked, so no stack, query text or key leaves.
 */
export function createErrorMasker(logger: Logger) {
  return (error: unknown, message: string): Error => {
    const original = originalOf(error);
    const located = asGraphQLErrorLike(error);
    if (asGraphQLErrorLike(original)?.extensions?.['code']) return error as Error;
    const path = located?.path;
    if (isSearchEngineError(original) && original.code === 'SEARCH_UNAVAILABLE') {
      return new GraphQLError('The search engine is unavailable; other queries still work.', {
        path,
        extensions: { code: 'SEARCH_UNAVAILABLE', http: { status: 200 } },
      });
    }
    if (isGraphStoreError(original) && (original.code === 'GRAPH_UNAVAILABLE' || original.code === 'LOCKED')) {
      return new GraphQLError('The graph store is unavailable.', {
        path,
        extensions: { code: 'GRAPH_UNAVAILABLE' },
      });
    }
    if (isGraphStoreError(original) && original.code === 'TOO_COSTLY') {
      return new GraphQLError(`${original.message}.`, {
        path,
        extensions: { code: 'LIMIT_EXCEEDED', limit: 'graph store memory' },
      });
    }
    // The store's own argument checks (an empty id, say) are the caller's mistake, not a fault.
    if (isGraphStoreError(original) && original.code === 'INVALID_ARGUMENT') {
      return new GraphQLError(`Invalid argument: ${original.message}.`, {
        path,
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    if (isRequestError(error)) return error as Error;
    logger.error('Unexpected error while executing a GraphQL operation', original);
    return new GraphQLError(message, { path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  };
}
