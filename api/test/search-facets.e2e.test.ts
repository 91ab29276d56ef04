import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, startTestService, type TestService } from '@icg/api/testing';

// Facets and filters by industry, era, level and year, over the seeded graph and the real Meilisearch. By words:
// there each count is exactly what its filter finds. Matched by meaning too, a filter narrows the nearest hits as
// well, so a filtered search may find more than the count (semantic-search.e2e.test.ts).

const SEARCH = /* GraphQL */ `
  query SearchFacets(
    $query: String!
    $industry: [String!]
    $era: [String!]
    $level: [String!]
    $yearFrom: Int
    $yearTo: Int
    $first: Int
    $mode: SearchMode = KEYWORD
  ) {
    search(
      query: $query
      mode: $mode
      industry: $industry
      era: $era
      level: $level
      yearFrom: $yearFrom
      yearTo: $yearTo
      first: $first
    ) {
      totalHits
      hasNextPage
      facets {
        kinds {
          value
          count
        }
        industries {
          value
          count
        }
        eras {
          value
          count
        }
        levels {
          value
          count
        }
      }
      hits {
        industry
        year
        era
        level
        entity {
          id
          kind
          name
        }
      }
    }
  }
`;

interface FacetCount {
  value: string;
  count: number;
}

interface SearchResult {
  totalHits: number;
  hasNextPage: boolean;
  facets: { kinds: FacetCount[]; industries: FacetCount[]; eras: FacetCount[]; levels: FacetCount[] };
  hits: {
    industry: string[];
    year: number | null;
    era: string | null;
    level: string | null;
    entity: { id: string; kind: string; name: string };
  }[];
}

interface SearchVariables {
  query: string;
  industry?: string[];
  era?: string[];
  level?: string[];
  yearFrom?: number;
  yearTo?: number;
  first?: number;
}

let service: TestService;

async function search(variables: SearchVariables): Promise<SearchResult> {
  const { body } = await graphql<{ search: SearchResult }>(service.url, SEARCH, { first: 100, ...variables });
  expect(body.errors).toBeUndefined();
  return body.data!.search;
}

const count = (facet: readonly FacetCount[], value: string) => facet.find((entry) => entry.value === value)?.count;

// A query the seeded graph answers with entities of many kinds, industries, periods and levels.
const BROAD = '工业';

let broad: SearchResult;

beforeAll(async () => {
  service = await startTestService();
  broad = await search({ query: BROAD });
}, 180_000);

afterAll(async () => {
  await service?.dispose();
});

describe('facets by industry, era and level', () => {
  it('counts hits over every page, each value at most the total, the kinds adding up to it', () => {
    expect(broad.totalHits).toBeGreaterThan(20);
    expect(broad.facets.kinds.reduce((sum, facet) => sum + facet.count, 0)).toBe(broad.totalHits);
    for (const facet of [broad.facets.industries, broad.facets.eras, broad.facets.levels]) {
      expect(facet.length).toBeGreaterThan(0);
      for (const { count } of facet) {
        expect(count).toBeGreaterThan(0);
        expect(count).toBeLessThanOrEqual(broad.totalHits);
      }
    }
    // A hit has at most one era and one level, so those counts cannot add up to more than the hits.
    expect(broad.facets.eras.reduce((sum, facet) => sum + facet.count, 0)).toBeLessThanOrEqual(broad.totalHits);
    expect(broad.facets.levels.reduce((sum, facet) => sum + facet.count, 0)).toBeLessThanOrEqual(broad.totalHits);
  });

  it('offers only the documented era and level names', () => {
    const eras = [
      '古代（1840年前）',
      '晚清（1840–1911）',
      '民国（1912–1948）',
      '新中国成立初期（1949–1977）',
      '改革开放以来（1978年起）',
    ];
    const levels = ['世界级', '国家级', '省级', '行业名录', '市级', '县级', '其他'];
    expect(broad.facets.eras.map((facet) => facet.value).every((value) => eras.includes(value))).toBe(true);
    expect(broad.facets.levels.map((facet) => facet.value).every((value) => levels.includes(value))).toBe(true);
    expect(count(broad.facets.levels, '国家级')).toBeGreaterThan(0);
  });

  it('gives the 国家级 count exactly the number of hits filtered by that level', async () => {
    const national = await search({ query: BROAD, level: ['国家级'] });
    expect(national.totalHits).toBe(count(broad.facets.levels, '国家级'));
    expect(national.totalHits).toBeLessThan(broad.totalHits);
    expect(national.hits.every((hit) => hit.level === '国家级')).toBe(true);
    expect(national.facets.levels).toEqual([{ value: '国家级', count: national.totalHits }]);
  });

  it('gives every industry and era count exactly the number of hits filtered by it', async () => {
    for (const [argument, facet] of [
      ['industry', broad.facets.industries.slice(0, 3)],
      ['era', broad.facets.eras],
    ] as const) {
      for (const { value, count: expected } of facet) {
        const filtered = await search({ query: BROAD, [argument]: [value] });
        expect(filtered.totalHits, `${argument} ${value}`).toBe(expected);
        for (const hit of filtered.hits) {
          if (argument === 'industry') expect(hit.industry).toContain(value);
          else expect(hit.era).toBe(value);
        }
      }
    }
  });
});

