import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphNode } from '@icg/graph';
import { buildEntityDocument } from '@icg/search-indexer';
import { graphql, startTestService, type TestService } from '@icg/api/testing';

// Chinese search over the seeded graph, through GraphQL, on the real Meilisearch the service starts.

const SEARCH = /* GraphQL */ `
  query SearchQuality($query: String!, $kinds: [EntityKind!], $first: Int) {
    search(query: $query, kinds: $kinds, first: $first) {
      totalHits
      matchedBy
      hits {
        highlights {
          field
          snippet
        }
        entity {
          id
          kind
          name
        }
      }
    }
  }
`;

interface SearchData {
  search: {
    totalHits: number;
    matchedBy: 'ALL' | 'LAST' | 'PINYIN';
    hits: { highlights: { field: string; snippet: string }[]; entity: { id: string; kind: string; name: string } }[];
  };
}

function heritageSite(id: string, name: string, level: 'national' | 'provincial'): GraphNode {
  return {
    id,
    kind: 'HeritageSite',
    name,
    aliases: [],
    province: '江苏',
    city: '常州市',
    description: null,
    properties: { designations: [{ list: level === 'national' ? '国家工业遗产' : '江苏省工业遗产', level }] },
    sources: [{ document: 'search-quality.e2e.test.ts' }],
  };
}

// Two sites whose names the text ranks equally; the provincial one sorts first by id, so order is the graph's.
const PROVINCIAL_SITE = heritageSite('test-a-provincial-dye-works', '乙号染织厂旧址', 'provincial');
const NATIONAL_SITE = heritageSite('test-b-national-dye-works', '甲号染织厂旧址', 'national');

let service: TestService;

async function search(query: string, options: { kinds?: string[]; first?: number } = {}) {
  const { status, body } = await graphql<SearchData>(service.url, SEARCH, { query, first: 20, ...options });
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  return body.data!.search;
}

const ids = (result: SearchData['search']) => result.hits.map((hit) => hit.entity.id);

beforeAll(async () => {
  service = await startTestService();
  const sites = [PROVINCIAL_SITE, NATIONAL_SITE];
  await service.graph.upsertNodes(sites);
  await service.searchIndex.upsert(
    sites.map((site) => buildEntityDocument(site, { segmenter: service.searchIndex.segmenter })),
  );
}, 180_000);

afterAll(async () => {
  await service?.dispose();
});

describe('segmentation of domain terms', () => {
  it('finds 宣纸制作技艺 as one word and highlights it whole', async () => {
    const result = await search('宣纸制作技艺');
    expect(result.matchedBy).toBe('ALL');
    expect(result.hits[0]?.entity.id).toBe('tech-xuan-paper');
    expect(result.hits[0]?.highlights).toContainEqual({ field: 'NAME', snippet: '<mark>宣纸制作技艺</mark>' });
  });

  it.each(['工业锈带', '江苏大工匠'])('marks %s whole wherever it is found', async (term) => {
    const result = await search(term);
    expect(result.totalHits).toBeGreaterThan(0);
    const snippets = result.hits.flatMap((hit) => hit.highlights.map((h) => h.snippet));
    expect(snippets.some((snippet) => snippet.includes(`<mark>${term}</mark>`))).toBe(true);
    // No highlight of a lone piece of the term.
    for (const snippet of snippets) {
      for (const marked of snippet.matchAll(/<mark>(.*?)<\/mark>/g)) expect([...marked[1]!].length).toBeGreaterThan(1);
    }
  });
});

describe('traditional characters', () => {
  it('find the simplified entities: 蘇繡, 鐵畫, 張謇', async () => {
    const embroidery = await search('蘇繡');
    expect(embroidery.matchedBy).toBe('ALL');
    expect(ids(embroidery)[0]).toBe('tech-su-embroidery');
    expect(embroidery.hits[0]?.highlights).toContainEqual({ field: 'NAME', snippet: '<mark>苏绣</mark>' });
    expect(ids(await search('鐵畫'))).toEqual(
      expect.arrayContaining(['tech-wuhu-iron-painting', 'mu-wuhu-iron-painting']),
    );
    const zhangJian = await search('張謇');
    expect(ids(zhangJian)[0]).toBe('en-zhang-jian');
  });

  it('find as many entities as the same query in simplified characters', async () => {
    const traditional = await search('鐵畫');
    const simplified = await search('铁画');
    expect(traditional.totalHits).toBe(simplified.totalHits);
    expect(ids(traditional)).toEqual(ids(simplified));
  });
});

describe('synonyms', () => {
  it('find 非物质文化遗产 by 非遗', async () => {
    const result = await search('非遗', { kinds: ['Technique'], first: 100 });
    expect(ids(result)).toContain('tech-su-embroidery');
    expect(result.totalHits).toBeGreaterThanOrEqual(
      (await search('非物质文化遗产', { kinds: ['Technique'] })).totalHits,
    );
  });

  it('find 南京 by 金陵', async () => {
    expect(ids(await search('金陵', { first: 100 }))).toContain('city-nanjing');
  });

  it('find the tasks a department leads by its short form, as the seeds resolve it', async () => {
    const byShortForm = await search('省工信厅', { kinds: ['PolicyTask'], first: 100 });
    const byFullName = await search('江苏省工业和信息化厅', { kinds: ['PolicyTask'], first: 100 });
    expect(byFullName.totalHits).toBeGreaterThan(0);
    expect(ids(byShortForm)).toEqual(expect.arrayContaining(ids(byFullName)));
  });
});

describe('fallbacks', () => {
  it('find 芜湖铁画 for 芜湖铁化 by pinyin, and say so', async () => {
    const result = await search('芜湖铁化');
    expect(result.matchedBy).toBe('PINYIN');
    expect(ids(result)).toContain('tech-wuhu-iron-painting');
    const hit = result.hits.find((h) => h.entity.id === 'tech-wuhu-iron-painting');
    expect(hit?.highlights).toContainEqual({ field: 'NAME', snippet: '<mark>芜湖铁画</mark>锻制技艺' });
  });

  it('drop the least informative words when no entity has them all', async () => {
    const result = await search('张謇 紫砂');
    expect(result.matchedBy).toBe('SOME');
    expect(ids(result)).toContain('en-zhang-jian');
  });

  it('never find 经典 for 景点 through their common pinyin', async () => {
    const result = await search('景点');
    expect(result.hits.filter((hit) => hit.entity.name.includes('经典'))).toEqual([]);
  });
});

describe('ranking by the graph', () => {
  it('puts a national designation above a provincial one when the text matches equally', async () => {
    const result = await search('染织厂旧址');
    expect(ids(result).slice(0, 2)).toEqual([NATIONAL_SITE.id, PROVINCIAL_SITE.id]);
  });

  it("finds today's entity by a former name: 保兴面粉厂 is 茂新面粉厂", async () => {
    const result = await search('保兴面粉厂');
    expect(result.hits[0]?.entity.name).toContain('茂新面粉厂');
    expect(ids(result)).toEqual(expect.arrayContaining(['ent-maoxin', 'hs-maoxin-flour-mill']));
    expect(result.hits[0]?.highlights).toContainEqual(
      expect.objectContaining({ field: 'ALIAS', snippet: expect.stringContaining('<mark>保兴面粉厂</mark>') }),
    );
  });
});
