import {
  designationsOf,
  entityPosition,
  verificationStatusOf,
  type EntityKind,
  type EntityPosition,
  type GraphNode,
  type PositionPrecision,
  type ProjectStatus,
} from '@icg/graph';
import type { RequestContext } from '../../context.ts';
import { isPublicEntity } from '../graph/graph-arguments.ts';
import { allNodes } from '../stats/all-nodes.ts';

/** What the map shows when no kinds are asked for: the kinds that stand at one place. */
export const DEFAULT_MAP_KINDS: readonly EntityKind[] = [
  'HeritageSite',
  'Museum',
  'TourismSite',
  'StudyBase',
  'Enterprise',
];

export interface MapPointFilterArgs {
  kinds?: readonly EntityKind[] | null;
  province?: string | null;
  designationLists?: readonly string[] | null;
  /** The schema's enum names (VERIFIED …); statuses are stored in lower case. */
  verificationStatuses?: readonly string[] | null;
  precisions?: readonly PositionPrecision[] | null;
  /** Project statuses as stored (operating …); they filter projects only. */
  projectStatuses?: readonly ProjectStatus[] | null;
}

export interface MapPoint {
  entity: GraphNode;
  position: EntityPosition;
}

export interface MapPoints {
  /** Every matching point, in id order; the resolver pages them. */
  points: MapPoint[];
  withoutPosition: number;
  designationLists: { list: string; count: number }[];
}

const given = <T>(values: readonly T[] | null | undefined): values is readonly T[] => !!values && values.length > 0;

const listsOf = (node: GraphNode) => new Set(designationsOf(node).map((designation) => designation.list));

/**
 * The entities the filter keeps, with their positions. Reads every entity of the kinds once per request
 * (see allNodes): at the surveyed size that is a few hundred records; a graph of hundreds of thousands
 * would want positions computed when entities are written.
 */
export async function mapPoints(ctx: RequestContext, filter: MapPointFilterArgs): Promise<MapPoints> {
  const kinds = given(filter.kinds) ? filter.kinds : DEFAULT_MAP_KINDS;
  const statuses = given(filter.verificationStatuses)
    ? new Set(filter.verificationStatuses.map((status) => status.toLowerCase()))
    : undefined;
  const wantedLists = given(filter.designationLists) ? new Set(filter.designationLists) : undefined;
  const precisions = given(filter.precisions) ? new Set(filter.precisions) : undefined;
  const projectStatuses = given(filter.projectStatuses) ? new Set<unknown>(filter.projectStatuses) : undefined;

  const nodes = (await allNodes(ctx, kinds)).filter(
    (node) =>
      isPublicEntity(node) &&
      (!filter.province || node.province === filter.province) &&
      (!statuses || statuses.has(verificationStatusOf(node))) &&
      (!projectStatuses || node.kind !== 'Project' || projectStatuses.has(node.properties.status)),
  );
  const points: MapPoint[] = [];
  const listCounts = new Map<string, number>();
  let withoutPosition = 0;
  for (const node of nodes) {
    const lists = listsOf(node);
    const position = entityPosition(node);
    if (position && (!precisions || precisions.has(position.precision))) {
      // The choices of the designation filter are counted under every other filter, so a second list can be added.
      for (const list of lists) listCounts.set(list, (listCounts.get(list) ?? 0) + 1);
    }
    if (wantedLists && ![...lists].some((list) => wantedLists.has(list))) continue;
    if (!position) withoutPosition += 1;
    else if (!precisions || precisions.has(position.precision)) points.push({ entity: node, position });
  }
  points.sort((a, b) => (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0));
  const designationLists = [...listCounts]
    .map(([list, count]) => ({ list, count }))
    .sort((a, b) => b.count - a.count || a.list.localeCompare(b.list, 'zh-CN'));
  return { points, withoutPosition, designationLists };
}
