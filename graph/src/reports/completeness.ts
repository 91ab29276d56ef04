import { ENTITY_KIND_LABELS_ZH, ENTITY_KINDS, type EntityKind } from '../model/entity-kinds.ts';
import type { GraphNode, JsonValue } from '../model/graph-records.ts';
import { formatCsv } from '../exchange/csv/csv.ts';

/**
 * Kinds that sit at one spot on a map; only these are expected to have coordinates. A node has
 * coordinates when `properties.lat` and `properties.lng` (or `latitude` and `longitude`) are
 * numbers within range, in WGS 84 decimal degrees. Degrees-minutes-seconds text does not count.
 */
export const KINDS_WITH_COORDINATES: ReadonlySet<EntityKind> = new Set([
  'Enterprise',
  'HeritageSite',
  'Museum',
  'TourismSite',
  'StudyBase',
  'Place',
]);

/**
 * The properties that count as a record's date, per kind (names as in docs/data-dictionary.md):
 * any one of them, as a number or a non-empty text, is enough. For the kinds in
 * DESIGNATION_DATE_KINDS an entry of `designations` with a `year` (the year it was listed) counts
 * too. Kinds with an empty list have no defining date and are not counted.
 */
export const DATE_PROPERTIES: Readonly<Record<EntityKind, readonly string[]>> = {
  Enterprise: ['founded_year'],
  Entrepreneur: ['birth', 'birth_year'],
  Craftsman: ['birth', 'birth_year', 'era'],
  HeritageSite: [
    'founded_year',
    'built_year',
    'opened',
    'national_industrial_heritage_year',
    'provincial_industrial_heritage_year',
  ],
  Museum: ['opened', 'opened_year', 'founded_year'],
  TourismSite: ['opened', 'opened_year', 'founded_year'],
  StudyBase: ['opened_year', 'founded_year'],
  Technique: ['national_year'],
  Story: ['year'],
  Place: [],
  Award: [],
  Project: ['startYear'],
  PolicyDocument: ['publishedOn', 'signedOn', 'startYear'],
  PolicySection: [],
  PolicyTask: [],
  Department: [],
  Target: [],
  Theme: [],
  Narrative: [],
};

/** Kinds whose listing year (`designations[].year`) counts as a date. */
export const DESIGNATION_DATE_KINDS: ReadonlySet<EntityKind> = new Set([
  'Enterprise',
  'HeritageSite',
  'Museum',
  'TourismSite',
  'StudyBase',
  'Technique',
]);

export interface CompletenessCounts {
  records: number;
  /** null where the kind is not expected to have coordinates. */
  missingCoordinates: number | null;
  /** null where the kind has no date properties. */
  missingDates: number | null;
  /** Records without a source naming a url or a document. */
  missingSources: number;
  /** Records whose description is null or blank. */
  missingDescriptions: number;
}

export interface CompletenessRow extends CompletenessCounts {
  kind: EntityKind;
  /** null: records without a city. */
  city: string | null;
}

export interface CompletenessReport {
  /** One row per kind, every city together; kinds without records are left out. */
  byKind: CompletenessRow[];
  /** One row per kind and city, cities sorted, records without a city last. */
  byKindAndCity: CompletenessRow[];
  totals: CompletenessCounts;
}

function inRange(value: JsonValue | undefined, limit: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;
}

export function hasCoordinates(node: GraphNode): boolean {
  const { lat, lng, latitude, longitude } = node.properties;
  return (inRange(lat, 90) && inRange(lng, 180)) || (inRange(latitude, 90) && inRange(longitude, 180));
}

export function hasDate(node: GraphNode): boolean {
  const named = DATE_PROPERTIES[node.kind].some((key) => {
    const value = node.properties[key];
    return (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.trim() !== '');
  });
  if (named || !DESIGNATION_DATE_KINDS.has(node.kind)) return named;
  const designations = node.properties.designations;
  return (
    Array.isArray(designations) &&
    designations.some(
      (entry) => typeof entry === 'object' && entry !== null && !Array.isArray(entry) && typeof entry.year === 'number',
    )
  );
}

export function hasSource(node: GraphNode): boolean {
  return node.sources.some((source) => Boolean(source.url?.trim() || source.document?.trim()));
}

