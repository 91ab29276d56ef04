import { DESIGNATION_LEVELS, isDesignation, isDesignationLevel } from '../../model/designation.ts';
import type { JsonValue } from '../../model/graph-records.ts';

/** The fields a `Designation` has (docs/data-dictionary.md); the importer refuses any other. */
export const DESIGNATION_FIELDS = [
  'list',
  'level',
  'batch',
  'year',
  'documentNumber',
  'date',
  'itemCode',
  'part',
  'note',
  'asWritten',
] as const;

const FIELD_SET: ReadonlySet<string> = new Set(DESIGNATION_FIELDS);
const TEXT_FIELDS = ['documentNumber', 'date', 'itemCode', 'part', 'note', 'asWritten'] as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What is wrong with one entry of `properties.designations`, in words naming the field; undefined when nothing is.
 * Stricter than the reader (`designationsOf` skips a malformed entry): a curator's file is the place to hear about
 * a typo in a level or a batch written as text, before the entry silently drops out of every list and map filter.
 */
export function designationProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'must be an object { list, level, batch?, year?, note? … }';
  const unknown = Object.keys(value).filter((key) => !FIELD_SET.has(key));
  if (unknown.length > 0) {
    return `has unknown field ${unknown.map((key) => JSON.stringify(key)).join(', ')}; a designation has ${DESIGNATION_FIELDS.join(', ')}`;
  }
  if (typeof value.list !== 'string' || value.list.trim() === '') return 'list must name the list';
  if (!isDesignationLevel(value.level)) {
    return `level must be one of ${DESIGNATION_LEVELS.join(', ')}, not ${JSON.stringify(value.level ?? null)}`;
  }
  if (value.batch !== undefined && !(Number.isInteger(value.batch) && (value.batch as number) > 0)) {
    return `batch must be a whole number from 1 (首批 is 1), not ${JSON.stringify(value.batch)}`;
  }
  if (value.year !== undefined && !Number.isInteger(value.year)) {
    return `year must be a whole number, not ${JSON.stringify(value.year)}`;
  }
  for (const field of TEXT_FIELDS) {
    if (value[field] !== undefined && typeof value[field] !== 'string') return `${field} must be text`;
  }
  // The model's own guard has the last word, so the two cannot drift apart unnoticed.
  return isDesignation(value) ? undefined : 'is not a well-formed designation';
}

/** Problems of a `properties.designations` value, each naming the entry: `designation 2: level must be …`. */
export function designationsProblems(value: JsonValue | undefined): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return ['must be a list of designations'];
  return value.flatMap((entry, index) => {
    const problem = designationProblem(entry);
    return problem ? [`designation ${index + 1}: ${problem}`] : [];
  });
}
