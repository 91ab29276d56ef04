import { readFile } from 'node:fs/promises';
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

/**
 * Resident KiB of the embedded graph engine's page cache in process `pid`, or undefined when it has none (the Neo4j
 * backend) or the process is gone. LadybugDB's buffer manager reserves its whole address range up front (8 TiB of
 * virtual memory, whatever GRAPH_BUFFER_POOL_MB says) and pages in only what it caches, so it is the one anonymous
 * mapping of more than a TiB; nothing else in the service maps that much.
 */
export async function engineCacheKib(pid: number): Promise<number | undefined> {
  let smaps: string;
  try {
    smaps = await readFile(`/proc/${pid}/smaps`, 'utf8');
  } catch {
    return undefined;
  }
  let huge = false;
  let found: number | undefined;
  for (const line of smaps.split('\n')) {
    const range = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ (\d+)\s*(\S*)/.exec(line);
    if (range) {
      const bytes = Number.parseInt(range[2]!, 16) - Number.parseInt(range[1]!, 16);
      huge = range[3] === '0' && range[4] === '' && bytes > 2 ** 40;
      continue;
    }
    const rss = huge ? /^Rss:\s+(\d+) kB/.exec(line) : null;
    if (rss) found = (found ?? 0) + Number(rss[1]);
  }
  return found;
}

/**
 * A few seconds of searches and neighbourhoods at 8 clients, then VmRSS of the service and its Meilisearch, in MiB,
 * and the part of the service's that is the embedded graph engine's page cache (`engineCache`, absent on Neo4j):
 * its size is a setting (GRAPH_BUFFER_POOL_MB, 256 MiB by default), so it is reported apart from the rest.
 */
export async function residentAfterWorkload(
  child: ServiceProcess,
  queries: readonly string[],
  ids: readonly string[],
  secondsPerLevel: number,
): Promise<{ service: number; meilisearch: number; engineCache: number | undefined; errors: string[] }> {
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
  const [service, meilisearch, engineCache] = await Promise.all([
    residentKib(child.pid),
    residentKib(child.meiliPid),
    engineCacheKib(child.pid),
  ]);
  if (service === undefined || meilisearch === undefined) throw new Error('The service or its Meilisearch is gone');
  return {
    service: Math.round(service / 1024),
    meilisearch: Math.round(meilisearch / 1024),
    engineCache: engineCache === undefined ? undefined : Math.round(engineCache / 1024),
    errors,
  };
}
