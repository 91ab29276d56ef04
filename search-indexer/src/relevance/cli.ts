/**
 * `pnpm --filter @icg/search-indexer relevance [--record] [--queries]`: measures our search and the defaults
 * baseline on the judged set and prints both. `--record` writes the figures to recorded-figures.json, the
 * floor the relevance test holds our search to; `--queries` also lists every query not answered perfectly.
 */
import { parseArgs } from 'node:util';
import { formatFiguresTable, formatImperfectQueries } from './format-report.ts';
import { RECORDED_FIGURES_FILE, toRecordedFigures, writeRecordedFigures } from './recorded-figures.ts';
import { runRelevance } from './run-relevance.ts';

const { values } = parseArgs({
  options: {
    record: { type: 'boolean', default: false },
    queries: { type: 'boolean', default: false },
  },
});

const report = await runRelevance({ onStep: (message) => console.error(`${message}…`) });
console.log(formatFiguresTable(report));
if (values.queries) console.log(`\n${formatImperfectQueries(report)}`);
if (values.record) {
  await writeRecordedFigures(toRecordedFigures(report));
  console.log(`\nRecorded in ${RECORDED_FIGURES_FILE}`);
}
