import type { JsonValue } from '../model/graph-records.ts';

/** WGS 84 decimal degrees. */
export interface LatLng {
  lat: number;
  lng: number;
}

/**
 * The area a position may lie in: Jiangsu and Anhui span latitudes 29.4–35.1 and longitudes 114.9–121.9
 * (their county outlines, `gazetteer/`), widened by about half a degree so a site on a border or the coast
 * is never refused, while a point in another province far off, or with latitude and longitude swapped, is.
 */
export const SURVEY_AREA = { minLat: 28.9, maxLat: 35.6, minLng: 114.4, maxLng: 122.4 } as const;

/** What is wrong with a position, in words naming the field; undefined when nothing is. */
export function coordinatesProblem(lat: unknown, lng: unknown): string | undefined {
  if (typeof lat !== 'number' || !Number.isFinite(lat))
    return `lat must be a finite number of degrees, not ${String(lat)}`;
  if (typeof lng !== 'number' || !Number.isFinite(lng))
    return `lng must be a finite number of degrees, not ${String(lng)}`;
  if (lat < -90 || lat > 90) return `lat must lie between -90 and 90; got ${lat}`;
  if (lng < -180 || lng > 180) return `lng must lie between -180 and 180; got ${lng}`;
  const { minLat, maxLat, minLng, maxLng } = SURVEY_AREA;
  if (lat < minLat || lat > maxLat || lng < minLng || lng > maxLng) {
    const swapped = lng >= minLat && lng <= maxLat && lat >= minLng && lat <= maxLng;
    return (
      `${lat}, ${lng} lies far outside Jiangsu and Anhui (latitude ${minLat}–${maxLat}, longitude ${minLng}–${maxLng})` +
      (swapped ? '; latitude and longitude look swapped' : '')
    );
  }
  return undefined;
}

const number = (value: JsonValue | undefined) => (typeof value === 'number' ? value : undefined);

/**
 * Decimal coordinates stored on an entity: `lat`/`lng` as curators, the import templates and the map write
 * them, or `latitude`/`longitude`; only a pair that passes `coordinatesProblem`.
 */
export function storedCoordinates(properties: Readonly<Record<string, JsonValue>>): LatLng | undefined {
  const lat = number(properties['lat']) ?? number(properties['latitude']);
  const lng = number(properties['lng']) ?? number(properties['longitude']);
  if (lat === undefined || lng === undefined || coordinatesProblem(lat, lng)) return undefined;
  return { lat, lng };
}

/** 31°34′18″N, 120°17′18.5″E, with ′/' and ″/" as written; the hemisphere letter is required. */
const DMS =
  /^\s*(\d{1,3})\s*°\s*(?:(\d{1,2}(?:\.\d+)?)\s*[′']\s*)?(?:(\d{1,2}(?:\.\d+)?)\s*(?:″|"|′′|'')\s*)?([NSEW])\s*$/i;

/** Degrees from degrees-minutes-seconds text, or undefined when it does not read as such. */
export function degreesOfDms(text: string, axis: 'lat' | 'lng'): number | undefined {
  const match = DMS.exec(text);
  if (!match) return undefined;
  const hemisphere = match[4]!.toUpperCase();
  if ((axis === 'lat') !== (hemisphere === 'N' || hemisphere === 'S')) return undefined;
  const minutes = Number(match[2] ?? 0);
  const seconds = Number(match[3] ?? 0);
  if (minutes >= 60 || seconds >= 60) return undefined;
  const degrees = Number(match[1]) + minutes / 60 + seconds / 3600;
  return hemisphere === 'S' || hemisphere === 'W' ? -degrees : degrees;
}

/**
 * Coordinates a source gives as written, kept by the curated importer as
 * `coordinates: { lat_dms, lon_dms, source }` (one site has them), with the source's name.
 */
export function sourceCoordinates(
  properties: Readonly<Record<string, JsonValue>>,
): (LatLng & { source: string | undefined }) | undefined {
  const value = properties['coordinates'];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { lat_dms: latText, lon_dms: lngText, source } = value;
  if (typeof latText !== 'string' || typeof lngText !== 'string') return undefined;
  const lat = degreesOfDms(latText, 'lat');
  const lng = degreesOfDms(lngText, 'lng');
  if (lat === undefined || lng === undefined || coordinatesProblem(lat, lng)) return undefined;
  return { lat, lng, source: typeof source === 'string' ? source : undefined };
}
