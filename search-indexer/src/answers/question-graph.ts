import type { GraphNode, GraphRelationship, GraphStore, RelationType } from '@icg/graph';

/**
 * The graph as one question reads it: relationships and nodes fetched in batches and kept for the question's life,
 * so trying each entity a name may mean, tier after tier, costs one store call per step rather than one per try.
 */
export interface QuestionGraph {
  /** The relationships of these types touching any of `nodeIds`, each once. */
  relationships(nodeIds: readonly string[], types: readonly RelationType[]): Promise<GraphRelationship[]>;
  /** The nodes of `ids` that exist, by id. */
  nodes(ids: readonly string[]): Promise<Map<string, GraphNode>>;
}

export function questionGraph(graph: GraphStore): QuestionGraph {
  const touching = new Map<string, GraphRelationship[]>();
  const nodes = new Map<string, GraphNode | null>();
  const keyOf = (id: string, types: readonly RelationType[]) => `${id}\u0000${types.join(',')}`;
  return {
    async relationships(nodeIds, types) {
      const missing = [...new Set(nodeIds)].filter((id) => !touching.has(keyOf(id, types)));
      if (missing.length > 0) {
        for (const id of missing) touching.set(keyOf(id, types), []);
        for (const rel of await graph.getRelationships({ nodeIds: missing, direction: 'both', types })) {
          for (const end of new Set([rel.from, rel.to])) touching.get(keyOf(end, types))?.push(rel);
        }
      }
      const seen = new Set<string>();
      return nodeIds
        .flatMap((id) => touching.get(keyOf(id, types)) ?? [])
        .filter((rel) => !seen.has(rel.id) && seen.add(rel.id));
    },
    async nodes(ids) {
      const missing = [...new Set(ids)].filter((id) => !nodes.has(id));
      if (missing.length > 0) {
        const found = await graph.getNodes(missing);
        missing.forEach((id, i) => nodes.set(id, found[i] ?? null));
      }
      return new Map(ids.flatMap((id) => (nodes.get(id) ? [[id, nodes.get(id)!] as const] : [])));
    },
  };
}
