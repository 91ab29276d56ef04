import type { JsonValue, Source } from '../../model/graph-records.ts';
import { fitsDesignationsCell, formatDesignationsCell, parseDesignationsCell } from './designations-cell.ts';
import type { PropertyColumn } from './kind-columns.ts';

/**
 * How values are written into, and read from, single CSV cells. Every compact form has a JSON
 * fallback for what it cannot express: a cell whose text starts with `[` (or `{` for properties) is
 * read as JSON, and the exporter writes JSON whenever the compact form would change the value.
 */

export type CellResult<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(reason: string): CellResult<T> => ({ ok: false, reason });

/** Separates items of an alias or list cell. */
export const LIST_SEPARATOR = '|';
/** Separates the parts of one source: `url|locator|document|takenAt`. */
export const SOURCE_PART_SEPARATOR = '|';
/** Separates sources in a cell; written with a space either side for readability. */
export const SOURCE_SEPARATOR = ';;';

const SOURCE_PARTS = ['url', 'locator', 'document', 'takenAt'] as const;
const SOURCE_FIELD_ORDER = ['document', 'url', 'locator', 'takenAt'] as const;

function parseJson(cell: string): CellResult<unknown> {
  try {
    return ok(JSON.parse(cell) as unknown);
  } catch (error) {
    return fail(`is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** True when `text` survives a trip through a `|`-separated cell unchanged. */
function isCompactItem(text: string): boolean {
  return text !== '' && text === text.trim() && !text.includes(LIST_SEPARATOR);
}

/** `a|b|c`, or a JSON array of strings; empty items are dropped, items trimmed. */
export function parseListCell(cell: string): CellResult<string[]> {
  const text = cell.trim();
  if (text.startsWith('[')) {
    const parsed = parseJson(text);
    if (!parsed.ok) return fail(parsed.reason);
    if (!Array.isArray(parsed.value) || !parsed.value.every((item) => typeof item === 'string')) {
      return fail('must be a JSON array of strings when it starts with "["');
    }
    return ok(parsed.value);
  }
  return ok(
    text
      .split(LIST_SEPARATOR)
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  );
}

export function formatListCell(items: readonly string[]): string {
  if (items.length === 0) return '';
  return items.every(isCompactItem) && !items[0]!.startsWith('[') ? items.join(LIST_SEPARATOR) : JSON.stringify(items);
}

/**
 * Sources: entries `url|locator|document|takenAt` separated by ` ;; `, trailing parts optional
 * (`https://…` alone is a source with a URL), empty parts left out of the record. A cell starting
 * with `[` is a JSON array of source objects instead, the form for anything else a source carries.
 */
export function parseSourcesCell(cell: string): CellResult<Record<string, JsonValue>[]> {
  const text = cell.trim();
  if (text === '') return ok([]);
  if (text.startsWith('[')) {
    const parsed = parseJson(text);
    if (!parsed.ok) return fail(parsed.reason);
    if (!Array.isArray(parsed.value)) return fail('must be a JSON array of source objects when it starts with "["');
    return ok(parsed.value as Record<string, JsonValue>[]);
  }
  const sources: Record<string, JsonValue>[] = [];
  for (const [index, entry] of text.split(SOURCE_SEPARATOR).entries()) {
    const parts = entry.split(SOURCE_PART_SEPARATOR).map((part) => part.trim());
    if (parts.every((part) => part === '')) continue;
    if (parts.length > SOURCE_PARTS.length) {
      return fail(
        `source ${index + 1} has ${parts.length} parts; expected at most 4 (url|locator|document|takenAt). ` +
          'A "|" inside a title needs the JSON form of the cell',
      );
    }
    const byField = new Map(parts.map((part, position) => [SOURCE_PARTS[position]!, part]));
    const source: Record<string, JsonValue> = {};
    // Fields in the order of the Source type, as the seed parsers write them.
    for (const field of SOURCE_FIELD_ORDER) {
      const part = byField.get(field);
      if (part) source[field] = part;
    }
    sources.push(source);
  }
  return ok(sources);
}

function isCompactSource(source: Source | Record<string, unknown>): boolean {
  const entries = Object.entries(source);
  return entries.every(
    ([key, value]) =>
      (SOURCE_PARTS as readonly string[]).includes(key) &&
      typeof value === 'string' &&
      isCompactItem(value) &&
      !value.includes(SOURCE_SEPARATOR),
  );
}

export function formatSourcesCell(sources: readonly (Source | Record<string, unknown>)[]): string {
  if (sources.length === 0) return '';
  const compact = sources.every(isCompactSource) && !String(sources[0]?.url ?? '').startsWith('[');
  if (!compact) return JSON.stringify(sources);
  return sources
    .map((source) => {
      const parts = SOURCE_PARTS.map((key) => String((source as Record<string, unknown>)[key] ?? ''));
      while (parts.length > 1 && parts.at(-1) === '') parts.pop();
      return parts.join(SOURCE_PART_SEPARATOR);
    })
    .join(` ${SOURCE_SEPARATOR} `);
}

/** The `properties` column: a JSON object, or empty for none. */
export function parsePropertiesCell(cell: string): CellResult<Record<string, JsonValue>> {
  const text = cell.trim();
  if (text === '') return ok({});
  const parsed = parseJson(text);
  if (!parsed.ok) return fail(parsed.reason);
  if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
    return fail('must be a JSON object, for example {"note": "…"}');
  }
  return ok(parsed.value as Record<string, JsonValue>);
}

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Reads a non-empty property cell by its column's type. */
export function parsePropertyCell(column: PropertyColumn, cell: string): CellResult<JsonValue> {
  const text = cell.trim();
  switch (column.type) {
    case 'text':
      return ok(text);
    case 'integer': {
      const value = Number(text);
      return INTEGER.test(text) && Number.isSafeInteger(value)
        ? ok(value)
        : fail(`must be a whole number, not "${text}"`);
    }
    case 'number': {
      const value = Number(text);
      return DECIMAL.test(text) && Number.isFinite(value) ? ok(value) : fail(`must be a number, not "${text}"`);
    }
    case 'list':
      return parseListCell(text);
    case 'designations':
      return parseDesignationsCell(text);
  }
}

/** Whether `value` is written in its own column (exactly recoverable from the cell) rather than in the JSON column. */
export function fitsPropertyColumn(column: PropertyColumn, value: JsonValue | undefined): boolean {
  switch (column.type) {
    case 'text':
      return typeof value === 'string' && value !== '' && value === value.trim();
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'list':
      return (
        Array.isArray(value) &&
        value.length > 0 &&
        value.every((item) => typeof item === 'string' && isCompactItem(item)) &&
        !(value[0] as string).startsWith('[')
      );
    case 'designations':
      return fitsDesignationsCell(value);
  }
}

/** The cell for a value that fits its column (see fitsPropertyColumn). */
export function formatPropertyCell(value: JsonValue, column?: PropertyColumn): string {
  if (column?.type === 'designations') return formatDesignationsCell(value);
  return Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
}