describe('filters by industry, era, level and year', () => {
  it('narrows the hits, and narrows further when combined', async () => {
    const industry = broad.facets.industries[0]!.value;
    const byIndustry = await search({ query: BROAD, industry: [industry] });
    expect(byIndustry.totalHits).toBeLessThan(broad.totalHits);
    const both = await search({ query: BROAD, industry: [industry], level: ['国家级'] });
    expect(both.totalHits).toBeLessThanOrEqual(byIndustry.totalHits);
    expect(both.hits.every((hit) => hit.level === '国家级' && hit.industry.includes(industry))).toBe(true);
    // Values of one filter are alternatives: two industries find at least what either finds.
    const second = broad.facets.industries[1]!;
    const either = await search({ query: BROAD, industry: [industry, second.value] });
    expect(either.totalHits).toBeGreaterThanOrEqual(Math.max(byIndustry.totalHits, second.count));
  });

  it('keeps the hits whose year is in the range, bounds included, agreeing with the era facet', async () => {
    const lateQing = await search({ query: BROAD, yearFrom: 1840, yearTo: 1911 });
    expect(lateQing.totalHits).toBe(count(broad.facets.eras, '晚清（1840–1911）'));
    expect(lateQing.hits.every((hit) => hit.year !== null && hit.year >= 1840 && hit.year <= 1911)).toBe(true);
    const sinceReform = await search({ query: BROAD, yearFrom: 1978 });
    expect(sinceReform.hits.every((hit) => hit.year !== null && hit.year >= 1978)).toBe(true);
    const oneYear = await search({ query: BROAD, yearFrom: 1895, yearTo: 1895 });
    expect(oneYear.totalHits).toBeGreaterThan(0);
    expect(oneYear.hits.every((hit) => hit.year === 1895)).toBe(true);
  });

  it('shows the year, era, level and industry of a hit as the seeds give them', async () => {
    const result = await search({ query: '大生纱厂', industry: ['棉纺织'] });
    const mill = result.hits.find((hit) => hit.entity.kind === 'Enterprise' && hit.entity.name.includes('大生'));
    expect(mill).toMatchObject({ year: 1895, era: '晚清（1840–1911）', industry: ['棉纺织'] });
  });

  it.each([
    ['a yearFrom before 1000', { yearFrom: 999 }, 'yearFrom'],
    ['a yearTo after 2100', { yearTo: 2101 }, 'yearTo'],
    ['a yearTo before yearFrom', { yearFrom: 1950, yearTo: 1900 }, 'yearTo'],
    ['an empty industry', { industry: [' '] }, 'industry'],
    ['more than 10 eras', { era: Array.from({ length: 11 }, (_, i) => `时期${i}`) }, 'era'],
    ['a level over 50 characters', { level: ['级'.repeat(51)] }, 'level'],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_, variables, argument) => {
    const { body } = await graphql<{ search: unknown }>(service.url, SEARCH, { query: BROAD, ...variables });
    // `search` is nullable, so a refusal leaves the rest of the response standing.
    expect(body.data?.search ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});

describe('browsing by filters with an empty query', () => {
  const BROWSE = /* GraphQL */ `
    query Browse($query: String!, $kinds: [EntityKind!], $city: String, $level: [String!], $first: Int) {
      search(query: $query, kinds: $kinds, city: $city, level: $level, first: $first) {
        totalHits
        hits {
          level
          entity {
            id
            kind
            city
          }
        }
      }
    }
  `;
  type Browsed = {
    totalHits: number;
    hits: { level: string | null; entity: { id: string; kind: string; city: string } }[];
  };

  async function browse(variables: Record<string, unknown>) {
    return graphql<{ search: Browsed }>(service.url, BROWSE, { first: 100, ...variables });
  }

  it('lists every museum, exactly as many as the graph holds', async () => {
    const { body } = await browse({ query: '', kinds: ['Museum'] });
    expect(body.errors).toBeUndefined();
    const museums = await service.graph.countNodes({ kinds: ['Museum'] });
    expect(body.data!.search.totalHits).toBe(museums);
    expect(new Set(body.data!.search.hits.map((hit) => hit.entity.kind))).toEqual(new Set(['Museum']));
  });

  it('lists the entities of one city, the best designated first', async () => {
    const { body } = await browse({ query: '  ', city: '无锡市' });
    expect(body.errors).toBeUndefined();
    const hits = body.data!.search.hits;
    expect(body.data!.search.totalHits).toBe(await service.graph.countNodes({ city: '无锡市' }));
    expect(hits.every((hit) => hit.entity.city === '无锡市')).toBe(true);
    const firstUnlisted = hits.findIndex((hit) => hit.level === null);
    if (firstUnlisted >= 0) expect(hits.slice(firstUnlisted).every((hit) => hit.level === null)).toBe(true);
  });

  it('refuses an empty query without any filter, naming what to add', async () => {
    const { body } = await browse({ query: '' });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'query' });
    expect(body.errors?.[0]?.message).toMatch(/unless a filter/);
  });
});
