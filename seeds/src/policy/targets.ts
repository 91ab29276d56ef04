import { type GraphNode, type GraphRelationship, relationshipId } from '@icg/graph';
import type { PolicyTaskText } from './policy-task-text.ts';

/** Measure words that follow a counted target: 20个基地, 50家博物馆, 50名先进个人. */
export const TARGET_UNITS = ['个', '家', '名'] as const;
export type TargetUnit = (typeof TARGET_UNITS)[number];

/** A quantitative target a task sets: one Target node. */
export interface PolicyTarget {
  /** `<task id>-target-<n>`, n counting the task's targets from 1. */
  id: string;
  taskId: string;
  count: number;
  unit: TargetUnit;
  /** What is counted, as written: 工业文化研学基地（创意园区）, 具有影响力的工业（企业）博物馆. */
  what: string;
  /** 每次 when the count repeats (each round of an award), otherwise null: a total for the plan period. */
  per: string | null;
  /** Count, unit and what as the text writes them: 50家具有影响力的工业（企业）博物馆. */
  asWritten: string;
  /** The sentence holding the target, for context. */
  sentence: string;
}

/**
 * Arabic digits, a measure word, then what is counted up to the next ， 。 ； 、 or a `和` that
 * starts another count (50个优秀企业和50名先进个人). 一批 (a batch) has no digits, so Anhui's items,
 * which all say 一批, set no targets; years (2025年) and document numbers (54号) have other units.
 */
const TARGET = new RegExp(
  `(?<count>\\d+)(?<unit>[${TARGET_UNITS.join('')}])(?<what>[^，。；、\\d]+?)(?=[，。；、]|和\\d|$)`,
  'g',
);
/** A repetition word earlier in the same clause: 每次表彰50个…. */
const PER = /每(?:次|年|届|批)/;

/** The targets a task's text sets, in text order. */
export function extractTargets(task: PolicyTaskText): PolicyTarget[] {
  const targets: PolicyTarget[] = [];
  for (const match of task.text.matchAll(TARGET)) {
    const { count, unit, what } = match.groups ?? {};
    if (!count || !unit || !what) continue;
    const at = match.index;
    const sentenceStart = task.text.lastIndexOf('。', at) + 1;
    const sentenceEnd = task.text.indexOf('。', at);
    const clauseStart = Math.max(
      sentenceStart,
      task.text.lastIndexOf('，', at) + 1,
      task.text.lastIndexOf('；', at) + 1,
    );
    targets.push({
      id: `${task.id}-target-${targets.length + 1}`,
      taskId: task.id,
      count: Number(count),
      unit: unit as TargetUnit,
      what,
      per: PER.exec(task.text.slice(clauseStart, at))?.[0] ?? null,
      asWritten: match[0],
      sentence: task.text.slice(sentenceStart, sentenceEnd === -1 ? undefined : sentenceEnd + 1),
    });
  }
  return targets;
}

export interface TargetGraph {
  targets: PolicyTarget[];
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

/** Target nodes and HAS_TARGET (task → target) for every target the tasks set. */
export function buildTargetGraph(tasks: readonly PolicyTaskText[]): TargetGraph {
  const targets: PolicyTarget[] = [];
  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];
  for (const task of tasks) {
    for (const [index, target] of extractTargets(task).entries()) {
      targets.push(target);
      nodes.push({
        id: target.id,
        kind: 'Target',
        name: target.asWritten,
        aliases: [],
        province: task.province,
        city: null,
        description: target.sentence,
        properties: { count: target.count, unit: target.unit, what: target.what, per: target.per },
        sources: [task.source],
      });
      relationships.push({
        id: relationshipId('HAS_TARGET', task.id, target.id),
        type: 'HAS_TARGET',
        from: task.id,
        to: target.id,
        properties: { order: index + 1 },
        sources: [task.source],
      });
    }
  }
  return { targets, nodes, relationships };
}
