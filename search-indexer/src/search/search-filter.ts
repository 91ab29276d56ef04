import { isEntityKind, normalizeText } from '@icg/graph';
import { toSimplified } from '../chinese-variants.ts';
import type { SearchResponse } from '../meili-types.ts';
import type { EntitySearchFilter, FacetCount } from './search-types.ts';

/**
 * The filter expression for Meilisearch. Kinds come from the allow-list; province and city are user text,
 * so they are quoted with `"` and `\` escaped, the only two characters special inside a quoted value.
 */
export function buildFilter(filter: EntitySearchFilter | undefined): string | undefined {
  if (!filter) return undefined;
  const clauses: string[] = [];
  if (filter.kinds && filter.kinds.length > 0) {
    for (const kind of filter.kinds) {
      if (!isEntityKind(kind)) throw new RangeError(`Unknown entity kind: ${String(kind)}`);
    }
    clauses.push(`kind IN [${filter.kinds.map(quoteFilterValue).join(', ')}]`);
  }
  if (filter.province !== undefined) clauses.push(`province = ${quoteFilterValue(filter.province)}`);
  if (filter.city !== undefined) clauses.push(`city = ${quoteFilterValue(filter.city)}`);
  // Keywords are stored in simplified characters, as extracted.
  for (const keyword of filter.keywords ?? []) clauses.push(`keywords = ${quoteFilterValue(toSimplified(keyword))}`);
  const anyOf = (attribute: string, values: readonly string[] | undefined) => {
    if (values && values.length > 0) clauses.push(`${attribute} IN [${values.map(quoteFilterValue).join(', ')}]`);
  };
  anyOf('industry', filter.industries?.map(toSimplified));
  anyOf('era', filter.eras);
  anyOf('level', filter.levels);
  for (const [bound, operator] of [
    [filter.yearFrom, '>='],
    [filter.yearTo, '<='],
  ] as const) {
    if (bound === undefined) continue;
    // A number goes into the expression as text, so only an integer is let through.
    if (!Number.isInteger(bound)) throw new RangeError(`A year bound must be an integer, got ${bound}`);
    clauses.push(`year ${operator} ${bound}`);
  }
  if (filter.verifiedOnly === true) clauses.push('verification = "verified"');
  return clauses.length > 0 ? clauses.join(' AND ') : undefined;
}

export function quoteFilterValue(value: string): string {
  return `"${normalizeText(value).replace(/["\\]/g, '\\$&')}"`;
}

/** Facet values, most frequent first, then by value. */
export function facetCounts(distribution: Record<string, number> | undefined): FacetCount[] {
  return Object.entries(distribution ?? {})
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/** Every hit Meilisearch counted: exact in page mode, estimated otherwise. */
export function totalOf(response: SearchResponse<unknown>): number {
  return response.totalHits ?? response.estimatedTotalHits ?? response.hits.length;
}

/** What `matchesFilter` reads of a hit: the attributes the filter can name. */
export interface FilterableHit {
  kind: string;
  province?: string | null;
  city?: string | null;
  keywords?: readonly string[];
  industry?: readonly string[];
  era?: string | null;
  level?: string | null;
  year?: number | null;
  verification?: string;
}

/**
 * Whether a hit satisfies `filter` exactly as Meilisearch would read `buildFilter(filter)`: the meaning part of a
 * search is fetched once, unfiltered, and filtered here, so a facet's count is what choosing it finds.
 */
export function matchesFilter(hit: FilterableHit, filter: EntitySearchFilter | undefined): boolean {
  if (!filter) return true;
  const anyOf = (values: readonly string[] | undefined, held: readonly (string | null | undefined)[]) =>
    !values || values.length === 0 || values.some((value) => held.includes(value));
  return (
    (!filter.kinds || filter.kinds.length === 0 || filter.kinds.includes(hit.kind as never)) &&
    (filter.province === undefined || normalizeText(filter.province) === hit.province) &&
    (filter.city === undefined || normalizeText(filter.city) === hit.city) &&
    (filter.keywords ?? []).every((keyword) => (hit.keywords ?? []).includes(toSimplified(normalizeText(keyword)))) &&
    anyOf(
      filter.industries?.map((value) => toSimplified(normalizeText(value))),
      hit.industry ?? [],
    ) &&
    anyOf(filter.eras?.map(normalizeText), [hit.era]) &&
    anyOf(filter.levels?.map(normalizeText), [hit.level]) &&
    (filter.yearFrom === undefined || (typeof hit.year === 'number' && hit.year >= filter.yearFrom)) &&
    (filter.yearTo === undefined || (typeof hit.year === 'number' && hit.year <= filter.yearTo)) &&
    (filter.verifiedOnly !== true || hit.verification === 'verified')
  );
}
