import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** Cache policies live here, in one place, so views never configure the cache themselves. */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache({
      possibleTypes: {
        Node: [
          'PolicyDocument',
          'PolicySection',
          'PolicyTask',
          'Department',
          'Target',
          'Theme',
          'Award',
          'BasicEntity',
        ],
        Entity: [
          'PolicyDocument',
          'PolicySection',
          'PolicyTask',
          'Department',
          'Target',
          'Theme',
          'Award',
          'BasicEntity',
        ],
      },
    }),
  });
}
