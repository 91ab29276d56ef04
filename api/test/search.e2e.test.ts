import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphNode } from '@icg/graph';
import { buildEntityDocument } from '@icg/search-indexer';
import {
  graphql,
  startStoppableMeilisearch,
  startTestService,
  type StoppableMeilisearch,
  type TestService,
} from '@icg/api/testing';

const SEARCH = /* GraphQL */ `
  query Search(
    $query: String!
    $kinds: [EntityKind!]
    $province: String
    $city: String
    $first: Int
    $after: String
    $mode: SearchMode
  ) {
    search(query: $query, kinds: $kinds, province: $province, city: $city, first: $first, after: $after, mode: $mode) {
      totalHits
      processingTimeMs
      endCursor
      hasNextPage
      facets {
        kinds {
          value
          count
        }
        provinces {
          value
          count
        }
        cities {
          value
          count
        }
      }
      hits {
        snippet
        highlights {
          field
          snippet
        }
        entity {
          id
          kind
          name
          province
          city
        }
      }
    }
  }
`;

const SUGGEST = /* GraphQL */ `
  query Suggest($prefix: String!, $limit: Int) {
    suggest(prefix: $prefix, limit: $limit) {
      text
      matchedBy
      entity {
        id
        kind
        name
      }
    }
  }
`;

interface FacetCount {
  value: string;
  count: number;
}

interface SearchData {
  search: {
    totalHits: number;
    processingTimeMs: number;
    endCursor: string | null;
    hasNextPage: boolean;
    facets: { kinds: FacetCount[]; provinces: FacetCount[]; cities: FacetCount[] };
    hits: {
      snippet: string | null;
      highlights: { field: string; snippet: string }[];
      entity: { id: string; kind: string; name: string; province: string | null; city: string | null };
    }[];
  };
}

interface SuggestData {
  suggest: { text: string; matchedBy: string; entity: { id: string; kind: string; name: string } }[];
}

type SearchVariables = {
  query: string;
  kinds?: string[];
  province?: string;
  city?: string;
  first?: number;
  after?: string;
  mode?: 'KEYWORD' | 'SEMANTIC' | 'HYBRID';
};

/** An entity whose name reads jing dian like 景点, added to the real graph and index by the test. */
const CLASSIC_TEXTILES: GraphNode = {
  id: 'test-classic-textiles-hall',
  kind: 'HeritageSite',
  name: '经典纺织陈列馆',
  aliases: [],
  province: '江苏',
  city: '南通市',
  description: '陈列南通土布与近代纺织机械。',
  properties: {},
  sources: [{ document: 'search.e2e.test.ts' }],
};

let meili: StoppableMeilisearch;
let service: TestService;

async function search(variables: SearchVariables) {
  const { status, body } = await graphql<SearchData>(service.url, SEARCH, variables);
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  return body.data!.search;
}

async function suggest(prefix: string, limit?: number) {
  const { body } = await graphql<SuggestData>(
    service.url,
    SUGGEST,
    limit === undefined ? { prefix } : { prefix, limit },
  );
  expect(body.errors).toBeUndefined();
  return body.data!.suggest;
}

async function errorCode(query: string, variables: Record<string, unknown>): Promise<string | undefined> {
  const { body } = await graphql(service.url, query, variables);
  return body.errors?.[0]?.extensions?.code;
}

beforeAll(async () => {
  meili = await startStoppableMeilisearch();
  service = await startTestService(meili.env);
  await service.graph.upsertNodes([CLASSIC_TEXTILES]);
  await service.searchIndex.upsert([
    buildEntityDocument(CLASSIC_TEXTILES, { segmenter: service.searchIndex.segmenter }),
  ]);
});

afterAll(async () => {
  await service?.dispose();
  await meili?.dispose();
});

