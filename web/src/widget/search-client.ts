import type {
  WidgetSearchQueryQuery,
  WidgetSearchQueryQueryVariables,
  WidgetSuggestQueryQuery,
  WidgetSuggestQueryQueryVariables,
} from '../graphql/generated.ts';

export const WIDGET_SEARCH_QUERY = /* GraphQL */ `
  query WidgetSearchQuery($query: String!, $first: Int, $kinds: [EntityKind!]) {
    search(query: $query, first: $first, kinds: $kinds) {
      totalHits
      answer {
        items {
          entity {
            id
            name
          }
          explanation
          sources {
            document
            url
          }
        }
      }
      hits {
        snippet
        highlights {
          field
          snippet
        }
        entity {
          id
          kind
          name
          province
          city
        }
      }
    }
  }
`;

export const WIDGET_SUGGEST_QUERY = /* GraphQL */ `
  query WidgetSuggestQuery($prefix: String!, $limit: Int) {
    suggest(prefix: $prefix, limit: $limit) {
      text
      matchedBy
      entity {
        id
        kind
      }
    }
  }
`;

/** Null only beside an error, which `postOperation` has thrown for already. */
type WidgetSearchResult = NonNullable<WidgetSearchQueryQuery['search']>;
export type WidgetHit = WidgetSearchResult['hits'][number];
export type WidgetAnswer = NonNullable<WidgetSearchResult['answer']>;
export type WidgetSuggestion = NonNullable<WidgetSuggestQueryQuery['suggest']>[number];

/**
 * Why a request gave no answer: the service is up but its search engine is not (`unavailable`), the
 * service could not be reached or refused this origin (`unreachable`), or it answered with an error.
 */
export type WidgetFailure = 'unavailable' | 'unreachable' | 'failed';

export class WidgetRequestError extends Error {
  constructor(readonly failure: WidgetFailure) {
    super(`search widget request ${failure}`);
  }
}

interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: { extensions?: { code?: unknown } }[];
}

/** What went wrong in an answer, if anything: a search outage is told apart from every other error. */
export function failureOf(status: number, body: GraphQLResponse<unknown> | null): WidgetFailure | null {
  const codes = (body?.errors ?? []).map((error) => error.extensions?.code);
  if (codes.includes('SEARCH_UNAVAILABLE')) return 'unavailable';
  if (codes.length > 0 || status >= 400 || !body?.data) return 'failed';
  return null;
}

/** Sends one operation as a JSON POST: no credentials, so a portal's cookies never reach the service. */
async function postOperation<TData, TVariables>(
  endpoint: string,
  query: string,
  variables: TVariables,
  signal: AbortSignal,
): Promise<TData> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      credentials: 'omit',
      signal,
    });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new WidgetRequestError('unreachable');
  }
  const body = (await response.json().catch(() => null)) as GraphQLResponse<TData> | null;
  const failure = failureOf(response.status, body);
  if (failure) throw new WidgetRequestError(failure);
  return body!.data!;
}

export interface WidgetSearchClient {
  search(variables: WidgetSearchQueryQueryVariables, signal: AbortSignal): Promise<WidgetSearchResult>;
  suggest(variables: WidgetSuggestQueryQueryVariables, signal: AbortSignal): Promise<WidgetSuggestion[]>;
}

export function createWidgetSearchClient(endpoint: string): WidgetSearchClient {
  return {
    async search(variables, signal) {
      const data = await postOperation<WidgetSearchQueryQuery, WidgetSearchQueryQueryVariables>(
        endpoint,
        WIDGET_SEARCH_QUERY,
        variables,
        signal,
      );
      if (!data.search) throw new WidgetRequestError('failed');
      return data.search;
    },
    async suggest(variables, signal) {
      const data = await postOperation<WidgetSuggestQueryQuery, WidgetSuggestQueryQueryVariables>(
        endpoint,
        WIDGET_SUGGEST_QUERY,
        variables,
        signal,
      );
      if (!data.suggest) throw new WidgetRequestError('failed');
      return data.suggest;
    },
  };
}
