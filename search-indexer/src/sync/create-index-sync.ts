import type { GraphNode, GraphStore } from '@icg/graph';
import { buildEntityDocument } from '../entity-documents.ts';
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
   * made during a reindex thus lands in the swapped-in index instead of in the one about to be replaced.
   */
  holdWhile<T>(work: () => Promise<T>): Promise<T>;
}

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

  async function syncIds(ids: readonly string[]): Promise<void> {
    for (let start = 0; start < ids.length; start += BATCH) {
      const chunk = ids.slice(start, start + BATCH);
      const found = await store.getNodes(chunk);
      const present = found.filter((node): node is GraphNode => node !== null);
      const gone = chunk.filter((_, i) => found[i] === null);
      const related = await relationsFor(store, present);
      const documents = present.map((node) => buildEntityDocument(node, { segmenter, related: related.get(node.id) }));
      for (const [scope, index] of scoped) {
        const held = present.map((node) => scopeHolds(scope, node.kind));
        await index.upsert(documents.filter((_, i) => held[i]));
        // A node whose kind changed leaves the indexes that do not hold its new kind; deleting an absent
        // document is a no-op, so the previous kind need not be known.
        await index.delete([...gone, ...present.filter((_, i) => !held[i]).map((node) => node.id)]);
      }
    }
  }

  async function drain(): Promise<number> {
    const { ids, bytes } = await outbox.read();
    if (bytes === 0) return 0;
    await syncIds(ids);
    await outbox.remove(bytes);
    return ids.length;
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
        return await work();
      } finally {
        holds -= 1;
        if (holds === 0) schedule(0);
      }
    },
  };
}
