import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../model/graph-records.ts';
import { parseCsv } from '../exchange/csv/csv.ts';
import {
  completenessReport,
  hasCoordinates,
  hasDate,
  renderCompletenessCsv,
  renderCompletenessMarkdown,
} from './completeness.ts';

const node = (id: string, extra: Partial<GraphNode>): GraphNode => ({
  id,
  kind: 'HeritageSite',
  name: id,
  aliases: [],
  province: '江苏',
  city: '南通市',
  description: '简介',
  properties: {},
  sources: [{ document: '名录' }],
  ...extra,
});

const NODES: GraphNode[] = [
  node('complete', { properties: { lat: 32.0, lng: 120.9, founded_year: 1895 } }),
  node('no-coordinates', { properties: { designations: [{ list: '国家工业遗产', level: 'national', year: 2018 }] } }),
  node('dms-only', { properties: { coordinates: { lat_dms: '31°34′18″N' } }, description: '  ' }),
  node('no-city', { city: null, sources: [{ locator: '第 3 行' }], properties: { latitude: 31.5, longitude: 120.3 } }),
  node('wuxi', { city: '无锡市', description: null, sources: [] }),
  node('theme', { kind: 'Theme', city: null }),
  node('story', { kind: 'Story', properties: { year: '1895' } }),
];

describe('completeness report', () => {
  it('counts coordinates from lat/lng or latitude/longitude, in decimal degrees within range', () => {
    expect(hasCoordinates(NODES[0]!)).toBe(true);
    expect(hasCoordinates(NODES[3]!)).toBe(true);
    expect(hasCoordinates(NODES[2]!)).toBe(false);
    expect(hasCoordinates(node('x', { properties: { lat: 95, lng: 10 } }))).toBe(false);
  });

  it('counts a date from any of the kind’s date properties, as a number or text, or from a designation’s year', () => {
    expect(hasDate(NODES[1]!)).toBe(true);
    expect(hasDate(NODES[6]!)).toBe(true);
    expect(hasDate(NODES[2]!)).toBe(false);
  });

  it('counts per kind and per city (cities in pinyin order, no city last), null where a kind is not expected to have the field', () => {
    const report = completenessReport(NODES);
    expect(report.byKindAndCity).toEqual([
      {
        kind: 'HeritageSite',
        city: '南通市',
        records: 3,
        missingCoordinates: 2,
        missingDates: 1,
        missingSources: 0,
        missingDescriptions: 1,
      },
      {
        kind: 'HeritageSite',
        city: '无锡市',
        records: 1,
        missingCoordinates: 1,
        missingDates: 1,
        missingSources: 1,
        missingDescriptions: 1,
      },
      {
        kind: 'HeritageSite',
        city: null,
        records: 1,
        missingCoordinates: 0,
        missingDates: 1,
        missingSources: 1,
        missingDescriptions: 0,
      },
      {
        kind: 'Story',
        city: '南通市',
        records: 1,
        missingCoordinates: null,
        missingDates: 0,
        missingSources: 0,
        missingDescriptions: 0,
      },
      {
        kind: 'Theme',
        city: null,
        records: 1,
        missingCoordinates: null,
        missingDates: null,
        missingSources: 0,
        missingDescriptions: 0,
      },
    ]);
    expect(report.byKind.map((row) => [row.kind, row.records, row.missingCoordinates])).toEqual([
      ['HeritageSite', 5, 3],
      ['Story', 1, null],
      ['Theme', 1, null],
    ]);
    expect(report.totals).toEqual({
      records: 7,
      missingCoordinates: 3,
      missingDates: 3,
      missingSources: 2,
      missingDescriptions: 2,
    });
  });

  it('renders Markdown: a table per kind with counts and shares, — for fields a kind does not have', () => {
    const markdown = renderCompletenessMarkdown(completenessReport(NODES));
    expect(markdown).toContain('## 工业遗产 (HeritageSite)');
    expect(markdown).toContain('| 南通市 | 3 | 2 (67%) | 1 (33%) | 0 (0%) | 1 (33%) |');
    expect(markdown).toContain('| （未填城市） | 1 | 0 (0%) | 1 (100%) | 1 (100%) | 0 (0%) |');
    expect(markdown).toContain('| **合计 total** | 5 | 3 (60%) | 3 (60%) | 2 (40%) | 2 (40%) |');
    expect(markdown).toContain('| 南通市 | 1 | — | 0 (0%) | 0 (0%) | 0 (0%) |');
  });

  it('renders CSV: one row per kind and city, then per kind (city *), empty where not applicable', () => {
    const { records } = parseCsv(renderCompletenessCsv(completenessReport(NODES)));
    expect(records[0]?.fields).toEqual([
      'kind',
      'city',
      'records',
      'missing_coordinates',
      'missing_dates',
      'missing_sources',
      'missing_descriptions',
    ]);
    expect(records.map((r) => r.fields).find((f) => f[0] === 'Theme' && f[1] === '*')).toEqual([
      'Theme',
      '*',
      '1',
      '',
      '',
      '0',
      '0',
    ]);
  });
});
