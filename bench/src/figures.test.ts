import { describe, expect, it } from 'vitest';
import { createFigures, formatTable } from './figures.ts';

describe('createFigures', () => {
  it('reports the median over the rounds with min and max, in the order the rounds ran', () => {
    const figures = createFigures();
    for (const value of [30, 10, 20]) figures.record('search.c1.graphql.p95', 'ms', value);
    for (const value of [4, 1, 3, 2]) figures.record('bulk.seconds', 's', value);
    const summary = figures.summary();
    expect(summary['search.c1.graphql.p95']).toEqual({
      unit: 'ms',
      values: [30, 10, 20],
      median: 20,
      min: 10,
      max: 30,
    });
    expect(summary['bulk.seconds']).toMatchObject({ median: 2.5, min: 1, max: 4 });
  });

  it('says whether the median meets the target, in either direction', () => {
    const figures = createFigures();
    figures.record('indexing.ratio', '×', 0.7, { op: '>=', value: 0.8 });
    figures.record('indexing.ratio', '×', 0.9, { op: '>=', value: 0.8 });
    figures.record('indexing.ratio', '×', 0.85, { op: '>=', value: 0.8 });
    figures.record('start.warm.seconds', 's', 12, { op: '<=', value: 10 });
    const summary = figures.summary();
    expect(summary['indexing.ratio']).toMatchObject({ median: 0.85, met: true });
    expect(summary['start.warm.seconds']).toMatchObject({ median: 12, met: false });
  });
});

describe('formatTable', () => {
  it('prints one row per figure with median, min, max, target and whether it is met', () => {
    const figures = createFigures();
    figures.record('bulk.relationshipsPerSecond', '/s', 24_506);
    figures.record('bulk.seconds', 's', 1.734, { op: '<=', value: 30 });
    const table = formatTable(figures.summary(), 10_000, 1);
    const lines = table.trimEnd().split('\n');
    expect(lines[0]).toContain('Scale 10,000 entities, medians over 1 rounds');
    expect(lines[1]).toMatch(/^figure\s+unit\s+median\s+min\s+max\s+target\s+met\?$/);
    expect(lines[3]).toMatch(/^bulk\.relationshipsPerSecond\s+\/s\s+24,506\s+24,506\s+24,506\s*$/);
    expect(lines[4]).toMatch(/^bulk\.seconds\s+s\s+1\.73\s+1\.73\s+1\.73\s+<= 30\s+yes$/);
  });
});
