import type { GraphStore } from '@icg/graph';
import { INDEX_SCOPES, PUBLIC_INDEX_UIDS, createScopedIndexes, indexGraph, type IndexScope } from './index-graph.ts';
import type { MeiliClient } from './meili-client.ts';
import { SearchEngineError } from './search-engine-error.ts';
import type { SearchEmbedder } from './search-index.ts';
import type { Segmenter } from './segmenter.ts';

/** The stages of a reindex, in order. */
export type ReindexPhase = 'preparing' | 'indexing' | 'swapping' | 'cleaning';

export interface ReindexProgress {
  phase: ReindexPhase;
  /** Nodes turned into documents so far. */
  nodes: number;
  /** Nodes in the graph when the reindex began. */
  total: number;
}

export interface ReindexOptions {
  client: MeiliClient;
  /** The segmenter the live indexes are searched with; the new documents are built with it. */
  segmenter: Segmenter;
  /**
   * Uid of the live index of every kind, the one searches use without a scope.
   * @default 'entities'
   */
  uid?: string;
  /**
   * Uids of the live scoped indexes (stories, profiles); `all` here overrides `uid`.
   * @default PUBLIC_INDEX_UIDS
   */
  uids?: Partial<Record<IndexScope, string>>;
  /**
   * Nodes per page read from the graph and per document batch.
   * @default 500
   */
  pageSize?: number;
  /**
   * How long each Meilisearch task may take.
   * @default 600000, because filling a large index is one long queue of tasks
   */
  taskTimeoutMs?: number;
  onProgress?: (progress: ReindexProgress) => void;
  /** Vectors of the documents (cached by content, so an unchanged document is never embedded twice). */
  embedder?: SearchEmbedder;
}

export interface ReindexResult {
  /** Documents in the live index of every kind after the swap: one per node. */
  documents: number;
  /** Documents in each live index after the swap, by scope. */
  documentsByScope: Record<IndexScope, number>;
  nodes: number;
  /** True when a building index left by an interrupted run was found and dropped first. */
  droppedLeftover: boolean;
  /** The names and aliases the documents were segmented with (`IndexGraphResult.terms`). */
  terms: string[];
  durationMs: number;
}

/** Where a reindex builds before it publishes; one per live index, so a re-run finds the leftover of a crash. */
export function buildingIndexUid(uid: string): string {
  return `${uid}__building`;
}

/**
 * Rebuilds the live indexes (every kind, stories, profiles) from the graph without a moment of downtime: a new
 * index is created beside each (`<uid>__building`, with the current settings), all three are filled from one
 * read of the graph, each is checked to hold exactly one document per node of its kinds, and then all three
 * are exchanged with the live ones in a single Meilisearch swap, so no search ever sees a new `entities` beside
 * an old `stories`; the old contents, now under the building uids, are deleted. Searches answer from the live
 * indexes throughout.
 *
 * Safe to re-run after a crash at any point: a building index that is still there belongs to a run that
 * never finished (before the swap: a partial copy; after it: the old contents), so it is dropped before
 * anything else. Documents are keyed by entity uid, so a rebuilt index never holds duplicates, and
 * documents of nodes no longer in the graph disappear with the old index.
 *
 * Changes written while the reindex runs may miss the new indexes (their node was read before the change):
 * the caller holds the incremental sync meanwhile and lets it drain afterwards (`IndexSync.holdWhile`).
 * Two reindexes of the same live indexes must not run at once.
 */
export async function reindexGraph(store: GraphStore, options: ReindexOptions): Promise<ReindexResult> {
  const started = performance.now();
  const { client, segmenter } = options;
  const liveUids: Record<IndexScope, string> = {
    ...PUBLIC_INDEX_UIDS,
    ...(options.uid === undefined ? {} : { all: options.uid }),
    ...options.uids,
  };
  const taskTimeoutMs = options.taskTimeoutMs ?? 600_000;
  const wait = { timeoutMs: taskTimeoutMs };
  const { nodes: total } = await store.counts();
  const report = (phase: ReindexPhase, nodes: number) => options.onProgress?.({ phase, nodes, total });

  report('preparing', 0);
  let droppedLeftover = false;
  for (const scope of INDEX_SCOPES) {
    if (await dropIndex(client, buildingIndexUid(liveUids[scope]), taskTimeoutMs)) droppedLeftover = true;
  }
  const building = createScopedIndexes({
    client,
    segmenter,
    taskTimeoutMs,
    ...(options.embedder === undefined ? {} : { embedder: options.embedder }),
    uids: {
      all: buildingIndexUid(liveUids.all),
      stories: buildingIndexUid(liveUids.stories),
      profiles: buildingIndexUid(liveUids.profiles),
    },
  });
  for (const scope of INDEX_SCOPES) await building[scope].ensure();

  const indexed = await indexGraph(store, building, {
    ...(options.pageSize === undefined ? {} : { pageSize: options.pageSize }),
    onProgress: ({ nodes }) => report('indexing', nodes),
  });
  const documentsByScope = { all: 0, stories: 0, profiles: 0 };
  for (const scope of INDEX_SCOPES) {
    const index = building[scope];
    const expected = indexed.documentsByIndex[index.uid] ?? 0;
    const { numberOfDocuments } = await index.stats();
    if (numberOfDocuments !== expected) {
      // The live indexes stay as they were; the next run drops these building indexes.
      throw new SearchEngineError(
        'SEARCH_REQUEST_FAILED',
        `Reindex of ${liveUids[scope]} stopped before the swap: ${index.uid} holds ${numberOfDocuments} documents ` +
          `for ${expected} nodes of its kinds read from the graph`,
        {},
      );
    }
    documentsByScope[scope] = numberOfDocuments;
  }

  report('swapping', indexed.nodes);
  for (const scope of INDEX_SCOPES) await ensureIndexExists(client, liveUids[scope], taskTimeoutMs);
  // One task for the three pairs: Meilisearch swaps them atomically, together.
  await client.waitForTask(
    await client.swapIndexes(INDEX_SCOPES.map((scope) => [liveUids[scope], building[scope].uid] as const)),
    wait,
  );

  report('cleaning', indexed.nodes);
  for (const scope of INDEX_SCOPES) await dropIndex(client, building[scope].uid, taskTimeoutMs);

  return {
    documents: documentsByScope.all,
    documentsByScope,
    nodes: indexed.nodes,
    droppedLeftover,
    terms: indexed.terms,
    durationMs: performance.now() - started,
  };
}

/** Deletes an index; false when there was none. */
async function dropIndex(client: MeiliClient, uid: string, timeoutMs: number): Promise<boolean> {
  try {
    await client.waitForTask(await client.deleteIndex(uid), { timeoutMs });
    return true;
  } catch (error) {
    if (error instanceof SearchEngineError && error.meiliCode === 'index_not_found') return false;
    throw error;
  }
}

/** A swap needs both indexes; on the very first run the live one is created empty, to be swapped at once. */
async function ensureIndexExists(client: MeiliClient, uid: string, timeoutMs: number): Promise<void> {
  try {
    await client.getIndex(uid);
  } catch (error) {
    if (!(error instanceof SearchEngineError && error.meiliCode === 'index_not_found')) throw error;
    try {
      await client.waitForTask(await client.createIndex(uid, { primaryKey: 'uid' }), { timeoutMs });
    } catch (createError) {
      if (!(createError instanceof SearchEngineError && createError.meiliCode === 'index_already_exists')) {
        throw createError;
      }
    }
  }
}
