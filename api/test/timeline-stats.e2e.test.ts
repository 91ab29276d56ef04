import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPH_BACKENDS, graphql, startTestService, type TestService } from '@icg/api/testing';

const TIMELINE = /* GraphQL */ `
  query Timeline($kinds: [EntityKind!], $province: String, $from: Int, $to: Int) {
    timeline(kinds: $kinds, province: $province, from: $from, to: $to) {
      year
      date
      kind
      label
      entity {
        id
        kind
        province
      }
      related {
        id
      }
      sources {
        document
        locator
      }
    }
  }
`;

const STATS = /* GraphQL */ `
  query Stats {
    stats {
      nodes
      relationships
      byKind {
        kind
        count
      }
      byRelationType {
        type
        count
      }
      byProvince {
        province
        count
        byKind {
          kind
          count
        }
      }
    }
  }
`;

interface TimelineEvent {
  year: number;
  date: string | null;
  kind: string;
  label: string;
  entity: { id: string; kind: string; province: string | null };
  related: { id: string } | null;
  sources: { document: string | null; locator: string | null }[];
}

interface StatsData {
  stats: {
    nodes: number;
    relationships: number;
    byKind: { kind: string; count: number }[];
    byRelationType: { type: string; count: number }[];
    byProvince: { province: string | null; count: number; byKind: { kind: string; count: number }[] }[];
  };
}

const sum = (counts: readonly { count: number }[]) => counts.reduce((total, c) => total + c.count, 0);

