import type { EntityKind, GraphNode, GraphRelationship, GraphStore } from '@icg/graph';
import type { IndexSync } from '@icg/search-indexer';
import { POLICY_DOCUMENT_KINDS } from '../curation/entity-writes.ts';
import {
  compareReviewEntries,
  compareSortKeys,
  REVIEW_REASONS,
  reviewEntryOf,
  reviewSortKey,
  type ReviewEntry,
  type ReviewFactSort,
  type ReviewReason,
  type ReviewSortKey,
} from './review-order.ts';

export interface ReviewQueueOptions {
  /**
   * A full rescan after this long, so that writes by another process (an import run against Neo4j while the service
   * is up) reach the queue even though they never pass through this process's index sync.
   * @default 600000 (ten minutes)
   */
  rescanAfterMs?: number;
}

export interface ReviewQueueFilter {
  reasons?: readonly ReviewReason[];
  fact?: ReviewFactSort;
}

export interface ReviewQueuePage {
  entries: ReviewEntry[];
  /** Entries the filter keeps, over all pages. */
  totalCount: number;
  /** Entries per reason under the filter's `fact` (not its `reasons`, so the counts stay as tabs to choose from). */
  counts: Record<ReviewReason, number>;
  hasNextPage: boolean;
}

export interface ReviewQueue {
  /** Ids of entities written (and whose outgoing relationships may have been): refreshed at the next read. */
  markChanged(ids: readonly string[]): void;
  /** Entries after the one whose sort key is `after`, in queue order. */
  page(args: { first: number; after?: ReviewSortKey; filter?: ReviewQueueFilter }): Promise<ReviewQueuePage>;
}

/** Page size of the scans; not user input. */
const SCAN_PAGE = 1000;

/** Not facts to check: narratives are curators' documents, policy-document kinds the documents' own structure. */
const isFactKind = (kind: EntityKind) => kind !== 'Narrative' && !POLICY_DOCUMENT_KINDS.has(kind);

/**
 * The review queue, kept in memory as one small entry per fact that needs a curator (id, reason, source strength,
 * date: about 150 bytes), built by one paged scan of the graph on the first read and refreshed afterwards only for
 * the entities curators' writes touched (they reach it through `markChanged`, from the index sync's notifications).
 *
 * Why not a query per request: the order rests on the quality class of each source, which comes from rules on its
 * host (docs/source-quality.md) that neither store can evaluate, so every unverified fact would have to be read to
 * order the first page. Why not stored: the order would have to be rewritten for every source-rule change. The
 * memory is bounded by the facts in the graph (at 100,000 entities and their relationships, some tens of MB), the
 * scan costs one pass of `findNodes` and `findRelationships` pages, and each read after it costs only the ids
 * changed since.
 */
