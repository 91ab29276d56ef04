import { DESIGNATION_LEVELS } from '../../model/designation.ts';
import type { JsonValue } from '../../model/graph-records.ts';
import { designationsProblems } from '../import/designation-rules.ts';
import type { CellResult } from './cells.ts';

/**
 * The `designations` column: entries `list|level|batch|year|note` separated by ` ;; `, as sources are, trailing
 * parts optional and empty ones left out: `国家工业遗产|national|4|2020 ;; 中国工艺美术大师|national||1993`. A cell
 * starting with `[` is a JSON array of designation objects instead, the form for the fields the compact one has no
 * part for (`itemCode`, `documentNumber`, `asWritten` …) or for a text holding `|`.
 */
const PARTS = ['list', 'level', 'batch', 'year', 'note'] as const;
const ENTRY_SEPARATOR = ';;';
const PART_SEPARATOR = '|';
const WHOLE = /^\d+$/;

function parseJson(text: string): CellResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, reason: `is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}

function checked(value: JsonValue[]): CellResult<JsonValue> {
  const problems = designationsProblems(value);
  return problems.length > 0 ? { ok: false, reason: problems.join('; ') } : { ok: true, value };
}

export function parseDesignationsCell(cell: string): CellResult<JsonValue> {
  const text = cell.trim();
  if (text.startsWith('[')) {
    const parsed = parseJson(text);
    if (!parsed.ok) return parsed;
    if (!Array.isArray(parsed.value)) return { ok: false, reason: 'must be a JSON array when it starts with "["' };
    return checked(parsed.value as JsonValue[]);
  }
  const designations: JsonValue[] = [];
  for (const [index, entry] of text.split(ENTRY_SEPARATOR).entries()) {
    const parts = entry.split(PART_SEPARATOR).map((part) => part.trim());
    if (parts.every((part) => part === '')) continue;
    const which = `designation ${index + 1}`;
    if (parts.length > PARTS.length) {
      return {
        ok: false,
        reason: `${which} has ${parts.length} parts; expected at most 5 (list|level|batch|year|note). A "|" inside a text needs the JSON form of the cell`,
      };
    }
    const [list = '', level = '', batch = '', year = '', note = ''] = parts;
    if (level === '') {
      return { ok: false, reason: `${which} names no level (${DESIGNATION_LEVELS.join(', ')}) after its list` };
    }
    for (const [name, value] of [
      ['batch', batch],
      ['year', year],
    ] as const) {
      // 第四批 or 2020年 would be guessed at; the cell asks for the number and says so.
      if (value !== '' && !WHOLE.test(value))
        return { ok: false, reason: `${which}: ${name} must be a whole number, not "${value}"` };
    }
    const designation: Record<string, JsonValue> = { list, level };
    if (batch !== '') designation.batch = Number(batch);
    if (year !== '') designation.year = Number(year);
    if (note !== '') designation.note = note;
    designations.push(designation);
  }
  return checked(designations);
}

const isCompactText = (value: unknown): boolean =>
  typeof value === 'string' &&
  value !== '' &&
  value === value.trim() &&
  !value.includes(PART_SEPARATOR) &&
  !value.includes(ENTRY_SEPARATOR);

/** Whether every entry has only the compact parts, each written so that it reads back as it is. */
function isCompact(value: JsonValue[]): boolean {
  return value.every((entry) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return false;
    const keys = Object.keys(entry);
    // The compact form reads back in PARTS order; another key order would come back different.
    const expected = PARTS.filter((part) => entry[part] !== undefined);
    if (keys.length !== expected.length || keys.some((key, index) => key !== expected[index])) return false;
    return (
      isCompactText(entry.list) &&
      isCompactText(entry.level) &&
      (entry.note === undefined || isCompactText(entry.note)) &&
      (entry.year === undefined || (typeof entry.year === 'number' && entry.year >= 0)) &&
      !String(entry.list).startsWith('[')
    );
  });
}

/** A stored value the importer would accept in the column: a non-empty list of well-formed designations. */
export function fitsDesignationsCell(value: JsonValue | undefined): boolean {
  return Array.isArray(value) && value.length > 0 && designationsProblems(value).length === 0;
}

/** The cell for a value that fits (see fitsDesignationsCell): compact when that reads back exactly, JSON otherwise. */
export function formatDesignationsCell(value: JsonValue): string {
  if (!Array.isArray(value) || !isCompact(value)) return JSON.stringify(value);
  return value
    .map((entry) => {
      const record = entry as Record<string, JsonValue>;
      const parts = PARTS.map((part) => (record[part] === undefined ? '' : String(record[part])));
      while (parts.length > 2 && parts.at(-1) === '') parts.pop();
      return parts.join(PART_SEPARATOR);
    })
    .join(` ${ENTRY_SEPARATOR} `);
}
