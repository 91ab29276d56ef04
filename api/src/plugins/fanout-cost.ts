import type { ExecutionResult } from 'graphql';
import { RECORDS_PER_COST_POINT } from './api-limits.ts';
import type { ReadTally } from './read-tally.ts';

/** Fields an answer holds: 1 per key of every object in it, lists counted item by item. */
export function answerFields(data: unknown): number {
  if (Array.isArray(data)) return data.reduce((sum: number, item: unknown) => sum + answerFields(item), 0);
  if (data === null || typeof data !== 'object') return 0;
  let fields = 0;
  for (const value of Object.values(data)) fields += 1 + answerFields(value);
  return fields;
}

/**
 * What a fanout operation really cost, in the cost's points: the fields of its answer (the estimate
 * assumed every page full) and the records its loaders read (a page of a hub's relationships reads
 * them all), one point per RECORDS_PER_COST_POINT.
 */
export function actualCost(result: ExecutionResult | undefined, reads: ReadTally | undefined): number {
  return answerFields(result?.data) + Math.floor((reads?.records ?? 0) / RECORDS_PER_COST_POINT);
}
