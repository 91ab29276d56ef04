import { describe, expect, it } from 'vitest';
import { fuseRankings, SIMILARITY_FLOOR } from './semantic-search.ts';

const near = (entityId: string, above: number) => ({
  entityId,
  similarity: SIMILARITY_FLOOR + above * (1 - SIMILARITY_FLOOR),
});

describe('merging hits by words and by meaning into one ranking', () => {
  it('says for each hit whether it had the words, was near in meaning, or both', () => {
    const fused = fuseRankings(
      [
        { entityId: 'a', score: 1 },
        { entityId: 'b', score: 0.8 },
      ],
      [near('b', 0.9), near('c', 0.5)],
      0.4,
      new Map(),
    );
    expect(fused).toEqual([
      { entityId: 'b', matchedBy: 'both', similarity: near('b', 0.9).similarity },
      { entityId: 'a', matchedBy: 'words', similarity: null },
      { entityId: 'c', matchedBy: 'meaning', similarity: near('c', 0.5).similarity },
    ]);
  });

  it('weighs meaning by the ratio: 0 keeps the words’ order, 1 the meaning’s', () => {
    const words = [
      { entityId: 'a', score: 1 },
      { entityId: 'b', score: 0.9 },
    ];
    const meaning = [near('b', 1), near('a', 0.1)];
    expect(fuseRankings(words, meaning, 0, new Map()).map((hit) => hit.entityId)).toEqual(['a', 'b']);
    expect(fuseRankings(words, meaning, 1, new Map()).map((hit) => hit.entityId)).toEqual(['b', 'a']);
  });

  it('puts an entity named exactly as the query first, whatever meaning says', () => {
    const fused = fuseRankings(
      [
        { entityId: 'variant', score: 0.95 },
        { entityId: 'exact', score: 0.95 },
      ],
      [near('variant', 1)],
      0.4,
      new Map(),
      new Set(['exact']),
    );
    expect(fused[0]!.entityId).toBe('exact');
  });

  it('keeps the words’ order between hits equally near in meaning (a national site before a provincial one)', () => {
    const fused = fuseRankings(
      [
        { entityId: 'national', score: 0.9 },
        { entityId: 'provincial', score: 0.9 },
      ],
      [near('provincial', 0.52), near('national', 0.5)],
      0.4,
      new Map(),
    );
    expect(fused.map((hit) => hit.entityId)).toEqual(['national', 'provincial']);
  });

  it('scores a meaning hit that has the words beyond those fetched by its own words score', () => {
    const fused = fuseRankings([{ entityId: 'a', score: 0.5 }], [near('far', 0.5)], 0.4, new Map([['far', 0.6]]));
    expect(fused).toEqual([
      { entityId: 'far', matchedBy: 'both', similarity: near('far', 0.5).similarity },
      { entityId: 'a', matchedBy: 'words', similarity: null },
    ]);
  });
});
