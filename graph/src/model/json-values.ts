import { normalizeText } from './normalize-text.ts';

/**
 * Deepest nesting a `properties` value may have, counting the properties object as level 1. The richest
 * properties (designations, former names with their sources) nest 4 levels; the bound also keeps every walk over
 * a value (normalising, checking, copying) far from the stack's end.
 */
export const MAX_PROPERTY_DEPTH = 16;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Why `value` is not plain JSON within the limits (a finite number, string, boolean, null, or array or object of
 * those, at most MAX_PROPERTY_DEPTH levels deep), naming the path; undefined when it is. The walk stops at the
 * limit, so a value nested thousands deep is refused without exhausting the stack.
 */
export function jsonValueProblem(value: unknown, path: string, level = 1): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') {
    return Number.isFinite(value) ? undefined : `${path} must be a finite number (got ${String(value)})`;
  }
  const isArray = Array.isArray(value);
  if (!isArray && !isPlainObject(value)) return `${path} is not a JSON value`;
  if (level > MAX_PROPERTY_DEPTH) return `${path} nests deeper than ${MAX_PROPERTY_DEPTH} levels`;
  const entries: [string, unknown][] = isArray
    ? (value as unknown[]).map((item, index) => [`${path}[${index}]`, item])
    : Object.entries(value).map(([key, item]) => [`${path}.${key}`, item]);
  for (const [itemPath, item] of entries) {
    const problem = jsonValueProblem(item, itemPath, level + 1);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * Every string of a JSON value, object keys included, normalised (normalizeText). Below the depth limit a value
 * is returned as it is, for jsonValueProblem to refuse; the walk never goes deeper than that.
 */
export function normalizeJsonStrings(value: unknown, level = 1): unknown {
  if (typeof value === 'string') return normalizeText(value);
  if (level > MAX_PROPERTY_DEPTH + 1) return value;
  if (Array.isArray(value)) return value.map((item) => normalizeJsonStrings(item, level + 1));
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [normalizeText(key), normalizeJsonStrings(item, level + 1)]),
    );
  }
  return value;
}
