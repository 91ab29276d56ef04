import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createLogger, serviceConfigFromEnv, startService, type RunningService } from '@icg/api';
import { createGraphStore, type GraphNode, type GraphStore } from '@icg/graph';
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
import { createJsonEndpoint, measure, summarize, type JsonEndpoint, type LatencyFigures } from './latency.ts';
import { benchLoad } from './load.ts';
import { benchmarkQueries, buildVocabulary, createSyntheticEntities } from './synthetic-entities.ts';

const USAGE = `Usage: pnpm bench search [--documents N] [--seconds-per-level S]
       pnpm bench load [--seconds S]

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

/** The web app's search query: what a portal page costs through the API. */
const GRAPHQL_SEARCH = /* GraphQL */ `
  query BenchSearch($query: String!) {
    search(query: $query, first: 10) {
      totalHits
      processingTimeMs
      hits {
        entity {
          id
          kind
          name
          province
          city
        }
        snippet
        highlights {
          field
          snippet
        }
      }
    }
  }
`;

const log = (line: string) => process.stderr.write(`${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function progressLine(label: string): (done: number, total: number) => void {
  let lastQuarter = -1;
  return (done, total) => {
    const pct = total === 0 ? 100 : Math.min(100, Math.floor((done / total) * 100));
    if (process.stderr.isTTY) {
      const filled = Math.round(pct / 4);
      process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(25 - filled)}] ${done}/${total}`);
      if (done >= total) process.stderr.write('\n');
    } else if (Math.floor(pct / 25) !== lastQuarter) {
      lastQuarter = Math.floor(pct / 25);
      log(`${label}: ${done}/${total} (${pct}%)`);
    }
  };
}

async function allNodes(store: GraphStore): Promise<GraphNode[]> {
  const nodes: GraphNode[] = [];
  let afterId: string | undefined;
  for (;;) {
    const page = await store.findNodes(afterId === undefined ? { first: 500 } : { first: 500, afterId });
    nodes.push(...page);
    if (page.length < 500) return nodes;
    afterId = page[page.length - 1]!.id;
  }
}

interface LevelResult {
  concurrency: number;
  graphql: LatencyFigures;
  direct: LatencyFigures;
  /** GraphQL latency divided by direct latency, per percentile. */
  ratio: { p50: number; p95: number; p99: number };
}

/**
 * Both paths at one concurrency, in alternating blocks (direct first, then GraphQL first, …), so a slow
 * moment of the shared machine falls on both rather than on one.
 */
async function measureLevel(
  concurrency: number,
  requests: number,
  graphql: (index: number) => Promise<unknown>,
  direct: (index: number) => Promise<unknown>,
): Promise<LevelResult> {
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
  const ratio = (a: number, b: number) => Math.round((a / Math.max(b, 0.01)) * 100) / 100;
  return {
    concurrency,
    graphql: g,
    direct: d,
    ratio: { p50: ratio(g.p50, d.p50), p95: ratio(g.p95, d.p95), p99: ratio(g.p99, d.p99) },
  };
}

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
    await graph.bulkLoad({
      ...synthetic,
      onProgress: (stage, done, total) => bulkProgress(`Graph load (${stage})`)(done, total),
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
    service = await startService(
      serviceConfigFromEnv({
        DATA_DIR: graphDir,
        PORT: '0',
        GRAPH_BACKEND: 'embedded',
        MEILI_URL: meiliServer.url,
        MEILI_MASTER_KEY: meiliServer.masterKey,
        GRAPHIQL: 'false',
      }),
      { logger: createLogger((line) => serviceLog.push(line)), indexUid: LIVE_INDEX, reindexAtStart: false },
    );
    log(`Service on the same index at ${service.url}`);

    // What the API sends for one query (search-index.ts): the query cut into words, first page of 10.
    const directBody = (query: string) => ({
      q: segmenter.words(query).join(' '),
      page: 1,
      hitsPerPage: 10,
      matchingStrategy: 'all',
      attributesToRetrieve: ['entityId', 'kind', 'name', 'aliases', 'province', 'city', 'description'],
      attributesToHighlight: ['name', 'aliases', 'description'],
      facets: ['kind', 'province', 'city'],
      highlightPreTag: '\uE000',
      highlightPostTag: '\uE001',
    });
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
    // Only queries with hits when every word must match: for the others the API searches a second time
    // (dropping words), which would compare two requests with one.
    const candidates = benchmarkQueries(vocabulary, synthetic.nodes, 120);
    const queries: string[] = [];
    for (const query of candidates) {
      const answer = (await directEndpoint.post(directBody(query))) as { totalHits?: number };
      if ((answer.totalHits ?? 0) > 0 && queries.length < 60) queries.push(query);
    }
    const directBodies = queries.map(directBody);
    const graphql = (i: number) =>
      graphqlEndpoint.post({ query: GRAPHQL_SEARCH, variables: { query: queries[i % queries.length] } });
    const direct = (i: number) => directEndpoint.post(directBodies[i % directBodies.length]);
    for (let i = 0; i < queries.length; i += 1) await graphql(i);
    log(`${queries.length} queries with hits, of ${candidates.length} generated; warming up…`);
    await measure(graphql, 8, 200);
    await measure(direct, 8, 200);

    const levels: LevelResult[] = [];
    for (const concurrency of CONCURRENCY) {
      // Size each level by a quick probe, so it takes about `secondsPerLevel` whatever the machine.
      const probe = await measure(graphql, concurrency, Math.max(20, concurrency * 4));
      const perSecond = probe.latencies.length / (probe.wallMs / 1000);
      const requests = Math.max(200, Math.min(20_000, Math.round((perSecond * secondsPerLevel) / 2)));
      const level = await measureLevel(concurrency, requests, graphql, direct);
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
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        node: process.version,
        // Other work on the machine shows here: figures taken under load are not comparable with idle ones.
        loadAverageAtEnd: loadavg().map((load) => Math.round(load * 100) / 100),
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

const bulkProgressLines = new Map<string, (done: number, total: number) => void>();
function bulkProgress(label: string): (done: number, total: number) => void {
  let line = bulkProgressLines.get(label);
  if (!line) bulkProgressLines.set(label, (line = progressLine(label)));
  return line;
}

function printSummary(indexingPerSecond: number, levels: readonly LevelResult[]): void {
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

process.exitCode = await main(process.argv.slice(2));
