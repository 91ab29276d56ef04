import type { ServiceProcess } from './load-service.ts';
import { createGraphqlEndpoint, residentKib } from './load-workload.ts';
import { GRAPHQL_SEARCH } from './search-requests.ts';

const NEIGHBORHOOD_SHORT = /* GraphQL */ `
  query BenchMemoryNeighborhood($id: ID!) {
    neighborhood(id: $id, depth: 2, limit: 100) {
      nodes {
        id
        name
      }
    }
  }
`;

/** A few seconds of searches and neighbourhoods at 8 clients, then VmRSS of the service and its Meilisearch, in MiB. */
export async function residentAfterWorkload(
  child: ServiceProcess,
  queries: readonly string[],
  ids: readonly string[],
  secondsPerLevel: number,
): Promise<{ service: number; meilisearch: number; errors: string[] }> {
  const endpoint = createGraphqlEndpoint(child.url, 8);
  // Answers the service refuses are kept, not fatal: the process is still what is measured.
  const errors: string[] = [];
  try {
    const deadline = performance.now() + Math.max(3, secondsPerLevel) * 1000;
    let next = 0;
    const client = async () => {
      while (performance.now() < deadline) {
        const i = next++;
        await (
          i % 4 === 3
            ? endpoint.post({ query: NEIGHBORHOOD_SHORT, variables: { id: ids[i % ids.length] } })
            : endpoint.post({ query: GRAPHQL_SEARCH, variables: { query: queries[i % queries.length] } })
        ).catch((error: unknown) => {
          errors.push(error instanceof Error ? error.message : String(error));
        });
      }
    };
    await Promise.all(Array.from({ length: 8 }, client));
  } finally {
    await endpoint.close();
  }
  const [service, meilisearch] = await Promise.all([residentKib(child.pid), residentKib(child.meiliPid)]);
  if (service === undefined || meilisearch === undefined) throw new Error('The service or its Meilisearch is gone');
  return { service: Math.round(service / 1024), meilisearch: Math.round(meilisearch / 1024), errors };
}
