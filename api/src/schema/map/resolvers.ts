import { entityPosition, type EntityPosition, type GraphNode } from '@icg/graph';
import { requireCurator } from '../../auth/require-curator.ts';
import { badUserInput } from '../../errors.ts';
import { decodeOffsetCursor, encodeOffsetCursor, pageSize } from '../../page-size.ts';
import { placeEntity } from '../curation/place-entity.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { projectStatusCode } from '../project/project-codes.ts';
import { mapPoints } from './map-points.ts';

/** The GraphQL shape of a position. */
function positionOutput(position: EntityPosition) {
  return {
    lat: position.lat,
    lng: position.lng,
    precision: position.precision,
    basis: position.basis,
    countyCode: position.county?.code ?? null,
    countyName: position.county?.name ?? null,
    field: position.field,
  };
}

const withPosition = {
  position: (node: GraphNode) => {
    const position = entityPosition(node);
    return position ? positionOutput(position) : null;
  },
};

const PROVINCES: ReadonlySet<string> = new Set(['江苏', '安徽']);

export const mapResolvers: Resolvers = {
  Query: {
    mapPoints: async (_, { filter, first, after }, ctx) => {
      const size = pageSize(first);
      const offset = decodeOffsetCursor(after);
      if (filter?.province && !PROVINCES.has(filter.province)) {
        throw badUserInput('filter.province', `filter.province must be 江苏 or 安徽; got ${filter.province}`);
      }
      const all = await mapPoints(ctx, {
        ...filter,
        projectStatuses: filter?.projectStatuses?.map((name) => projectStatusCode(name)),
      });
      const page = all.points.slice(offset, offset + size);
      const counts = new Map<string, number>();
      for (const point of all.points) {
        counts.set(point.position.precision, (counts.get(point.position.precision) ?? 0) + 1);
      }
      return {
        points: page.map((point) => ({ entity: point.entity, position: positionOutput(point.position) })),
        pageInfo: {
          hasNextPage: offset + page.length < all.points.length,
          endCursor: page.length > 0 ? encodeOffsetCursor(offset + page.length - 1) : null,
        },
        totalCount: all.points.length,
        countsByPrecision: (['EXACT', 'COUNTY', 'CITY'] as const).map((precision) => ({
          precision,
          count: counts.get(precision) ?? 0,
        })),
        withoutPosition: all.withoutPosition,
        designationLists: all.designationLists,
      };
    },
  },

  Mutation: {
    placeEntity: async (_, { input }, ctx) => {
      const session = await requireCurator(ctx);
      const result = await placeEntity(ctx.graph, session, input);
      ctx.loaders.node.clear(result.entity.id).prime(result.entity.id, result.entity);
      return {
        entity: result.entity,
        position: positionOutput(result.position),
        previous: result.previous ? positionOutput(result.previous) : null,
        proposal: result.proposal ? { proposal: result.proposal, state: 'pending' as const, decision: null } : null,
      };
    },
  },

  PolicyDocument: withPosition,
  PolicySection: withPosition,
  PolicyTask: withPosition,
  Department: withPosition,
  BasicEntity: withPosition,
  Target: withPosition,
  Theme: withPosition,
  Award: withPosition,
};
