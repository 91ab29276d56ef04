import type { GraphNode, GraphRelationship } from './graph-records.ts';

/**
 * Most aliases one entity keeps. No seeded entity has more than 3 (47 characters in all); every alias becomes a
 * search highlight and a dictionary word at each index run, so a list of a thousand delayed every curator's edit
 * by seconds.
 */
export const MAX_ALIASES = 50;
/** Longest alias, in code points (as a name). */
export const MAX_ALIAS_LENGTH = 200;
/** Most code points over all of one entity's aliases. */
export const MAX_ALIASES_TOTAL_LENGTH = 2_000;
/**
 * Largest record as stored (its JSON, UTF-8), sources and properties included: sources are merged over edits, so
 * a record could otherwise grow with every upsert, and each copy goes to the edit log and the search index. The
 * largest seeded record is 2.3 KB.
 */
export const MAX_RECORD_BYTES = 64 * 1024;

const length = (text: string) => [...text].length;

/** What is wrong with an alias list (naming the limit), or undefined. Each alias is assumed trimmed. */
export function aliasesProblem(field: string, aliases: readonly string[]): string | undefined {
  if (aliases.length > MAX_ALIASES) return `${field} may hold at most ${MAX_ALIASES} names; got ${aliases.length}`;
  const long = aliases.findIndex((alias) => length(alias) > MAX_ALIAS_LENGTH);
  if (long >= 0) return `${field}[${long}] must be at most ${MAX_ALIAS_LENGTH} characters`;
  const total = aliases.reduce((sum, alias) => sum + length(alias), 0);
  if (total > MAX_ALIASES_TOTAL_LENGTH) {
    return `${field} may hold at most ${MAX_ALIASES_TOTAL_LENGTH} characters in all; got ${total}`;
  }
  return undefined;
}

/** The record's size as stored, in UTF-8 bytes of its JSON. */
export function recordBytes(record: GraphNode | GraphRelationship): number {
  return Buffer.byteLength(JSON.stringify(record), 'utf8');
}

/** Why a record is too large to store (its size and the limit), or undefined. */
export function recordSizeProblem(record: GraphNode | GraphRelationship): string | undefined {
  const bytes = recordBytes(record);
  if (bytes <= MAX_RECORD_BYTES) return undefined;
  return `${record.id} would be ${bytes} bytes as stored; the limit for one record is ${MAX_RECORD_BYTES} bytes (64 KiB)`;
}
