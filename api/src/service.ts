import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createGraphStore, readGraphRevision, withTraversal, type GraphStore } from '@icg/graph';
import {
  clearIndexState,
  createIndexSync,
  INDEX_SYNC_LOCK,
  documentBuilderFingerprint,
  indexStaleness,
  readIndexState,
  writeIndexState,
  createMeiliClient,
  createScopedIndexes,
  createSegmenter,
  PUBLIC_INDEX_UIDS,
  reindexGraph,
  superviseMeilisearch,
  createEmbedder,
  isEmbeddingUnavailableError,
  type Embedder,
  type MeiliClient,
  type ReindexResult,
  type ScopedIndexes,
  type SearchIndex,
} from '@icg/search-indexer';
import { curatorTokensPath } from './auth/curator-tokens.ts';
import { curatorEditsPath, reapplyCuratorEdits } from './schema/curation/curator-edits.ts';
import { createDecisionLog, reviewDecisionsPath } from './schema/review/decision-log.ts';
import { createReviewQueue, notifyingReviewQueue } from './schema/review/review-queue.ts';
import type { ServiceConfig } from './config.ts';
import { createApi } from './create-api.ts';
import { guardSearch } from './engines/guarded-search.ts';
import type { SemanticHealth } from './health.ts';
import { createLogger, type Logger } from './logger.ts';
import { createProgressReporter } from './progress.ts';
import { holdStoreLock, loadSeedsAtStart, recordSeedsLoaded } from './seeds-at-start.ts';

