import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { RunningService } from '@icg/api';
import { createGraphStore, type GraphStore } from '@icg/graph';
import {
  buildEntityDocument,
  createMeiliClient,
  createSegmenter,
  ENTITY_INDEX_SETTINGS,
  reindexGraph,
  startMeilisearch,
  type MeiliClient,
  type MeilisearchServer,
} from '@icg/search-indexer';
import { loadSeeds } from '@icg/seeds';
import { loadAverage, machine } from './machine.ts';
import { startServiceOnBenchData } from './bench-service.ts';
import { comparePaths, type PathComparison } from './compare-paths.ts';
import { allNodes } from './graph-pages.ts';
import { createJsonEndpoint, measure, type JsonEndpoint } from './latency.ts';
import { labelledProgress, log, progressLine, seconds } from './progress.ts';
import { directSearchBody, GRAPHQL_SEARCH, queriesWithHits } from './search-requests.ts';
import { benchLoad } from './load.ts';
import { benchScale, LARGE_SCALE } from './scale-bench.ts';
import { BENCH_BACKENDS, type BenchBackend } from './bench-graph.ts';
import { benchmarkQueries, buildVocabulary, createSyntheticEntities } from './synthetic-entities.ts';

const USAGE = `Usage: pnpm bench --scale N [--backend embedded|neo4j|both] [--rounds R] [--seconds-per-level S] [--keyword-only]
                  [--results-dir DIR]
       pnpm bench search [--documents N] [--seconds-per-level S]
       pnpm bench load [--seconds S]

--scale: generates a synthetic graph of N entities (10000, 100000, …; every kind and relationship type, about five
relationships each, power-law degrees, stories that mention other entities) beside the seeds, then measures in R
rounds (default 3): bulk load; indexing through the pipeline against Meilisearch alone on the same documents; search
latency at concurrency 1, 16 and 64 through GraphQL and directly; neighbourhoods (depth 1 and 2, hubs and random
entities) and shortest paths through GraphQL and as graph store calls; warm and cold start and resident size of the
service, its Meilisearch and its Neo4j. --backend (default both) names the graph stores measured, one after the other
on the same synthetic graph; Neo4j is a server of the bench's own, as the tests run it. Each level or case runs
about S seconds per round (default 5). Prints a table of medians with min and max (figures named
<backend>.<figure>) and writes DIR/latest.json (default bench/results) and a timestamped copy.
Above 100,000 entities (up to 1,000,000) documents are indexed keyword-only (no vectors: embedding runs at about 95
documents/s, 3 hours at 1,000,000), Meilisearch alone is not timed on a second copy of the documents, and the bench
runs itself again with a larger heap; --keyword-only indexes without vectors at any scale.

search:
Generates N synthetic Chinese entities (default 100000) from the seed vocabulary, loads them into an embedded
graph, measures indexing with segmentation (graph → document builder → Meilisearch, through the zero-downtime
reindex), then search latency p50/p95/p99 at concurrency 1, 16 and 64 through GraphQL (the service on that
index) and directly against Meilisearch (the same queries, the same index, alternating blocks). Prints the
figures and writes them to bench/results/search-<time>.json. Everything runs in a temporary directory.

load: starts the service on the seeded graph in its own process and runs S seconds (default 60) of mixed
requests (70 % search, 20 % entity, 10 % neighbourhood) at the concurrency a short ramp finds best; prints
errors, p50/p99 and the resident size of the service and its Meilisearch, and writes them to
bench/results/load-<time>.json.`;

const LIVE_INDEX = 'entities';
const CONCURRENCY = [1, 16, 64] as const;
const RESULTS_DIR = fileURLToPath(new URL('../results/', import.meta.url));

