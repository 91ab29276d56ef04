import { describe, expect, it } from 'vitest';
import { alignTasks, characterBigrams, cosine, SIMILARITY_THRESHOLD, tfidfVectors } from './alignment.ts';
import { readSeedTaskTexts } from './policy-test-fixtures.ts';
import { buildThemeGraph } from './themes.ts';

const { jiangsu, anhui, task } = await readSeedTaskTexts();
const { themesByTask } = buildThemeGraph([...jiangsu, ...anhui]);
const alignment = alignTasks(jiangsu, anhui, themesByTask);
const short = (id: string): string =>
  id.replace(/^policy-(jiangsu|anhui)-2021-2025-t0?/, (_, province: string) => `${province} `);
const bestFor = (id: string) => alignment.pairs.find((pair) => pair.from === id);

describe('character bigrams and TF-IDF', () => {
  it('pairs neighbouring Chinese characters, not across punctuation, digits or Latin letters', () => {
    expect(characterBigrams('工业遗产，50个博物馆 ok')).toEqual(['工业', '业遗', '遗产', '个博', '博物', '物馆']);
  });

  it('gives no weight to a bigram every text has, and cosine 1 to identical texts', () => {
    const [a, b, c] = tfidfVectors(['工业博物馆', '工业遗产', '工业博物馆']);
    expect(a?.has('工业')).toBe(false);
    expect(cosine(a ?? new Map(), c ?? new Map())).toBeCloseTo(1);
    expect(cosine(a ?? new Map(), b ?? new Map())).toBe(0);
  });
});

describe('aligning Jiangsu tasks with Anhui items', () => {
  it('Jiangsu task 3 (组织工业文化宣传推广) is most like Anhui item 19 (加大传播力度)', () => {
    expect(bestFor(task('jiangsu 3').id)).toMatchObject({ to: task('anhui 19').id, sharedThemes: ['theme-publicity'] });
  });

  it('Jiangsu task 4 (建立健全工业博物馆体系) is most like Anhui item 7 (培育创建工业博物馆)', () => {
    expect(bestFor(task('jiangsu 4').id)).toMatchObject({
      to: task('anhui 7').id,
      sharedThemes: ['theme-industrial-museum'],
    });
  });

  it('the same holds over all Anhui items, themes aside: the theme filter does not hide a better match', () => {
    const vectors = tfidfVectors([...jiangsu, ...anhui].map((item) => item.text));
    const bestOverall = (index: number): string | undefined => {
      const scores = anhui.map((item, offset) =>
        cosine(vectors[index] ?? new Map(), vectors[jiangsu.length + offset] ?? new Map()),
      );
      return anhui[scores.indexOf(Math.max(...scores))]?.id;
    };
    expect(bestOverall(2)).toBe(task('anhui 19').id);
    expect(bestOverall(3)).toBe(task('anhui 7').id);
  });

  it('only compares tasks that share a theme', () => {
    for (const pair of alignment.pairs) {
      const to = new Set(themesByTask.get(pair.to));
      expect(pair.sharedThemes.length).toBeGreaterThan(0);
      expect(pair.sharedThemes.every((theme) => themesByTask.get(pair.from)?.includes(theme) && to.has(theme))).toBe(
        true,
      );
    }
  });

  it('scores the 25 theme-sharing pairs of the 2021–2025 plans as listed (the threshold is read off this list)', () => {
    const scores = [...alignment.pairs]
      .sort((a, b) => b.score - a.score)
      .map((pair) => `${pair.score.toFixed(3)} ${short(pair.from)} → ${short(pair.to)}`);
    expect(scores).toEqual([
      '0.597 jiangsu 4 → anhui 7',
      '0.540 jiangsu 3 → anhui 19',
      '0.459 jiangsu 7 → anhui 6',
      '0.442 jiangsu 9 → anhui 10',
      '0.284 jiangsu 6 → anhui 6',
      '0.265 jiangsu 10 → anhui 18',
      '0.241 jiangsu 5 → anhui 8',
      '0.228 jiangsu 9 → anhui 9',
      '0.128 jiangsu 11 → anhui 8',
      '0.122 jiangsu 9 → anhui 11',
      '0.112 jiangsu 2 → anhui 8',
      '0.092 jiangsu 11 → anhui 6',
      '0.090 jiangsu 11 → anhui 17',
      '0.089 jiangsu 11 → anhui 15',
      // ---- SIMILARITY_THRESHOLD (0.08) ----
      '0.078 jiangsu 5 → anhui 14',
      '0.066 jiangsu 1 → anhui 6',
      '0.058 jiangsu 5 → anhui 6',
      '0.056 jiangsu 8 → anhui 11',
      '0.047 jiangsu 5 → anhui 13',
      '0.040 jiangsu 8 → anhui 2',
      '0.038 jiangsu 8 → anhui 16',
      '0.038 jiangsu 11 → anhui 12',
      '0.035 jiangsu 10 → anhui 3',
      '0.031 jiangsu 5 → anhui 12',
      '0.026 jiangsu 2 → anhui 18',
    ]);
  });

  it('keeps the pairs at or above the threshold as SIMILAR_TO, Jiangsu → Anhui, with score, rank and shared themes', () => {
    expect(SIMILARITY_THRESHOLD).toBe(0.08);
    expect(alignment.relationships).toHaveLength(14);
    for (const relationship of alignment.relationships) {
      expect(relationship.type).toBe('SIMILAR_TO');
      expect(relationship.from).toMatch(/^policy-jiangsu-/);
      expect(relationship.to).toMatch(/^policy-anhui-/);
      expect(relationship.properties.score).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
    }
    expect(alignment.relationships.find((relationship) => relationship.to === task('anhui 19').id)).toEqual({
      id: 'policy-jiangsu-2021-2025-t03|SIMILAR_TO|policy-anhui-2021-2025-t19',
      type: 'SIMILAR_TO',
      from: 'policy-jiangsu-2021-2025-t03',
      to: 'policy-anhui-2021-2025-t19',
      properties: { score: 0.54, rank: 1, sharedThemes: ['theme-publicity'], method: 'tfidf-cosine-character-bigrams' },
      sources: [task('jiangsu 3').source, task('anhui 19').source],
    });
  });

  it('ranks a Jiangsu task’s matches best first', () => {
    const fromTask11 = alignment.relationships.filter((relationship) => relationship.from === task('jiangsu 11').id);
    expect(fromTask11.map((relationship) => [short(relationship.to), relationship.properties.rank])).toEqual([
      ['anhui 8', 1],
      ['anhui 6', 2],
      ['anhui 17', 3],
      ['anhui 15', 4],
    ]);
  });

  it('takes another threshold when asked', () => {
    expect(alignTasks(jiangsu, anhui, themesByTask, { threshold: 0.5 }).relationships.map((r) => short(r.to))).toEqual([
      'anhui 19',
      'anhui 7',
    ]);
  });
});
