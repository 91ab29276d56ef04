import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** What a judged query exercises; figures are reported per category so a regression shows where it is. */
export const QUERY_CATEGORIES = [
  'name',
  'domain-term',
  'partial-word',
  'multi-word',
  'typo',
  'traditional',
  'pinyin',
  'former-name',
  'abbreviation',
  'question',
  'concept',
  'run-together',
  'homophone-typo',
  'spaced-pinyin',
] as const;
export type QueryCategory = (typeof QUERY_CATEGORIES)[number];

export interface JudgedQuery {
  query: string;
  category: QueryCategory;
  /** Ids of the entities a reader of the data would expect among the first results, best known first. */
  relevant: string[];
  /** Why these entities are the relevant ones, where it is not obvious from the names. */
  note?: string;
}

/** The judged set kept in the repo, beside the figures recorded for it. */
export const JUDGED_QUERIES_FILE = fileURLToPath(new URL('../../relevance/judged-queries.json', import.meta.url));

/** Reads and checks the judged set; a malformed entry stops the run rather than skewing the figures. */
export async function readJudgedQueries(path: string = JUDGED_QUERIES_FILE): Promise<JudgedQuery[]> {
  const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
  const entries = Array.isArray(parsed) ? parsed : (parsed as { queries?: unknown } | null)?.queries;
  if (!Array.isArray(entries)) throw new Error(`${path}: expected an array "queries"`);
  const seen = new Set<string>();
  return entries.map((entry: unknown, i) => {
    const where = `${path}: queries[${i}]`;
    if (typeof entry !== 'object' || entry === null) throw new Error(`${where} is not an object`);
    const { query, category, relevant, note } = entry as Record<string, unknown>;
    if (typeof query !== 'string' || query.trim() === '') throw new Error(`${where}.query must be a non-empty string`);
    if (seen.has(query)) throw new Error(`${where}: the query ${JSON.stringify(query)} is judged twice`);
    seen.add(query);
    if (!QUERY_CATEGORIES.includes(category as QueryCategory)) {
      throw new Error(`${where}.category must be one of ${QUERY_CATEGORIES.join(', ')}`);
    }
    if (!Array.isArray(relevant) || relevant.length === 0 || !relevant.every((id) => typeof id === 'string')) {
      throw new Error(`${where}.relevant must list at least one entity id`);
    }
    if (note !== undefined && typeof note !== 'string') throw new Error(`${where}.note must be a string`);
    return {
      query,
      category: category as QueryCategory,
      relevant: [...new Set(relevant as string[])],
      ...(note === undefined ? {} : { note }),
    };
  });
}

/**
 * A digest of the judgements (not of the notes), stored with the recorded figures: figures measured on
 * another set of judgements say nothing about this one.
 */
export function judgedSetDigest(queries: readonly JudgedQuery[]): string {
  const canonical = queries.map(({ query, category, relevant }) => [query, category, [...relevant].sort()]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 16);
}
