import {
  completenessReport,
  ENTITY_KINDS,
  isEntityKind,
  type EntityKind,
  type GraphNode,
  type ProvinceKindCount,
} from '@icg/graph';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { allNodes } from './all-nodes.ts';

/**
 * Narratives are curators' documents, not surveyed entities: no report or count includes them, published or not,
 * nor the INCLUDES relationships that join them to their items.
 */
const SURVEYED_KINDS = ENTITY_KINDS.filter((kind) => kind !== 'Narrative');
const isSurveyed = (kind: string): kind is EntityKind => isEntityKind(kind) && kind !== 'Narrative';
const NARRATIVE_RELATION_TYPE = 'INCLUDES';

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

interface CityCount {
  province: string | null;
  city: string;
  count: number;
  byKind: { kind: EntityKind; count: number }[];
}

/** Entities grouped by their stored city; those without one are left out. Largest city first. */
export function countByCity(nodes: readonly GraphNode[]): CityCount[] {
  const groups = new Map<string, { province: string | null; city: string; kinds: Map<EntityKind, number> }>();
  for (const node of nodes) {
    if (!node.city) continue;
    // A city name is unique across the two provinces, but the key keeps both in case it is not.
    const key = `${node.province ?? ''}|${node.city}`;
    const group = groups.get(key) ?? { province: node.province ?? null, city: node.city, kinds: new Map() };
    group.kinds.set(node.kind, (group.kinds.get(node.kind) ?? 0) + 1);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map(({ province, city, kinds }) => ({
      province,
      city,
      count: [...kinds.values()].reduce((sum, n) => sum + n, 0),
      byKind: [...kinds].map(([kind, count]) => ({ kind, count })).sort((a, b) => a.kind.localeCompare(b.kind)),
    }))
    .sort((a, b) => b.count - a.count || a.city.localeCompare(b.city, 'zh-Hans-CN'));
}

export const statsResolvers: Resolvers = {
  Query: {
    async stats(_, __, ctx) {
      const counts = await ctx.graph.counts();
      return {
        nodes: counts.nodes - (counts.nodesByKind['Narrative'] ?? 0),
        relationships: counts.relationships - (counts.relationshipsByType[NARRATIVE_RELATION_TYPE] ?? 0),
        byKind: Object.entries(counts.nodesByKind)
          .flatMap(([kind, count]) => (isSurveyed(kind) ? [{ kind, count }] : []))
          .sort((a, b) => a.kind.localeCompare(b.kind)),
        byRelationType: Object.entries(counts.relationshipsByType)
          .filter(([type]) => type !== NARRATIVE_RELATION_TYPE)
          .map(([type, count]) => ({ type, count }))
          .sort((a, b) => a.type.localeCompare(b.type)),
      };
    },
    async completeness(_, __, ctx) {
      const report = completenessReport(await allNodes(ctx, SURVEYED_KINDS));
      const { totals } = report;
      // The totals add up every kind's count, so they are numbers even where one kind's is null.
      return {
        ...report,
        totals: {
          ...totals,
          missingCoordinates: totals.missingCoordinates ?? 0,
          missingDates: totals.missingDates ?? 0,
        },
      };
    },
  },
  Stats: {
    byCity: async (_, { kinds }, ctx) =>
      countByCity(await allNodes(ctx, kinds && kinds.length > 0 ? kinds : SURVEYED_KINDS)),
    // Only read when asked for: one grouped count in the engine.
    byProvince: async (_, __, ctx) =>
      countByProvince((await ctx.graph.countsByProvince()).filter((row) => isSurveyed(row.kind))),
  },
};
