import type { JsonValue } from './graph-records.ts';

export type JsonObject = { [key: string]: JsonValue };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Copies the defined fields of a typed record into a JSON object for `properties`. Optional fields
 * left undefined are dropped rather than stored as null, so a value read back equals the one written.
 */
export function compactJson(record: { [key: string]: JsonValue | undefined }): JsonObject {
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(record)) {
    if (value !== undefined) result[key] = value;
  }
  return result;
}

/** The items of `values` that pass `guard`, typed as such (Array#filter cannot narrow JsonValue to an interface). */
export function keep<T>(values: readonly unknown[], guard: (value: unknown) => value is T): T[] {
  const kept: T[] = [];
  for (const value of values) if (guard(value)) kept.push(value);
  return kept;
}
