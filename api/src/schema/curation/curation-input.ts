import {
  aliasesProblem,
  calendarDateProblem,
  canonicalPlace,
  controlCharacterProblem,
  isJsonObject,
  jsonValueProblem,
  normalizeJsonStrings,
  normalizeText,
  recordSizeProblem,
  type GraphNode,
  type GraphRelationship,
  type JsonValue,
  type Place,
  type Source,
} from '@icg/graph';
import { apiError, badUserInput } from '../../errors.ts';

/** Longest name, title, caption or alias, in code points. */
export const MAX_NAME_LENGTH = 200;
/** Longest description or note, in code points. */
export const MAX_TEXT_LENGTH = 5000;
/** Most sources one mutation may attach. */
export const MAX_SOURCES = 20;
/** Longest properties JSON text, in characters. */
export const MAX_PROPERTIES_LENGTH = 20_000;

export interface SourceArgs {
  document?: string | null;
  url?: string | null;
  locator?: string | null;
  takenAt?: string | null;
}

const length = (text: string) => [...text].length;

/**
 * Refuses control characters: a text as long as a description (`max` at least MAX_TEXT_LENGTH) may hold line
 * breaks and tabs; a name, title, locator or url holds none.
 */
function refuseControlCharacters(argument: string, text: string, max: number): void {
  const problem = controlCharacterProblem(argument, text, { lineBreaks: max >= MAX_TEXT_LENGTH });
  if (problem) throw badUserInput(argument, problem);
}

/** A required text: normalised, trimmed, non-empty, bounded, without control characters. */
export function requiredText(argument: string, value: string, max = MAX_NAME_LENGTH): string {
  const text = normalizeText(value).trim();
  if (text === '') throw badUserInput(argument, `${argument} must not be empty`);
  if (length(text) > max) throw badUserInput(argument, `${argument} must be at most ${max} characters`);
  refuseControlCharacters(argument, text, max);
  return text;
}

/** An optional text: absent or blank becomes null; otherwise checked as requiredText. */
export function optionalText(argument: string, value: string | null | undefined, max = MAX_TEXT_LENGTH): string | null {
  if (value === null || value === undefined) return null;
  const text = normalizeText(value).trim();
  if (text === '') return null;
  if (length(text) > max) throw badUserInput(argument, `${argument} must be at most ${max} characters`);
  refuseControlCharacters(argument, text, max);
  return text;
}

/** Ids are compared exactly as stored: normalised, never trimmed into another id. */
export function idOf(value: string): string {
  return normalizeText(value);
}

/**
 * Sources as stored. At least one is required, each with a document title or an http(s) URL;
 * `takenAt`, when given, is a real day (2024-05-01) from 1900 to tomorrow. A fact without a source cannot be
 * checked by a scholar.
 */
export function sourcesOf(argument: string, sources: readonly SourceArgs[]): Source[] {
  if (sources.length === 0) throw badUserInput(argument, `${argument} needs at least one source (document or url)`);
  if (sources.length > MAX_SOURCES) throw badUserInput(argument, `${argument} may list at most ${MAX_SOURCES} sources`);
  return sources.map((source, index) => {
    const at = `${argument}[${index}]`;
    const document = optionalText(`${at}.document`, source.document, MAX_NAME_LENGTH) ?? undefined;
    const url = optionalText(`${at}.url`, source.url, 2000) ?? undefined;
    const locator = optionalText(`${at}.locator`, source.locator, MAX_NAME_LENGTH) ?? undefined;
    const takenAt = optionalText(`${at}.takenAt`, source.takenAt, 10) ?? undefined;
    if (!document && !url) throw badUserInput(at, `${at} needs a document title or a url`);
    if (url && !isHttpUrl(url)) throw badUserInput(`${at}.url`, `${at}.url must be an http(s) URL`);
    const dateProblem = takenAt ? calendarDateProblem(`${at}.takenAt`, takenAt) : undefined;
    if (dateProblem) throw badUserInput(`${at}.takenAt`, dateProblem);
    const result: Source = {};
    if (document) result.document = document;
    if (url) result.url = url;
    if (locator) result.locator = locator;
    if (takenAt) result.takenAt = takenAt;
    return result;
  });
}

function isHttpUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Stored sources followed by the new ones not already among them. */
export function mergeSources(stored: readonly Source[], added: readonly Source[]): Source[] {
  const key = (s: Source) => JSON.stringify([s.document ?? '', s.url ?? '', s.locator ?? '', s.takenAt ?? '']);
  const seen = new Set(stored.map(key));
  const merged = [...stored];
  for (const source of added) {
    if (seen.has(key(source))) continue;
    seen.add(key(source));
    merged.push(source);
  }
  return merged;
}

/** Properties given as JSON object text, with every string in it normalised. */
export function propertiesOf(argument: string, text: string | null | undefined): Record<string, JsonValue> {
  if (text === null || text === undefined || text.trim() === '') return {};
  if (text.length > MAX_PROPERTIES_LENGTH) {
    throw badUserInput(argument, `${argument} must be at most ${MAX_PROPERTIES_LENGTH} characters`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badUserInput(argument, `${argument} must be a JSON object, e.g. {"founded_year":1895}`);
  }
  if (!isJsonObject(parsed))
    throw badUserInput(argument, `${argument} must be a JSON object, e.g. {"founded_year":1895}`);
  // 1e400 parses as Infinity, which no store keeps; nesting is bounded before anything walks the value.
  const problem = jsonValueProblem(parsed, argument);
  if (problem) throw badUserInput(argument, problem);
  return normalizeJsonStrings(parsed) as Record<string, JsonValue>;
}

export interface PlaceArgs {
  province?: string | null;
  city?: string | null;
}

/**
 * The place to store from an input and the stored place: a field left out keeps the stored value, null or blank
 * clears it; the result is canonical (江苏省 → 江苏, 南京 → 南京市, a city's province filled in) or refused with
 * BAD_USER_INPUT naming the field, with the cities the curator may have meant in `extensions.closeMatches`.
 */
export function placeOf(input: PlaceArgs, stored: Place | null): Place {
  const given = (field: 'province' | 'city') => {
    const value = input[field];
    if (value === undefined) return stored?.[field] ?? null;
    return optionalText(`input.${field}`, value, MAX_NAME_LENGTH);
  };
  const checked = canonicalPlace({ province: given('province'), city: given('city') });
  if (checked.place) return checked.place;
  const { field, reason, closeMatches } = checked.problem;
  throw apiError('BAD_USER_INPUT', `input.${reason}`, { argument: `input.${field}`, closeMatches });
}

/** Aliases as stored: normalised, trimmed, blank ones and the name itself left out, de-duplicated, within limits. */
export function aliasesOf(argument: string, aliases: readonly string[], name: string): string[] {
  const kept = [
    ...new Set(
      aliases
        .map((alias, i) => optionalText(`${argument}[${i}]`, alias, MAX_NAME_LENGTH))
        .filter((alias): alias is string => alias !== null && alias !== name),
    ),
  ];
  const problem = aliasesProblem(argument, kept);
  if (problem) throw badUserInput(argument, problem);
  return kept;
}

/** Refuses a record larger than the stores keep (MAX_RECORD_BYTES), before anything is written. */
export function requireStorableSize(argument: string, record: GraphNode | GraphRelationship): void {
  const problem = recordSizeProblem(record);
  if (problem) throw badUserInput(argument, problem);
}