describe('search', () => {
  it('counts hits by kind over all pages; by words, each kind count is what filtering by that kind finds', async () => {
    const result = await search({ mode: 'KEYWORD', query: '工业遗产', first: 5 });
    expect(result.hits).toHaveLength(5);
    expect(result.totalHits).toBeGreaterThan(5);
    expect(result.processingTimeMs).toBeGreaterThanOrEqual(0);
    const kindTotal = result.facets.kinds.reduce((sum, facet) => sum + facet.count, 0);
    expect(kindTotal).toBe(result.totalHits);
    expect(result.facets.kinds.length).toBeGreaterThan(1);
    for (const facet of result.facets.kinds) {
      expect((await search({ mode: 'KEYWORD', query: '工业遗产', kinds: [facet.value], first: 1 })).totalHits).toBe(
        facet.count,
      );
    }
    const counts = result.facets.kinds.map((facet) => facet.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('filters by province and by city; by words, the facets follow the filters exactly', async () => {
    const anhui = await search({ mode: 'KEYWORD', query: '工业遗产', province: '安徽', first: 100 });
    expect(anhui.totalHits).toBeGreaterThan(0);
    expect(anhui.hits.every((hit) => hit.entity.province === '安徽')).toBe(true);
    expect(anhui.facets.provinces).toEqual([{ value: '安徽', count: anhui.totalHits }]);

    const all = await search({ mode: 'KEYWORD', query: '工业遗产', first: 1 });
    const province = all.facets.provinces.find((facet) => facet.value === '江苏');
    expect(province).toBeDefined();
    expect((await search({ mode: 'KEYWORD', query: '工业遗产', province: '江苏', first: 1 })).totalHits).toBe(
      province!.count,
    );

    const city = all.facets.cities[0]!;
    const inCity = await search({ mode: 'KEYWORD', query: '工业遗产', city: city.value, first: 100 });
    expect(inCity.totalHits).toBe(city.count);
    expect(inCity.hits.every((hit) => hit.entity.city === city.value)).toBe(true);

    expect((await search({ mode: 'KEYWORD', query: '工业遗产', province: '不存在的省' })).totalHits).toBe(0);
  });

  it('highlights whole Chinese words: 工业遗产, never 工 and 业 on their own', async () => {
    const result = await search({ query: '工业遗产', first: 30 });
    const marked = result.hits.flatMap((hit) => [hit.snippet ?? '', ...hit.highlights.map((h) => h.snippet)]);
    expect(marked.some((text) => /<mark>[^<]*工业遗产[^<]*<\/mark>/.test(text))).toBe(true);
    for (const text of marked) expect(text).not.toMatch(/<mark>[^<]<\/mark>/u);

    const named = result.hits.find((hit) => hit.highlights.some((h) => h.field === 'NAME'));
    expect(named?.highlights.find((h) => h.field === 'NAME')?.snippet).toMatch(/<mark>[^<]*工业遗产[^<]*<\/mark>/);
  });

  it('pages with after: every hit once, in the same order as one large page', async () => {
    const whole = await search({ query: '工业遗产', first: 100 });
    expect(whole.totalHits).toBeLessThanOrEqual(100);
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 50; page++) {
      const result = await search({ query: '工业遗产', first: 7, ...(after ? { after } : {}) });
      expect(result.totalHits).toBe(whole.totalHits);
      seen.push(...result.hits.map((hit) => hit.entity.id));
      if (!result.hasNextPage) break;
      after = result.endCursor!;
    }
    expect(seen).toEqual(whole.hits.map((hit) => hit.entity.id));
    expect(new Set(seen).size).toBe(whole.totalHits);
  });

  it('finds entities by the pinyin of their names when the query is in Latin letters', async () => {
    const result = await search({ query: 'dasheng', first: 20 });
    const site = result.hits.find((hit) => hit.entity.name === '大生纱厂旧址');
    expect(site?.highlights).toContainEqual({ field: 'NAME', snippet: '<mark>大生</mark>纱厂旧址' });
  });

  it('does not find 经典 for 景点, though both read jing dian', async () => {
    const scenic = await search({ query: '景点', first: 100 });
    expect(scenic.hits.map((hit) => hit.entity.id)).not.toContain(CLASSIC_TEXTILES.id);
    const classic = await search({ query: '经典', first: 100 });
    expect(classic.hits.map((hit) => hit.entity.id)).toContain(CLASSIC_TEXTILES.id);
  });
});

describe('the entity of a hit', () => {
  const HIT_ENTITIES = /* GraphQL */ `
    query HitEntities($query: String!, $withSources: Boolean!) {
      search(query: $query, first: 50) {
        hits {
          entity {
            __typename
            id
            kind
            name
            aliases
            province
            city
            description
            ...Sourced @include(if: $withSources)
          }
        }
      }
    }
    fragment Sourced on Entity {
      sources {
        document
      }
    }
  `;
  type HitEntity = { id: string; name: string; sources?: { document: string | null }[] };

  async function hitEntities(query: string, withSources: boolean): Promise<HitEntity[]> {
    const { body } = await graphql<{ search: { hits: { entity: HitEntity }[] } }>(service.url, HIT_ENTITIES, {
      query,
      withSources,
    });
    expect(body.errors).toBeUndefined();
    return body.data!.search.hits.map((hit) => hit.entity);
  }

  it('is the same whether it comes from the index (only indexed fields asked) or from the graph', async () => {
    const fromIndex = await hitEntities('工业遗产', false);
    const fromGraph = await hitEntities('工业遗产', true);
    expect(fromIndex.length).toBeGreaterThan(5);
    expect(fromGraph.every((entity) => entity.sources!.length > 0)).toBe(true);
    expect(fromIndex).toEqual(fromGraph.map(({ sources: _, ...entity }) => entity));
  });

  it('comes from the graph as soon as a field only the graph holds is asked for', async () => {
    // Renamed in the graph only: the index has not caught up yet.
    await service.graph.upsertNodes([{ ...CLASSIC_TEXTILES, name: '经典纺织陈列馆（新馆）' }]);
    try {
      expect((await hitEntities('经典纺织', false)).map((entity) => entity.name)).toContain('经典纺织陈列馆');
      expect((await hitEntities('经典纺织', true)).map((entity) => entity.name)).toContain('经典纺织陈列馆（新馆）');
    } finally {
      await service.graph.upsertNodes([CLASSIC_TEXTILES]);
    }
  });
});

describe('suggest', () => {
  it('completes names by their first characters, most important first', async () => {
    const suggestions = await suggest('金陵');
    expect(suggestions.length).toBeGreaterThan(1);
    expect(suggestions.length).toBeLessThanOrEqual(8);
    expect(suggestions.every((s) => s.text.startsWith('金陵'))).toBe(true);
    expect(suggestions.map((s) => s.text)).toContain('金陵机器制造局旧址');
    expect(suggestions[0]).toMatchObject({ matchedBy: 'NAME' });
  });

  it('puts a name typed in full first, then the longer names it starts', async () => {
    const suggestions = await suggest('金陵机器制造局');
    expect(suggestions[0]).toMatchObject({ text: '金陵机器制造局', entity: { kind: 'Enterprise' } });
    expect(suggestions.map((s) => s.text)).toContain('金陵机器制造局旧址');
  });

  it('completes by full pinyin and by initials', async () => {
    const byPinyin = await suggest('jinling', 20);
    expect(byPinyin.map((s) => s.text)).toEqual(expect.arrayContaining(['金陵机器制造局旧址', '金陵船厂']));
    expect(byPinyin.every((s) => s.matchedBy === 'PINYIN')).toBe(true);

    const byInitials = await suggest('jl', 20);
    expect(byInitials.map((s) => s.text)).toContain('金陵船厂');
    expect(byInitials.find((s) => s.text === '金陵船厂')?.matchedBy).toBe('INITIALS');

    const dasheng = await suggest('dasheng');
    expect(dasheng.length).toBeGreaterThan(0);
    expect(dasheng.every((s) => s.text.startsWith('大生'))).toBe(true);
    expect(dasheng.map((s) => s.text)).toContain('大生纱厂旧址');
  });

  it('never meets 经典 through the pinyin of 景点, while jingdian may', async () => {
    expect((await suggest('景点')).map((s) => s.entity.id)).not.toContain(CLASSIC_TEXTILES.id);
    expect((await suggest('经典')).map((s) => s.entity.id)).toContain(CLASSIC_TEXTILES.id);
    expect((await suggest('jingdian')).map((s) => s.entity.id)).toContain(CLASSIC_TEXTILES.id);
  });

  it('keeps to the limit', async () => {
    expect(await suggest('j', 3)).toHaveLength(3);
  });
});

describe('bad input', () => {
  it.each([
    ['first above 100', SEARCH, { query: '工业遗产', first: 101 }, 'first'],
    ['first of 0', SEARCH, { query: '工业遗产', first: 0 }, 'first'],
    ['a cursor this API did not issue', SEARCH, { query: '工业遗产', after: 'not-a-cursor' }, 'after'],
    ['a query over 200 characters', SEARCH, { query: '工'.repeat(201) }, 'query'],
    ['an empty query', SEARCH, { query: '   ' }, 'query'],
    ['an empty prefix', SUGGEST, { prefix: '' }, 'prefix'],
    ['a prefix over 50 characters', SUGGEST, { prefix: '金'.repeat(51) }, 'prefix'],
    ['a limit above 20', SUGGEST, { prefix: '金陵', limit: 21 }, 'limit'],
    ['a limit of 0', SUGGEST, { prefix: '金陵', limit: 0 }, 'limit'],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_, query, variables, argument) => {
    const { body } = await graphql(service.url, query, variables);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});

// Last: it stops the search engine.
describe('while Meilisearch is down', () => {
  it('answers search and suggest with SEARCH_UNAVAILABLE, keeps stats and entity working, and recovers', async () => {
    await meili.stop();

    expect(await errorCode(SEARCH, { query: '工业遗产' })).toBe('SEARCH_UNAVAILABLE');
    expect(await errorCode(SUGGEST, { prefix: '金陵' })).toBe('SEARCH_UNAVAILABLE');
    const others = await graphql<{ stats: { nodes: number }; entity: { name: string } | null }>(
      service.url,
      /* GraphQL */ `
        query ($id: ID!) {
          stats {
            nodes
          }
          entity(id: $id) {
            name
          }
        }
      `,
      { id: CLASSIC_TEXTILES.id },
    );
    expect(others.body.errors).toBeUndefined();
    expect(others.body.data?.stats.nodes).toBeGreaterThan(400);
    expect(others.body.data?.entity?.name).toBe(CLASSIC_TEXTILES.name);

    await meili.restart();
    expect((await search({ query: '工业遗产', first: 1 })).totalHits).toBeGreaterThan(0);
    expect((await suggest('金陵')).length).toBeGreaterThan(0);
  });
});
