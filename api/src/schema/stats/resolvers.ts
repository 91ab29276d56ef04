import type { RequestContext } from '../../context.ts';

export const statsResolvers = {
  Query: {
    async stats(_: unknown, __: unknown, ctx: RequestContext) {
      const counts = await ctx.graph.counts();
      return {
        nodes: counts.nodes,
        relationships: counts.relationships,
        byKind: Object.entries(counts.nodesByKind)
          .map(([kind, count]) => ({ kind, count }))
          .sort((a, b) => a.kind.localeCompare(b.kind)),
        byRelationType: Object.entries(counts.relationshipsByType)
          .map(([type, count]) => ({ type, count }))
          .sort((a, b) => a.type.localeCompare(b.type)),
      };
    },
  },
};
