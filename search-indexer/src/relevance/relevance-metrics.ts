import type { JudgedQuery, QueryCategory } from './judged-queries.ts';

/** The cut-off of both figures: the first page a portal shows. */
export const RELEVANCE_CUTOFF = 10;

export interface QueryOutcome {
  query: string;
  category: QueryCategory;
  relevant: string[];
  /** Entity ids returned, best first, at most RELEVANCE_CUTOFF. */
  returned: string[];
  /** Share of the relevant entities among the returned ones. */
  recall: number;
  /** 1 / rank of the first relevant entity returned, 0 when none is. */
  reciprocalRank: number;
}

export interface RelevanceFigures {
  queries: number;
  /** Mean over queries of Recall@10. */
  recallAt10: number;
  /** Mean over queries of the reciprocal rank of the first relevant hit within the first 10 (MRR@10). */
  mrr: number;
}

export function scoreQuery(judged: JudgedQuery, returnedIds: readonly string[]): QueryOutcome {
  const returned = returnedIds.slice(0, RELEVANCE_CUTOFF);
  const relevant = new Set(judged.relevant);
  const found = new Set(returned.filter((id) => relevant.has(id)));
  const firstRelevant = returned.findIndex((id) => relevant.has(id));
  return {
    query: judged.query,
    category: judged.category,
    relevant: judged.relevant,
    returned,
    recall: relevant.size === 0 ? 0 : found.size / relevant.size,
    reciprocalRank: firstRelevant === -1 ? 0 : 1 / (firstRelevant + 1),
  };
}

export function summarize(outcomes: readonly QueryOutcome[]): RelevanceFigures {
  const n = outcomes.length;
  const mean = (values: number[]) => (n === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / n);
  return {
    queries: n,
    recallAt10: mean(outcomes.map((o) => o.recall)),
    mrr: mean(outcomes.map((o) => o.reciprocalRank)),
  };
}

/** Figures per category, in the order categories first appear in the judged set. */
export function summarizeByCategory(outcomes: readonly QueryOutcome[]): Map<QueryCategory, RelevanceFigures> {
  const groups = new Map<QueryCategory, QueryOutcome[]>();
  for (const outcome of outcomes) {
    const group = groups.get(outcome.category);
    if (group) group.push(outcome);
    else groups.set(outcome.category, [outcome]);
  }
  return new Map([...groups].map(([category, group]) => [category, summarize(group)]));
}

/**
 * Rounds down to two decimals, so a recorded figure is never above what was measured. The epsilon keeps a
 * value such as 0.29 (stored as 0.28999…) from losing a hundredth.
 */
export function floorTo2(value: number): number {
  return Math.floor(value * 100 + 1e-9) / 100;
}
