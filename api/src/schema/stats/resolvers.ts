import { isEntityKind, type EntityKind, type ProvinceKindCount } from '@icg/graph';
import type { Resolvers } from '../generated/resolvers-types.ts';

interface ProvinceCount {
  province: string | null;
  count: number;
  byKind: { kind: EntityKind; count: number }[];
}

/** The engine's counts per province and kind, grouped by province. */
export function countByProvince(rows: readonly ProvinceKindCount[]): ProvinceCount[] {
  const groups = new Map<string | null, Map<EntityKind, number>>();
  for (const { province, kind, total } of rows) {
    const kinds = groups.get(province) ?? new Map<EntityKind, number>();
    kinds.set(kind, (kinds.get(kind) ?? 0) + total);
    groups.set(province, kinds);
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
    // Only read when asked for: one grouped count in the engine.
    byProvince: async (_, __, ctx) => countByProvince(await ctx.graph.countsByProvince()),
  },
};
