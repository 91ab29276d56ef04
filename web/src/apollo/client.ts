import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import introspection from '../graphql/possible-types.ts';

/** Cache policies live here, in one place, so views never configure the cache themselves. */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    // Generated from the schema (`pnpm codegen`), so a new Entity type matches fragments without a change here.
    cache: new InMemoryCache({ possibleTypes: introspection.possibleTypes }),
  });
}