async function benchSearch(documents: number, secondsPerLevel: number): Promise<void> {
  const started = performance.now();
  const workDir = await mkdtemp(join(tmpdir(), 'icg-bench-'));
  const graphDir = join(workDir, 'service');
  let meiliServer: MeilisearchServer | undefined;
  let client: MeiliClient | undefined;
  let graph: GraphStore | undefined;
  let service: RunningService | undefined;
  const endpoints: JsonEndpoint[] = [];
  try {
    meiliServer = await startMeilisearch({ dataDir: join(workDir, 'meili') });
    client = createMeiliClient({
      url: meiliServer.url,
      apiKey: meiliServer.masterKey,
      timeoutMs: 60_000,
      connections: 64,
    });
    const meiliVersion = (await client.version()).pkgVersion;
    log(`Meilisearch ${meiliVersion} at ${meiliServer.url}; work directory ${workDir}`);

    graph = await createGraphStore({ backend: 'embedded', dataDir: graphDir });
    await graph.ensureSchema();
    await loadSeeds(graph);
    const seedNodes = await allNodes(graph);
    const segmenter = await createSegmenter();
    const vocabulary = buildVocabulary(seedNodes, segmenter);
    log(
      `Vocabulary from ${seedNodes.length} seed entities: ${vocabulary.templates.length} templates, ` +
        `${vocabulary.nameWords.length} name words, ${vocabulary.allSentences.length} sentences`,
    );

    let phase = performance.now();
    const synthetic = createSyntheticEntities(vocabulary, documents);
    const generationMs = performance.now() - phase;
    const characters = synthetic.nodes.reduce(
      (sum, node) => sum + node.name.length + (node.description?.length ?? 0),
      0,
    );
    log(`Generated ${documents} entities (${(characters / 1e6).toFixed(1)} M characters) in ${seconds(generationMs)}`);

    phase = performance.now();
    const bulkProgress = labelledProgress();
    await graph.bulkLoad({
      ...synthetic,
      onProgress: (stage, done, total) => bulkProgress(`Graph load (${stage})`, done, total),
    });
    const bulkLoadMs = performance.now() - phase;
    log(`Loaded into the embedded graph in ${seconds(bulkLoadMs)}`);

    // The document builder alone (segmentation, traditional→simplified, pinyin), on a sample.
    const sample = synthetic.nodes.slice(0, Math.min(10_000, documents));
    phase = performance.now();
    for (const node of sample) buildEntityDocument(node, { segmenter });
    const builderMs = performance.now() - phase;
    const builderPerSecond = Math.round(sample.length / (builderMs / 1000));
    log(`Document builder: ${builderPerSecond} documents/s (${sample.length} documents)`);

    const reindexProgress = progressLine('Indexing');
    const reindexStarted = performance.now();
    // When the last page was read and sent, and when Meilisearch had indexed it all: where the time goes.
    let lastPageSentMs = 0;
    let allIndexedMs = 0;
    const indexed = await reindexGraph(graph, {
      client,
      segmenter,
      uid: LIVE_INDEX,
      onProgress: ({ phase: stage, nodes, total }) => {
        if (stage === 'indexing') {
          reindexProgress(nodes, total);
          if (nodes >= total) lastPageSentMs = performance.now() - reindexStarted;
        }
        if (stage === 'swapping') allIndexedMs = performance.now() - reindexStarted;
      },
    });
    const indexingPerSecond = Math.round(indexed.documents / (indexed.durationMs / 1000));
    log(
      `Indexed ${indexed.documents} documents with segmentation in ${seconds(indexed.durationMs)}: ` +
        `${indexingPerSecond} documents/s (graph read, document builder, Meilisearch, swap); ` +
        `last page sent after ${seconds(lastPageSentMs)}, all indexed after ${seconds(allIndexedMs)}`,
    );
    await graph.close();
    graph = undefined;

    const serviceLog: string[] = [];
    service = await startServiceOnBenchData(graphDir, meiliServer, serviceLog, { indexUid: LIVE_INDEX });
    log(`Service on the same index at ${service.url}`);

    // Served as it is ('never'), the service cuts queries with the segmenter's own dictionary, without the names the
    // reindex added to the bench's; the direct requests are cut the same way, so both send Meilisearch the same words.
    const querySegmenter = await createSegmenter();
    const directBody = (query: string) => directSearchBody(querySegmenter, query);
    const maxConcurrency = Math.max(...CONCURRENCY);
    const graphqlEndpoint = createJsonEndpoint(`${service.url}/graphql`, {
      connections: maxConcurrency,
      headers: { accept: 'application/graphql-response+json' },
      check: (answer) => {
        const errors = (answer as { errors?: { message: string }[] }).errors;
        if (errors?.length) throw new Error(`GraphQL error: ${errors[0]!.message}`);
      },
    });
    const directEndpoint = createJsonEndpoint(`${meiliServer.url}/indexes/${LIVE_INDEX}/search`, {
      connections: maxConcurrency,
      headers: { authorization: `Bearer ${meiliServer.masterKey}` },
    });
    endpoints.push(graphqlEndpoint, directEndpoint);
    const candidates = benchmarkQueries(vocabulary, synthetic.nodes, 120);
    const queries = await queriesWithHits(directEndpoint, querySegmenter, candidates, 60);
    const directBodies = queries.map(directBody);
    const graphql = (i: number) =>
      graphqlEndpoint.post({ query: GRAPHQL_SEARCH, variables: { query: queries[i % queries.length] } });
    const direct = (i: number) => directEndpoint.post(directBodies[i % directBodies.length]);
    for (let i = 0; i < queries.length; i += 1) await graphql(i);
    log(`${queries.length} queries with hits, of ${candidates.length} generated; warming up…`);
    await measure(graphql, 8, 200);
    await measure(direct, 8, 200);

    const levels: PathComparison[] = [];
    for (const concurrency of CONCURRENCY) {
      // Size each level by a quick probe, so it takes about `secondsPerLevel` whatever the machine.
      const probe = await measure(graphql, concurrency, Math.max(20, concurrency * 4));
      const perSecond = probe.latencies.length / (probe.wallMs / 1000);
      const requests = Math.max(200, Math.min(20_000, Math.round((perSecond * secondsPerLevel) / 2)));
      const level = await comparePaths(concurrency, requests, graphql, direct);
      levels.push(level);
      log(
        `concurrency ${String(concurrency).padStart(2)}: GraphQL p50 ${level.graphql.p50} ms p95 ${level.graphql.p95} ms ` +
          `p99 ${level.graphql.p99} ms (${level.graphql.throughput}/s) | direct p50 ${level.direct.p50} ms ` +
          `p95 ${level.direct.p95} ms p99 ${level.direct.p99} ms (${level.direct.throughput}/s) | ` +
          `ratio ${level.ratio.p50} / ${level.ratio.p95} / ${level.ratio.p99}`,
      );
    }

    const totalDocuments = (await client.getIndexStats(LIVE_INDEX)).numberOfDocuments;
    const results = {
      benchmark: 'search',
      date: new Date().toISOString(),
      machine: {
        ...machine(),
        loadAverageAtEnd: loadAverage(),
      },
      meilisearch: meiliVersion,
      documents: { synthetic: documents, inIndex: totalDocuments, characters },
      generationMs: Math.round(generationMs),
      graphBulkLoadMs: Math.round(bulkLoadMs),
      documentBuilder: { documents: sample.length, perSecond: builderPerSecond },
      indexing: {
        documents: indexed.documents,
        seconds: Math.round(indexed.durationMs) / 1000,
        perSecond: indexingPerSecond,
        lastPageSentSeconds: Math.round(lastPageSentMs) / 1000,
        allIndexedSeconds: Math.round(allIndexedMs) / 1000,
        searchableAttributes: ENTITY_INDEX_SETTINGS.searchableAttributes?.length,
      },
      queries: { count: queries.length, generated: candidates.length, set: queries },
      latencyMs: levels,
      totalSeconds: Math.round(performance.now() - started) / 1000,
    };
    await mkdir(RESULTS_DIR, { recursive: true });
    const file = join(RESULTS_DIR, `search-${results.date.replace(/[:.]/g, '-')}.json`);
    await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
    printSummary(results.indexing.perSecond, levels);
    log(`Results written to ${file}; whole run ${seconds(performance.now() - started)}`);
  } finally {
    for (const endpoint of endpoints) await endpoint.close().catch(() => undefined);
    await service?.stop().catch(() => undefined);
    await graph?.close().catch(() => undefined);
    await client?.close().catch(() => undefined);
    await meiliServer?.stop().catch(() => undefined);
    await rm(workDir, { recursive: true, force: true });
  }
}

