import type { Segmenter } from '@icg/search-indexer';
import { comparePaths, sizeByProbe } from './compare-paths.ts';
import type { Figures } from './figures.ts';
import { measure, type JsonEndpoint } from './latency.ts';
import { log } from './progress.ts';
import { directSearchBody, GRAPHQL_SEARCH } from './search-requests.ts';

export const CONCURRENCY = [1, 16, 64] as const;

/**
 * Search latency at each concurrency, through GraphQL and straight to Meilisearch with the same words, in
 * alternating blocks; the ratio of the p95s is the API's own cost.
 */
export async function benchSearchLatency(
  graphql: JsonEndpoint,
  meili: JsonEndpoint,
  segmenter: Segmenter,
  queries: readonly string[],
  figures: Figures,
  options: { rounds: number; secondsPerLevel: number },
) {
  const bodies = queries.map((query) => directSearchBody(segmenter, query));
  const viaGraphql = (i: number) =>
    graphql.post({ query: GRAPHQL_SEARCH, variables: { query: queries[i % queries.length] } });
  const direct = (i: number) => meili.post(bodies[i % bodies.length]);
  for (let i = 0; i < queries.length; i += 1) await viaGraphql(i);
  await measure(viaGraphql, 8, 200);
  await measure(direct, 8, 200);
  for (let round = 0; round < options.rounds; round += 1) {
    for (const concurrency of CONCURRENCY) {
      const requests = await sizeByProbe(viaGraphql, concurrency, options.secondsPerLevel, {
        probe: Math.max(20, concurrency * 4),
        min: 200,
        max: 20_000,
      });
      const level = await comparePaths(concurrency, requests, viaGraphql, direct);
      const name = `search.c${concurrency}`;
      for (const path of ['graphql', 'direct'] as const) {
        for (const p of ['p50', 'p95', 'p99'] as const) figures.record(`${name}.${path}.${p}`, 'ms', level[path][p]);
        figures.record(`${name}.${path}.throughput`, '/s', level[path].throughput);
      }
      figures.record(`${name}.ratio.p95`, '×', level.ratio.p95, { op: '<=', value: 1.3 });
      log(
        `search round ${round + 1}, concurrency ${concurrency}: GraphQL p95 ${level.graphql.p95} ms ` +
          `(${level.graphql.throughput}/s), direct p95 ${level.direct.p95} ms (${level.direct.throughput}/s), ` +
          `ratio ${level.ratio.p95}`,
      );
    }
  }
}
