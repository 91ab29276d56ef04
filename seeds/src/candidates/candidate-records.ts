import { SeedError } from '../seed-error.ts';

/** How a candidate names the list it is on: as the found page gives it, batch and year null when not known. */
export interface CandidateDesignation {
  /** The list, with who keeps it or what part of it in brackets: 国家工业遗产（工业和信息化部）. */
  list: string;
  batch: number | null;
  year: number | null;
}

/** One record of candidates.json (see the README beside it in the shared data folder). */
export interface CandidateRecord {
  name: string;
  kind: 'HeritageSite' | 'Museum' | 'TourismSite' | 'Craftsman' | 'Technique';
  province: string;
  city: string;
  designation: CandidateDesignation;
  /** URLs of the pages found; mostly reposts. */
  sources: string[];
  /** Where the record is doubtful: only a mirror found, a batch disputed. */
  note?: string;
}

export const CANDIDATE_KINDS = ['HeritageSite', 'Museum', 'TourismSite', 'Craftsman', 'Technique'] as const;

type Row = Record<string, unknown>;
const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isWholeOrNull = (value: unknown) => value === null || value === undefined || Number.isInteger(value);

function fail(index: number, name: unknown, message: string): never {
  const which = isText(name) ? `record ${index + 1} (${name})` : `record ${index + 1}`;
  throw new SeedError('MALFORMED_DOCUMENT', `candidates.json ${which}: ${message}`, `candidates.json #${index}`);
}

/**
 * Checks the shape of parsed candidates.json: `{ _what, records: [...] }`. A record of another shape stops the
 * conversion with the record named, rather than being converted in part.
 * @throws SeedError `MALFORMED_DOCUMENT`
 */
export function parseCandidates(json: unknown): CandidateRecord[] {
  if (!isRow(json) || !Array.isArray(json.records)) {
    throw new SeedError('MALFORMED_DOCUMENT', 'candidates.json must be an object with a "records" array');
  }
  const kinds: ReadonlySet<string> = new Set(CANDIDATE_KINDS);
  json.records.forEach((record: unknown, index) => {
    if (!isRow(record)) fail(index, undefined, 'must be an object');
    for (const key of ['name', 'kind', 'province', 'city']) {
      if (!isText(record[key])) fail(index, record.name, `"${key}" must be a non-empty string`);
    }
    if (!kinds.has(record.kind as string)) {
      fail(index, record.name, `kind "${String(record.kind)}" is not one of ${CANDIDATE_KINDS.join(', ')}`);
    }
    const designation = record.designation;
    if (!isRow(designation) || !isText(designation.list)) {
      fail(index, record.name, '"designation" must be an object with a "list"');
    }
    if (!isWholeOrNull(designation.batch) || !isWholeOrNull(designation.year)) {
      fail(index, record.name, 'designation batch and year must be whole numbers or null');
    }
    if (!Array.isArray(record.sources) || record.sources.length === 0 || !record.sources.every(isText)) {
      fail(index, record.name, '"sources" must be a non-empty list of URLs');
    }
    if (record.note !== undefined && typeof record.note !== 'string') fail(index, record.name, '"note" must be text');
  });
  return json.records as CandidateRecord[];
}
