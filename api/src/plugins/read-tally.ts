import { API_LIMITS } from './api-limits.ts';
import { limitExceeded } from './limit-exceeded.ts';

/**
 * Records one request has read from the store through its loaders. Reading a page of a hub's
 * relationships reads all of them, which the cost (priced by pages) cannot see: this is what bounds
 * the work, and what `useRateLimit` charges a fanout client for afterwards.
 */
export interface ReadTally {
  records: number;
  readonly maximum: number;
}

export function createReadTally(maximum: number = API_LIMITS.recordsRead): ReadTally {
  return { records: 0, maximum };
}

/**
 * Adds a batch's records; past the maximum the batch fails with LIMIT_EXCEEDED, and so does every
 * later one, so the fields still to be read come back as errors and the request winds down.
 */
export function countRead(tally: ReadTally, records: number): void {
  tally.records += records;
  if (tally.records > tally.maximum) {
    throw limitExceeded({
      limit: 'recordsRead',
      maximum: tally.maximum,
      actual: tally.records,
      message: 'The operation reads too many entities and relationships',
    });
  }
}
