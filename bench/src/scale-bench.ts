import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunningService } from '@icg/api';
import { MAX_PATH_HOPS, type GraphStore, type TraversableGraphStore } from '@icg/graph';
import {
  createEmbedder,
  createMeiliClient,
  createSegmenter,
  INDEX_STATE_FILE,
  sharedVectorCacheDir,
  type Embedder,
  PUBLIC_INDEX_UIDS,
  startMeilisearch,
  type MeiliClient,
  type MeilisearchServer,
  type Segmenter,
} from '@icg/search-indexer';
import { loadSeeds } from '@icg/seeds';
import { openBenchGraph, type BenchBackend, type BenchGraph } from './bench-graph.ts';
import { startServiceOnBenchData } from './bench-service.ts';
import { createFigures, formatTable, type Figure, type Figures } from './figures.ts';
import { allNodes } from './graph-pages.ts';
import { createJsonEndpoint, type JsonEndpoint } from './latency.ts';
import { startServiceProcess, type ServiceProcess } from './load-service.ts';
import { createGraphqlEndpoint, residentKib } from './load-workload.ts';
import { loadAverage, machine } from './machine.ts';
import { labelledProgress, log, seconds } from './progress.ts';
import { benchGraphQueries, chooseGraphTargets, NEIGHBORHOOD_LIMIT, PATH_LIMIT } from './scale-graph-queries.ts';
import { benchIndexing, embedGraph, recordBenchIndexState } from './scale-indexing.ts';
import { residentAfterWorkload } from './scale-memory.ts';
import { benchAnswerLatency, benchmarkQuestions } from './scale-answers.ts';
import { benchQueryEmbedding, benchSearchLatency, CONCURRENCY } from './scale-search.ts';
import { queriesWithHits } from './search-requests.ts';
import { benchmarkQueries } from './synthetic-entities.ts';
import { buildGraphVocabulary, createSyntheticGraph, degreesOf, type SyntheticGraph } from './synthetic-graph.ts';

export interface ScaleBenchOptions {
  /** Synthetic entities, besides the seeds. */
  scale: number;
  /** Repetitions of each measurement; figures are medians over them. @default 3 */
  rounds?: number;
  /** About how long each search concurrency level and each graph query case runs per round. @default 5 */
  secondsPerLevel?: number;
  /** Where latest.json and the timestamped copy go. @default bench/results */
  resultsDir?: string;
  /** The graph stores measured, one after the other in the same run, on the same synthetic graph. @default ['embedded'] */
  backends?: readonly BenchBackend[];
  /**
   * Index without vectors: no document is embedded, the service runs with SEMANTIC_SEARCH=false and hybrid search is
   * not measured. The model embeds about 95 documents/s on this machine kind: 100,000 take 18 minutes once (then the
   * vector cache serves them), 1,000,000 would take about 3 hours.
   * @default true above LARGE_SCALE entities
   */
  keywordOnly?: boolean;
}

/**
 * Above this many entities the bench changes what it measures so that a run fits in a working session on 2 cores:
 * keyword-only indexing by default, no second indexing of the same documents into Meilisearch alone, and the
 * bench's own reindex recorded as the service records one (see recordBenchIndexState) rather than redone by the
 * service's first start. Each is printed when it applies.
 */
export const LARGE_SCALE = 100_000;

const DEFAULT_RESULTS_DIR = fileURLToPath(new URL('../results/', import.meta.url));
/**
 * The service's vectors come from the bench's shared cache (its own DATA_DIR would embed the whole graph again), and
 * it keeps no query vectors, so every search it is measured on embeds its query, as an unseen query does.
 */
const SERVICE_VECTORS = { VECTOR_CACHE_DIR: sharedVectorCacheDir(), QUERY_VECTOR_CACHE: '0' };
/** Starting the service on 100,000 entities may mean a full reindex: give it time before calling it failed. */
const START_TIMEOUT_MS = 60 * 60_000;

/** Figures of one backend, named `<backend>.<figure>`. */
function figuresOf(figures: Figures, backend: BenchBackend): Figures {
  return { ...figures, record: (name, ...rest) => figures.record(`${backend}.${name}`, ...rest) };
}

