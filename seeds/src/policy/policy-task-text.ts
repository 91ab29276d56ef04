import type { Source } from '@icg/graph';
import type { AnhuiActionPlan } from '../parsers/anhui-action-plan.ts';
import type { JiangsuTaskDivision } from '../parsers/jiangsu-task-division.ts';

/**
 * A policy task as the cross-document steps (targets, mentions, themes, alignment) see it: its id,
 * words and where it was read, whichever parser produced it.
 */
export interface PolicyTaskText {
  id: string;
  /** The task's number in its document (序号, or the item number). */
  number: number;
  title: string;
  /** The whole text, title included. */
  text: string;
  province: string;
  documentId: string;
  /** The document title, the task's locator (序号 6, 第7条) and the date the text was taken. */
  source: Source;
}

export function jiangsuTaskTexts(parsed: JiangsuTaskDivision, takenAt: string): PolicyTaskText[] {
  const { document } = parsed;
  return parsed.tasks.map((task) => ({
    id: task.id,
    number: task.number,
    title: task.title,
    text: task.text,
    province: document.province,
    documentId: document.id,
    source: { document: document.title, locator: task.locator, takenAt },
  }));
}

export function anhuiTaskTexts(parsed: AnhuiActionPlan, takenAt: string): PolicyTaskText[] {
  const { document } = parsed;
  return parsed.tasks.map((task) => ({
    id: task.id,
    number: task.number,
    title: task.title,
    text: task.text,
    province: document.province,
    documentId: document.id,
    source: { document: document.notice.title, locator: task.locator, takenAt },
  }));
}

/** Each source once, in first-seen order: a node mentioned twice by one task needs one source. */
export function distinctSources(sources: readonly Source[]): Source[] {
  const seen = new Map<string, Source>();
  for (const source of sources) {
    const key = JSON.stringify([source.document, source.url, source.locator, source.takenAt]);
    if (!seen.has(key)) seen.set(key, source);
  }
  return [...seen.values()];
}