export interface RunningService {
  /** Base URL, e.g. http://127.0.0.1:4000 */
  url: string;
  graph: GraphStore;
  /** The index of every kind (`searchIndexes.all`). */
  searchIndex: SearchIndex;
  /** The public indexes: every kind, stories, profiles. */
  searchIndexes: ScopedIndexes;
  meili: MeiliClient;
  /**
   * Rebuilds the search indexes from the graph beside the live ones and swaps them in together, while searches
   * keep answering; curator changes made meanwhile are applied to the new indexes right after the swap. A call while
   * a reindex runs joins that one.
   */
  reindex(): Promise<ReindexResult>;
  /** Stops the HTTP server, closes the graph and stops the Meilisearch it started. Idempotent. */
  stop(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  /** Uid of the index of every kind in Meilisearch. @default 'entities' */
  indexUid?: string;
  /** Uids of the scoped indexes. @default 'stories', 'profiles' */
  storiesIndexUid?: string;
  profilesIndexUid?: string;
  /** Folder of the built web app (tests may point elsewhere). */
  webDist?: string;
  /**
   * When to rebuild the indexes at start (beside the live ones, then swapped in): `when-stale` unless they were built
   * from the same graph, seeds and document builder (`search-index-state.json` under DATA_DIR), `always`, or `never`
   * (the indexes are served as they are: for benchmarks that built a large index themselves).
   * @default 'when-stale'
   */
  reindexAtStart?: 'when-stale' | 'always' | 'never';
}

/** The store lock a start holds from the seeds to the index build (docs/decisions/replicas.md). */
const START_LOCK = 'service-start';

/** The outbox of entity ids changed by curators and not yet in the search index, under DATA_DIR. */
export const INDEX_OUTBOX_FILE = 'index-outbox.jsonl';

/**
 * Starts everything on the configured backends: graph store, search engine (its own Meilisearch
 * unless MEILI_URL is set), seeds, index and HTTP. Anything started before a failure is stopped
 * again, so a failed start leaves no process behind.
 */
export async function startService(config: ServiceConfig, options: StartOptions = {}): Promise<RunningService> {
  const logger = options.logger ?? createLogger();
  logger.addSecret(config.meiliMasterKey);
  logger.addSecret(config.metricsToken);
  if (config.graph.backend === 'neo4j' && 'password' in config.graph) logger.addSecret(config.graph.password);
  const progress = createProgressReporter(logger);
  const cleanups: (() => Promise<void>)[] = [];
  let answeringReaders = () => {};
  const listening = new Promise<void>((resolve) => (answeringReaders = resolve));
  const runCleanups = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) {
      await cleanup().catch((error: unknown) => logger.error('Error while stopping', error));
    }
  };

  try {
    await mkdir(config.dataDir, { recursive: true });

    // With GRAPH_BACKEND=neo4j and no NEO4J_URI, this starts the service's own Neo4j (and starts it again if it dies).
    const store = await createGraphStore(
      config.graph,
      {
        onProgress: (line) => logger.info(line),
        onExit: ({ pid, code, signal }) =>
          logger.error(`Neo4j (pid ${pid}) exited (${signal ?? `code ${code}`}); starting it again`),
        onRestart: ({ pid, afterMs, attempts }) =>
          logger.info(`Neo4j is back (pid ${pid}) after ${Math.round(afterMs)} ms, ${attempts} attempt(s)`),
        onRestartFailed: (error, retryInMs) =>
          logger.error(`Neo4j did not start again; retrying in ${retryInMs} ms`, error),
      },
      // Readers are answered GRAPH_UNAVAILABLE within a second when Neo4j stops answering (neo4j-hang-guard.ts),
      // once the service answers readers: the start below waits for Neo4j, however busy.
      { hangDetection: { armed: listening } },
    );
    // Neighbourhoods and paths are planned in memory; every write below goes through `graph`, which keeps that current.
    const graph = withTraversal(store, {
      onProgress: (nodes, links, done) => {
        if (done) logger.info(`Traversal index built: ${nodes} entities, ${links} relationships`);
      },
    });
    cleanups.push(() => graph.close());
    await graph.ensureSchema();
    logger.info(`Graph store: ${graph.backend}`);

    let meili: MeiliClient;
    if (config.meiliUrl) {
      meili = createMeiliClient({ url: config.meiliUrl, apiKey: config.meiliMasterKey });
      logger.info(`Search engine: ${config.meiliUrl}`);
    } else {
      // Started again whenever it dies, so search recovers by itself; the outbox holds curators' edits meanwhile.
      const server = await superviseMeilisearch(
        { dataDir: config.dataDir, port: config.meiliPort },
        {
          onExit: ({ pid, code, signal }) =>
            logger.error(`Meilisearch (pid ${pid}) exited (${signal ?? `code ${code}`}); starting it again`),
          onRestart: ({ pid, afterMs, attempts }) =>
            logger.info(`Meilisearch is back (pid ${pid}) after ${Math.round(afterMs)} ms, ${attempts} attempt(s)`),
          onRestartFailed: (error, retryInMs) =>
            logger.error(`Meilisearch did not start again; retrying in ${retryInMs} ms`, error),
        },
      );
      cleanups.push(() => server.stop());
      logger.addSecret(server.masterKey);
      meili = createMeiliClient({ url: server.url, apiKey: server.masterKey });
      logger.info(`Search engine: Meilisearch at ${server.url} (pid ${server.pid}, log ${server.logFile})`);
    }
    cleanups.push(async () => meili.close());

    const segmenter = await createSegmenter();
    const semantic = await startEmbedder(config, logger);
    if (semantic.embedder) {
      const embedder = semantic.embedder;
      cleanups.push(() => embedder.close());
    }
    const embedderId = semantic.embedder?.modelId ?? 'none';
    const uids = {
      all: options.indexUid ?? PUBLIC_INDEX_UIDS.all,
      stories: options.storiesIndexUid ?? PUBLIC_INDEX_UIDS.stories,
      profiles: options.profilesIndexUid ?? PUBLIC_INDEX_UIDS.profiles,
    };
    const searchIndexes = createScopedIndexes({
      client: meili,
      segmenter,
      uids,
      ...(semantic.embedder ? { embedder: semantic.embedder } : {}),
    });
    const searchIndex = searchIndexes.all;

    // Replicas start one at a time: seeds, replay and index build are never run by two of them at once.
    const releaseStart = await holdStoreLock(graph, START_LOCK);
    cleanups.push(async () => releaseStart());
    const curatorEditsFile = curatorEditsPath(config.dataDir);
    const seeded = await loadSeedsAtStart(graph, config.dataDir, curatorEditsFile, (done, total, phase) =>
      progress(`Loading seeds (${phase})`, done, total),
    );
    if (seeded.loaded) {
      logger.info(`Seeds loaded: ${seeded.nodes} nodes, ${seeded.relationships} relationships`);
      for (const line of summarizeNoise(seeded.noise)) logger.info(`  cleaned in the source text: ${line}`);
      if (seeded.curatedIssues.length > 0) {
        logger.info(
          `  curated data: ${seeded.curatedIssues.length} warnings (e.g. ${seeded.curatedIssues[0]!.reason})`,
        );
      }
      // Curators' edits are replayed, so a graph that lacks them (emptied, restored) gets them back.
      const replayed = await reapplyCuratorEdits(graph, curatorEditsFile);
      if (replayed.nodes + replayed.relationships + replayed.skipped > 0) {
        logger.info(
          `Curator edits re-applied: ${replayed.nodes} nodes, ${replayed.relationships} relationships` +
            (replayed.skipped > 0 ? ` (${replayed.skipped} skipped: an end no longer exists)` : ''),
        );
      }
      await recordSeedsLoaded(config.dataDir, graph, seeded.fingerprint);
    } else {
      // The graph is the running replicas' and is current; replaying the edit log now could only revert theirs.
      logger.info(`Seeds are in the graph already (${seeded.fingerprint}); curators' edits kept as they are`);
    }

    // Built beside the search indexes; the first neighbourhood or path waits for it.
    graph.prepareTraversal().catch((error: unknown) => logger.error('The traversal index could not be built', error));

    // The indexes are derived from the graph; they are rebuilt when what they were built from changed (the seeds,
    // a tool's write to the graph, the document builder, the engine), and reused otherwise, so that a restart on a
    // large graph takes seconds. Whoever searches meanwhile is answered from the previous indexes until the swap.
    const engine = config.meiliUrl ?? 'local';
    const builder = await documentBuilderFingerprint();
    const reindexNow = async (): Promise<ReindexResult> => {
      const graphRevision = await readGraphRevision(config.dataDir);
      const vectorsBefore = semantic.embedder?.stats().documents;
      // Forgotten first: a rebuild that dies halfway leaves no claim that the indexes are current.
      await clearIndexState(config.dataDir);
      const result = await reindexGraph(graph, {
        client: meili,
        segmenter,
        uids,
        ...(semantic.embedder ? { embedder: semantic.embedder } : {}),
        onProgress: ({ phase, nodes, total }) => {
          if (phase === 'indexing') progress('Indexing', nodes, total);
        },
      });
      await writeIndexState(config.dataDir, {
        builder,
        seeds: seeded.fingerprint,
        graphRevision,
        engine,
        embedder: embedderId,
        uids,
        documentsByScope: result.documentsByScope,
        terms: result.terms,
        builtAt: new Date().toISOString(),
      });
      const { stories, profiles } = result.documentsByScope;
      const vectorsAfter = semantic.embedder?.stats().documents;
      logger.info(
        `Indexed ${result.documents} documents (${stories} stories, ${profiles} profiles) into new indexes ` +
          'and swapped them in' +
          (result.droppedLeftover ? ' (dropped the unfinished index of an interrupted reindex)' : '') +
          (vectorsBefore && vectorsAfter
            ? `; vectors: ${vectorsAfter.embedded - vectorsBefore.embedded} texts embedded, ` +
              `${vectorsAfter.cached - vectorsBefore.cached} from the cache`
            : ''),
      );
      return result;
    };
    const reindexAtStart = options.reindexAtStart ?? 'when-stale';
    if (reindexAtStart === 'never') {
      for (const index of Object.values(searchIndexes)) await index.ensure();
    } else {
      const state = await readIndexState(config.dataDir);
      const stale =
        reindexAtStart === 'always'
          ? 'a rebuild was asked for'
          : await indexStaleness(
              state,
              {
                builder,
                seeds: seeded.fingerprint,
                graphRevision: await readGraphRevision(config.dataDir),
                engine,
                embedder: embedderId,
                uids,
              },
              meili,
            );
      if (stale || !state) {
        logger.info(`Rebuilding the search indexes: ${stale}`);
        // Running replicas keep their changes in the outbox until the new indexes are swapped in.
        await graph.withLock(INDEX_SYNC_LOCK, reindexNow);
      } else {
        // Queries must be cut with the words the documents were cut with.
        segmenter.addTerms(state.terms);
        const { all, stories, profiles } = state.documentsByScope;
        logger.info(
          `Search indexes are current (built ${state.builtAt}: ${all} documents, ${stories} stories, ` +
            `${profiles} profiles); reusing them`,
        );
      }
    }

    // Curated writes reach the index only through this loop; entries left by a crash are drained first.
    const indexSync = createIndexSync({
      store: graph,
      index: searchIndexes,
      outboxPath: join(config.dataDir, INDEX_OUTBOX_FILE),
      // Replicas share the outbox (one DATA_DIR) and the graph; the embedded graph has one process.
      shared: graph.backend === 'neo4j',
      onError: (error) => logger.error('Index sync failed; retrying with backoff', error),
    });
    indexSync.start();
    cleanups.push(() => indexSync.stop());
    let reindexing: Promise<ReindexResult> | undefined;
    const reindex = () =>
      (reindexing ??= indexSync.holdWhile(reindexNow).finally(() => {
        reindexing = undefined;
      }));
    cleanups.push(async () => {
      await reindexing?.catch(() => undefined);
    });

    const reviewQueue = createReviewQueue(graph);
    // Requests read the indexes through a circuit that refuses at once while Meilisearch hangs; the sync writes around it.
    const guardedSearch = guardSearch(meili, searchIndexes);
    const api = createApi({
      graph,
      searchIndex: guardedSearch.indexes.all,
      searchIndexes: guardedSearch.indexes,
      curation: {
        curatorTokensFile: curatorTokensPath(config.dataDir),
        // Every curator write passes here, so the review queue hears of each entity it touched.
        indexSync: notifyingReviewQueue(indexSync, reviewQueue),
        curatorEditsFile,
        review: { queue: reviewQueue, decisions: createDecisionLog(reviewDecisionsPath(config.dataDir)) },
      },
      logger,
      pingSearch: guardedSearch.ping,
      semantic: semantic.health,
      graphiql: config.graphiql,
      introspection: config.introspection,
      corsOrigins: config.corsOrigins,
      rateLimit: config.rateLimit,
      webDist: options.webDist,
      metricsToken: config.metricsToken,
      searchOutboxDepth: async () => (await indexSync.outbox.read()).ids.length,
    });
    releaseStart();
    const server = createServer(api.requestListener);
    await listen(server, config.port, config.host);
    answeringReaders();
    cleanups.push(() => closeServer(server));
    const { port } = server.address() as AddressInfo;
    const url = `http://${config.host}:${port}`;

    let stopping: Promise<void> | undefined;
    return {
      url,
      graph,
      searchIndex,
      searchIndexes,
      meili,
      reindex,
      stop: () => (stopping ??= runCleanups()),
    };
  } catch (error) {
    await runCleanups();
    throw error;
  }
}

