import type { GraphStore } from '@icg/graph';
import { indexGraph } from './index-graph.ts';
import type { MeiliClient } from './meili-client.ts';
import { SearchEngineError } from './search-engine-error.ts';
import { DEFAULT_ENTITY_INDEX_UID, createSearchIndex } from './search-index.ts';
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
  /** The segmenter the live index is searched with; the new documents are built with it. */
  segmenter: Segmenter;
  /**
   * Uid of the live index, the one searches use.
   * @default 'entities'
   */
  uid?: string;
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
}

export interface ReindexResult {
  /** Documents in the live index after the swap: one per node. */
  documents: number;
  nodes: number;
  /** True when a building index left by an interrupted run was found and dropped first. */
  droppedLeftover: boolean;
  durationMs: number;
}

/** Where a reindex builds before it publishes; one per live index, so a re-run finds the leftover of a crash. */
export function buildingIndexUid(uid: string): string {
  return `${uid}__building`;
}

/**
 * Rebuilds the live index from the graph without a moment of downtime: a new index is created beside it
 * (`<uid>__building`, with the current settings), filled from every node, checked to hold exactly one
 * document per node, and then exchanged with the live one in a single Meilisearch swap; the old contents,
 * now under the building uid, are deleted. Searches answer from the live index throughout.
 *
 * Safe to re-run after a crash at any point: a building index that is still there belongs to a run that
 * never finished (before the swap: a partial copy; after it: the old contents), so it is dropped before
 * anything else. Documents are keyed by entity uid, so a rebuilt index never holds duplicates, and
 * documents of nodes no longer in the graph disappear with the old index.
 *
 * Changes written while the reindex runs may miss the new index (their node was read before the change):
 * the caller holds the incremental sync meanwhile and lets it drain afterwards (`IndexSync.holdWhile`).
 * Two reindexes of the same live index must not run at once.
 */
export async function reindexGraph(store: GraphStore, options: ReindexOptions): Promise<ReindexResult> {
  const started = performance.now();
  const { client, segmenter } = options;
  const uid = options.uid ?? DEFAULT_ENTITY_INDEX_UID;
  const buildingUid = buildingIndexUid(uid);
  const taskTimeoutMs = options.taskTimeoutMs ?? 600_000;
  const wait = { timeoutMs: taskTimeoutMs };
  const { nodes: total } = await store.counts();
  const report = (phase: ReindexPhase, nodes: number) => options.onProgress?.({ phase, nodes, total });

  report('preparing', 0);
  const droppedLeftover = await dropIndex(client, buildingUid, taskTimeoutMs);
  const building = createSearchIndex({ client, segmenter, uid: buildingUid, taskTimeoutMs });
  await building.ensure();

  const indexed = await indexGraph(store, building, {
    ...(options.pageSize === undefined ? {} : { pageSize: options.pageSize }),
    onProgress: ({ nodes }) => report('indexing', nodes),
  });
  const { numberOfDocuments } = await building.stats();
  if (numberOfDocuments !== indexed.nodes) {
    // The live index stays as it was; the next run drops this building index.
    throw new SearchEngineError(
      'SEARCH_REQUEST_FAILED',
      `Reindex of ${uid} stopped before the swap: ${buildingUid} holds ${numberOfDocuments} documents ` +
        `for ${indexed.nodes} nodes read from the graph`,
      {},
    );
  }

  report('swapping', indexed.nodes);
  await ensureIndexExists(client, uid, taskTimeoutMs);
  await client.waitForTask(await client.swapIndexes([[uid, buildingUid]]), wait);

  report('cleaning', indexed.nodes);
  await dropIndex(client, buildingUid, taskTimeoutMs);

  return {
    documents: numberOfDocuments,
    nodes: indexed.nodes,
    droppedLeftover,
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
