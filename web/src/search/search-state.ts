import type { EntityKind } from '../graphql/generated.ts';
import { listParam } from '../app/router.tsx';
import { KIND_LABELS } from '../i18n/labels.ts';

/** Hits per "load more" step; the API returns at most 100 hits per request. */
export const PAGE_SIZE = 20;
export const MAX_HITS = 100;

/** The API takes queries of at most 200 characters; the search box, like the widget's, takes no more. */
export const MAX_QUERY_LENGTH = 200;

/** The API accepts at most 10 values per list filter. */
const MAX_FILTER_VALUES = 10;

/** Facet groups a reader can toggle, each kept in its own query parameter. */
export type FacetGroup = 'kinds' | 'province' | 'city' | 'industry' | 'era' | 'level' | 'keywords';

/** Province and city filter by one value; the other groups take several. */
export const SINGLE_VALUE_GROUPS: ReadonlySet<FacetGroup> = new Set(['province', 'city']);

export interface SearchState {
  q: string;
  kinds: EntityKind[];
  province: string | null;
  city: string | null;
  industry: string[];
  era: string[];
  level: string[];
  keywords: string[];
  /** Words of the query the reader asked not to read as filters (a removed chip). */
  literal: string[];
  /** How many pages of hits are shown, from 1. */
  page: number;
}

const SEARCHABLE_KINDS = new Set(Object.keys(KIND_LABELS).filter((kind) => kind !== 'Narrative'));

function list(search: URLSearchParams, name: string): string[] {
  return listParam(search, name).slice(0, MAX_FILTER_VALUES);
}

/** Reads the search from a URL's query; unknown kinds and malformed pages are dropped rather than sent. */
export function readSearchState(search: URLSearchParams): SearchState {
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  return {
    q: (search.get('q') ?? '').trim(),
    kinds: list(search, 'kinds').filter((kind): kind is EntityKind => SEARCHABLE_KINDS.has(kind)),
    // The API refuses an empty filter; an empty parameter in a URL means no filter.
    province: search.get('province')?.trim() || null,
    city: search.get('city')?.trim() || null,
    industry: list(search, 'industry'),
    era: list(search, 'era'),
    level: list(search, 'level'),
    keywords: list(search, 'keywords'),
    literal: list(search, 'literal'),
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, MAX_HITS / PAGE_SIZE) : 1,
  };
}

export function selectedValues(state: SearchState, group: FacetGroup): string[] {
  const value = state[group];
  if (Array.isArray(value)) return value;
  return value ? [value] : [];
}

/** The query parameters after toggling one facet value; the shown pages start again from the first. */
export function toggleFacet(
  state: SearchState,
  group: FacetGroup,
  value: string,
): Record<string, string | string[] | null> {
  const selected = selectedValues(state, group);
  const isOn = selected.includes(value);
  if (SINGLE_VALUE_GROUPS.has(group)) return { [group]: isOn ? null : value, page: null };
  const next = isOn ? selected.filter((v) => v !== value) : [...selected, value].slice(0, MAX_FILTER_VALUES);
  return { [group]: next, page: null };
}

export function activeFilterCount(state: SearchState): number {
  return (
    state.kinds.length +
    (state.province ? 1 : 0) +
    (state.city ? 1 : 0) +
    state.industry.length +
    state.era.length +
    state.level.length +
    state.keywords.length
  );
}

/** The words and filters as query variables: empty filters are left out, so the API applies none. */
export function searchFilters(state: SearchState) {
  const orNone = <T>(values: T[]) => (values.length > 0 ? values : null);
  return {
    query: state.q,
    kinds: orNone(state.kinds),
    province: state.province,
    city: state.city,
    industry: orNone(state.industry),
    era: orNone(state.era),
    level: orNone(state.level),
    keywords: orNone(state.keywords),
    literal: orNone(state.literal),
  };
}

/** Variables of the search query: the filters, and every page shown so far in one request. */
export function searchVariables(state: SearchState) {
  return { ...searchFilters(state), first: Math.min(state.page * PAGE_SIZE, MAX_HITS) };
}