describe.each(GRAPH_BACKENDS)('timeline and stats over HTTP, on the %s graph store', (backend) => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService({ GRAPH_BACKEND: backend });
  });
  afterAll(async () => {
    await service?.dispose();
  });

  async function timeline(variables: Record<string, unknown> = {}) {
    return graphql<{ timeline: TimelineEvent[] }>(service.url, TIMELINE, variables);
  }

  async function timelineEvents(variables: Record<string, unknown> = {}): Promise<TimelineEvent[]> {
    const { status, body } = await timeline(variables);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    return body.data!.timeline;
  }

  describe('timeline', () => {
    it('lists dated events of every kind, oldest first, each with a label and sources', async () => {
      const events = await timelineEvents();
      expect(events.length).toBeGreaterThan(100);
      expect(events.length).toBeLessThanOrEqual(1000);
      const years = events.map((e) => e.year);
      expect(years).toEqual([...years].sort((a, b) => a - b));
      expect(new Set(events.map((e) => e.kind))).toEqual(
        new Set(['FOUNDED', 'LISTED', 'AWARDED', 'SIGNED', 'PUBLISHED', 'OTHER']),
      );
      expect(events.filter((e) => e.sources.length === 0 || e.label === '')).toEqual([]);
    });

    it('tells who founded what: 1895年 张謇 创办 大生纱厂', async () => {
      const events = await timelineEvents({ kinds: ['Enterprise'], province: '江苏', from: 1895, to: 1895 });
      expect(events).toContainEqual(
        expect.objectContaining({
          year: 1895,
          kind: 'FOUNDED',
          label: '1895年 张謇 创办 大生纱厂（江苏大生集团有限公司）',
          entity: { id: 'ent-dasheng', kind: 'Enterprise', province: '江苏' },
          related: { id: 'en-zhang-jian' },
        }),
      );
    });

    it('dates the signing and publishing of the Anhui plan to the day', async () => {
      const events = await timelineEvents({ kinds: ['PolicyDocument'], province: '安徽省' });
      expect(events.filter((e) => e.kind !== 'OTHER').map((e) => [e.kind, e.date])).toEqual([
        ['SIGNED', '2021-12-08'],
        ['PUBLISHED', '2021-12-21'],
      ]);
      expect(events.every((e) => e.entity.id === 'policy-anhui-2021-2025')).toBe(true);
    });

    it('lists heritage listings with their year and batch', async () => {
      const events = await timelineEvents({ kinds: ['HeritageSite'], from: 2018, to: 2018 });
      expect(events.map((e) => e.label)).toContain('2018年 大生纱厂旧址 列入第二批国家工业遗产');
      expect(events.every((e) => e.year === 2018 && e.entity.kind === 'HeritageSite')).toBe(true);
    });

    it('keeps only events of the province and the years asked for, bounds included', async () => {
      const events = await timelineEvents({ province: '安徽', from: 2006, to: 2010 });
      expect(events.length).toBeGreaterThan(0);
      expect(events.every((e) => e.entity.province === '安徽' && e.year >= 2006 && e.year <= 2010)).toBe(true);
      expect(events.some((e) => e.year === 2006)).toBe(true);
    });

    it.each([
      [{ from: 2020, to: 2010 }, 'from'],
      [{ from: 999 }, 'from'],
      [{ to: 2101 }, 'to'],
      [{ from: 20021 }, 'from'],
    ])('refuses %o with BAD_USER_INPUT naming the argument', async (variables, argument) => {
      const { body } = await timeline(variables);
      expect(body.data?.timeline ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    });
  });

  describe('stats', () => {
    let stats: StatsData['stats'];

    beforeAll(async () => {
      const { status, body } = await graphql<StatsData>(service.url, STATS);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      stats = body.data!.stats;
    });

    it('counts the seeded graph: 438 nodes and 898 relationships', () => {
      // 431 records and 883 relationships, plus the 7 reuse projects derived from CONVERTED_TO and their 15 links.
      expect(stats.nodes).toBe(438);
      expect(stats.relationships).toBe(898);
      expect(sum(stats.byRelationType)).toBe(898);
    });

    it('counts nodes by kind, adding up to the node count', () => {
      expect(sum(stats.byKind)).toBe(stats.nodes);
      const byKind = Object.fromEntries(stats.byKind.map((k) => [k.kind, k.count]));
      expect(byKind).toMatchObject({ PolicyDocument: 3, PolicySection: 12, PolicyTask: 30, Target: 7 });
    });

    it('counts nodes by province, adding up to the node count, the province-less row last', () => {
      expect(stats.byProvince.map((p) => p.province)).toEqual(['江苏', '安徽', null]);
      expect(sum(stats.byProvince)).toBe(stats.nodes);
      for (const row of stats.byProvince) expect(sum(row.byKind)).toBe(row.count);
      const jiangsu = stats.byProvince.find((p) => p.province === '江苏')!;
      expect(jiangsu.byKind.find((k) => k.kind === 'PolicyTask')?.count).toBe(11);
    });

    it('agrees with the store on each province', async () => {
      for (const row of stats.byProvince.filter((p) => p.province !== null)) {
        expect(await service.graph.countNodes({ province: row.province! })).toBe(row.count);
      }
    });
  });

  describe('counts per city, for the map', () => {
    const BY_CITY = /* GraphQL */ `
      query ByCity($kinds: [EntityKind!]) {
        stats {
          byCity(kinds: $kinds) {
            province
            city
            count
            byKind {
              kind
              count
            }
          }
        }
      }
    `;
    type CityRow = { province: string | null; city: string; count: number; byKind: { kind: string; count: number }[] };

    async function byCity(kinds?: string[]): Promise<CityRow[]> {
      const { body } = await graphql<{ stats: { byCity: CityRow[] } }>(service.url, BY_CITY, kinds ? { kinds } : {});
      expect(body.errors).toBeUndefined();
      return body.data!.stats.byCity;
    }

    it('counts each city of the two provinces, largest first, agreeing with the store', async () => {
      const rows = await byCity();
      expect(rows.map((r) => r.count)).toEqual([...rows.map((r) => r.count)].sort((a, b) => b - a));
      for (const row of rows) expect(sum(row.byKind)).toBe(row.count);
      const wuxi = rows.find((r) => r.city === '无锡市')!;
      expect(wuxi.province).toBe('江苏');
      expect(wuxi.count).toBe(await service.graph.countNodes({ city: '无锡市' }));
      expect(rows.find((r) => r.city === '芜湖市')?.province).toBe('安徽');
    });

    it('counts only the kinds asked for', async () => {
      const museums = await byCity(['Museum']);
      expect(museums.length).toBeGreaterThan(0);
      for (const row of museums) expect(row.byKind.map((k) => k.kind)).toEqual(['Museum']);
      expect(sum(museums)).toBeLessThanOrEqual(await service.graph.countNodes({ kinds: ['Museum'] }));
    });
  });

  describe('completeness report', () => {
    const COMPLETENESS = /* GraphQL */ `
      {
        completeness {
          totals {
            records
            missingCoordinates
            missingSources
          }
          byKind {
            kind
            city
            records
            missingCoordinates
            missingDates
          }
          byKindAndCity {
            kind
            city
            records
          }
        }
      }
    `;

    it('reports every surveyed record, per kind and per kind and city', async () => {
      type Row = { kind: string; city: string | null; records: number; missingCoordinates: number | null };
      const { body } = await graphql<{
        completeness: { totals: { records: number; missingCoordinates: number }; byKind: Row[]; byKindAndCity: Row[] };
      }>(service.url, COMPLETENESS);
      expect(body.errors).toBeUndefined();
      const report = body.data!.completeness;
      const narratives = await service.graph.countNodes({ kinds: ['Narrative'] });
      expect(report.totals.records).toBe((await service.graph.countNodes({})) - narratives);
      expect(report.byKind.reduce((n, row) => n + row.records, 0)).toBe(report.totals.records);
      expect(report.byKindAndCity.reduce((n, row) => n + row.records, 0)).toBe(report.totals.records);
      // The curated records carry no coordinates yet: every mappable one is counted as missing them.
      const museums = report.byKind.find((row) => row.kind === 'Museum')!;
      expect(museums.missingCoordinates).toBe(museums.records);
      expect(report.byKind.find((row) => row.kind === 'PolicyTask')!.missingCoordinates).toBeNull();
    });
  });
});
