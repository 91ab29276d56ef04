import {
  bestSourceQuality,
  SOURCE_QUALITY_RANK,
  verificationOf,
  type GraphNode,
  type GraphRelationship,
  type SourceQualityClass,
} from '@icg/graph';

/**
 * Why a fact needs a curator, weakest first: a fact resting only on reposts (or on nothing known) is the likeliest
 * to be wrong; a disputed one is known to conflict; an imported record has not been looked at by anyone; every
 * other unverified fact comes last. A verified fact is not in the queue.
 */
export const REVIEW_REASONS = ['repost-only', 'disputed', 'imported', 'unverified'] as const;

export type ReviewReason = (typeof REVIEW_REASONS)[number];

export type ReviewFactSort = 'entity' | 'relationship';

/** What the queue keeps of a fact: enough to order it and say why it is there, nothing of its text. */
export interface ReviewEntry {
  id: string;
  fact: ReviewFactSort;
  reason: ReviewReason;
  /** The best class among the fact's sources; null when it has none. */
  bestSource: SourceQualityClass | null;
  sourceCount: number;
  /** Since when it has waited: when it was imported or disputed; null for facts from the seeds (the oldest). */
  since: string | null;
}

/** `properties.importedAt`, written by the survey importer (`pnpm graph import`), when it is a date-time. */
function importedAtOf(record: GraphNode | GraphRelationship): string | null {
  const value = record.properties['importedAt'];
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null;
}

/**
 * The queue entry of an entity or relationship, or null when it needs no curator (it is verified). The reasons are
 * tried in queue order, so an imported record resting only on reposts is `repost-only`: its weakness wins.
 */
export function reviewEntryOf(record: GraphNode | GraphRelationship, fact: ReviewFactSort): ReviewEntry | null {
  const verification = verificationOf(record);
  if (verification?.status === 'verified') return null;
  const bestSource = record.sources.length === 0 ? null : bestSourceQuality(record.sources);
  const importedAt = importedAtOf(record);
  const base = { id: record.id, fact, bestSource, sourceCount: record.sources.length };
  if (verification?.status === 'disputed') {
    // A dispute is a curator's finding, so it outranks what the sources alone say.
    return { ...base, reason: 'disputed', since: verification.at };
  }
  if (bestSource === null || SOURCE_QUALITY_RANK[bestSource] <= SOURCE_QUALITY_RANK.repost) {
    return { ...base, reason: 'repost-only', since: importedAt };
  }
  if (importedAt !== null) return { ...base, reason: 'imported', since: importedAt };
  return { ...base, reason: 'unverified', since: null };
}

/** Weakest first: no source at all, then an unknown one, then reposts, up to official. */
const sourceStrength = (entry: ReviewEntry) => (entry.bestSource === null ? -1 : SOURCE_QUALITY_RANK[entry.bestSource]);

/**
 * The key an entry sorts by, compared element by element: the reason's place, the strength of its best source,
 * how many sources it has (fewer is weaker), how long it has waited (seeded facts, without a date, first), whether
 * it is an entity (before relationships: a wrong entity spoils every relationship it has), and its id (stable).
 */
export type ReviewSortKey = readonly [number, number, number, string, number, string];

export function reviewSortKey(entry: ReviewEntry): ReviewSortKey {
  return [
    REVIEW_REASONS.indexOf(entry.reason),
    sourceStrength(entry),
    entry.sourceCount,
    entry.since ?? '',
    entry.fact === 'entity' ? 0 : 1,
    entry.id,
  ];
}

export function compareSortKeys(a: ReviewSortKey, b: ReviewSortKey): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

export function compareReviewEntries(a: ReviewEntry, b: ReviewEntry): number {
  return compareSortKeys(reviewSortKey(a), reviewSortKey(b));
}

/** Why the entry is in the queue, in words a curator reads beside it. */
export function reviewExplanation(entry: ReviewEntry): string {
  const sources =
    entry.bestSource === null
      ? 'no source'
      : `${entry.sourceCount} source${entry.sourceCount === 1 ? '' : 's'}, the best ${entry.bestSource}`;
  switch (entry.reason) {
    case 'repost-only':
      return `Unverified, resting only on reposts or unknown sources (${sources}).`;
    case 'disputed':
      return `Disputed by a curator (${sources}).`;
    case 'imported':
      return `Imported ${entry.since?.slice(0, 10) ?? ''} and not yet checked (${sources}).`;
    case 'unverified':
      return `Not yet checked (${sources}).`;
  }
}