function tally(kind: EntityKind, city: string | null, nodes: readonly GraphNode[]): CompletenessRow {
  return {
    kind,
    city,
    records: nodes.length,
    missingCoordinates: KINDS_WITH_COORDINATES.has(kind) ? nodes.filter((n) => !hasCoordinates(n)).length : null,
    missingDates:
      DATE_PROPERTIES[kind].length > 0 || DESIGNATION_DATE_KINDS.has(kind)
        ? nodes.filter((n) => !hasDate(n)).length
        : null,
    missingSources: nodes.filter((n) => !hasSource(n)).length,
    missingDescriptions: nodes.filter((n) => !n.description?.trim()).length,
  };
}

const byCity = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'zh-Hans-CN');

/** Counts per kind and per city of the records, and of those missing coordinates, dates, sources, descriptions. */
export function completenessReport(nodes: readonly GraphNode[]): CompletenessReport {
  const byKind: CompletenessRow[] = [];
  const byKindAndCity: CompletenessRow[] = [];
  for (const kind of ENTITY_KINDS) {
    const ofKind = nodes.filter((node) => node.kind === kind);
    if (ofKind.length === 0) continue;
    byKind.push(tally(kind, null, ofKind));
    const cities = [...new Set(ofKind.map((node) => node.city))].sort(byCity);
    for (const city of cities)
      byKindAndCity.push(
        tally(
          kind,
          city,
          ofKind.filter((node) => node.city === city),
        ),
      );
  }
  const sum = (pick: (row: CompletenessRow) => number | null) =>
    byKind.reduce((total, row) => total + (pick(row) ?? 0), 0);
  return {
    byKind,
    byKindAndCity,
    totals: {
      records: sum((row) => row.records),
      missingCoordinates: sum((row) => row.missingCoordinates),
      missingDates: sum((row) => row.missingDates),
      missingSources: sum((row) => row.missingSources),
      missingDescriptions: sum((row) => row.missingDescriptions),
    },
  };
}

const NO_CITY = '（未填城市）';

function cell(missing: number | null, records: number): string {
  if (missing === null) return '—';
  if (records === 0) return '0';
  return `${missing} (${Math.round((missing / records) * 100)}%)`;
}

const escapeMarkdown = (text: string) => text.replaceAll('|', '\\|').replace(/[\r\n]+/g, ' ');

/** A Markdown table per kind: one row per city, then the kind's total. "—": not expected for the kind. */
export function renderCompletenessMarkdown(
  report: CompletenessReport,
  title = '数据完整度报告 (completeness)',
): string {
  const lines = [`# ${title}`, ''];
  lines.push(
    `${report.totals.records} records. Missing: coordinates ${report.totals.missingCoordinates}, ` +
      `dates ${report.totals.missingDates}, sources ${report.totals.missingSources}, ` +
      `descriptions ${report.totals.missingDescriptions}. "—" marks a field the kind is not expected to have.`,
    '',
  );
  for (const total of report.byKind) {
    lines.push(`## ${ENTITY_KIND_LABELS_ZH[total.kind]} (${total.kind})`, '');
    lines.push(
      '| 城市 city | 记录 records | 缺坐标 no coordinates | 缺日期 no date | 缺来源 no source | 缺简介 no description |',
    );
    lines.push('| --- | ---: | ---: | ---: | ---: | ---: |');
    const rows = report.byKindAndCity.filter((row) => row.kind === total.kind);
    for (const row of [...rows, { ...total, city: '**合计 total**' }]) {
      lines.push(
        `| ${escapeMarkdown(row.city ?? NO_CITY)} | ${row.records} | ${cell(row.missingCoordinates, row.records)} | ` +
          `${cell(row.missingDates, row.records)} | ${cell(row.missingSources, row.records)} | ` +
          `${cell(row.missingDescriptions, row.records)} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** One row per kind and city, then one per kind (city `*`); empty cells where a field is not expected. */
export function renderCompletenessCsv(report: CompletenessReport): string {
  const number = (value: number | null) => (value === null ? '' : String(value));
  const rows = [
    ['kind', 'city', 'records', 'missing_coordinates', 'missing_dates', 'missing_sources', 'missing_descriptions'],
    ...[...report.byKindAndCity, ...report.byKind.map((row) => ({ ...row, city: '*' }))].map((row) => [
      row.kind,
      row.city ?? '',
      String(row.records),
      number(row.missingCoordinates),
      number(row.missingDates),
      String(row.missingSources),
      String(row.missingDescriptions),
    ]),
  ];
  return formatCsv(rows);
}