/**
 * The embedding model for search by meaning, loaded from what `pnpm install` fetched (never fetched at start: a
 * start must not wait on Maven). Without it the service searches by words, and says why in the log and /healthz.
 */
async function startEmbedder(
  config: ServiceConfig,
  logger: Logger,
): Promise<{ embedder: Embedder | undefined; health: SemanticHealth }> {
  if (!config.semanticSearch) {
    logger.info('Search by meaning is off (SEMANTIC_SEARCH=false): searching by words only');
    return { embedder: undefined, health: { status: 'off', reason: 'SEMANTIC_SEARCH is false' } };
  }
  try {
    const startedAt = performance.now();
    const embedder = await createEmbedder({
      fetchModel: false,
      vectorCacheDir: config.vectorCacheDir,
      queryCacheSize: config.queryVectorCacheSize,
      ...(config.artifactsDir === undefined ? {} : { artifactsDir: config.artifactsDir }),
    });
    logger.info(
      `Search by meaning: ${embedder.modelId} loaded in ${Math.round(performance.now() - startedAt)} ms ` +
        `(${embedder.stats().cachedDocumentVectors} document vectors cached)`,
    );
    return { embedder, health: { status: 'up', model: embedder.modelId } };
  } catch (error) {
    if (!isEmbeddingUnavailableError(error)) throw error;
    logger.info(`Search by meaning is off: ${error.message}. Searching by words only; run pnpm fetch-artifacts.`);
    return { embedder: undefined, health: { status: 'off', reason: error.message } };
  }
}

/** One line per kind of noise and file: how often, and the first occurrence as an example. */
function summarizeNoise(noise: readonly { kind: string; file: string; description: string }[]): string[] {
  const groups = new Map<string, { count: number; example: string; file: string }>();
  for (const item of noise) {
    const key = `${item.file}\u0000${item.kind}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { count: 1, example: item.description, file: item.file });
  }
  return [...groups.values()].map(({ count, example, file }) =>
    count === 1 ? `${file}: ${example}` : `${file}: ${example} (and ${count - 1} more like it)`,
  );
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
