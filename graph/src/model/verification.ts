import type { JsonValue, Source } from './graph-records.ts';
import { compactJson, isJsonObject, type JsonObject } from './json-object.ts';
import { isSource, sourceToJson } from './source-guard.ts';
import { isRealTimestampDay } from './calendar-date.ts';

/**
 * Whether a curator has checked a fact: `verified` against a named source, `disputed` because sources
 * disagree (the note says how), or `unverified` — which is also what a record without a verification is.
 */
export const VERIFICATION_STATUSES = ['verified', 'unverified', 'disputed'] as const;

export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/** The key in `properties` of entities and relationships; kept there so neither store needs a migration. */
export const VERIFICATION_PROPERTY = 'verification';

/**
 * Who set a fact's status, when, and on what grounds. `by` is the curator's label as shown to readers;
 * `curatorId` is the token's curator id, which tells two curators apart even when their labels match (a change to
 * a verified fact by a second curator needs that).
 */
export interface Verification {
  status: VerificationStatus;
  by: string;
  curatorId?: string;
  /** ISO timestamp. */
  at: string;
  /** Required when disputed: how the sources disagree. */
  note?: string;
  /** Required when verified: the source the curator checked the fact against. */
  source?: Source;
}

/** The statuses in readers' words, as the web app and the command line show them. */
export const VERIFICATION_STATUS_LABELS_ZH: Readonly<Record<VerificationStatus, string>> = {
  verified: '已核实',
  unverified: '未核实',
  disputed: '有争议',
};

const statusSet: ReadonlySet<string> = new Set(VERIFICATION_STATUSES);

export function isVerificationStatus(value: unknown): value is VerificationStatus {
  return typeof value === 'string' && statusSet.has(value);
}

const FIELDS: ReadonlySet<string> = new Set(['status', 'by', 'curatorId', 'at', 'note', 'source']);
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** What is wrong with a value stored as a verification, in words that name the field; undefined when nothing is. */
export function verificationProblem(value: unknown): string | undefined {
  if (!isJsonObject(value)) return 'must be an object { status, by, at, note?, source? }';
  const unknown = Object.keys(value).filter((key) => !FIELDS.has(key));
  if (unknown.length > 0) return `has unknown field ${unknown.map((key) => JSON.stringify(key)).join(', ')}`;
  const { status, by, curatorId, at, note, source } = value;
  if (!isVerificationStatus(status)) {
    return `status must be one of ${VERIFICATION_STATUSES.join(', ')}, not ${JSON.stringify(status ?? null)}`;
  }
  if (!nonEmpty(by)) return 'by must name the curator who set the status';
  if (curatorId !== undefined && !nonEmpty(curatorId)) return 'curatorId must be a non-empty string';
  if (typeof at !== 'string' || !ISO_TIMESTAMP.test(at) || !isRealTimestampDay(at)) {
    return `at must be an ISO timestamp such as 2026-11-23T08:00:00.000Z, not ${JSON.stringify(at ?? null)}`;
  }
  if (note !== undefined && typeof note !== 'string') return 'note must be text';
  if (source !== undefined && !isSource(source))
    return 'source must be a source { document?, url?, locator?, takenAt? }';
  if (status === 'disputed' && !nonEmpty(note)) return 'a disputed fact needs a note saying how the sources disagree';
  if (status === 'verified' && !(isSource(source) && (nonEmpty(source.url) || nonEmpty(source.document)))) {
    return 'a verified fact needs the source it was checked against (a url or a document title)';
  }
  return undefined;
}

export function isVerification(value: unknown): value is Verification {
  return verificationProblem(value) === undefined;
}

/**
 * The stored verification of an entity or relationship, or undefined when it has none (then it is unverified).
 * A malformed value is never stored (`toEntityRow` refuses it), so it reads as none rather than failing a read.
 */
export function verificationOf(record: { properties: Readonly<Record<string, JsonValue>> }): Verification | undefined {
  const value = record.properties[VERIFICATION_PROPERTY];
  return isVerification(value) ? value : undefined;
}

/** The status a record shows: its verification's, or `unverified` when it has none. */
export function verificationStatusOf(record: { properties: Readonly<Record<string, JsonValue>> }): VerificationStatus {
  return verificationOf(record)?.status ?? 'unverified';
}

/**
 * A verification as stored, its keys always in this order with `status` first: the stores filter verified records
 * by a fixed piece of the properties' JSON text (`VERIFIED_MARKER`), which a different key order would hide.
 */
export function verificationToJson({ status, by, curatorId, at, note, source }: Verification): JsonObject {
  return compactJson({
    status,
    by,
    curatorId,
    at,
    note,
    source: source === undefined ? undefined : sourceToJson(source),
  });
}

/**
 * The text a verified record's properties JSON contains, `"verification":{"status":"verified"`. Inside a JSON
 * string every `"` is escaped, so no text value can contain it; only a verification written as `verificationToJson`
 * writes it (a nested object named `verification` deeper in the properties would too, which nothing writes).
 */
export const VERIFIED_MARKER = `${JSON.stringify(VERIFICATION_PROPERTY)}:{"status":"verified"`;

/**
 * Properties with their verification rewritten in the canonical key order, or a problem naming what is wrong with
 * it. Properties without a verification come back as they are.
 */
export function withCanonicalVerification(
  properties: Record<string, JsonValue>,
): { properties: Record<string, JsonValue> } | { problem: string } {
  const value = properties[VERIFICATION_PROPERTY];
  if (value === undefined) return { properties };
  const problem = verificationProblem(value);
  if (problem !== undefined) return { problem: `properties.${VERIFICATION_PROPERTY} ${problem}` };
  return {
    properties: { ...properties, [VERIFICATION_PROPERTY]: verificationToJson(value as unknown as Verification) },
  };
}
