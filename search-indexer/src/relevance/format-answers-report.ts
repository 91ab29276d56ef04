import type { AnswersReport } from './run-answers.ts';
import { summarizeAnswers, summarizeAnswersBy, type AnswerFigures } from './score-answers.ts';

const COLUMNS = ['', 'questions', 'answerable', 'right', 'wrong', 'abstained', 'right of answerable'];

function table(title: string, rows: readonly (readonly [string, AnswerFigures])[]): string {
  const cells = rows.map(([label, f]) => [
    label,
    String(f.questions),
    String(f.answerable),
    String(f.right),
    String(f.wrong),
    String(f.abstained),
    f.answerable === 0 ? '-' : `${(f.rightShare * 100).toFixed(1)} %`,
  ]);
  const header = [title, ...COLUMNS.slice(1)];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i]!.length)));
  const line = (row: readonly string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** Right, wrong and abstained per question shape, per relation and per batch, then overall, with answering time. */
export function formatAnswersReport(report: AnswersReport): string {
  const { outcomes } = report;
  const overall = summarizeAnswers(outcomes);
  const percentile = (values: readonly number[], share: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
  };
  const answering = outcomes.map((o) => o.milliseconds);
  const { search, searchAndAnswer } = report.timings;
  const added = percentile(searchAndAnswer, 0.95) - percentile(search, 0.95);
  const batches = summarizeAnswersBy(outcomes, (q) => `batch ${q.batch}`);
  return [
    `Answers: ${overall.questions} judged questions over ${report.graphNodes} seeded nodes; ` +
      `${overall.right} right, ${overall.wrong} wrong (${overall.wrongOnUnanswerable} of them to questions the graph ` +
      `cannot answer), ${overall.abstained} abstained; ${(overall.rightShare * 100).toFixed(1)} % of the ` +
      `${overall.answerable} answerable answered right`,
    `Answering alone: median ${percentile(answering, 0.5).toFixed(1)} ms, p95 ${percentile(answering, 0.95).toFixed(1)} ms; ` +
      `a search: p95 ${percentile(search, 0.95).toFixed(1)} ms alone, ${percentile(searchAndAnswer, 0.95).toFixed(1)} ms ` +
      `while answered beside it (adds ${added.toFixed(1)} ms)`,
    '',
    table('shape', [...summarizeAnswersBy(outcomes, (q) => q.shape)]),
    '',
    table('relation', [...summarizeAnswersBy(outcomes, (q) => q.relation)]),
    '',
    table('batch', [...batches, ['all', overall]]),
  ].join('\n');
}

/** Every question not answered right, with what was given. */
export function formatAnswerMisses(report: AnswersReport): string {
  const misses = report.outcomes.filter((o) =>
    o.judged.answers.length > 0 ? o.verdict !== 'right' : o.verdict === 'wrong',
  );
  if (misses.length === 0) return 'Every answerable question answered right, no answer to the others.';
  return misses
    .map(
      (o) =>
        `${o.verdict.padEnd(9)} ${o.judged.question}  given [${(o.given ?? []).join(', ')}]  judged [${o.judged.answers.join(', ')}]`,
    )
    .join('\n');
}
