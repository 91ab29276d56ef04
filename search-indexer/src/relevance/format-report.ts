import type { RelevanceFigures } from './relevance-metrics.ts';
import { RELEVANCE_CUTOFF } from './relevance-metrics.ts';
import { RELEVANCE_SYSTEMS, type RelevanceReport, type RelevanceSystem } from './run-relevance.ts';

const SYSTEM_LABELS: Readonly<Record<RelevanceSystem, string>> = {
  ours: 'hybrid',
  keyword: 'words',
  semantic: 'meaning',
  baseline: 'defaults',
};
const COLUMNS = [
  'category',
  'queries',
  ...RELEVANCE_SYSTEMS.flatMap((system) => [`${SYSTEM_LABELS[system]} R@10`, `${SYSTEM_LABELS[system]} MRR`]),
];

/**
 * Every system's figures per category and overall, as a fixed-width table: hybrid is our search as the service runs
 * it, words and meaning the same index with one of the two only, defaults plain Meilisearch on the raw text.
 */
export function formatFiguresTable(report: RelevanceReport): string {
  const { ours } = report.systems;
  const row = (label: string, figuresOf: (system: RelevanceSystem) => RelevanceFigures | undefined) => [
    label,
    String(figuresOf('ours')!.queries),
    ...RELEVANCE_SYSTEMS.flatMap((system) => {
      const figures = figuresOf(system);
      return figures ? [figures.recallAt10.toFixed(3), figures.mrr.toFixed(3)] : ['-', '-'];
    }),
  ];
  const rows = [
    ...[...ours.byCategory.keys()].map((category) =>
      row(category, (system) => report.systems[system].byCategory.get(category)),
    ),
    row('all', (system) => report.systems[system].overall),
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
  const lines = report.systems.ours.outcomes.flatMap((o, i) => {
    const each = RELEVANCE_SYSTEMS.map((system) => [system, report.systems[system].outcomes[i]!] as const);
    if (each.every(([, outcome]) => outcome.recall === 1 && outcome.reciprocalRank === 1)) return [];
    return [
      `${o.query} [${o.category}]  ` +
        each
          .map(([system, outcome]) => {
            const missed = o.relevant.filter((id) => !outcome.returned.includes(id));
            return (
              `${SYSTEM_LABELS[system]} R ${outcome.recall.toFixed(2)} RR ${outcome.reciprocalRank.toFixed(2)}` +
              (missed.length > 0 ? ` missed ${missed.join(' ')}` : '')
            );
          })
          .join('  |  '),
    ];
  });
  return lines.length === 0 ? 'Every query answered perfectly by every system.' : lines.join('\n');
}
