import { readGraphRevision, type GraphStore } from '@icg/graph';
import { buildEntityDocument, embeddingTextOf, relationsFor, type Embedder } from '@icg/search-indexer';
import {
  createScopedIndexes,
  documentBuilderFingerprint,
  INDEX_SCOPES,
  isSearchEngineError,
  PUBLIC_INDEX_UIDS,
  reindexGraph,
  type EnqueuedTask,
  type ReindexResult,
  type IndexScope,
  type MeiliClient,
  type Segmenter,
  writeIndexState,
} from '@icg/search-indexer';
import { ratioOf } from './compare-paths.ts';
import type { Figures } from './figures.ts';
import { log, progressLine, seconds } from './progress.ts';

const RAW_UIDS: Readonly<Record<IndexScope, string>> = {
  all: 'bench-raw-entities',
  stories: 'bench-raw-stories',
  profiles: 'bench-raw-profiles',
};

/**
 * Each round: the service's reindex (graph read, segmentation, conversions, pinyin, three indexes, swap), then
 * the same documents in the same batches pushed straight into three fresh indexes with the same settings, timed
 * until Meilisearch has indexed them all. The documents are captured from the first reindex on their way to
 * Meilisearch, so both measure exactly the same payload.
 */
export async function benchIndexing(
  graph: GraphStore,
  client: MeiliClient,
  segmenter: Segmenter,
  figures: Figures,
  rounds: number,
  options: {
    /** Vectors for the documents, from its cache once `embedGraph` has filled it; none: keyword-only documents. */
    embedder?: Embedder;
    /**
     * Whether to time Meilisearch alone on the captured documents. Capturing holds every document the reindex sent
     * in the bench's heap (about 8 KB each with their segmented and pinyin fields, 8 GB at 1,000,000) and the second
     * indexing takes as long again, so the largest scales leave it out.
     * @default true
     */
    meilisearchAlone?: boolean;
  } = {},
) {
  const { embedder, meilisearchAlone = true } = options;
  const embeddedByRound: number[] = [];
  let last: ReindexResult | undefined;
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
    const embeddedBefore = embedder?.stats().documents.embedded ?? 0;
    const indexed = await reindexGraph(graph, {
      client: round === 0 && meilisearchAlone ? capturing : client,
      segmenter,
      ...(embedder ? { embedder } : {}),
      onProgress: ({ phase, nodes, total }) => {
        if (phase === 'indexing') progress(nodes, total);
      },
    });
    const pipeline = indexed.documents / (indexed.durationMs / 1000);
    // Every document's vector should come from the cache the embedding phase filled: a reindex of the same content
    // embeds none. Counted, not a figure: it is a count, and 0 is the point.
    if (embedder) embeddedByRound.push(embedder.stats().documents.embedded - embeddedBefore);
    last = indexed;
    figures.record('indexing.pipeline.documentsPerSecond', '/s', pipeline);
    figures.record('indexing.pipeline.seconds', 's', indexed.durationMs / 1000);
    const embeddedNote = embedder ? `; ${embeddedByRound.at(-1)} documents embedded` : '; keyword-only (no vectors)';
    if (!meilisearchAlone) {
      log(
        `Indexing ${round + 1}: pipeline ${Math.round(pipeline)} documents/s (${seconds(indexed.durationMs)})` +
          `${embeddedNote}; Meilisearch alone not measured at this scale`,
      );
      continue;
    }

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

    figures.record('indexing.meilisearch.documentsPerSecond', '/s', meilisearch);
    figures.record('indexing.ratio', '×', ratioOf(pipeline, meilisearch), { op: '>=', value: 0.8 });
    log(
      `Indexing ${round + 1}: pipeline ${Math.round(pipeline)} documents/s (${seconds(indexed.durationMs)}), ` +
        `Meilisearch alone ${Math.round(meilisearch)} documents/s (${seconds(rawMs)})${embeddedNote}`,
    );
  }
  if (!last) throw new Error('No indexing rounds ran');
  return { embeddedByRound, last };
}

/**
 * Records the bench's last reindex in `dataDir` as the service records its own after a rebuild (the same builder,
 * seeds, graph revision, engine, embedder and index uids, the documents by scope and the segmenter's terms), so a
 * service started there reuses the indexes instead of rebuilding them: at 1,000,000 entities a rebuild is the half
 * hour the pipeline figure already measured. Nothing is vouched for that the reindex did not do: the service still
 * checks every field and the live indexes, and rebuilds if any differs.
 */
export async function recordBenchIndexState(
  dataDir: string,
  indexed: ReindexResult,
  builtFrom: { seeds: string; embedder: string },
): Promise<void> {
  await writeIndexState(dataDir, {
    builder: await documentBuilderFingerprint(),
    seeds: builtFrom.seeds,
    graphRevision: await readGraphRevision(dataDir),
    // The service's own Meilisearch under DATA_DIR, which is the one the bench indexed.
    engine: 'local',
    embedder: builtFrom.embedder,
    uids: { ...PUBLIC_INDEX_UIDS },
    documentsByScope: indexed.documentsByScope,
    terms: indexed.terms,
    builtAt: new Date().toISOString(),
  });
}

async function dropIndex(client: MeiliClient, uid: string): Promise<void> {
  try {
    await client.waitForTask(await client.deleteIndex(uid), { timeoutMs: 600_000 });
  } catch (error) {
    if (!(isSearchEngineError(error) && error.meiliCode === 'index_not_found')) throw error;
  }
}

/**
 * Every document's vector, computed once into the shared vector cache (keyed by model and text: a later run of the
 * same synthetic graph embeds nothing). Reports how many were embedded, how fast, and the time for all of them.
 */
export async function embedGraph(graph: GraphStore, segmenter: Segmenter, embedder: Embedder, figures: Figures) {
  const total = (await graph.counts()).nodes;
  const progress = progressLine('Embedding');
  const degrees = await graph.degrees();
  const before = embedder.stats().documents;
  const started = performance.now();
  let done = 0;
  let afterId: string | undefined;
  for (;;) {
    const page = await graph.findNodes(afterId === undefined ? { first: 500 } : { first: 500, afterId });
    if (page.length === 0) break;
    const related = await relationsFor(graph, page, degrees);
    const documents = page.map((node) => buildEntityDocument(node, { segmenter, related: related.get(node.id) }));
    await embedder.embedDocuments(documents.map(embeddingTextOf));
    done += page.length;
    progress(done, total);
    afterId = page[page.length - 1]!.id;
    if (page.length < 500) break;
  }
  const elapsed = (performance.now() - started) / 1000;
  const after = embedder.stats().documents;
  const embedded = after.embedded - before.embedded;
  const cached = after.cached - before.cached;
  figures.record('embedding.documents.seconds', 's', elapsed);
  if (embedded > 0) figures.record('embedding.documentsPerSecond', '/s', embedded / elapsed);
  log(`Embedding: ${embedded} documents embedded, ${cached} from the cache, in ${elapsed.toFixed(1)} s`);
  return { embedded, cached, seconds: elapsed };
}
