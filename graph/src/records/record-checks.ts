import { GraphStoreError } from '../graph-store-error.ts';
import type { JsonValue } from '../model/graph-records.ts';
import { MAX_PROPERTY_DEPTH } from '../model/json-values.ts';
import { sourceQualityCorrectionProblem } from '../model/source-quality.ts';
import { withCanonicalVerification } from '../model/verification.ts';

/**
 * With the `u` flag a surrogate pair is one code point, so only unpaired surrogates match.
 * Both engines would silently store such a string as U+FFFD, so it is refused instead.
 */
const LONE_SURROGATE = /\p{Cs}/u;

export function isWellFormedString(value: unknown): value is string {
  return typeof value === 'string' && !LONE_SURROGATE.test(value);
}

export function invalidRecord(what: string, problem: string): GraphStoreError {
  return new GraphStoreError('INVALID_RECORD', `${what}: ${problem}`);
}

export function requireNonEmptyString(value: unknown, what: string, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalidRecord(what, `${field} must be a non-empty string`);
  }
  if (!isWellFormedString(value)) {
    throw invalidRecord(what, `${field} contains an unpaired surrogate`);
  }
  return value;
}

/** `undefined` is read as null: records decoded from JSON or CSV often omit empty columns. */
export function requireNullableString(value: unknown, what: string, field: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw invalidRecord(what, `${field} must be a string or null`);
  if (!isWellFormedString(value)) throw invalidRecord(what, `${field} contains an unpaired surrogate`);
  return value;
}

export function requireStringArray(value: unknown, what: string, field: string): string[] {
  if (!Array.isArray(value)) throw invalidRecord(what, `${field} must be an array of strings`);
  return value.map((item, index) => {
    if (typeof item !== 'string') throw invalidRecord(what, `${field}[${index}] must be a string`);
    if (!isWellFormedString(item)) throw invalidRecord(what, `${field}[${index}] contains an unpaired surrogate`);
    return item;
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Properties travel as JSON text, so anything JSON.stringify would change on the way
 * (NaN, undefined members, Dates, class instances) is refused rather than silently altered.
 */
function checkJsonValue(value: unknown, path: string, level = 1): string | null {
  if (value === null || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path} must be a finite number`;
  if (typeof value === 'string') return isWellFormedString(value) ? null : `${path} contains an unpaired surrogate`;
  // Bounded, so a value nested thousands deep is refused rather than overflowing the stack.
  if (level > MAX_PROPERTY_DEPTH && (Array.isArray(value) || isPlainObject(value))) {
    return `${path} nests deeper than ${MAX_PROPERTY_DEPTH} levels`;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const problem = checkJsonValue(item, `${path}[${index}]`, level + 1);
      if (problem) return problem;
    }
    return null;
  }
  if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (!isWellFormedString(key)) return `${path} has a key with an unpaired surrogate`;
      const problem = checkJsonValue(item, `${path}.${key}`, level + 1);
      if (problem) return problem;
    }
    return null;
  }
  return `${path} is not a JSON value`;
}

export function requireJsonObject(value: unknown, what: string, field: string): Record<string, JsonValue> {
  if (!isPlainObject(value)) throw invalidRecord(what, `${field} must be a plain object`);
  const problem = checkJsonValue(value, field);
  if (problem) throw invalidRecord(what, problem);
  return value as Record<string, JsonValue>;
}

const SOURCE_TEXT_FIELDS = ['document', 'url', 'locator', 'takenAt'] as const;

export function requireSources(value: unknown, what: string): Record<string, JsonValue>[] {
  if (!Array.isArray(value)) throw invalidRecord(what, 'sources must be an array');
  return value.map((source, index) => {
    const checked = requireJsonObject(source, what, `sources[${index}]`);
    for (const field of SOURCE_TEXT_FIELDS) {
      const text = checked[field];
      if (text !== undefined && typeof text !== 'string') {
        throw invalidRecord(what, `sources[${index}].${field} must be a string`);
      }
    }
    if (checked.quality !== undefined) {
      const problem = sourceQualityCorrectionProblem(checked.quality);
      if (problem) throw invalidRecord(what, `sources[${index}].quality ${problem}`);
    }
    return checked;
  });
}

/**
 * Properties as stored: a plain JSON object whose verification, if any, is well formed and written with its keys in
 * the order the stores' verified filter reads (`withCanonicalVerification`).
 */
export function requireProperties(value: unknown, what: string): Record<string, JsonValue> {
  const checked = withCanonicalVerification(requireJsonObject(value, what, 'properties'));
  if ('problem' in checked) throw invalidRecord(what, checked.problem);
  return checked.properties;
}

/** Reads a JSON column written by this package; anything else means the store was edited by hand. */
export function parseJsonColumn(text: unknown, what: string, fallback: JsonValue): JsonValue {
  if (text === null || text === undefined || text === '') return fallback;
  if (typeof text !== 'string') {
    throw new GraphStoreError('QUERY_FAILED', `${what} holds a non-text JSON column`);
  }
  try {
    return JSON.parse(text) as JsonValue;
  } catch (error) {
    throw new GraphStoreError('QUERY_FAILED', `${what} holds malformed JSON`, { cause: error });
  }
}

/** Keeps the last record for each id, in first-seen order: a batch reads as a sequence of upserts. */
export function lastWinsById<T extends { id: string }>(records: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const record of records) byId.set(record.id, record);
  return [...byId.values()];
}
