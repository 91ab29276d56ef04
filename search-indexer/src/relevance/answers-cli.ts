/**
 * `pnpm --filter @icg/search-indexer answers [--misses]`: puts the judged questions to the answering and prints
 * right, wrong and abstained per shape, relation and batch, with answering time; `--misses` lists every question
 * not answered right.
 */
import { parseArgs } from 'node:util';
import { formatAnswerMisses, formatAnswersReport } from './format-answers-report.ts';
import { runAnswers } from './run-answers.ts';

const { values } = parseArgs({ options: { misses: { type: 'boolean', default: false } } });

const report = await runAnswers({ onStep: (message) => console.error(`${message}…`) });
console.log(formatAnswersReport(report));
if (values.misses) console.log(`\n${formatAnswerMisses(report)}`);