interface Generated {
  synthetic: SyntheticGraph;
  vocabulary: ReturnType<typeof buildGraphVocabulary>;
}

/**
 * `pnpm bench --scale N [--backend embedded|neo4j|both]`: generates a synthetic graph of N entities (seeds included)
 * once, then on each backend loads, indexes and measures it, R rounds per figure; prints a table and writes
 * `latest.json` and a timestamped copy. See docs/benchmarks.md.
 */
export async function benchScale(options: ScaleBenchOptions): Promise<Record<string, Figure>> {
  const { scale } = options;
  const rounds = options.rounds ?? 3;
  const secondsPerLevel = options.secondsPerLevel ?? 5;
  const resultsDir = options.resultsDir ?? DEFAULT_RESULTS_DIR;
  const backends = options.backends ?? ['embedded'];
  const keywordOnly = options.keywordOnly ?? scale > LARGE_SCALE;
  const started = performance.now();
  const loadAverageBefore = loadAverage();
  const figures = createFigures();
  const workDir = await mkdtemp(join(tmpdir(), 'icg-bench-scale-'));
  const segmenter = await createSegmenter();
  // The documents' vectors, cached by content across runs: a synthetic graph of one scale is embedded once per
  // machine. The model may use both cores while the bench embeds and indexes; queries are embedded by their own
  // embedder, one thread and no cache, as the service embeds a query it has not seen.
  const embedder = keywordOnly
    ? undefined
    : await createEmbedder({ vectorCacheDir: sharedVectorCacheDir(), threads: 2 });
  const queryEmbedder = await createEmbedder({ vectorCacheDir: sharedVectorCacheDir(), queryCacheSize: 0 });
  const failures: string[] = [];
  const graphs: Record<string, { nodes: number; relationships: number; settings: Record<string, number> }> = {};
  let generated: Generated | undefined;
  let queries: string[] = [];
  let meiliVersion = '';
  const embedding: Record<string, unknown> = {};
  try {
    log(
      `Scale ${scale} on ${backends.join(' and ')}, ${rounds} rounds, ${secondsPerLevel} s per level; ` +
        `work directory ${workDir}; load average ${loadAverageBefore.join(' ')}`,
    );
    if (keywordOnly) {
      log(
        `KEYWORD-ONLY: documents are indexed without vectors (${options.keywordOnly === undefined ? `automatic above ${LARGE_SCALE.toLocaleString('en-US')} entities` : '--keyword-only'}); ` +
          'the service runs with SEMANTIC_SEARCH=false, hybrid search is not measured (query embedding still is)',
      );
    }
    for (const backend of backends) {
      const outcome = await benchBackend({
        backend,
        scale,
        rounds,
        secondsPerLevel,
        workDir,
        segmenter,
        figures,
        embedder,
        queryEmbedder,
        // Generated once, on the first backend's seeded graph, so every backend measures the same records.
        generate: async (store) => {
          if (!generated) {
            const seedNodes = await allNodes(store);
            const vocabulary = buildGraphVocabulary(seedNodes, segmenter);
            const generationStarted = performance.now();
            const progress = labelledProgress();
            const synthetic = createSyntheticGraph(vocabulary, scale, undefined, (phase, done, total) =>
              progress(`Generating ${phase}`, done, total),
            );
            const generationMs = performance.now() - generationStarted;
            figures.record('generate.seconds', 's', generationMs / 1000);
            log(
              `Generated ${synthetic.nodes.length} entities and ${synthetic.relationships.length} relationships ` +
                `in ${seconds(generationMs)} (vocabulary of ${seedNodes.length} seed entities)`,
            );
            generated = { synthetic, vocabulary };
          }
          return generated;
        },
      });
      failures.push(...outcome.failures.map((failure) => `${backend}: ${failure}`));
      graphs[backend] = outcome.graph;
      embedding[backend] = outcome.embedding;
      queries = outcome.queries;
      meiliVersion = outcome.meiliVersion;
    }

    const summary = figures.summary();
    const degrees = [...degreesOf(generated!.synthetic.relationships).values()].sort((a, b) => a - b);
    const results = {
      benchmark: 'scale',
      date: new Date().toISOString(),
      scale,
      rounds,
      secondsPerLevel,
      backends,
      machine: { ...machine(), loadAverageBefore, loadAverageAfter: loadAverage() },
      meilisearch: meiliVersion,
      embeddingModel: queryEmbedder.modelId,
      keywordOnly,
      embedding,
      graph: {
        ...graphs[backends[0]!],
        byBackend: graphs,
        synthetic: {
          nodes: generated!.synthetic.nodes.length,
          relationships: generated!.synthetic.relationships.length,
        },
        degree: {
          median: degrees[Math.floor(degrees.length / 2)] ?? 0,
          p99: degrees[Math.floor(degrees.length * 0.99)] ?? 0,
          max: degrees[degrees.length - 1] ?? 0,
        },
      },
      queries: {
        search: queries,
        neighborhoodLimit: NEIGHBORHOOD_LIMIT,
        maxHops: MAX_PATH_HOPS,
        pathLimit: PATH_LIMIT,
      },
      figures: summary,
      failures,
      totalSeconds: Math.round(performance.now() - started) / 1000,
    };
    await mkdir(resultsDir, { recursive: true });
    const latest = join(resultsDir, 'latest.json');
    await writeFile(latest, `${JSON.stringify(results, null, 2)}\n`);
    await copyFile(latest, join(resultsDir, `scale-${scale}-${results.date.replace(/[:.]/g, '-')}.json`));
    process.stdout.write(formatTable(summary, scale, rounds));
    log(`Results written to ${latest}; whole run ${seconds(performance.now() - started)}`);
    if (failures.length > 0) throw new Error(`Left out after failing:\n${failures.join('\n')}`);
    return summary;
  } finally {
    await embedder?.close();
    await queryEmbedder.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

interface BackendRun {
  backend: BenchBackend;
  scale: number;
  rounds: number;
  secondsPerLevel: number;
  workDir: string;
  segmenter: Segmenter;
  figures: Figures;
  /** Embeds the documents; none when indexing keyword-only. */
  embedder: Embedder | undefined;
  queryEmbedder: Embedder;
  generate(seeded: GraphStore): Promise<Generated>;
}

/**
 * Every phase on one backend: bulk loads into a fresh seeded graph (the last one kept), indexing through the pipeline
 * against Meilisearch alone, search and graph queries through the service in this process against the engines,
 * then warm and cold starts and resident sizes of the service as its own process.
 */
async function benchBackend(run: BackendRun) {
  const { backend, rounds, secondsPerLevel } = run;
  const figures = figuresOf(run.figures, backend);
  // Laid out as the service's DATA_DIR (graph, Meilisearch, its key), so the service can start on it as it is.
  const dataDir = join(run.workDir, `data-${backend}`);
  let bench: BenchGraph | undefined;
  let graph: GraphStore | undefined;
  let meiliServer: MeilisearchServer | undefined;
  let client: MeiliClient | undefined;
  let service: RunningService | undefined;
  let child: ServiceProcess | undefined;
  const endpoints: JsonEndpoint[] = [];
  try {
    bench = await openBenchGraph(backend, run.workDir, run.scale);
    log(`${backend}: ${JSON.stringify(bench.settings)}`);

    const large = run.scale > LARGE_SCALE;
    const serviceEnv = {
      ...bench.serviceEnv,
      ...SERVICE_VECTORS,
      ...(run.embedder ? {} : { SEMANTIC_SEARCH: 'false' }),
    };

    // a. Bulk load into a fresh seeded graph each round; the last one is measured further.
    let generated: Generated | undefined;
    let seeds = '';
    for (let round = 0; round < rounds; round += 1) {
      const last = round === rounds - 1;
      const dir = last ? dataDir : join(run.workDir, `load-${backend}-${round}`);
      const store = await bench.openEmpty(dir);
      try {
        await store.ensureSchema();
        seeds = (await loadSeeds(store)).fingerprint;
        generated = await run.generate(store);
        await bulkLoadRound(store, generated.synthetic, figures, backend, round);
      } finally {
        if (!last) {
          await store.close();
          await rm(dir, { recursive: true, force: true });
        } else graph = store;
      }
    }
    if (!generated || !graph) throw new Error('No rounds ran');
    const counts = await graph.counts();
    log(`${backend}: ${counts.nodes} nodes, ${counts.relationships} relationships`);

    // b. Indexing through the pipeline, then Meilisearch alone on the documents the pipeline built.
    meiliServer = await startMeilisearch({ dataDir });
    client = createMeiliClient({
      url: meiliServer.url,
      apiKey: meiliServer.masterKey,
      timeoutMs: 120_000,
      connections: 64,
    });
    const meiliVersion = (await client.version()).pkgVersion;
    log(`Meilisearch ${meiliVersion} at ${meiliServer.url}`);
    // Above LARGE_SCALE, graph queries come first, on the service over empty indexes: indexing a million documents
    // takes Meilisearch most of an hour here, and the graph's figures should not wait on it (nor be lost with it).
    let graphFailures: string[] = [];
    if (large) {
      await graph.close();
      graph = undefined;
      service = await startServiceOnBenchData(dataDir, meiliServer, [], { graphEnv: serviceEnv });
      await traversalOf(service, figures);
      const graphEndpoint = createGraphqlEndpoint(service.url, 1);
      try {
        graphFailures = await measureGraphQueries(
          graphEndpoint,
          service,
          chooseGraphTargets(generated.synthetic),
          figures,
          {
            rounds,
            secondsPerLevel,
          },
        );
      } finally {
        await graphEndpoint.close();
      }
      await service.stop();
      service = undefined;
      graph = await bench.open(dataDir);
    }
    // b0. Every document's vector once (from the cache when an earlier run embedded the same graph).
    const embedded = run.embedder
      ? await embedGraph(graph, run.segmenter, run.embedder, figures)
      : { embedded: 0, cached: 0, seconds: 0, keywordOnly: true };
    const indexing = await benchIndexing(graph, client, run.segmenter, figures, rounds, {
      ...(run.embedder ? { embedder: run.embedder } : {}),
      meilisearchAlone: !large,
    });
    await graph.close();
    graph = undefined;
    if (large) {
      await recordBenchIndexState(dataDir, indexing.last, { seeds, embedder: run.embedder?.modelId ?? 'none' });
      log(
        `The bench's reindex is recorded as the service records its own (${INDEX_STATE_FILE}), so the service's ` +
          `first start reuses these indexes: a rebuild at this scale takes indexing.pipeline.seconds again`,
      );
    }

    // c, d. The service in-process on that graph and index, so the graph store it uses can be called directly.
    const serviceLog: string[] = [];
    service = await startServiceOnBenchData(dataDir, meiliServer, serviceLog, { graphEnv: serviceEnv });
    log(`Service on the ${backend} graph and its index at ${service.url}`);
    // The service builds its traversal index in the background as it starts; searches are measured once it is built,
    // so that they do not share the cores with the build.
    await traversalOf(service, figures);
    const maxConcurrency = Math.max(...CONCURRENCY);
    const graphqlEndpoint = createGraphqlEndpoint(service.url, maxConcurrency);
    const meiliEndpoint = createJsonEndpoint(`${meiliServer.url}/indexes/${PUBLIC_INDEX_UIDS.all}/search`, {
      connections: maxConcurrency,
      headers: { authorization: `Bearer ${meiliServer.masterKey}` },
    });
    endpoints.push(graphqlEndpoint, meiliEndpoint);
    // Served as it is ('never'), the service cuts queries with the segmenter's own dictionary, without the names the
    // reindex added to the bench's; the direct requests are cut the same way, so both send Meilisearch the same words.
    const querySegmenter = await createSegmenter();
    const candidates = benchmarkQueries(generated.vocabulary, generated.synthetic.nodes, 120);
    const queries = await queriesWithHits(meiliEndpoint, querySegmenter, candidates, 60);
    log(`${queries.length} queries with hits, of ${candidates.length} generated`);
    await benchQueryEmbedding(run.queryEmbedder, candidates, figures);
    await benchSearchLatency(graphqlEndpoint, meiliEndpoint, querySegmenter, queries, figures, {
      rounds,
      secondsPerLevel,
      // Hybrid search needs the documents' vectors: keyword-only indexes have none.
      ...(run.embedder ? { embedder: run.queryEmbedder } : {}),
    });

    // e. What answering a question adds to a search.
    await benchAnswerLatency(graphqlEndpoint, benchmarkQuestions(generated.synthetic, 60), figures, { rounds });

    const targets = chooseGraphTargets(generated.synthetic);
    const failures = large
      ? graphFailures
      : await measureGraphQueries(graphqlEndpoint, service, targets, figures, { rounds, secondsPerLevel });

    for (const endpoint of endpoints.splice(0)) await endpoint.close();
    await service.stop();
    service = undefined;
    await client.close();
    client = undefined;
    await meiliServer.stop();
    meiliServer = undefined;

    // e. The service as its own process: warm start on this data (with resident size after a short workload),
    // cold start on an empty DATA_DIR. On Neo4j, warm starts join the server that holds the bench's graph, as a
    // service restarts beside a database that keeps running; cold starts run the service's own Neo4j from nothing
    // (GRAPH_BACKEND=neo4j without NEO4J_URI), JVM start included.
    // The service records what it indexed (search-index-state.json); a first start on data indexed by the bench
    // itself finds no such record and may rebuild. Warm starts are those after it, as on a server that restarts.
    // Above LARGE_SCALE the bench wrote that record itself, so there is no rebuild to measure.
    let startedAt = performance.now();
    if (!large) {
      child = await startServiceProcess(dataDir, START_TIMEOUT_MS, serviceEnv);
      const firstMs = performance.now() - startedAt;
      figures.record('start.firstOnBenchData.seconds', 's', firstMs / 1000);
      await child.stop();
      child = undefined;
      log(`First start of the service on the bench's ${backend} data: ${seconds(firstMs)}`);
    }
    for (let round = 0; round < rounds; round += 1) {
      startedAt = performance.now();
      child = await startServiceProcess(dataDir, START_TIMEOUT_MS, serviceEnv);
      const warmMs = performance.now() - startedAt;
      figures.record('start.warm.seconds', 's', warmMs / 1000, { op: '<=', value: 5 });
      const memory = await residentAfterWorkload(child, queries, targets.random, secondsPerLevel);
      figures.record('memory.api.mib', 'MiB', memory.service);
      // The target leaves out the embedded engine's page cache (GRAPH_BUFFER_POOL_MB), reported on its own.
      const engineCache = memory.engineCache ?? 0;
      if (memory.engineCache !== undefined) figures.record('memory.api.engineCache.mib', 'MiB', engineCache);
      figures.record('memory.api.withoutEngineCache.mib', 'MiB', memory.service - engineCache, {
        op: '<=',
        value: 300,
      });
      figures.record('memory.meilisearch.mib', 'MiB', memory.meilisearch);
      const engineKib = bench.enginePid === undefined ? undefined : await residentKib(bench.enginePid);
      if (engineKib !== undefined) figures.record('memory.neo4j.mib', 'MiB', Math.round(engineKib / 1024));
      // Beside the JVM's size, the database its page cache serves.
      const storeBytes = await bench.storeBytes();
      if (storeBytes !== undefined) figures.record('store.mib', 'MiB', storeBytes / 2 ** 20);
      if (memory.errors.length > 0) {
        failures.push(`memory workload: ${memory.errors.length} requests failed, e.g. ${memory.errors[0]}`);
        log(failures[failures.length - 1]!);
      }
      await child.stop();
      child = undefined;

      const emptyDir = await mkdtemp(join(run.workDir, 'cold-'));
      startedAt = performance.now();
      child = await startServiceProcess(emptyDir, START_TIMEOUT_MS, { GRAPH_BACKEND: backend, ...SERVICE_VECTORS });
      const coldMs = performance.now() - startedAt;
      figures.record('start.cold.seconds', 's', coldMs / 1000);
      // The service on the seeds alone, model loaded (also when the bench indexes keyword-only: the seeds' vectors
      // come from the shared cache), so this figure means the same at every scale.
      const seedsKib = await residentKib(child.pid);
      if (seedsKib !== undefined) figures.record('memory.api.seeds.mib', 'MiB', Math.round(seedsKib / 1024));
      await child.stop();
      child = undefined;
      await rm(emptyDir, { recursive: true, force: true });
      log(
        `${backend} start round ${round + 1}: warm ${seconds(warmMs)} (service ${memory.service} MiB, Meilisearch ` +
          `${memory.meilisearch} MiB after the workload${engineKib === undefined ? '' : `, Neo4j ${Math.round(engineKib / 1024)} MiB`}` +
          `${storeBytes === undefined ? '' : `, its database ${Math.round(storeBytes / 2 ** 20)} MiB on disk`}), cold ${seconds(coldMs)}`,
      );
    }
    return {
      failures,
      queries,
      meiliVersion,
      embedding: { ...embedded, embeddedByIndexingRound: indexing.embeddedByRound },
      graph: { nodes: counts.nodes, relationships: counts.relationships, settings: bench.settings },
    };
  } finally {
    for (const endpoint of endpoints) await endpoint.close().catch(() => undefined);
    await child?.stop().catch(() => undefined);
    await service?.stop().catch(() => undefined);
    await graph?.close().catch(() => undefined);
    await client?.close().catch(() => undefined);
    await meiliServer?.stop().catch(() => undefined);
    await bench?.close().catch(() => undefined);
  }
}

/** One bulk load, timed per phase from the store's progress reports. */
async function bulkLoadRound(
  store: GraphStore,
  synthetic: SyntheticGraph,
  figures: Figures,
  backend: BenchBackend,
  round: number,
) {
  const progress = labelledProgress();
  const phaseEnd: Partial<Record<'check' | 'nodes' | 'relationships', number>> = {};
  const loadStarted = performance.now();
  await store.bulkLoad({
    nodes: synthetic.nodes,
    relationships: synthetic.relationships,
    onProgress: (phase, done, total) => {
      progress(`${backend} bulk load ${round + 1} (${phase})`, done, total);
      if (done >= total) phaseEnd[phase] = performance.now();
    },
  });
  const loadEnded = performance.now();
  const checked = phaseEnd.check ?? loadStarted;
  const nodesDone = phaseEnd.nodes ?? checked;
  const relationshipsDone = phaseEnd.relationships ?? loadEnded;
  const nodesPerSecond = synthetic.nodes.length / (Math.max(1, nodesDone - checked) / 1000);
  const relationshipsPerSecond = synthetic.relationships.length / (Math.max(1, relationshipsDone - nodesDone) / 1000);
  figures.record('bulk.seconds', 's', (loadEnded - loadStarted) / 1000, { op: '<=', value: 30 });
  figures.record('bulk.nodesPerSecond', '/s', nodesPerSecond);
  figures.record('bulk.relationshipsPerSecond', '/s', relationshipsPerSecond);
  log(
    `${backend} bulk load ${round + 1}: ${seconds(loadEnded - loadStarted)} (checks ${seconds(checked - loadStarted)}, ` +
      `${Math.round(nodesPerSecond)} nodes/s, ${Math.round(relationshipsPerSecond)} relationships/s)`,
  );
}

/** Waits for the service's traversal index (started in the background as it starts) and records its build. */
async function traversalOf(service: RunningService, figures: Figures): Promise<TraversableGraphStore> {
  const traversable = service.graph as TraversableGraphStore;
  const built = await traversable.prepareTraversal();
  figures.record('traversal.build.seconds', 's', built.milliseconds / 1000);
  log(`Traversal index: ${built.nodes} entities, ${built.links} relationships in ${seconds(built.milliseconds)}`);
  return traversable;
}

function measureGraphQueries(
  graphql: JsonEndpoint,
  service: RunningService,
  targets: ReturnType<typeof chooseGraphTargets>,
  figures: Figures,
  options: { rounds: number; secondsPerLevel: number },
): Promise<string[]> {
  log(
    `Graph queries: ${targets.hubs.length} hubs (degree ${targets.hubDegrees.join(', ')}), ` +
      `${targets.random.length} random entities, ${targets.connected.length} connected pairs ` +
      `(${targets.connectedHops.join(', ')} hops), ${targets.unconnected.length} unconnected pairs`,
  );
  return benchGraphQueries(graphql, service.graph as TraversableGraphStore, targets, figures, options);
}
