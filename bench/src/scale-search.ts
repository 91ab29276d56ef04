import type { Embedder, Segmenter } from '@icg/search-indexer';
import { comparePaths, sizeByProbe } from './compare-paths.ts';
import type { Figures } from './figures.ts';
import { measure, summarize, type JsonEndpoint } from './latency.ts';
import { log } from './progress.ts';
import { directHybridBody, directSearchBody, GRAPHQL_SEARCH } from './search-requests.ts';

export const CONCURRENCY = [1, 16, 64] as const;
/** Hybrid search is compared where the issue sets its target: alone and at 16 clients. */
const HYBRID_CONCURRENCY = [1, 16] as const;

interface SearchPaths {
  graphql: (index: number) => Promise<unknown>;
  direct: (index: number) => Promise<unknown>;
}

async function compareLevels(
  name: string,
  paths: SearchPaths,
  levels: readonly number[],
  figures: Figures,
  options: { round: number; secondsPerLevel: number },
) {
  for (const concurrency of levels) {
    const requests = await sizeByProbe(paths.graphql, concurrency, options.secondsPerLevel, {
      probe: Math.max(20, concurrency * 4),
      min: 200,
      max: 20_000,
    });
    const level = await comparePaths(concurrency, requests, paths.graphql, paths.direct);
    const figure = `${name}.c${concurrency}`;
    for (const path of ['graphql', 'direct'] as const) {
      for (const p of ['p50', 'p95', 'p99'] as const) figures.record(`${figure}.${path}.${p}`, 'ms', level[path][p]);
      figures.record(`${figure}.${path}.throughput`, '/s', level[path].throughput);
    }
    figures.record(`${figure}.ratio.p95`, '×', level.ratio.p95, { op: '<=', value: 1.3 });
    log(
      `${name} round ${options.round + 1}, concurrency ${concurrency}: GraphQL p95 ${level.graphql.p95} ms ` +
        `(${level.graphql.throughput}/s), direct p95 ${level.direct.p95} ms (${level.direct.throughput}/s), ` +
        `ratio ${level.ratio.p95}`,
    );
  }
}

/**
 * Search latency at each concurrency, through GraphQL and straight to Meilisearch, in alternating blocks; the ratio
 * of the p95s is the API's own cost. By words: the request the API sends, with the same words. Hybrid: the service's
 * default search against Meilisearch's own hybrid request for the same words plus the query's embedding, which the
 * direct path computes too (`embedder`, the model the service runs).
 */
export async function benchSearchLatency(
  graphql: JsonEndpoint,
  meili: JsonEndpoint,
  segmenter: Segmenter,
  queries: readonly string[],
  figures: Figures,
  options: { rounds: number; secondsPerLevel: number; embedder?: Embedder },
) {
  const bodies = queries.map((query) => directSearchBody(segmenter, query));
  const at = <T>(items: readonly T[], i: number) => items[i % items.length]!;
  const keyword: SearchPaths = {
    graphql: (i) => graphql.post({ query: GRAPHQL_SEARCH, variables: { query: at(queries, i), mode: 'KEYWORD' } }),
    direct: (i) => meili.post(at(bodies, i)),
  };
  const { embedder } = options;
  const hybrid: SearchPaths | undefined = embedder && {
    graphql: (i) => graphql.post({ query: GRAPHQL_SEARCH, variables: { query: at(queries, i) } }),
    direct: async (i) => {
      const [vector] = await embedder.embedQueries([at(queries, i)]);
      return meili.post(directHybridBody(segmenter, at(queries, i), vector!));
    },
  };
  for (let i = 0; i < queries.length; i += 1) await keyword.graphql(i);
  for (const paths of [keyword, hybrid]) {
    if (!paths) continue;
    await measure(paths.graphql, 8, 200);
    await measure(paths.direct, 8, 200);
  }
  for (let round = 0; round < options.rounds; round += 1) {
    await compareLevels('search', keyword, CONCURRENCY, figures, { round, secondsPerLevel: options.secondsPerLevel });
    if (hybrid) {
      await compareLevels('search.hybrid', hybrid, HYBRID_CONCURRENCY, figures, {
        round,
        secondsPerLevel: options.secondsPerLevel,
      });
    }
  }
}

/**
 * The time to embed one query, as the API does for each search, over queries it has not seen (the embedder keeps
 * the vectors of queries it has), one at a time.
 */
export async function benchQueryEmbedding(embedder: Embedder, queries: readonly string[], figures: Figures) {
  const latencies: number[] = [];
  const started = performance.now();
  for (const [i, query] of queries.entries()) {
    const startedAt = performance.now();
    await embedder.embedQueries([`${query} ${i}`]);
    latencies.push(performance.now() - startedAt);
  }
  const summary = summarize(latencies, performance.now() - started);
  figures.record('embedding.query.p50', 'ms', summary.p50);
  figures.record('embedding.query.p95', 'ms', summary.p95, { op: '<=', value: 15 });
  log(`Query embedding: p50 ${summary.p50} ms, p95 ${summary.p95} ms over ${queries.length} queries`);
}