function printSummary(indexingPerSecond: number, levels: readonly PathComparison[]): void {
  const rows = levels.map((level) =>
    [
      String(level.concurrency).padStart(11),
      ...[level.graphql.p50, level.graphql.p95, level.graphql.p99].map((ms) => ms.toFixed(1).padStart(8)),
      ...[level.direct.p50, level.direct.p95, level.direct.p99].map((ms) => ms.toFixed(1).padStart(8)),
      ...[level.ratio.p50, level.ratio.p95, level.ratio.p99].map((r) => r.toFixed(2).padStart(6)),
    ].join(' '),
  );
  process.stdout.write(
    [
      `Indexing with segmentation: ${indexingPerSecond} documents/s`,
      'Search latency (ms)      GraphQL                    Meilisearch direct         GraphQL / direct',
      'concurrency      p50      p95      p99      p50      p95      p99    p50    p95    p99',
      ...rows,
      '',
    ].join('\n'),
  );
}

async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        documents: { type: 'string' },
        'seconds-per-level': { type: 'string' },
        seconds: { type: 'string' },
        scale: { type: 'string' },
        rounds: { type: 'string' },
        backend: { type: 'string' },
        'keyword-only': { type: 'boolean' },
        'results-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.positionals.length === 0 && parsed.values.scale !== undefined) {
    const scale = Number(parsed.values.scale);
    const rounds = Number(parsed.values.rounds ?? 3);
    const secondsPerLevel = Number(parsed.values['seconds-per-level'] ?? 5);
    if (!Number.isInteger(scale) || scale < 1_000 || scale > 1_000_000) {
      process.stderr.write(`--scale must be an integer from 1000 to 1000000\n`);
      return 2;
    }
    if (!Number.isInteger(rounds) || rounds < 1 || rounds > 20) {
      process.stderr.write(`--rounds must be an integer from 1 to 20\n`);
      return 2;
    }
    if (!(secondsPerLevel >= 0.5 && secondsPerLevel <= 600)) {
      process.stderr.write(`--seconds-per-level must be from 0.5 to 600\n`);
      return 2;
    }
    const backend = parsed.values.backend ?? 'both';
    if (backend !== 'both' && !(BENCH_BACKENDS as readonly string[]).includes(backend)) {
      process.stderr.write(`--backend must be embedded, neo4j or both, not ${JSON.stringify(backend)}\n`);
      return 2;
    }
    const backends = backend === 'both' ? BENCH_BACKENDS : [backend as BenchBackend];
    if (scale > LARGE_SCALE && process.env[LARGE_HEAP_ENV] === undefined) return rerunWithLargeHeap(argv);
    return reportFailure(() =>
      benchScale({
        scale,
        rounds,
        secondsPerLevel,
        backends,
        resultsDir: parsed.values['results-dir'],
        ...(parsed.values['keyword-only'] ? { keywordOnly: true } : {}),
      }),
    );
  }
  if (parsed.positionals.length === 1 && parsed.positionals[0] === 'load') {
    const seconds = Number(parsed.values.seconds ?? 60);
    if (!(seconds >= 5 && seconds <= 3600)) {
      process.stderr.write(`--seconds must be from 5 to 3600\n`);
      return 2;
    }
    try {
      await benchLoad(seconds);
      return 0;
    } catch (error) {
      process.stderr.write(
        `Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      return 1;
    }
  }
  if (parsed.positionals.length !== 1 || parsed.positionals[0] !== 'search') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const documents = Number(parsed.values.documents ?? 100_000);
  if (!Number.isInteger(documents) || documents < 100 || documents > 1_000_000) {
    process.stderr.write(`--documents must be an integer from 100 to 1000000\n`);
    return 2;
  }
  const secondsPerLevel = Number(parsed.values['seconds-per-level'] ?? 20);
  if (!(secondsPerLevel >= 1 && secondsPerLevel <= 600)) {
    process.stderr.write(`--seconds-per-level must be from 1 to 600\n`);
    return 2;
  }
  try {
    await benchSearch(documents, secondsPerLevel);
    return 0;
  } catch (error) {
    process.stderr.write(
      `Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 1;
  }
}

/** Set in the environment of the bench run again by rerunWithLargeHeap, so it does not run itself once more. */
const LARGE_HEAP_ENV = 'ICG_BENCH_LARGE_HEAP';

/**
 * Runs this bench again in a Node with room for a large synthetic graph, and waits for it. At 1,000,000 entities the
 * graph (1,000,000 entities and 5,000,000 relationships, about 2.5 GB of heap) and the rows a bulk load makes of it
 * do not fit in Node's default limit of about 4 GiB on this machine kind. The larger young generation keeps the
 * generator's 15 million short-lived objects from being copied to the old generation one collection at a time.
 */
async function rerunWithLargeHeap(argv: readonly string[]): Promise<number> {
  const node = [
    process.execPath,
    '--max-old-space-size=12288',
    '--max-semi-space-size=64',
    ...process.execArgv,
    fileURLToPath(import.meta.url),
    ...argv,
  ];
  log(`Scale above ${LARGE_SCALE.toLocaleString('en-US')}: running the bench again with a 12 GiB heap`);
  const child = spawn(node[0]!, node.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, [LARGE_HEAP_ENV]: '1' },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function reportFailure(run: () => Promise<unknown>): Promise<number> {
  try {
    await run();
    return 0;
  } catch (error) {
    process.stderr.write(
      `Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
