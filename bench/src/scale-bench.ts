import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunningService } from '@icg/api';
import {
  createGraphStore,
  graphStoreConfigFromEnv,
  MAX_PATH_HOPS,
  RELATION_TYPE_NAMES,
  type GraphRelationship,
  type RelationType,
  type GraphStore,
} from '@icg/graph';
import {
  createMeiliClient,
  createScopedIndexes,
  createSegmenter,
  INDEX_SCOPES,
  isSearchEngineError,
  PUBLIC_INDEX_UIDS,
  reindexGraph,
  startMeilisearch,
  type EnqueuedTask,
  type IndexScope,
  type MeiliClient,
  type MeilisearchServer,
  type Segmenter,
} from '@icg/search-indexer';
import { loadSeeds } from '@icg/seeds';
import { loadAverage, machine } from './machine.ts';
import { startServiceOnBenchData } from './bench-service.ts';
import { comparePaths, ratioOf, sizeByProbe, type PathComparison } from './compare-paths.ts';
import { createFigures, formatTable, type Figure, type Figures, type Target } from './figures.ts';
import { allNodes } from './graph-pages.ts';
import { createJsonEndpoint, measure, type JsonEndpoint } from './latency.ts';
import { startServiceProcess, type ServiceProcess } from './load-service.ts';
import { createGraphqlEndpoint, residentKib } from './load-workload.ts';
import { labelledProgress, log, progressLine, seconds } from './progress.ts';
import { directSearchBody, GRAPHQL_SEARCH, queriesWithHits } from './search-requests.ts';
import { benchmarkQueries, createRandom } from './synthetic-entities.ts';
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
}

const CONCURRENCY = [1, 16, 64] as const;
/** The API's cap on `neighborhood(limit)` (MAX_PAGE_SIZE); the engine is called with the same, so both do the same work. */
const NEIGHBORHOOD_LIMIT = 100;
/**
 * What the API lets graph queries follow: everything but a curator's narrative and its INCLUDES (graph-arguments.ts
 * in the API). The engine is called with the same types and the queries start from public entities only.
 */
const PUBLIC_RELATION_TYPES: readonly RelationType[] = RELATION_TYPE_NAMES.filter((type) => type !== 'INCLUDES');
const PATH_LIMIT = 5;
const RAW_UIDS: Readonly<Record<IndexScope, string>> = {
  all: 'bench-raw-entities',
  stories: 'bench-raw-stories',
  profiles: 'bench-raw-profiles',
};
const DEFAULT_RESULTS_DIR = fileURLToPath(new URL('../results/', import.meta.url));
/** Starting the service on 100,000 entities may mean a full reindex: give it time before calling it failed. */
const START_TIMEOUT_MS = 60 * 60_000;

const NEIGHBORHOOD = /* GraphQL */ `
  query BenchNeighborhood($id: ID!, $depth: Int!, $limit: Int!) {
    neighborhood(id: $id, depth: $depth, limit: $limit) {
      nodes {
        id
        kind
        name
      }
      edges {
        id
        type
        from {
          id
        }
        to {
          id
        }
      }
    }
  }
`;

const PATHS = /* GraphQL */ `
  query BenchPaths($from: ID!, $to: ID!, $maxHops: Int!, $limit: Int!) {
    paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit) {
      length
      nodes {
        id
        kind
        name
      }
      edges {
        id
        type
      }
    }
  }
`;

/**
 * `pnpm bench --scale N`: generates a synthetic graph of N entities (seeds included), loads, indexes and measures
 * it, R rounds per figure; prints a table and writes `latest.json` and a timestamped copy. See docs/benchmarks.md.
 */
