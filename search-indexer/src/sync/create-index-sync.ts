import { stat } from 'node:fs/promises';
import type { GraphNode, GraphStore } from '@icg/graph';
import { buildEntityDocument, isPubliclySearchable } from '../entity-documents.ts';
import { INDEX_SCOPES, relationsFor, scopeHolds, type IndexScope, type ScopedIndexes } from '../index-graph.ts';
import type { SearchIndex } from '../search-index.ts';
import { createIndexOutbox, type IndexOutbox } from './index-outbox.ts';

export interface IndexSyncOptions {
  store: GraphStore;
  /**
   * The index kept in step; given the scoped indexes, each receives the documents of its kinds, and a node
   * whose kind no longer belongs to an index (or that is gone) leaves it.
   */
  index: SearchIndex | ScopedIndexes;
  /** The outbox file, e.g. `DATA_DIR/index-outbox.jsonl`. */
  outboxPath: string;
  /**
   * How often the outbox is checked when nothing was notified (changes appended by another process).
   * @default 200
   */
  intervalMs?: number;
  /**
   * Longest wait between attempts while Meilisearch (or the graph) keeps failing; waits double from `intervalMs`.
   * @default 10000
   */
  maxBackoffMs?: number;
  /** Called with each failed attempt; the entries stay in the outbox and are retried. */
  onError?: (error: unknown) => void;
  /**
   * Whether other processes (the API's replicas) share the outbox and the graph: drains then run one at a time
   * under the store's lock, and each synced document is read back once Meilisearch has it, so a version another
   * replica wrote and indexed meanwhile is never left behind by an older one indexed last. @default false
   */
  shared?: boolean;
}

