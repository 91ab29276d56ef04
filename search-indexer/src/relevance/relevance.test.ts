import { beforeAll, describe, expect, it } from 'vitest';
import { formatFiguresTable, formatImperfectQueries } from './format-report.ts';
import { QUERY_CATEGORIES, readJudgedQueries, type JudgedQuery } from './judged-queries.ts';
import { readRecordedFigures, type RecordedFigures } from './recorded-figures.ts';
import { runRelevance, type RelevanceReport } from './run-relevance.ts';

const RERECORD = 'pnpm --filter @icg/search-indexer relevance --record';

describe('relevance of our search on the judged query set, against plain Meilisearch defaults', () => {
  let queries: JudgedQuery[];
  let report: RelevanceReport;
  let recorded: RecordedFigures;

  beforeAll(async () => {
    queries = await readJudgedQueries();
    recorded = await readRecordedFigures();
    report = await runRelevance({ queries });
    console.info(`${formatFiguresTable(report)}\n\n${formatImperfectQueries(report)}`);
  });

  it('judges at least 45 Chinese queries, covering every category', () => {
    expect(queries.length).toBeGreaterThanOrEqual(45);
    expect(new Set(queries.map((q) => q.category))).toEqual(new Set(QUERY_CATEGORIES));
  });

  it('compares with figures recorded on this same judged set', () => {
    expect(
      report.judgedSetDigest,
      `judged-queries.json changed since the figures were recorded; re-record with \`${RERECORD}\``,
    ).toBe(recorded.judgedSetDigest);
    expect(report.systems.ours.overall.queries).toBe(recorded.queries);
  });

  it('keeps our Recall@10 at or above the recorded figure', () => {
    expect(
      report.systems.ours.overall.recallAt10,
      `Recall@10 fell below ${recorded.systems.ours.recallAt10}; see the queries listed above`,
    ).toBeGreaterThanOrEqual(recorded.systems.ours.recallAt10);
  });

  it('keeps our MRR@10 at or above the recorded figure', () => {
    expect(
      report.systems.ours.overall.mrr,
      `MRR@10 fell below ${recorded.systems.ours.mrr}; see the queries listed above`,
    ).toBeGreaterThanOrEqual(recorded.systems.ours.mrr);
  });

  it('measures the baseline on the same queries, and it finds something', () => {
    const { baseline } = report.systems;
    expect(baseline.outcomes.map((o) => o.query)).toEqual(queries.map((q) => q.query));
    // An empty or unreachable baseline index would score 0 and make any comparison meaningless.
    expect(baseline.overall.recallAt10).toBeGreaterThan(0.3);
    expect(baseline.overall.mrr).toBeLessThanOrEqual(1);
  });
});
