import type { EntityKind, GraphPath } from '@icg/graph';
import type { QuestionGraph } from './question-graph.ts';
import type { RelationCue } from './relation-cues.ts';

/** A walk from the question's subject, one relationship per step. */
export type Walk = GraphPath;

/** Each walk's end, one step further along relationships of the step's types, on the side the step asks for. */
async function stepFrom(graph: QuestionGraph, walks: readonly Walk[], step: RelationCue): Promise<Walk[]> {
  const ends = [...new Set(walks.map((walk) => walk.nodeIds.at(-1)!))];
  const relationships = await graph.relationships(ends, step.types);
  const next: Walk[] = [];
  for (const walk of walks) {
    const at = walk.nodeIds.at(-1)!;
    for (const relationship of relationships) {
      const out = relationship.from === at;
      const into = relationship.to === at;
      if (!out && !into) continue;
      // `from`: the answer is where the relationship starts, so the walk arrives against its direction.
      if (step.asks === 'from' && !into) continue;
      if (step.asks === 'to' && !out) continue;
      const other = out ? relationship.to : relationship.from;
      if (walk.nodeIds.includes(other)) continue;
      next.push({
        nodeIds: [...walk.nodeIds, other],
        hops: [...walk.hops, { relationship, direction: out ? 'out' : 'in' }],
      });
    }
  }
  return next;
}

/** The walks from `subjectIds` along `steps`, ending at an entity of the kinds asked, or of any kind. */
export async function followSteps(
  graph: QuestionGraph,
  subjectIds: readonly string[],
  steps: readonly RelationCue[],
  answerKinds: readonly EntityKind[] | undefined,
): Promise<{ walks: Walk[] }> {
  let walks: Walk[] = subjectIds.map((id) => ({ nodeIds: [id], hops: [] }));
  for (const step of steps) {
    walks = await stepFrom(graph, walks, step);
    if (walks.length === 0) return { walks };
  }
  const last = steps.at(-1)!;
  // What the phrase allows and what the question says the answer is must agree (在哪个墨厂 is no city).
  const kinds =
    last.kinds && answerKinds ? last.kinds.filter((kind) => answerKinds.includes(kind)) : (last.kinds ?? answerKinds);
  // The steps' types never include INCLUDES, so no walk ends at a narrative: nodes are read only to check kinds.
  if (!kinds) return { walks };
  const ends = await graph.nodes(walks.map((walk) => walk.nodeIds.at(-1)!));
  return { walks: walks.filter((walk) => kinds.includes(ends.get(walk.nodeIds.at(-1)!)?.kind as EntityKind)) };
}