export function createReviewQueue(store: GraphStore, options: ReviewQueueOptions = {}): ReviewQueue {
  const rescanAfterMs = options.rescanAfterMs ?? 600_000;
  const entries = new Map<string, ReviewEntry>();
  /** Kinds of every entity, to tell facts from policy-document structure without reading the ends again. */
  const kinds = new Map<string, EntityKind>();
  const changed = new Set<string>();
  let sorted: ReviewEntry[] | null = null;
  let scanned: { at: number; done: Promise<void> } | null = null;
  let refreshing: Promise<void> = Promise.resolve();

  function setNode(node: GraphNode): void {
    kinds.set(node.id, node.kind);
    const entry = isFactKind(node.kind) ? reviewEntryOf(node, 'entity') : null;
    if (entry) entries.set(node.id, entry);
    else entries.delete(node.id);
  }

  function setRelationship(relationship: GraphRelationship): void {
    const fromKind = kinds.get(relationship.from);
    const toKind = kinds.get(relationship.to);
    const structural =
      relationship.type === 'INCLUDES' ||
      (fromKind !== undefined &&
        toKind !== undefined &&
        POLICY_DOCUMENT_KINDS.has(fromKind) &&
        POLICY_DOCUMENT_KINDS.has(toKind));
    const entry = structural ? null : reviewEntryOf(relationship, 'relationship');
    if (entry) entries.set(relationship.id, entry);
    else entries.delete(relationship.id);
  }

  async function scan(): Promise<void> {
    entries.clear();
    kinds.clear();
    changed.clear();
    sorted = null;
    let afterId: string | undefined;
    for (;;) {
      const page = await store.findNodes({ first: SCAN_PAGE, ...(afterId ? { afterId } : {}) });
      for (const node of page) setNode(node);
      if (page.length < SCAN_PAGE) break;
      afterId = page[page.length - 1]!.id;
    }
    afterId = undefined;
    for (;;) {
      const page = await store.findRelationships({ first: SCAN_PAGE, ...(afterId ? { afterId } : {}) });
      for (const relationship of page) setRelationship(relationship);
      if (page.length < SCAN_PAGE) break;
      afterId = page[page.length - 1]!.id;
    }
  }

  /** Re-reads the entities marked changed and their outgoing relationships (a relationship's id starts with its start). */
  async function refresh(): Promise<void> {
    if (changed.size === 0) return;
    const ids = [...changed];
    changed.clear();
    const nodes = await store.getNodes(ids);
    ids.forEach((id, i) => {
      const node = nodes[i];
      if (node) setNode(node);
      else {
        entries.delete(id);
        kinds.delete(id);
      }
    });
    const relationships = await store.getRelationships({ nodeIds: ids, direction: 'out' });
    const present = new Set(relationships.map((relationship) => relationship.id));
    const starts = new Set(ids);
    for (const [id, entry] of entries) {
      if (entry.fact === 'relationship' && starts.has(id.split('|')[0]!) && !present.has(id)) entries.delete(id);
    }
    const unknownEnds = [...new Set(relationships.map((r) => r.to))].filter((id) => !kinds.has(id));
    const ends = await store.getNodes(unknownEnds);
    for (const end of ends) if (end) kinds.set(end.id, end.kind);
    for (const relationship of relationships) setRelationship(relationship);
    sorted = null;
  }

  async function current(): Promise<ReviewEntry[]> {
    if (!scanned || Date.now() - scanned.at > rescanAfterMs) {
      const done = scan();
      scanned = { at: Date.now(), done };
      // A failed scan is retried by the next read rather than remembered.
      done.catch(() => {
        if (scanned?.done === done) scanned = null;
      });
    }
    await scanned.done;
    // One refresh at a time: two reads must not apply the same ids out of order.
    refreshing = refreshing.then(refresh, refresh);
    await refreshing;
    sorted ??= [...entries.values()].sort(compareReviewEntries);
    return sorted;
  }

  return {
    markChanged(ids) {
      for (const id of ids) changed.add(id);
    },
    async page({ first, after, filter = {} }) {
      const all = await current();
      const reasons = new Set(filter.reasons ?? REVIEW_REASONS);
      const counts = Object.fromEntries(REVIEW_REASONS.map((reason) => [reason, 0])) as Record<ReviewReason, number>;
      const kept: ReviewEntry[] = [];
      for (const entry of all) {
        if (filter.fact !== undefined && entry.fact !== filter.fact) continue;
        counts[entry.reason]++;
        if (reasons.has(entry.reason)) kept.push(entry);
      }
      let start = 0;
      if (after) {
        // The first entry after the cursor's key: the queue may have changed since the previous page.
        let low = 0;
        let high = kept.length;
        while (low < high) {
          const middle = (low + high) >> 1;
          if (compareSortKeys(reviewSortKey(kept[middle]!), after) <= 0) low = middle + 1;
          else high = middle;
        }
        start = low;
      }
      return {
        entries: kept.slice(start, start + first),
        totalCount: kept.length,
        counts,
        hasNextPage: start + first < kept.length,
      };
    },
  };
}

/** The index sync, telling the queue which entities each curator write touched. */
export function notifyingReviewQueue(indexSync: IndexSync, queue: ReviewQueue): IndexSync {
  return {
    get outbox() {
      return indexSync.outbox;
    },
    async notify(ids) {
      await indexSync.notify(ids);
      queue.markChanged(ids);
    },
    drain: () => indexSync.drain(),
    start: () => indexSync.start(),
    stop: () => indexSync.stop(),
    holdWhile: (work) => indexSync.holdWhile(work),
  };
}
