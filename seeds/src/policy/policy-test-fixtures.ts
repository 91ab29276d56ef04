// Test support only (not exported from the package): the 30 tasks of the two seed documents.
import { parseAnhuiActionPlan } from '../parsers/anhui-action-plan.ts';
import { parseJiangsuTaskDivision } from '../parsers/jiangsu-task-division.ts';
import { readSeedDocument } from '../seed-documents.ts';
import { anhuiTaskTexts, jiangsuTaskTexts, type PolicyTaskText } from './policy-task-text.ts';

export interface SeedTaskTexts {
  jiangsu: PolicyTaskText[];
  anhui: PolicyTaskText[];
  /** `jiangsu 6` or `anhui 19` → the task. */
  task: (label: `${'jiangsu' | 'anhui'} ${number}`) => PolicyTaskText;
}

export async function readSeedTaskTexts(): Promise<SeedTaskTexts> {
  const [jiangsuText, anhuiText] = await Promise.all([
    readSeedDocument('jiangsu-task-division-2021-2025'),
    readSeedDocument('anhui-action-plan-2021-2025'),
  ]);
  const { document: js } = jiangsuText;
  const { document: ah } = anhuiText;
  const jiangsu = jiangsuTaskTexts(
    parseJiangsuTaskDivision(jiangsuText.text, { file: js.file, takenAt: js.takenAt }),
    js.takenAt,
  );
  const anhui = anhuiTaskTexts(
    parseAnhuiActionPlan(anhuiText.text, { file: ah.file, takenAt: ah.takenAt }),
    ah.takenAt,
  );
  const task = (label: string): PolicyTaskText => {
    const [province, number] = label.split(' ');
    const found = (province === 'jiangsu' ? jiangsu : anhui).find((candidate) => candidate.number === Number(number));
    if (!found) throw new Error(`no task ${label}`);
    return found;
  };
  return { jiangsu, anhui, task };
}
