import { describe, expect, it } from 'vitest';
import type { JudgedQuery } from './judged-queries.ts';
import { floorTo2, scoreQuery, summarize, summarizeByCategory } from './relevance-metrics.ts';

const judged = (relevant: string[], category: JudgedQuery['category'] = 'name'): JudgedQuery => ({
  query: 'q',
  category,
  relevant,
});

describe('relevance metrics', () => {
  it('counts the share of relevant entities among the first 10 hits as recall', () => {
    const outcome = scoreQuery(judged(['a', 'b', 'c', 'd']), ['x', 'a', 'y', 'c']);
    expect(outcome.recall).toBe(0.5);
  });

  it('ignores relevant entities returned after the 10th hit', () => {
    const hits = [...Array.from({ length: 10 }, (_, i) => `x${i}`), 'a'];
    expect(scoreQuery(judged(['a']), hits)).toMatchObject({
      recall: 0,
      reciprocalRank: 0,
      returned: hits.slice(0, 10),
    });
  });

  it('takes the reciprocal rank of the first relevant hit only', () => {
    expect(scoreQuery(judged(['a', 'b']), ['x', 'y', 'b', 'a']).reciprocalRank).toBeCloseTo(1 / 3);
    expect(scoreQuery(judged(['a']), ['a']).reciprocalRank).toBe(1);
    expect(scoreQuery(judged(['a']), []).reciprocalRank).toBe(0);
  });

  it('averages over queries, overall and per category in order of first appearance', () => {
    const outcomes = [
      scoreQuery(judged(['a'], 'pinyin'), ['a']),
      scoreQuery(judged(['a', 'b'], 'typo'), ['x', 'a']),
      scoreQuery(judged(['a'], 'pinyin'), []),
    ];
    expect(summarize(outcomes)).toEqual({ queries: 3, recallAt10: 0.5, mrr: 0.5 });
    const byCategory = summarizeByCategory(outcomes);
    expect([...byCategory.keys()]).toEqual(['pinyin', 'typo']);
    expect(byCategory.get('pinyin')).toEqual({ queries: 2, recallAt10: 0.5, mrr: 0.5 });
    expect(byCategory.get('typo')).toEqual({ queries: 1, recallAt10: 0.5, mrr: 0.5 });
  });

  it('rounds recorded figures down, never up, and keeps exact hundredths', () => {
    expect(floorTo2(0.9549)).toBe(0.95);
    expect(floorTo2(0.999)).toBe(0.99);
    expect(floorTo2(0.29)).toBe(0.29);
    expect(floorTo2(1)).toBe(1);
  });
});
