import type { JsonValue } from '@icg/graph';
import { SeedError } from '../seed-error.ts';

/** One record of seeds/data/curated/entities.json, as written there (see the README beside it). */
export interface CuratedEntity {
  id: string;
  /** City, HeritageSite, Museum, TourismSite, Technique, Craftsman, Entrepreneur, Enterprise or Story. */
  kind: string;
  name: string;
  aliases?: string[];
  province: string;
  city?: string;
  description: string;
  properties: Record<string, JsonValue>;
  /** URLs where the record's facts were seen. */
  sources: string[];
}

/** One record of seeds/data/curated/relations.json. */
export interface CuratedRelation {
  from: string;
  to: string;
  type: string;
  properties?: Record<string, JsonValue>;
  sources: string[];
}

export interface CuratedData {
  entities: CuratedEntity[];
  relations: CuratedRelation[];
}

type Row = Record<string, unknown>;

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

function isJsonValue(value: unknown): value is JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonValue);
  return isRow(value) && Object.values(value).every(isJsonValue);
}

function fail(file: string, index: number, message: string): never {
  throw new SeedError('MALFORMED_DOCUMENT', `${file}: ${message}`, `${file} #${index}`);
}

function requireString(row: Row, key: string, file: string, index: number, optional = false): void {
  const value = row[key];
  if (value === undefined && optional) return;
  if (typeof value !== 'string' || value.trim() === '') fail(file, index, `"${key}" must be a non-empty string`);
}

function requireProperties(row: Row, file: string, index: number, optional: boolean): void {
  const value = row.properties;
  if (value === undefined && optional) return;
  if (!isRow(value) || !isJsonValue(value)) fail(file, index, '"properties" must be an object of JSON values');
}

/**
 * Checks the shape of parsed entities.json. The file is pinned by checksum, so a shape error means the
 * pinned copy itself changed shape: it stops the load rather than being reported record by record.
 * @throws SeedError `MALFORMED_DOCUMENT`, with the record's index as locator.
 */
export function parseCuratedEntities(json: unknown, file = 'entities.json'): CuratedEntity[] {
  if (!Array.isArray(json)) throw new SeedError('MALFORMED_DOCUMENT', `${file} must hold a JSON array`);
  json.forEach((row: unknown, index) => {
    if (!isRow(row)) fail(file, index, 'each record must be an object');
    for (const key of ['id', 'kind', 'name', 'province', 'description']) requireString(row, key, file, index);
    requireString(row, 'city', file, index, true);
    if (row.aliases !== undefined && !isStringArray(row.aliases)) fail(file, index, '"aliases" must be strings');
    if (!isStringArray(row.sources)) fail(file, index, '"sources" must be a list of URLs');
    requireProperties(row, file, index, false);
  });
  return json as CuratedEntity[];
}

/**
 * Checks the shape of parsed relations.json; see parseCuratedEntities.
 * @throws SeedError `MALFORMED_DOCUMENT`, with the record's index as locator.
 */
export function parseCuratedRelations(json: unknown, file = 'relations.json'): CuratedRelation[] {
  if (!Array.isArray(json)) throw new SeedError('MALFORMED_DOCUMENT', `${file} must hold a JSON array`);
  json.forEach((row: unknown, index) => {
    if (!isRow(row)) fail(file, index, 'each record must be an object');
    for (const key of ['from', 'to', 'type']) requireString(row, key, file, index);
    if (!isStringArray(row.sources)) fail(file, index, '"sources" must be a list of URLs');
    requireProperties(row, file, index, true);
  });
  return json as CuratedRelation[];
}
