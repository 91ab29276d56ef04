import type { RelevanceFigures } from './relevance-metrics.ts';
import { RELEVANCE_CUTOFF } from './relevance-metrics.ts';
import type { RelevanceReport } from './run-relevance.ts';

const COLUMNS = ['category', 'queries', 'ours R@10', 'ours MRR', 'baseline R@10', 'baseline MRR'] as const;

/** Both systems' figures per category and overall, as a fixed-width table. */
export function formatFiguresTable(report: RelevanceReport): string {
  const { ours, baseline } = report.systems;
  const row = (label: string, a: RelevanceFigures, b: RelevanceFigures | undefined) => [
    label,
    String(a.queries),
    a.recallAt10.toFixed(3),
    a.mrr.toFixed(3),
    b ? b.recallAt10.toFixed(3) : '-',
    b ? b.mrr.toFixed(3) : '-',
  ];
  const rows = [
    ...[...ours.byCategory].map(([category, figures]) => row(category, figures, baseline.byCategory.get(category))),
    row('all', ours.overall, baseline.overall),
  ];
  const widths = COLUMNS.map((title, i) => Math.max(title.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [
    `Relevance: ${ours.overall.queries} judged queries over ${report.graphNodes} seeded nodes, ` +
      `first ${RELEVANCE_CUTOFF} hits (judged set ${report.judgedSetDigest})`,
    line(COLUMNS),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.slice(0, -1).map(line),
    line(widths.map((w) => '-'.repeat(w))),
    line(rows.at(-1)!),
  ].join('\n');
}

/**
 * One line per query that either system did not answer perfectly, with the relevant entities each one missed:
 * the list to read before changing ranking or query processing.
 */
export function formatImperfectQueries(report: RelevanceReport): string {
  const { ours, baseline } = report.systems;
  const lines = ours.outcomes.flatMap((o, i) => {
    const b = baseline.outcomes[i]!;
    if (o.recall === 1 && o.reciprocalRank === 1 && b.recall === 1 && b.reciprocalRank === 1) return [];
    const missed = (returned: readonly string[]) => o.relevant.filter((id) => !returned.includes(id));
    const figures = (recall: number, rr: number) => `R ${recall.toFixed(2)} RR ${rr.toFixed(2)}`;
    const oursMissed = missed(o.returned);
    const baselineMissed = missed(b.returned);
    return [
      `${o.query} [${o.category}]  ours ${figures(o.recall, o.reciprocalRank)}` +
        (oursMissed.length > 0 ? ` missed ${oursMissed.join(' ')}` : '') +
        `  |  baseline ${figures(b.recall, b.reciprocalRank)}` +
        (baselineMissed.length > 0 ? ` missed ${baselineMissed.join(' ')}` : ''),
    ];
  });
  return lines.length === 0 ? 'Every query answered perfectly by both systems.' : lines.join('\n');
}
