import type { GraphNode } from '@icg/graph';
import type { RequestContext } from '../../context.ts';

/**
 * Ids of the projects that ANSWER a task or one of its targets. Two batched loads: the task's relationships
 * (its ANSWERS and its HAS_TARGET), then its targets'.
 */
export async function projectsAnsweringTask(task: GraphNode, ctx: RequestContext): Promise<Set<string>> {
  const own = await ctx.loaders.relationships.load(task.id);
  const targetIds = own.filter((r) => r.type === 'HAS_TARGET' && r.from === task.id).map((r) => r.to);
  const ofTargets = await ctx.loaders.relationships.loadMany(targetIds);
  const answered = new Set([task.id, ...targetIds]);
  const ids = new Set<string>();
  for (const rels of [own, ...ofTargets]) {
    if (rels instanceof Error) throw rels;
    for (const r of rels) if (r.type === 'ANSWERS' && answered.has(r.to)) ids.add(r.from);
  }
  return ids;
}

/** The projects (nodes) answering a task or its targets, in id order. */
export async function taskProjects(task: GraphNode, ctx: RequestContext): Promise<GraphNode[]> {
  const ids = [...(await projectsAnsweringTask(task, ctx))].sort();
  const nodes = await ctx.loaders.node.loadMany(ids);
  return nodes.filter((n): n is GraphNode => n !== null && !(n instanceof Error) && n.kind === 'Project');
}
