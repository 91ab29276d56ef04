/**
 * Geometry of the city map. The two provinces span about 6° of latitude, so an equirectangular
 * projection with longitudes shrunk by cos(mid-latitude) keeps shapes true enough for reading.
 */

export interface GeoCity {
  name: string;
  province: string;
  /** The centre point the source gives, [lng, lat]. */
  cp: [number, number];
  /** Each ring a flat list [lng, lat, lng, lat, …]; outer rings and holes together. */
  rings: number[][];
}

export interface Bounds {
  minLng: number;
  maxLng: number;
  minLat: number;
  maxLat: number;
}

export interface Projection {
  width: number;
  height: number;
  project(lng: number, lat: number): [number, number];
  /** The inverse of `project`: the [lng, lat] under a point of the drawing (where a curator clicked). */
  unproject(x: number, y: number): [number, number];
  /** Drawing units per degree of longitude, for clustering at the drawing's own scale. */
  unitsPerDegreeLng: number;
}

export function boundsOf(cities: readonly GeoCity[]): Bounds {
  const bounds: Bounds = { minLng: Infinity, maxLng: -Infinity, minLat: Infinity, maxLat: -Infinity };
  for (const city of cities) {
    for (const ring of city.rings) {
      for (let i = 0; i < ring.length; i += 2) {
        const lng = ring[i]!;
        const lat = ring[i + 1]!;
        if (lng < bounds.minLng) bounds.minLng = lng;
        if (lng > bounds.maxLng) bounds.maxLng = lng;
        if (lat < bounds.minLat) bounds.minLat = lat;
        if (lat > bounds.maxLat) bounds.maxLat = lat;
      }
    }
  }
  return bounds;
}

/**
 * Fits `bounds` into a box `width` wide (plus `margin` on each side), north up; the height follows
 * from the shape of the area.
 */
export function fitProjection(bounds: Bounds, width: number, margin = 0): Projection {
  const midLat = (bounds.minLat + bounds.maxLat) / 2;
  const xScale = Math.cos((midLat * Math.PI) / 180);
  const spanX = (bounds.maxLng - bounds.minLng) * xScale;
  const spanY = bounds.maxLat - bounds.minLat;
  const scale = (width - 2 * margin) / spanX;
  return {
    width,
    height: Math.round(spanY * scale + 2 * margin),
    project(lng, lat) {
      return [margin + (lng - bounds.minLng) * xScale * scale, margin + (bounds.maxLat - lat) * scale];
    },
    unproject(x, y) {
      return [bounds.minLng + (x - margin) / (xScale * scale), bounds.maxLat - (y - margin) / scale];
    },
    unitsPerDegreeLng: xScale * scale,
  };
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** An SVG path of all the city's rings, one closed subpath each, to one decimal of a pixel. */
export function cityPath(city: GeoCity, projection: Projection): string {
  return city.rings
    .map((ring) => {
      const points: string[] = [];
      for (let i = 0; i < ring.length; i += 2) {
        const [x, y] = projection.project(ring[i]!, ring[i + 1]!);
        points.push(`${round1(x)},${round1(y)}`);
      }
      return `M${points.join('L')}Z`;
    })
    .join('');
}

/**
 * The class (0 = none, 1…steps) of a count on a sequential scale up to `max`, square-root spaced
 * so that a few large cities do not wash every other city into the lightest shade.
 */
export function countStep(count: number, max: number, steps: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(steps, Math.max(1, Math.ceil(Math.sqrt(count / max) * steps)));
}

/** The lowest count of each class for the legend, matching `countStep`. */
export function stepThresholds(max: number, steps: number): number[] {
  const thresholds: number[] = [];
  for (let step = 1; step <= steps; step += 1) {
    const lowest = Math.floor(max * ((step - 1) / steps) ** 2) + 1;
    thresholds.push(Math.min(lowest, max));
  }
  return thresholds;
}
