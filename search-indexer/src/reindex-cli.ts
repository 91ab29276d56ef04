import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  createGraphStore,
  graphStoreConfigFromEnv,
  isGraphStoreError,
  readGraphRevision,
  type GraphStore,
} from '@icg/graph';
import { PUBLIC_INDEX_UIDS } from './index-graph.ts';
import { clearIndexState, documentBuilderFingerprint, readIndexState, writeIndexState } from './index-state.ts';
import { createMeiliClient, type MeiliClient } from './meili-client.ts';
import { startMeilisearch, type MeilisearchServer } from './meili-server.ts';
import { reindexGraph, type ReindexPhase } from './reindex.ts';
import { DEFAULT_ENTITY_INDEX_UID } from './search-index.ts';
import { createSegmenter } from './segmenter.ts';
import { createEmbedder, type Embedder } from './embedding/create-embedder.ts';
import { isEmbeddingUnavailableError } from './embedding/embedding-unavailable-error.ts';

const USAGE = `Usage: pnpm search-index reindex [--page-size N] [--index UID]

Rebuilds the search indexes from the graph in DATA_DIR beside the live ones (entities, or --index UID, with
every kind; stories; profiles), then swaps all three in at once: whoever searches Meilisearch meanwhile is
answered from the previous indexes. A run interrupted by a crash can simply
be run again; it drops what the interrupted run left behind.

The service rebuilds the indexes at start when they are stale (the seeds, the document builder or the graph
changed); this is for a stopped service (it needs the graph's write lock, which the running service holds). Meilisearch is the data directory's own one, started for the run, or
MEILI_URL with MEILI_MASTER_KEY.`;

/** Exit codes: 0 done, 1 failed, 2 bad usage. */
async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        'page-size': { type: 'string' },
        index: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { positionals, values } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1 || positionals[0] !== 'reindex') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const pageSize = values['page-size'] === undefined ? undefined : Number(values['page-size']);
  if (pageSize !== undefined && (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 10_000)) {
    process.stderr.write(`--page-size must be an integer from 1 to 10000; got "${values['page-size']}"\n`);
    return 2;
  }
  const uid = values.index ?? DEFAULT_ENTITY_INDEX_UID;

  const env = process.env;
  const dataDir = resolve(env['DATA_DIR'] || './.data');
  let store: GraphStore | undefined;
  let server: MeilisearchServer | undefined;
  let client: MeiliClient | undefined;
  let embedder: Embedder | undefined;
  try {
    try {
      store = await createGraphStore(graphStoreConfigFromEnv({ ...env, DATA_DIR: dataDir }));
    } catch (error) {
      if (isGraphStoreError(error) && error.code === 'LOCKED') {
        process.stderr.write(
          `The graph in ${dataDir} is in use, most likely by the running service. ` +
            'Stop it first, or restart it: it rebuilds stale indexes at start.\n',
        );
        return 1;
      }
      throw error;
    }
    await store.ensureSchema();
    const meiliUrl = env['MEILI_URL'] || undefined;
    if (meiliUrl) {
      client = createMeiliClient({ url: meiliUrl, apiKey: env['MEILI_MASTER_KEY'] || undefined, timeoutMs: 30_000 });
    } else {
      server = await startMeilisearch({ dataDir });
      client = createMeiliClient({ url: server.url, apiKey: server.masterKey, timeoutMs: 30_000 });
    }
    await client.health();
    process.stderr.write(`Reindexing ${uid} at ${client.url} from the graph in ${dataDir}\n`);

    const segmenter = await createSegmenter();
    // The machine is the reindex's own (the service is stopped): the model may use both cores.
    embedder = await createEmbedder({ vectorCacheDir: join(dataDir, 'vectors'), threads: 2 }).catch(
      (error: unknown) => {
        if (!isEmbeddingUnavailableError(error)) throw error;
        process.stderr.write(`Search by meaning is off: ${error.message}; the documents get no vectors.\n`);
        return undefined;
      },
    );
    const draw = createProgressLine();
    const previous = await readIndexState(dataDir);
    const graphRevision = await readGraphRevision(dataDir);
    await clearIndexState(dataDir);
    const result = await reindexGraph(store, {
      client,
      segmenter,
      uid,
      ...(pageSize === undefined ? {} : { pageSize }),
      ...(embedder ? { embedder } : {}),
      onProgress: ({ phase, nodes, total }) => draw(phase, nodes, total),
    });
    const embedded = embedder?.stats().documents;
    // The seeds in the graph are those of the last build (this tool does not load them); with none known, the
    // service rebuilds at its next start, after loading them.
    await writeIndexState(dataDir, {
      builder: await documentBuilderFingerprint(),
      seeds: previous?.seeds ?? 'unknown',
      graphRevision,
      engine: meiliUrl ?? 'local',
      embedder: embedder?.modelId ?? 'none',
      uids: { ...PUBLIC_INDEX_UIDS, all: uid },
      documentsByScope: result.documentsByScope,
      terms: result.terms,
      builtAt: new Date().toISOString(),
    });
    process.stderr.write(
      (result.droppedLeftover ? 'Dropped the unfinished index of an interrupted reindex.\n' : '') +
        `Done: ${result.documents} documents (${result.documentsByScope.stories} stories, ` +
        `${result.documentsByScope.profiles} profiles) for ${result.nodes} nodes in ${(result.durationMs / 1000).toFixed(1)} s ` +
        `(${Math.round(result.nodes / (result.durationMs / 1000))} documents/s)\n` +
        (embedded ? `Vectors: ${embedded.embedded} documents embedded, ${embedded.cached} from the cache\n` : ''),
    );
    return 0;
  } catch (error) {
    // Errors of the search engine and the graph carry no key or password (they are redacted at their source).
    process.stderr.write(`Reindex failed: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await client?.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
    await store?.close().catch(() => undefined);
    await embedder?.close().catch(() => undefined);
  }
}

const PHASE_LABELS: Readonly<Record<ReindexPhase, string>> = {
  preparing: 'Preparing a new index',
  indexing: 'Indexing',
  swapping: 'Swapping it in',
  cleaning: 'Dropping the old index',
};

/**
 * A progress bar redrawn on one line on a terminal; elsewhere (logs, a parent process reading the output)
 * one line per phase and per quarter of the indexing.
 */
function createProgressLine(stream: NodeJS.WriteStream = process.stderr) {
  let lastPhase: ReindexPhase | undefined;
  let lastQuarter = -1;
  return (phase: ReindexPhase, done: number, total: number) => {
    const pct = total === 0 ? 100 : Math.min(100, Math.floor((done / total) * 100));
    if (phase !== 'indexing') {
      if (stream.isTTY && lastPhase === 'indexing') stream.write('\n');
      if (phase !== lastPhase) stream.write(`${PHASE_LABELS[phase]}\n`);
      lastPhase = phase;
      return;
    }
    lastPhase = phase;
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round((pct / 100) * width);
      stream.write(`\rIndexing [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${pct}%`);
      return;
    }
    const quarter = Math.floor(pct / 25);
    if (quarter !== lastQuarter) {
      lastQuarter = quarter;
      stream.write(`Indexing: ${done}/${total} (${pct}%)\n`);
    }
  };
}

process.exitCode = await main(process.argv.slice(2));
