import { isJsonObject, normalizeText, type JsonValue, type Source } from '@icg/graph';
import { badUserInput } from '../../errors.ts';

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

/** A required text: normalised, trimmed, non-empty, bounded. */
export function requiredText(argument: string, value: string, max = MAX_NAME_LENGTH): string {
  const text = normalizeText(value).trim();
  if (text === '') throw badUserInput(argument, `${argument} must not be empty`);
  if (length(text) > max) throw badUserInput(argument, `${argument} must be at most ${max} characters`);
  return text;
}

/** An optional text: absent or blank becomes null. */
export function optionalText(argument: string, value: string | null | undefined, max = MAX_TEXT_LENGTH): string | null {
  if (value === null || value === undefined) return null;
  const text = normalizeText(value).trim();
  if (text === '') return null;
  if (length(text) > max) throw badUserInput(argument, `${argument} must be at most ${max} characters`);
  return text;
}

/** Ids are compared exactly as stored: normalised, never trimmed into another id. */
export function idOf(value: string): string {
  return normalizeText(value);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Sources as stored. At least one is required, each with a document title or an http(s) URL;
 * `takenAt`, when given, is an ISO date. A fact without a source cannot be checked by a scholar.
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
    if (takenAt && !(ISO_DATE.test(takenAt) && !Number.isNaN(Date.parse(takenAt)))) {
      throw badUserInput(`${at}.takenAt`, `${at}.takenAt must be a date like 2024-05-01`);
    }
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
  return normalizeJson(parsed) as Record<string, JsonValue>;
}

function normalizeJson(value: unknown): JsonValue {
  if (typeof value === 'string') return normalizeText(value);
  if (Array.isArray(value)) return value.map(normalizeJson);
  if (isJsonObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [normalizeText(k), normalizeJson(v)]));
  }
  return value as JsonValue;
}
