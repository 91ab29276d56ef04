import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

/** What the workspace needs to know about a refused request: the API's code and, for conflicts, the version. */
export interface ApiRefusal {
  code: string | null;
  reason: string | null;
  currentVersion: number | null;
  message: string;
}

export function apiRefusal(error: unknown): ApiRefusal {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = first?.extensions ?? {};
    const code = typeof extensions['code'] === 'string' ? extensions['code'] : null;
    const reason = typeof extensions['reason'] === 'string' ? extensions['reason'] : null;
    const version = extensions['currentVersion'];
    return {
      code,
      reason,
      currentVersion: typeof version === 'number' ? version : null,
      message: first?.message ?? error.message,
    };
  }
  // A proxy may answer 401 without a GraphQL body.
  if (ServerError.is(error) && error.statusCode === 401) {
    return { code: 'UNAUTHENTICATED', reason: null, currentVersion: null, message: error.message };
  }
  return {
    code: null,
    reason: null,
    currentVersion: null,
    message: error instanceof Error ? error.message : String(error),
  };
}