export interface IndexSync {
  readonly outbox: IndexOutbox;
  /** Records changed entity ids durably (resolves after fsync), then wakes the loop. */
  notify(entityIds: readonly string[]): Promise<void>;
  /** One pass now: syncs every pending id and removes the entries; rejects (keeping them) on failure. */
  drain(): Promise<number>;
  /** Starts the loop; a drain runs at once for entries left by an earlier run. */
  start(): void;
  /** Stops the loop after the pass in flight; pending entries stay for the next start. */
  stop(): Promise<void>;
  /**
   * Runs `work` (a reindex) with the loop held: the pass in flight finishes first, changes notified meanwhile
   * wait in the outbox, and once `work` settles the loop drains them into the index as it is then. A change
   * made during a reindex thus lands in the swapped-in index instead of in the one about to be replaced. When
   * shared, the drains of every replica are held, through the store's lock.
   */
  holdWhile<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * The store lock a drain holds, and a reindex, so that no replica syncs into an index that is about to be swapped
 * out while it is rebuilt (docs/decisions/replicas.md).
 */
export const INDEX_SYNC_LOCK = 'search-index-sync';

/** Ids per graph read and per document batch. */
const BATCH = 500;

/**
 * Keeps the search indexes in step with graph writes (design note: docs/decisions/curation.md).
 * Writers change the graph, then `notify` the ids; the loop reads those nodes back from the graph and upserts
 * their documents into every index whose scope holds their kind, and deletes them from the others (and from
 * all, for nodes that are gone). Entries leave the outbox only after
 * Meilisearch reports its task succeeded, so a crash or an outage delays a change but never loses it.
 */
export function createIndexSync(options: IndexSyncOptions): IndexSync {
  const { store } = options;
  // A single index is the `all` scope: every kind goes into it.
  const scoped: [IndexScope, SearchIndex][] =
    'uid' in options.index
      ? [['all', options.index]]
      : INDEX_SCOPES.map((scope) => [scope, (options.index as ScopedIndexes)[scope]]);
  const segmenter = scoped[0]![1].segmenter;
  const intervalMs = options.intervalMs ?? 200;
  const maxBackoffMs = options.maxBackoffMs ?? 10_000;
  const outbox = createIndexOutbox(options.outboxPath);

  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;
  let again = false;
  let failures = 0;
  let holds = 0;

  /** What the documents of `ids` are now; `null` for a node that is gone. */
  async function documentsOf(ids: readonly string[]) {
    const found = await store.getNodes(ids);
    const present = found.filter((node): node is GraphNode => node !== null);
    const related = await relationsFor(store, present);
    return found.map((node) =>
      node ? { node, document: buildEntityDocument(node, { segmenter, related: related.get(node.id) }) } : null,
    );
  }

  async function syncChunk(chunk: readonly string[], current: Awaited<ReturnType<typeof documentsOf>>) {
    const present = current.filter((entry) => entry !== null);
    const gone = chunk.filter((_, i) => current[i] === null);
    for (const [scope, index] of scoped) {
      const held = present.map(({ node }) => scopeHolds(scope, node.kind) && isPubliclySearchable(node));
      await index.upsert(present.filter((_, i) => held[i]).map(({ document }) => document));
      // A node whose kind changed leaves the indexes that do not hold its new kind; deleting an absent
      // document is a no-op, so the previous kind need not be known.
      await index.delete([...gone, ...present.filter((_, i) => !held[i]).map(({ node }) => node.id)]);
    }
  }

  async function syncIds(ids: readonly string[]): Promise<void> {
    for (let start = 0; start < ids.length; start += BATCH) {
      let chunk = ids.slice(start, start + BATCH);
      let current = await documentsOf(chunk);
      // With replicas, another process may have written and indexed a newer version between this read and this
      // upsert, which Meilisearch then applies last: read again once it has ours, and send what changed.
      for (let round = 0; chunk.length > 0 && round < 5; round++) {
        await syncChunk(chunk, current);
        if (!options.shared) break;
        const again = await documentsOf(chunk);
        const changed = chunk
          .map((_, i) => i)
          .filter((i) => JSON.stringify(again[i]?.document ?? null) !== JSON.stringify(current[i]?.document ?? null));
        chunk = changed.map((i) => chunk[i]!);
        current = changed.map((i) => again[i]!);
      }
    }
  }

  async function drainOnce(): Promise<number> {
    const snapshot = await outbox.read();
    if (snapshot.bytes === 0) return 0;
    await syncIds(snapshot.ids);
    await outbox.remove(snapshot);
    return snapshot.ids.length;
  }

  // Replicas drain one at a time (and not at all while one of them reindexes); an empty outbox costs no lock.
  async function drain(): Promise<number> {
    if (!options.shared) return drainOnce();
    const size = await stat(options.outboxPath).then(
      (stats) => stats.size,
      () => 0,
    );
    return size === 0 ? 0 : store.withLock(INDEX_SYNC_LOCK, drainOnce);
  }

  function schedule(delayMs: number): void {
    if (!running) return;
    clearTimeout(timer);
    timer = setTimeout(tick, delayMs);
    timer.unref();
  }

  function tick(): void {
    if (holds > 0) return;
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = drain()
      .then(() => {
        failures = 0;
      })
      .catch((error: unknown) => {
        failures += 1;
        options.onError?.(error);
      })
      .finally(() => {
        inFlight = undefined;
        const retry = failures > 0;
        const wakeNow = again && !retry;
        again = false;
        schedule(retry ? Math.min(intervalMs * 2 ** failures, maxBackoffMs) : wakeNow ? 0 : intervalMs);
      });
  }

  return {
    outbox,
    async notify(entityIds) {
      await outbox.append([...new Set(entityIds)]);
      // While backing off, a notification does not cut the wait short: Meilisearch is still down.
      if (running && failures === 0 && holds === 0) {
        if (inFlight) again = true;
        else schedule(0);
      }
    },
    drain,
    start() {
      if (running) return;
      running = true;
      schedule(0);
    },
    async stop() {
      running = false;
      clearTimeout(timer);
      await inFlight;
    },
    async holdWhile(work) {
      holds += 1;
      try {
        await inFlight;
        return await (options.shared ? store.withLock(INDEX_SYNC_LOCK, work) : work());
      } finally {
        holds -= 1;
        if (holds === 0) schedule(0);
      }
    },
  };
}
