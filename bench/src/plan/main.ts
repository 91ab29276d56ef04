/**
 * `pnpm bench:plan [--scale 1000000] [--rounds 5]`: neighbourhoods and paths as the service plans them on its
 * in-memory index, without an engine: the synthetic graph of `pnpm bench --scale` (same generator, same seed, same
 * targets) is indexed in this process and each case of the scale bench's graph queries is planned `--rounds` times
 * over its targets. What it measures is the CPU a plan costs, which the scale bench's store call adds to the
 * engine's read of the page's records. Progress goes to stderr, the figures as JSON to stdout.
 */
import { parseArgs } from 'node:util';
import { AdjacencyIndex, MAX_PATH_HOPS, planNeighborhood, planPaths } from '@icg/graph';
import { createSegmenter } from '@icg/search-indexer';
import { buildSeedGraph } from '@icg/seeds';
import { summarize } from '../latency.ts';
import { loadAverage } from '../machine.ts';
import { labelledProgress, log, seconds } from '../progress.ts';
import {
  chooseGraphTargets,
  EXCLUDED_KINDS,
  NEIGHBORHOOD_LIMIT,
  PATH_LIMIT,
  PUBLIC_RELATION_TYPES,
} from '../scale-graph-queries.ts';
import { buildGraphVocabulary, createSyntheticGraph } from '../synthetic-graph.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '5' },
  },
});
const scale = Number(values.scale);
const rounds = Number(values.rounds);
if (!Number.isInteger(scale) || scale < 1_000 || scale > 1_000_000) {
  process.stderr.write('--scale must be an integer from 1000 to 1000000\n');
  process.exit(2);
}
if (!Number.isInteger(rounds) || rounds < 1 || rounds > 100) {
  process.stderr.write('--rounds must be an integer from 1 to 100\n');
  process.exit(2);
}

const collectGarbage = (globalThis as { gc?: () => void }).gc;
/** The JavaScript heap and the typed arrays' buffers, which live outside it. */
function heapMib(): number {
  collectGarbage?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 2 ** 20;
}

/**
 * The scale bench's graph, indexed, and the targets it chooses. The generated records are dropped once indexed, as
 * the service holds only its index: a heap of millions of records would make every collection a long pause.
 */
async function indexedGraph() {
  const heapBefore = heapMib();
  const seeds = await buildSeedGraph();
  const seedNodes = [...seeds.nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const vocabulary = buildGraphVocabulary(seedNodes, await createSegmenter());
  const progress = labelledProgress();
  let started = performance.now();
  const synthetic = createSyntheticGraph(vocabulary, scale, undefined, (phase, done, total) =>
    progress(`Generating ${phase}`, done, total),
  );
  log(
    `Generated ${synthetic.nodes.length} entities and ${synthetic.relationships.length} relationships ` +
      `in ${seconds(performance.now() - started)}`,
  );
  const targets = chooseGraphTargets(synthetic);
  started = performance.now();
  const index = AdjacencyIndex.build(
    [...seeds.nodes, ...synthetic.nodes],
    [...seeds.relationships, ...synthetic.relationships],
  );
  const buildMs = performance.now() - started;
  return {
    index,
    targets,
    relationships: seeds.relationships.length + synthetic.relationships.length,
    buildMs,
    heapBefore,
  };
}

const loadBefore = loadAverage();
const { index, targets, relationships, buildMs, heapBefore } = await indexedGraph();
// Measured with the records it was built from gone: what the index itself holds.
const indexHeapMib = heapMib() - heapBefore;
log(`Indexed in ${seconds(buildMs)}: ${index.nodeCount} nodes, ${indexHeapMib.toFixed(0)} MiB of heap and buffers`);

const neighbourhood = (ids: readonly string[], depth: number) => (i: number) =>
  planNeighborhood(index, ids[i % ids.length]!, {
    depth,
    first: NEIGHBORHOOD_LIMIT,
    relationTypes: PUBLIC_RELATION_TYPES,
    excludeKinds: EXCLUDED_KINDS,
  });
const paths = (pairs: readonly [string, string][]) => (i: number) =>
  planPaths(index, pairs[i % pairs.length]![0], pairs[i % pairs.length]![1], {
    maxHops: MAX_PATH_HOPS,
    limit: PATH_LIMIT,
    relationTypes: PUBLIC_RELATION_TYPES,
    excludeKinds: EXCLUDED_KINDS,
  });
const cases: [string, (i: number) => unknown, number][] = [
  ['neighborhood.depth1.hubs', neighbourhood(targets.hubs, 1), targets.hubs.length],
  ['neighborhood.depth1.random', neighbourhood(targets.random, 1), targets.random.length],
  ['neighborhood.depth2.hubs', neighbourhood(targets.hubs, 2), targets.hubs.length],
  ['neighborhood.depth2.random', neighbourhood(targets.random, 2), targets.random.length],
  ['paths.connected', paths(targets.connected), targets.connected.length],
  ['paths.unconnected', paths(targets.unconnected), targets.unconnected.length],
];

const figures: Record<string, { p50: number; p95: number; max: number; plans: number }> = {};
for (const [name, plan, targetCount] of cases) {
  // Once over every target to warm the compiled code, then timed.
  for (let i = 0; i < targetCount; i += 1) plan(i);
  const latencies: number[] = [];
  for (let i = 0; i < targetCount * rounds; i += 1) {
    const sent = performance.now();
    plan(i);
    latencies.push(performance.now() - sent);
  }
  const { p50, p95 } = summarize(latencies, 1);
  figures[name] = { p50, p95, max: Math.round(Math.max(...latencies) * 100) / 100, plans: latencies.length };
  log(`${name}: p50 ${p50} ms, p95 ${p95} ms (${latencies.length} plans)`);
}

process.stdout.write(
  `${JSON.stringify(
    {
      scale,
      rounds,
      nodes: index.nodeCount,
      relationships,
      hubDegrees: targets.hubDegrees,
      index: { buildSeconds: Math.round(buildMs) / 1000, heapMib: Math.round(indexHeapMib) },
      loadAverage: { before: loadBefore, after: loadAverage() },
      figures,
    },
    null,
    2,
  )}\n`,
);
