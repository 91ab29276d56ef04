import path from 'node:path';
import type { JsonValue } from '../../model/graph-records.ts';

/**
 * The properties with which the importer marks every record it writes from a survey file: when the run was
 * (`importedAt`, an ISO date-time, the same for every record of the run) and from which file (`importedFrom`, the
 * file's name without its folder). The review queue lists "imported records not yet checked" from exactly these two.
 */
export const IMPORTED_AT = 'importedAt';
export const IMPORTED_FROM = 'importedFrom';

export interface ImportStamp {
  importedAt: string;
  importedFrom: string;
}

type WithProperties = { properties: Record<string, JsonValue> };

/** The record without the two stamps: what a survey file's record is compared by, whatever stamps either side has. */
export function withoutStamps<T extends WithProperties>(record: T): T {
  if (!(IMPORTED_AT in record.properties) && !(IMPORTED_FROM in record.properties)) return record;
  const properties = { ...record.properties };
  delete properties[IMPORTED_AT];
  delete properties[IMPORTED_FROM];
  return { ...record, properties };
}

/** The record as written from a survey file: its own content, stamped with this run and its file. */
export function stamped<T extends WithProperties>(record: T, at: string, file: string): T {
  return {
    ...record,
    properties: { ...withoutStamps(record).properties, [IMPORTED_AT]: at, [IMPORTED_FROM]: path.basename(file) },
  };
}
