import { listParam } from '../app/router.tsx';
import type { EntityKind, ProjectStatus, VerificationStatus } from '../graphql/generated.ts';

/** The kinds the map can count, places first. */
export const MAP_KINDS = [
  'HeritageSite',
  'Museum',
  'TourismSite',
  'StudyBase',
  'Enterprise',
  'Craftsman',
  'Entrepreneur',
  'Technique',
  'Story',
  'Project',
] as const satisfies readonly EntityKind[];

/** Kinds that stand at one place; people, techniques and stories are tied to a city only loosely. */
export const DEFAULT_MAP_KINDS: readonly EntityKind[] = MAP_KINDS.slice(0, 5);

export const MAP_PROVINCES = ['江苏', '安徽'] as const;

export const MAP_VERIFICATION_STATUSES = [
  'VERIFIED',
  'UNVERIFIED',
  'DISPUTED',
] as const satisfies readonly VerificationStatus[];

export const MAP_PROJECT_STATUSES = [
  'RESERVE',
  'UNDER_CONSTRUCTION',
  'COMPLETED',
  'OPERATING',
] as const satisfies readonly ProjectStatus[];

export interface MapState {
  kinds: EntityKind[];
  province: string | null;
  city: string | null;
  /** Designation lists the points must be on (any of them); empty: no such filter. */
  lists: string[];
  /** Verification statuses kept; empty: all. */
  statuses: VerificationStatus[];
  /** Statuses of the projects kept (other kinds are not filtered by it); empty: all. */
  projectStatuses: ProjectStatus[];
}

/** The map's state from the query string; the place-like kinds when `kinds` is missing or names none known. */
export function readMapState(search: URLSearchParams): MapState {
  const known = new Set<string>(MAP_KINDS);
  const kinds = listParam(search, 'kinds').filter((kind): kind is EntityKind => known.has(kind));
  const province = search.get('province');
  const statuses = listParam(search, 'status');
  const projectStatuses = listParam(search, 'projectStatus');
  return {
    kinds: kinds.length > 0 ? MAP_KINDS.filter((kind) => kinds.includes(kind)) : [...DEFAULT_MAP_KINDS],
    province: province && (MAP_PROVINCES as readonly string[]).includes(province) ? province : null,
    city: search.get('city') || null,
    lists: listParam(search, 'lists'),
    statuses: MAP_VERIFICATION_STATUSES.filter((status) => statuses.includes(status)),
    projectStatuses: MAP_PROJECT_STATUSES.filter((status) => projectStatuses.includes(status)),
  };
}

/** The `kinds` query value: left out for the default set, so the plain /map URL stays short. */
export function kindsParam(kinds: readonly EntityKind[]): string[] | null {
  const isDefault =
    kinds.length === DEFAULT_MAP_KINDS.length && DEFAULT_MAP_KINDS.every((kind) => kinds.includes(kind));
  return isDefault ? null : MAP_KINDS.filter((kind) => kinds.includes(kind));
}

interface KindCounts {
  byKind: readonly { kind: string; count: number }[];
}

/** The entities of `kinds` among counted rows. */
export function countOfKinds(row: KindCounts, kinds: readonly string[]): number {
  return row.byKind.filter((entry) => kinds.includes(entry.kind)).reduce((sum, entry) => sum + entry.count, 0);
}

/**
 * Entities of a province that name no city: the API counts them per province but not per city, so
 * they are the province's count of these kinds less what its cities hold.
 */
export function withoutCity(
  province: string,
  byProvince: readonly (KindCounts & { province?: string | null })[],
  byCity: readonly { province?: string | null; count: number }[],
  kinds: readonly string[],
): number {
  const row = byProvince.find((entry) => entry.province === province);
  const inProvince = row ? countOfKinds(row, kinds) : 0;
  const inCities = byCity.filter((entry) => entry.province === province).reduce((sum, entry) => sum + entry.count, 0);
  return Math.max(0, inProvince - inCities);
}

/**
 * The key of a city's count: province and city together, the pair `stats.byCity` groups by, so two rows naming
 * one city (a stray province spelling, say) never overwrite each other's count.
 */
export function cityKey(province: string | null | undefined, city: string): string {
  return `${province ?? ''}|${city}`;
}

/** The counts of `stats.byCity` rows by cityKey, rows with the same pair added up. */
export function cityCounts(
  rows: readonly { province?: string | null; city: string; count: number }[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = cityKey(row.province, row.city);
    counts.set(key, (counts.get(key) ?? 0) + row.count);
  }
  return counts;
}
