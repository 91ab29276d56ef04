/**
 * What the curated importer noticed. `error`: the record (or the fact) was not emitted. `warning`: it was
 * emitted, as written or with the change the reason names, and a curator should look at it.
 */
export type CuratedIssueSeverity = 'error' | 'warning';

export type CuratedIssueCode =
  /** A relation's end is not an emitted node (error: the relation is left out). */
  | 'MISSING_END'
  /** An entity kind the model does not know (error: left out). */
  | 'UNKNOWN_KIND'
  /** A relation type not in RELATION_TYPES (error: left out). */
  | 'UNKNOWN_RELATION_TYPE'
  /** An id with characters other than ASCII letters, digits and `-` (error: left out). */
  | 'INVALID_ID'
  /** A second record with an id already used (error: the second is left out). */
  | 'DUPLICATE_ID'
  /** A province other than 江苏 or 安徽 (warning: kept as written, no PART_OF). */
  | 'UNKNOWN_PROVINCE'
  /** A city field that names no City record (warning: kept as written). */
  | 'UNKNOWN_CITY'
  /** A city field whose City record lies in another province (warning). */
  | 'CITY_PROVINCE_MISMATCH'
  /** A city field that none of the record's LOCATED_IN / ORIGINATED_IN / ACTIVE_IN / SET_IN relations names. */
  | 'CITY_RELATION_MISMATCH'
  /** No city field, no `cities` property and no relation to a city: the record cannot be placed on a map. */
  | 'CITY_MISSING'
  /** Ends of kinds that RELATION_ENDPOINTS does not list for the type (warning: emitted as written). */
  | 'UNEXPECTED_ENDPOINTS'
  /** The relation was emitted under another type; the reason says which and why. */
  | 'REMAPPED_TYPE'
  /** A second relation with the same (from, type, to): its id got a qualifier. */
  | 'DUPLICATE_RELATION'
  /** A record without sources. */
  | 'NO_SOURCES'
  /** A source that is not an absolute http(s) URL (warning: kept, without a document title). */
  | 'INVALID_URL'
  /** One property holding values of different JSON types across records of a kind (number here, text there). */
  | 'MIXED_PROPERTY_TYPE'
  /** A designation whose list the importer cannot place at a level (kept with level `other`). */
  | 'DESIGNATION_LEVEL_UNKNOWN'
  /** A heritage_level that none of the record's designations has. */
  | 'HERITAGE_LEVEL_UNEXPLAINED'
  /** A history note (curated-history.ts) whose quoted evidence is not in the record it cites (error: not applied). */
  | 'HISTORY_UNSUPPORTED';

export interface CuratedIssue {
  severity: CuratedIssueSeverity;
  code: CuratedIssueCode;
  file: 'entities.json' | 'relations.json';
  /** Position of the record in its file, from 0; -1 when a history note cites a record that does not exist. */
  index: number;
  /** The entity's id, for entities.json. */
  id?: string;
  /** The field at fault: city, province, to, properties.floor_area_m2… */
  field: string;
  reason: string;
}

/** The severity each code carries: errors leave something out, warnings keep it. */
export const CURATED_ISSUE_SEVERITY: Readonly<Record<CuratedIssueCode, CuratedIssueSeverity>> = {
  MISSING_END: 'error',
  UNKNOWN_KIND: 'error',
  UNKNOWN_RELATION_TYPE: 'error',
  INVALID_ID: 'error',
  DUPLICATE_ID: 'error',
  HISTORY_UNSUPPORTED: 'error',
  UNKNOWN_PROVINCE: 'warning',
  UNKNOWN_CITY: 'warning',
  CITY_PROVINCE_MISMATCH: 'warning',
  CITY_RELATION_MISMATCH: 'warning',
  CITY_MISSING: 'warning',
  UNEXPECTED_ENDPOINTS: 'warning',
  REMAPPED_TYPE: 'warning',
  DUPLICATE_RELATION: 'warning',
  NO_SOURCES: 'warning',
  INVALID_URL: 'warning',
  MIXED_PROPERTY_TYPE: 'warning',
  DESIGNATION_LEVEL_UNKNOWN: 'warning',
  HERITAGE_LEVEL_UNEXPLAINED: 'warning',
};

/** Collects issues in the order they are found; the severity follows from the code. */
export class CuratedIssueLog {
  readonly issues: CuratedIssue[] = [];

  entity(index: number, id: string, code: CuratedIssueCode, field: string, reason: string): void {
    this.issues.push({ severity: CURATED_ISSUE_SEVERITY[code], code, file: 'entities.json', index, id, field, reason });
  }

  relation(index: number, code: CuratedIssueCode, field: string, reason: string): void {
    this.issues.push({ severity: CURATED_ISSUE_SEVERITY[code], code, file: 'relations.json', index, field, reason });
  }
}