export async function benchScale(options: ScaleBenchOptions): Promise<Record<string, Figure>> {
  const { scale } = options;
  const rounds = options.rounds ?? 3;
  const secondsPerLevel = options.secondsPerLevel ?? 5;
  const resultsDir = options.resultsDir ?? DEFAULT_RESULTS_DIR;
  const started = performance.now();
  const loadAverageBefore = loadAverage();
  const figures = createFigures();
  const workDir = await mkdtemp(join(tmpdir(), 'icg-bench-scale-'));
  // Laid out as the service's DATA_DIR (graph, Meilisearch, its key), so the service can start on it as it is.
  const dataDir = join(workDir, 'data');
  // The bench's own loads need a larger page cache than the service's default (256 MiB): at 100,000 entities and
  // 500,000 relationships the bulk load fails with "the buffer pool is full". The service keeps its own setting.
  const bulkBufferPoolMb =
    process.env['GRAPH_BUFFER_POOL_MB'] ?? String(Math.max(256, Math.ceil((scale / 100_000) * 2048)));
  const graphConfig = (dir: string) =>
    graphStoreConfigFromEnv({ DATA_DIR: dir, GRAPH_BACKEND: 'embedded', GRAPH_BUFFER_POOL_MB: bulkBufferPoolMb });
  let graph: GraphStore | undefined;
  let meiliServer: MeilisearchServer | undefined;
  let client: MeiliClient | undefined;
  let service: RunningService | undefined;
  let child: ServiceProcess | undefined;
  const endpoints: JsonEndpoint[] = [];
  try {
    log(`Scale ${scale}, ${rounds} rounds, ${secondsPerLevel} s per level; work directory ${workDir}`);

    // a. Generate, then bulk-load into a fresh seeded graph each round; the last one is measured further.
    let synthetic: SyntheticGraph | undefined;
    let vocabulary: ReturnType<typeof buildGraphVocabulary> | undefined;
    const segmenter = await createSegmenter();
    for (let round = 0; round < rounds; round += 1) {
      const last = round === rounds - 1;
      const dir = last ? dataDir : join(workDir, `load-${round}`);
      const store = await createGraphStore(graphConfig(dir));
      try {
        await store.ensureSchema();
        await loadSeeds(store);
        if (!synthetic) {
          const seedNodes = await allNodes(store);
          vocabulary = buildGraphVocabulary(seedNodes, segmenter);
          const generationStarted = performance.now();
          synthetic = createSyntheticGraph(vocabulary, scale);
          const generationMs = performance.now() - generationStarted;
          figures.record('generate.seconds', 's', generationMs / 1000);
          log(
            `Generated ${synthetic.nodes.length} entities and ${synthetic.relationships.length} relationships ` +
              `in ${seconds(generationMs)} (vocabulary of ${seedNodes.length} seed entities)`,
          );
        }
        await bulkLoadRound(store, synthetic, figures, round);
      } finally {
        if (!last) {
          await store.close();
          await rm(dir, { recursive: true, force: true });
        } else graph = store;
      }
    }
    if (!synthetic || !vocabulary || !graph) throw new Error('No rounds ran');
    const counts = await graph.counts();
    log(`Graph: ${counts.nodes} nodes, ${counts.relationships} relationships`);

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
    await benchIndexing(graph, client, segmenter, figures, rounds);
    await graph.close();
    graph = undefined;

    // c, d. The service in-process on that graph and index, so the graph store it uses can be called directly.
    const serviceLog: string[] = [];
    service = await startServiceOnBenchData(dataDir, meiliServer, serviceLog);
    log(`Service on the same graph and index at ${service.url}`);
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
    const candidates = benchmarkQueries(vocabulary, synthetic.nodes, 120);
    const queries = await queriesWithHits(meiliEndpoint, querySegmenter, candidates, 60);
    log(`${queries.length} queries with hits, of ${candidates.length} generated`);
    await benchSearchLatency(graphqlEndpoint, meiliEndpoint, querySegmenter, queries, figures, {
      rounds,
      secondsPerLevel,
    });

    const targets = chooseGraphTargets(synthetic);
    log(
      `Graph queries: ${targets.hubs.length} hubs (degree ${targets.hubDegrees.join(', ')}), ` +
        `${targets.random.length} random entities, ${targets.connected.length} connected pairs ` +
        `(${targets.connectedHops.join(', ')} hops), ${targets.unconnected.length} unconnected pairs`,
    );
    const failures = await benchGraphQueries(graphqlEndpoint, service.graph, targets, figures, {
      rounds,
      secondsPerLevel,
    });

    for (const endpoint of endpoints.splice(0)) await endpoint.close();
    await service.stop();
    service = undefined;
    await client.close();
    client = undefined;
    await meiliServer.stop();
    meiliServer = undefined;

    // e. The service as its own process: warm start on this data (with resident size after a short workload),
    // cold start on an empty DATA_DIR.
    // The service records what it indexed (search-index-state.json); a first start on data indexed by the bench
    // itself finds no such record and may rebuild. Warm starts are those after it, as on a server that restarts.
    let startedAt = performance.now();
    child = await startServiceProcess(dataDir, START_TIMEOUT_MS);
    const firstMs = performance.now() - startedAt;
    figures.record('start.firstOnBenchData.seconds', 's', firstMs / 1000);
    await child.stop();
    child = undefined;
    log(`First start of the service on the bench's data: ${seconds(firstMs)}`);
    for (let round = 0; round < rounds; round += 1) {
      startedAt = performance.now();
      child = await startServiceProcess(dataDir, START_TIMEOUT_MS);
      const warmMs = performance.now() - startedAt;
      figures.record('start.warm.seconds', 's', warmMs / 1000, { op: '<=', value: 10 });
      const memory = await residentAfterWorkload(child, queries, targets.random, secondsPerLevel);
      figures.record('memory.api.mib', 'MiB', memory.service, { op: '<=', value: 300 });
      figures.record('memory.meilisearch.mib', 'MiB', memory.meilisearch);
      if (memory.errors.length > 0) {
        failures.push(`memory workload: ${memory.errors.length} requests failed, e.g. ${memory.errors[0]}`);
        log(failures[failures.length - 1]!);
      }
      await child.stop();
      child = undefined;

      const emptyDir = await mkdtemp(join(workDir, 'cold-'));
      startedAt = performance.now();
      child = await startServiceProcess(emptyDir, START_TIMEOUT_MS);
      const coldMs = performance.now() - startedAt;
      figures.record('start.cold.seconds', 's', coldMs / 1000);
      await child.stop();
      child = undefined;
      await rm(emptyDir, { recursive: true, force: true });
      log(
        `start round ${round + 1}: warm ${seconds(warmMs)} (service ${memory.service} MiB, Meilisearch ` +
          `${memory.meilisearch} MiB after the workload), cold ${seconds(coldMs)}`,
      );
    }

    const summary = figures.summary();
    const degrees = [...degreesOf(synthetic.relationships).values()].sort((a, b) => a - b);
    const results = {
      benchmark: 'scale',
      date: new Date().toISOString(),
      scale,
      rounds,
      secondsPerLevel,
      machine: {
        ...machine(),
        loadAverageBefore,
        loadAverageAfter: loadAverage(),
      },
      meilisearch: meiliVersion,
      graph: {
        bulkBufferPoolMb: Number(bulkBufferPoolMb),
        nodes: counts.nodes,
        relationships: counts.relationships,
        synthetic: { nodes: synthetic.nodes.length, relationships: synthetic.relationships.length },
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
    for (const endpoint of endpoints) await endpoint.close().catch(() => undefined);
    await child?.stop().catch(() => undefined);
    await service?.stop().catch(() => undefined);
    await graph?.close().catch(() => undefined);
    await client?.close().catch(() => undefined);
    await meiliServer?.stop().catch(() => undefined);
    await rm(workDir, { recursive: true, force: true });
  }
}

/** One bulk load, timed per phase from the store's progress reports. */
async function bulkLoadRound(store: GraphStore, synthetic: SyntheticGraph, figures: Figures, round: number) {
  const progress = labelledProgress();
  const phaseEnd: Partial<Record<'check' | 'nodes' | 'relationships', number>> = {};
  const loadStarted = performance.now();
  await store.bulkLoad({
    nodes: synthetic.nodes,
    relationships: synthetic.relationships,
    onProgress: (phase, done, total) => {
      progress(`Bulk load ${round + 1} (${phase})`, done, total);
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
    `Bulk load ${round + 1}: ${seconds(loadEnded - loadStarted)} (checks ${seconds(checked - loadStarted)}, ` +
      `${Math.round(nodesPerSecond)} nodes/s, ${Math.round(relationshipsPerSecond)} relationships/s)`,
  );
}

/**
 * Each round: the service's reindex (graph read, segmentation, conversions, pinyin, three indexes, swap), then
 * the same documents in the same batches pushed straight into three fresh indexes with the same settings, timed
 * until Meilisearch has indexed them all. The documents are captured from the first reindex on their way to
 * Meilisearch, so both measure exactly the same payload.
 */
async function benchIndexing(
  graph: GraphStore,
  client: MeiliClient,
  segmenter: Segmenter,
  figures: Figures,
  rounds: number,
) {
  const captured: { scope: IndexScope; documents: readonly object[] }[] = [];
  const scopeOfBuilding = new Map(INDEX_SCOPES.map((scope) => [`${PUBLIC_INDEX_UIDS[scope]}__building`, scope]));
  const capturing: MeiliClient = {
    ...client,
    addOrReplaceDocuments: (uid, documents, options) => {
      const scope = scopeOfBuilding.get(uid);
      if (scope) captured.push({ scope, documents });
      return client.addOrReplaceDocuments(uid, documents, options);
    },
  };
  for (let round = 0; round < rounds; round += 1) {
    const progress = progressLine(`Indexing ${round + 1}`);
    const indexed = await reindexGraph(graph, {
      client: round === 0 ? capturing : client,
      segmenter,
      onProgress: ({ phase, nodes, total }) => {
        if (phase === 'indexing') progress(nodes, total);
      },
    });
    const pipeline = indexed.documents / (indexed.durationMs / 1000);

    for (const scope of INDEX_SCOPES) await dropIndex(client, RAW_UIDS[scope]);
    const raw = createScopedIndexes({ client, segmenter, uids: RAW_UIDS, taskTimeoutMs: 600_000 });
    for (const scope of INDEX_SCOPES) {
      await raw[scope].ensure();
      // The synonyms the reindex put on its indexes (the departments' short forms), so the settings match too.
      await client.waitForTask(
        await client.updateSettings(RAW_UIDS[scope], { synonyms: segmenter.synonymsSetting() }),
        { timeoutMs: 600_000 },
      );
    }
    const rawStarted = performance.now();
    const tasks: EnqueuedTask[] = [];
    for (const { scope, documents } of captured) {
      tasks.push(await client.addOrReplaceDocuments(RAW_UIDS[scope], documents, { primaryKey: 'uid' }));
    }
    for (const task of tasks) await client.waitForTask(task, { timeoutMs: 600_000 });
    const rawMs = performance.now() - rawStarted;
    const rawDocuments = (await client.getIndexStats(RAW_UIDS.all)).numberOfDocuments;
    if (rawDocuments !== indexed.documents) {
      throw new Error(`Meilisearch holds ${rawDocuments} documents of the ${indexed.documents} the pipeline built`);
    }
    const meilisearch = indexed.documents / (rawMs / 1000);
    for (const scope of INDEX_SCOPES) await dropIndex(client, RAW_UIDS[scope]);

    figures.record('indexing.pipeline.documentsPerSecond', '/s', pipeline);
    figures.record('indexing.pipeline.seconds', 's', indexed.durationMs / 1000);
    figures.record('indexing.meilisearch.documentsPerSecond', '/s', meilisearch);
    figures.record('indexing.ratio', '×', ratioOf(pipeline, meilisearch), { op: '>=', value: 0.8 });
    log(
      `Indexing ${round + 1}: pipeline ${Math.round(pipeline)} documents/s (${seconds(indexed.durationMs)}), ` +
        `Meilisearch alone ${Math.round(meilisearch)} documents/s (${seconds(rawMs)})`,
    );
  }
}

async function dropIndex(client: MeiliClient, uid: string): Promise<void> {
  try {
    await client.waitForTask(await client.deleteIndex(uid), { timeoutMs: 600_000 });
  } catch (error) {
    if (!(isSearchEngineError(error) && error.meiliCode === 'index_not_found')) throw error;
  }
}

function recordComparison(figures: Figures, name: string, comparison: PathComparison, p95Target?: Target) {
  for (const path of ['graphql', 'direct'] as const) {
    const figure = comparison[path];
    figures.record(`${name}.${path}.p50`, 'ms', figure.p50);
    figures.record(`${name}.${path}.p95`, 'ms', figure.p95, path === 'direct' ? p95Target : undefined);
  }
}

async function benchSearchLatency(
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

interface GraphTargets {
  hubs: string[];
  hubDegrees: number[];
  random: string[];
  connected: [string, string][];
  connectedHops: number[];
  unconnected: [string, string][];
}

/** Hops from `from` to each node within `maxHops`, over the relationships ignoring direction. */
function hopsFrom(adjacency: Map<string, string[]>, from: string, maxHops: number): Map<string, number> {
  const hops = new Map([[from, 0]]);
  let frontier = [from];
  for (let hop = 1; hop <= maxHops && frontier.length > 0; hop += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const neighbour of adjacency.get(id) ?? []) {
        if (hops.has(neighbour)) continue;
        hops.set(neighbour, hop);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return hops;
}

/**
 * The entities graph queries start from: the ten best connected, fifty drawn evenly, thirty pairs two or more
 * hops apart (found breadth-first in memory) and thirty with no path at all (one end in an island lineage).
 */
function chooseGraphTargets(synthetic: SyntheticGraph): GraphTargets {
  const random = createRandom(42);
  const degrees = degreesOf(synthetic.relationships);
  const islandIds = new Set(synthetic.islands.flat());
  const main = synthetic.nodes
    .filter((node) => node.kind !== 'Narrative' && !islandIds.has(node.id) && degrees.has(node.id))
    .map((node) => node.id);
  const byDegree = [...main].sort((a, b) => degrees.get(b)! - degrees.get(a)! || a.localeCompare(b));
  const hubs = byDegree.slice(0, 10);
  const draw = () => main[Math.floor(random() * main.length)]!;
  const randomIds = Array.from({ length: 50 }, draw);

  const adjacency = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = adjacency.get(a);
    if (list) list.push(b);
    else adjacency.set(a, [b]);
  };
  for (const { type, from, to } of synthetic.relationships as readonly GraphRelationship[]) {
    if (!PUBLIC_RELATION_TYPES.includes(type)) continue;
    link(from, to);
    link(to, from);
  }
  const connected: [string, string][] = [];
  const connectedHops: number[] = [];
  for (let attempt = 0; connected.length < 30 && attempt < 300; attempt += 1) {
    const from = draw();
    const hops = hopsFrom(adjacency, from, MAX_PATH_HOPS);
    const candidates = [...hops].filter(([, n]) => n >= 2);
    if (candidates.length === 0) continue;
    // Farther pairs are the rarer and the costlier: prefer the longest distance found.
    const longest = Math.max(...candidates.map(([, n]) => n));
    const far = candidates.filter(([, n]) => n >= Math.min(longest, 3));
    const [to, n] = far[Math.floor(random() * far.length)]!;
    connected.push([from, to]);
    connectedHops.push(n);
  }
  const islands = synthetic.islands.flat();
  const unconnected: [string, string][] = Array.from({ length: 30 }, (_, i) => {
    const island = islands[Math.floor(random() * islands.length)]!;
    return i % 2 === 0 ? [draw(), island] : [island, draw()];
  });
  return {
    hubs,
    hubDegrees: hubs.map((id) => degrees.get(id)!),
    random: randomIds,
    connected,
    connectedHops,
    unconnected,
  };
}

interface GraphCase {
  name: string;
  graphql: (index: number) => Promise<unknown>;
  direct: (index: number) => Promise<unknown>;
  /** For the engine's p95. */
  target?: Target;
}

async function benchGraphQueries(
  graphql: JsonEndpoint,
  store: GraphStore,
  targets: GraphTargets,
  figures: Figures,
  options: { rounds: number; secondsPerLevel: number },
): Promise<string[]> {
  const at = <T>(items: readonly T[], i: number) => items[i % items.length]!;
  const neighborhoodCase = (ids: readonly string[], depth: number) => ({
    graphql: (i: number) =>
      graphql.post({ query: NEIGHBORHOOD, variables: { id: at(ids, i), depth, limit: NEIGHBORHOOD_LIMIT } }),
    direct: (i: number) =>
      store.neighborhood(at(ids, i), { depth, limit: NEIGHBORHOOD_LIMIT, relationTypes: PUBLIC_RELATION_TYPES }),
  });
  const pathCase = (pairs: readonly [string, string][]) => ({
    graphql: (i: number) =>
      graphql.post({
        query: PATHS,
        variables: { from: at(pairs, i)[0], to: at(pairs, i)[1], maxHops: MAX_PATH_HOPS, limit: PATH_LIMIT },
      }),
    direct: (i: number) =>
      store.shortestPaths(at(pairs, i)[0], at(pairs, i)[1], {
        maxHops: MAX_PATH_HOPS,
        limit: PATH_LIMIT,
        relationTypes: PUBLIC_RELATION_TYPES,
      }),
  });
  const neighbourhoodTarget: Target = { op: '<=', value: 30 };
  const cases: GraphCase[] = [
    { name: 'neighborhood.depth1.hubs', ...neighborhoodCase(targets.hubs, 1) },
    { name: 'neighborhood.depth1.random', ...neighborhoodCase(targets.random, 1) },
    { name: 'neighborhood.depth2.hubs', ...neighborhoodCase(targets.hubs, 2), target: neighbourhoodTarget },
    { name: 'neighborhood.depth2.random', ...neighborhoodCase(targets.random, 2), target: neighbourhoodTarget },
    { name: 'paths.connected', ...pathCase(targets.connected), target: { op: '<=', value: 150 } },
    { name: 'paths.unconnected', ...pathCase(targets.unconnected), target: { op: '<=', value: 150 } },
  ];
  // A case that fails (an error, a connection the service drops) is reported and left out, so one slow query at a
  // large scale does not cost the figures of every other phase.
  const failures: string[] = [];
  const failed = new Set<string>();
  const attempt = async (graphCase: GraphCase, run: () => Promise<void>) => {
    if (failed.has(graphCase.name)) return;
    try {
      await run();
    } catch (error) {
      failed.add(graphCase.name);
      const message = `${graphCase.name}: ${error instanceof Error ? error.message : String(error)}`;
      failures.push(message);
      log(`${message} (left out)`);
    }
  };
  for (const graphCase of cases) {
    // Warm both paths: the first calls pay for caches and compiled queries.
    await attempt(graphCase, async () => {
      await measure(graphCase.graphql, 1, 5);
      await measure(graphCase.direct, 1, 5);
    });
  }
  for (let round = 0; round < options.rounds; round += 1) {
    for (const graphCase of cases) {
      await attempt(graphCase, async () => {
        const requests = await sizeByProbe(graphCase.graphql, 1, options.secondsPerLevel, {
          probe: 5,
          min: 8,
          max: 2_000,
        });
        const comparison = await comparePaths(1, requests, graphCase.graphql, graphCase.direct);
        recordComparison(figures, graphCase.name, comparison, graphCase.target);
        figures.record(`${graphCase.name}.ratio.p95`, '×', comparison.ratio.p95, { op: '<=', value: 1.5 });
        log(
          `${graphCase.name} round ${round + 1}: GraphQL p50 ${comparison.graphql.p50} p95 ${comparison.graphql.p95} ms, ` +
            `engine p50 ${comparison.direct.p50} p95 ${comparison.direct.p95} ms, ratio ${comparison.ratio.p95} ` +
            `(${comparison.graphql.requests} requests each)`,
        );
      });
    }
  }
  return failures;
}

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
async function residentAfterWorkload(
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
