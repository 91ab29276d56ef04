import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { curatorToken } from '../curation/curator-session.ts';
import introspection from '../graphql/possible-types.ts';

/** Cache policies live here, in one place, so views never configure the cache themselves. */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri,
      // The token is read at each request, so signing in or out needs no new client.
      fetch: (input, init) => {
        const token = curatorToken();
        if (!token) return fetch(input, init);
        const headers = new Headers(init?.headers);
        headers.set('authorization', `Bearer ${token}`);
        return fetch(input, { ...init, headers });
      },
    }),
    // Generated from the schema (`pnpm codegen`), so a new Entity type matches fragments without a change here.
    cache: new InMemoryCache({
      possibleTypes: introspection.possibleTypes,
      // Progress has no id: merging keeps the counted entities one query asked for beside the numbers another read.
      typePolicies: { TargetProgress: { merge: true } },
    }),
  });
}
