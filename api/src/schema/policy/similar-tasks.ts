import type { GraphNode } from '@icg/graph';
import type { RequestContext } from '../../context.ts';

/** A task resembling another, as the SIMILAR_TO relationship between them states it. */
export interface SimilarTask {
  task: GraphNode;
  score: number;
  /** Names of the themes both tasks address. */
  sharedThemes: string[];
}

/**
 * SIMILAR_TO is stored once per pair (from the Jiangsu task to the Anhui one), so a task sees it
 * from either end. When a pair is stored more than once the best score wins. Best first, then by id.
 */
export async function similarTasks(node: GraphNode, ctx: RequestContext): Promise<SimilarTask[]> {
  const rels = (await ctx.loaders.relationships.load(node.id)).filter((r) => r.type === 'SIMILAR_TO');
  const best = new Map<string, { score: number; themeIds: string[] }>();
  for (const rel of rels) {
    const other = rel.from === node.id ? rel.to : rel.from;
    if (other === node.id) continue;
    const score = typeof rel.properties['score'] === 'number' ? rel.properties['score'] : 0;
    const shared = rel.properties['sharedThemes'];
    const themeIds = Array.isArray(shared) ? shared.filter((t): t is string => typeof t === 'string') : [];
    const seen = best.get(other);
    if (!seen || score > seen.score) best.set(other, { score, themeIds });
  }
  const entries = [...best].sort(([idA, a], [idB, b]) => b.score - a.score || idA.localeCompare(idB));
  const [tasks, themes] = await Promise.all([
    ctx.loaders.node.loadMany(entries.map(([id]) => id)),
    ctx.loaders.node.loadMany([...new Set(entries.flatMap(([, e]) => e.themeIds))]),
  ]);
  const themeNames = new Map(
    themes.filter((t): t is GraphNode => t !== null && !(t instanceof Error)).map((t) => [t.id, t.name]),
  );
  return entries.flatMap(([, entry], i) => {
    const task = tasks[i];
    if (!task || task instanceof Error || task.kind !== 'PolicyTask') return [];
    return [{ task, score: entry.score, sharedThemes: entry.themeIds.map((id) => themeNames.get(id) ?? id) }];
  });
}
