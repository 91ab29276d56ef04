import { GraphQLError } from 'graphql';

export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'LIMIT_EXCEEDED'
  | 'RATE_LIMITED'
  | 'SEARCH_UNAVAILABLE'
  | 'GRAPH_UNAVAILABLE';

/** An expected error: its message and code reach the client unmasked. */
export function apiError(code: ApiErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export function badUserInput(argument: string, message: string): GraphQLError {
  return apiError('BAD_USER_INPUT', message, { argument });
}
