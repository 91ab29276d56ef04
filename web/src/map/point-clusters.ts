import Supercluster from 'supercluster';
import type { PositionPrecision } from '../graphql/generated.ts';
import type { Projection } from './projection.ts';

export interface MapPointItem {
  id: string;
  name: string;
  kind: string;
  lat: number;
  lng: number;
  precision: PositionPrecision;
  basis: string;
}

/** What the map draws at one spot: one entity, or a cluster of those too close to tell apart. */
export interface DrawnMark {
  key: string;
  x: number;
  y: number;
  points: MapPointItem[];
}

/** Marks closer than this, in drawing units (the map is 640 wide), merge into a cluster. */
export const CLUSTER_RADIUS = 12;

/**
 * Groups the points as drawn at the map's scale with supercluster. It clusters on Web Mercator, which near
 * 32° N matches the map's equirectangular drawing to a few per cent; its zoom levels are whole numbers, so
 * the radius is scaled to the map's in-between zoom. Many entities share a county's or a city's point
 * exactly; those always merge.
 */
export function clusterMarks(points: readonly MapPointItem[], projection: Projection): DrawnMark[] {
  const extent = 512;
  const exactZoom = Math.log2((projection.unitsPerDegreeLng * 360) / extent);
  const zoom = Math.max(0, Math.floor(exactZoom));
  const index = new Supercluster<{ index: number }>({
    radius: CLUSTER_RADIUS * 2 ** (zoom - exactZoom),
    extent,
    maxZoom: zoom,
    minPoints: 2,
  });
  index.load(
    points.map((point, i) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [point.lng, point.lat] },
      properties: { index: i },
    })),
  );
  return index.getClusters([-180, -85, 180, 85], zoom).map((feature) => {
    const [lng, lat] = feature.geometry.coordinates as [number, number];
    const [x, y] = projection.project(lng, lat);
    const members =
      'cluster' in feature.properties && feature.properties.cluster
        ? index.getLeaves(feature.properties.cluster_id, Infinity).map((leaf) => points[leaf.properties.index]!)
        : [points[(feature.properties as { index: number }).index]!];
    return { key: members.map((point) => point.id).join(' '), x, y, points: members };
  });
}
