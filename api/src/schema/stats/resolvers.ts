import { isEntityKind, type EntityKind, type GraphNode } from '@icg/graph';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { allNodes } from './all-nodes.ts';

interface ProvinceCount {
  province: string | null;
  count: number;
  byKind: { kind: EntityKind; count: number }[];
}

/** Counted in the API from a paged read of all nodes: the store's counts() knows kinds only. */
export function countByProvince(nodes: readonly GraphNode[]): ProvinceCount[] {
  const groups = new Map<string | null, Map<EntityKind, number>>();
  for (const node of nodes) {
    const kinds = groups.get(node.province) ?? new Map<EntityKind, number>();
    kinds.set(node.kind, (kinds.get(node.kind) ?? 0) + 1);
    groups.set(node.province, kinds);
  }
  return [...groups]
    .map(([province, kinds]) => ({
      province,
      count: [...kinds.values()].reduce((sum, n) => sum + n, 0),
      byKind: [...kinds].map(([kind, count]) => ({ kind, count })).sort((a, b) => a.kind.localeCompare(b.kind)),
    }))
    .sort(
      (a, b) =>
        Number(a.province === null) - Number(b.province === null) ||
        b.count - a.count ||
        (a.province ?? '').localeCompare(b.province ?? ''),
    );
}

export const statsResolvers: Resolvers = {
  Query: {
    async stats(_, __, ctx) {
      const counts = await ctx.graph.counts();
      return {
        nodes: counts.nodes,
        relationships: counts.relationships,
        byKind: Object.entries(counts.nodesByKind)
          .flatMap(([kind, count]) => (isEntityKind(kind) ? [{ kind, count }] : []))
          .sort((a, b) => a.kind.localeCompare(b.kind)),
        byRelationType: Object.entries(counts.relationshipsByType)
          .map(([type, count]) => ({ type, count }))
          .sort((a, b) => a.type.localeCompare(b.type)),
      };
    },
  },
  Stats: {
    // Only read when asked for: it walks every node.
    byProvince: async (_, __, ctx) => countByProvince(await allNodes(ctx)),
  },
};
