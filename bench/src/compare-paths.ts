import { measure, summarize, type LatencyFigures } from './latency.ts';

export interface PathComparison {
  concurrency: number;
  graphql: LatencyFigures;
  direct: LatencyFigures;
  /** GraphQL latency divided by direct latency, per percentile. */
  ratio: { p50: number; p95: number; p99: number };
}

export const ratioOf = (a: number, b: number) => Math.round((a / Math.max(b, 0.01)) * 100) / 100;

/**
 * The same work through GraphQL and directly (Meilisearch, or the graph store), `requests` calls each at one
 * concurrency, in alternating blocks (direct first, then GraphQL first, …), so a slow moment of the shared
 * machine falls on both rather than on one.
 */
export async function comparePaths(
  concurrency: number,
  requests: number,
  graphql: (index: number) => Promise<unknown>,
  direct: (index: number) => Promise<unknown>,
): Promise<PathComparison> {
  const blocks = 4;
  const perBlock = Math.ceil(requests / blocks);
  const latencies = { graphql: [] as number[], direct: [] as number[] };
  const wall = { graphql: 0, direct: 0 };
  let offset = 0;
  for (let block = 0; block < blocks; block += 1) {
    const order = block % 2 === 0 ? (['direct', 'graphql'] as const) : (['graphql', 'direct'] as const);
    for (const path of order) {
      const send = path === 'graphql' ? graphql : direct;
      const run = await measure((i) => send(offset + i), concurrency, perBlock);
      latencies[path].push(...run.latencies);
      wall[path] += run.wallMs;
    }
    offset += perBlock;
  }
  const g = summarize(latencies.graphql, wall.graphql);
  const d = summarize(latencies.direct, wall.direct);
  return {
    concurrency,
    graphql: g,
    direct: d,
    ratio: { p50: ratioOf(g.p50, d.p50), p95: ratioOf(g.p95, d.p95), p99: ratioOf(g.p99, d.p99) },
  };
}

/**
 * How many requests make about `seconds` at `concurrency` (both paths together), from a short probe of the
 * slower path, within [min, max].
 */
export async function sizeByProbe(
  send: (index: number) => Promise<unknown>,
  concurrency: number,
  seconds: number,
  bounds: { probe: number; min: number; max: number },
): Promise<number> {
  const probe = await measure(send, concurrency, bounds.probe);
  const perSecond = probe.latencies.length / (probe.wallMs / 1000);
  return Math.max(bounds.min, Math.min(bounds.max, Math.round((perSecond * seconds) / 2)));
}
