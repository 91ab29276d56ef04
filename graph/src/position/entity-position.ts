import type { EntityKind } from '../model/entity-kinds.ts';
import type { GraphNode, JsonValue } from '../model/graph-records.ts';
import { formerNamesOf } from '../model/history.ts';
import { sourceCoordinates, storedCoordinates } from './coordinates.ts';
import { cityIn, countyIn } from './county-mentions.ts';
import { gazetteer, type CountyUnit, type Gazetteer } from './gazetteer.ts';

/** How fine a position is: surveyed coordinates, a county-level unit's point, or a city's centre. */
export type PositionPrecision = 'EXACT' | 'COUNTY' | 'CITY';

export interface EntityPosition {
  lat: number;
  lng: number;
  precision: PositionPrecision;
  /** What the position was taken from, in words: 宜兴市（320282，无锡市）, 南京市中心, 坐标（wikiwand（维基百科））. */
  basis: string;
  /** The county-level unit, for COUNTY (a former unit's successor code, with its own name). */
  county?: { code: string; name: string };
  /** The record field the position was read from: `lat`/`lng`, `coordinates`, `district`, `description`, `city` … */
  field: string;
}

/**
 * Kinds that stand at a place, or are tied to one (a craftsman's workshop town, a technique's home county);
 * policy texts, departments and the like name places without being at them.
 */
export const POSITIONED_KINDS: ReadonlySet<EntityKind> = new Set<EntityKind>([
  'HeritageSite',
  'Museum',
  'TourismSite',
  'StudyBase',
  'Enterprise',
  'Craftsman',
  'Entrepreneur',
  'Technique',
  'Story',
  'Place',
  'Project',
]);

/**
 * The record's fields that may name where it is, most telling first. A birthplace is not where a person
 * worked, so it is not read; a note comes last because it also names places a source merely mentions.
 */
function placeTexts(node: GraphNode): [field: string, text: string][] {
  const texts = (value: JsonValue | undefined): string[] =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(texts) : [];
  const p = node.properties;
  // Former names are aliases too (高邮裕亨麦粉厂 of 扬州麦粉厂), and name where it was, not where it is.
  const former = new Set(formerNamesOf(node).map((formerName) => formerName.name));
  const fields: [string, string[]][] = [
    ['district', texts(p['district'])],
    ['address', texts(p['address'])],
    ['location_note', texts(p['location_note'])],
    ['declared_regions', texts(p['declared_regions'])],
    ['name', [node.name]],
    ['aliases', node.aliases.filter((alias) => !former.has(alias))],
    ['description', node.description ? [node.description] : []],
    ['active_in', texts(p['active_in'])],
    ['note', texts(p['note'])],
  ];
  return fields.flatMap(([field, values]) => values.map((value): [string, string] => [field, value]));
}

const countyBasis = (unit: CountyUnit) =>
  unit.former
    ? `${unit.name}（已撤销，今属${unit.former.successor}，${unit.code}，${unit.prefecture}）`
    : `${unit.name}（${unit.code}，${unit.prefecture}）`;

/**
 * Where an entity is, at the finest level its record supports: coordinates a curator or a source gave;
 * else the county-level unit its record names (within its city, or its province when it names no city);
 * else the centre of its city; else none. Pure: the gazetteer is passed in or read from the repo once.
 */
export function entityPosition(node: GraphNode, places: Gazetteer = gazetteer()): EntityPosition | null {
  if (!POSITIONED_KINDS.has(node.kind)) return null;
  const stored = storedCoordinates(node.properties);
  if (stored) {
    const placement = node.properties['placement'];
    const by =
      typeof placement === 'object' &&
      placement !== null &&
      !Array.isArray(placement) &&
      typeof placement['by'] === 'string'
        ? `，${placement['by']}标注`
        : '';
    return { ...stored, precision: 'EXACT', basis: `坐标${by}`, field: 'lat/lng' };
  }
  const given = sourceCoordinates(node.properties);
  if (given) {
    return {
      lat: given.lat,
      lng: given.lng,
      precision: 'EXACT',
      basis: given.source ? `坐标（${given.source}）` : '坐标',
      field: 'coordinates',
    };
  }
  // A Place is a city or a province: its own centre, never a county its description happens to name.
  const isPlace = node.kind === 'Place';
  if (!isPlace) {
    const inScope = (unit: CountyUnit) =>
      node.city ? unit.prefecture === node.city : node.province ? unit.province === node.province : true;
    const cities = [...places.cities.values()];
    for (const [field, text] of placeTexts(node)) {
      const runningText = field === 'description' || field === 'note';
      const unit = countyIn(text, { counties: places.counties, cities }, inScope, { runningText });
      if (unit) {
        return {
          lat: unit.lat,
          lng: unit.lng,
          precision: 'COUNTY',
          basis: countyBasis(unit),
          county: { code: unit.code, name: unit.name },
          field,
        };
      }
    }
  }
  const city = node.city ? places.cities.get(node.city) : undefined;
  if (city) return { lat: city.lat, lng: city.lng, precision: 'CITY', basis: `${city.name}中心`, field: 'city' };
  const activeIn = node.properties['active_in'];
  const named = !isPlace && typeof activeIn === 'string' ? cityIn(activeIn, [...places.cities.values()]) : undefined;
  if (named)
    return { lat: named.lat, lng: named.lng, precision: 'CITY', basis: `${named.name}中心`, field: 'active_in' };
  return null;
}
