import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphNode } from '@icg/graph';
import { buildEntityDocument, type EntityDocument } from './entity-documents.ts';
import { createMeiliClient, type MeiliClient } from './meili-client.ts';
import { startMeilisearch, type MeilisearchServer } from './meili-server.ts';
import { ENTITY_INDEX_SETTINGS, buildFilter, createSearchIndex, type SearchIndex } from './search-index.ts';
import { createSegmenter, type Segmenter } from './segmenter.ts';

function node(partial: Partial<GraphNode> & Pick<GraphNode, 'id' | 'kind' | 'name'>): GraphNode {
  return { aliases: [], province: null, city: null, description: null, properties: {}, sources: [], ...partial };
}

const NODES: GraphNode[] = [
  node({
    id: 'hs-dasheng-cotton-mill',
    kind: 'HeritageSite',
    name: '大生纱厂旧址',
    province: '江苏',
    city: '南通市',
    properties: { industry: '棉纺织', founded_year: 1895 },
    description:
      '张謇1895年在南通唐闸创办的大生纱厂原址，百余年来一直在原地生产纺织品。2018年列入第二批国家工业遗产名单，钟楼、公事厅、清花间等早期建筑保存至今。',
  }),
  node({
    id: 'hs-jinling-arsenal',
    kind: 'HeritageSite',
    name: '金陵机器制造局旧址',
    aliases: ['晨光1865'],
    province: '江苏',
    city: '南京市',
    properties: { industry: '军工/机械', founded_year: 1865 },
    description:
      '1865年李鸿章在南京中华门外创办的金陵机器制造局遗址，是国内保存数量多、风貌完整的近代工业建筑群。2018年被认定为国家工业遗产，现为晨光1865文化创意产业园。',
  }),
  node({
    id: 'hs-yixin-flour-mill',
    kind: 'HeritageSite',
    name: '益新面粉厂旧址',
    province: '安徽',
    city: '芜湖市',
    properties: { industry: '面粉加工', founded_year: 1890 },
    description:
      '章维藩1890年在芜湖创办的益新面粉公司旧址，是安徽较早使用机器生产的面粉企业。2019年4月入选中国工业遗产保护名录第二批，现为大砻坊科技文化园。',
  }),
  node({
    id: 'cr-jiang-chunyuan',
    kind: 'Craftsman',
    name: '江春源',
    province: '江苏',
    city: '扬州市',
    description: '扬州玉雕艺术家，中国工艺美术大师，1963年进入扬州玉器厂，擅长花卉、雀鸟、炉瓶、走兽设计。',
  }),
  node({
    id: 'js-task-6',
    kind: 'PolicyTask',
    name: '培育工业遗产重点项目',
    province: '江苏',
    description:
      '定期开展省级工业遗产普查，不断完善全省工业遗产地图。加强省级工业遗产项目库建设，探索建立分级保护利用机制，择优推荐重点项目申报国家级工业遗产。',
  }),
  node({
    id: 'ah-task-6',
    kind: 'PolicyTask',
    name: '保护利用工业遗产',
    province: '安徽',
    description:
      '支持老工业城市结合地方资源特色和历史传承，将工业遗产纳入更新改造范围，实现从“工业锈带”到“生活秀带”的转变。',
  }),
  node({
    id: 'js-task-3',
    kind: 'PolicyTask',
    name: '组织工业文化宣传推广',
    province: '江苏',
    description: '组织大国工匠、企业家、技术能手（大师）等进讲堂，评选江苏大工匠，传播弘扬优秀工业文化。',
  }),
  node({
    id: 'hs-classic-textiles',
    kind: 'HeritageSite',
    name: '经典纺织陈列馆',
    province: '江苏',
    city: '南通市',
    description: '陈列南通土布与近代纺织机械。',
  }),
  node({ id: 'story-"quoted"', kind: 'Story', name: '引号"故事', province: '江"苏', description: '<b>不是标签</b>' }),
];

const RELATED = {
  'js-task-6': {
    sectionName: '工业遗产保护利用工程',
    leadDepartments: ['省工信厅'],
    participatingDepartments: ['省文旅厅', '省国资委'],
  },
  'js-task-3': {
    sectionName: '工业文化弘扬传播工程',
    leadDepartments: ['省工信厅', '省人社厅'],
    participatingDepartments: ['省教育厅'],
  },
} as const;

describe('createSearchIndex against a real Meilisearch', () => {
  let dataDir: string;
  let server: MeilisearchServer;
  let client: MeiliClient;
  let segmenter: Segmenter;
  let index: SearchIndex;
  let documents: EntityDocument[];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'icg-search-index-'));
    server = await startMeilisearch({ dataDir });
    client = createMeiliClient({ url: server.url, apiKey: server.masterKey });
    segmenter = await createSegmenter();
    index = createSearchIndex({ client, segmenter, uid: `entities_search_index_test_${process.pid}` });
    documents = NODES.map((n) => buildEntityDocument(n, { segmenter, related: RELATED[n.id as keyof typeof RELATED] }));
  });

  afterAll(async () => {
    await index?.drop();
    await client?.close();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('ensures the index and its settings, idempotently', async () => {
    await index.ensure();
    await index.ensure();
    const settings = await client.getSettings(index.uid);
    expect(settings.searchableAttributes).toEqual(ENTITY_INDEX_SETTINGS.searchableAttributes);
    expect([...(settings.filterableAttributes ?? [])].sort()).toEqual(
      [...(ENTITY_INDEX_SETTINGS.filterableAttributes ?? [])].sort(),
    );
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining(['city', 'kind', 'name_keys', 'name_prefixes', 'pinyin_prefixes', 'province']),
    );
    expect(settings.typoTolerance?.disableOnAttributes).toEqual(['initials', 'pinyin', 'pinyin_joined']);
    expect(settings.localizedAttributes).toEqual([{ attributePatterns: ['*'], locales: ['cmn'] }]);
    expect(settings.typoTolerance?.disableOnNumbers).toBe(true);
    expect((await client.getIndex(index.uid)).primaryKey).toBe('uid');
  });

  it('indexes documents and keeps the count when the same documents are upserted again', async () => {
    let started = performance.now();
    await index.upsert(documents);
    const firstMs = performance.now() - started;
    expect((await index.stats()).numberOfDocuments).toBe(documents.length);
    started = performance.now();
    await index.upsert(documents);
    console.info(
      `upsert of ${documents.length} documents: ${firstMs.toFixed(0)} ms, again ${(performance.now() - started).toFixed(0)} ms`,
    );
    expect((await index.stats()).numberOfDocuments).toBe(documents.length);
    expect(await index.upsert([])).toBeNull();
  });

  it('finds 工业遗产 with a whole-word <mark> highlight in the snippet', async () => {
    const started = performance.now();
    const result = await index.search({ query: '工业遗产' });
    console.info(
      `search 工业遗产: ${(performance.now() - started).toFixed(1)} ms round trip, ${result.processingTimeMs} ms in Meilisearch`,
    );
    expect(result.matchingStrategy).toBe('all');
    expect(result.totalHitsExact).toBe(true);
    const ids = result.hits.map((hit) => hit.entityId);
    expect(ids).toEqual(
      expect.arrayContaining(['hs-dasheng-cotton-mill', 'hs-jinling-arsenal', 'js-task-6', 'ah-task-6']),
    );
    expect(ids).not.toContain('cr-jiang-chunyuan');
    expect(result.totalHits).toBe(result.hits.length);

    const dasheng = result.hits.find((hit) => hit.entityId === 'hs-dasheng-cotton-mill');
    expect(dasheng).toMatchObject({ kind: 'HeritageSite', name: '大生纱厂旧址', province: '江苏', city: '南通市' });
    expect(dasheng?.snippet).toContain('<mark>国家工业遗产</mark>');
    const task = result.hits.find((hit) => hit.entityId === 'js-task-6');
    expect(task?.snippet).toMatch(/<mark>(省级)?工业遗产<\/mark>/);
    expect(task?.snippet).not.toMatch(/<mark>工业<\/mark>|<mark>遗产<\/mark>/);
  });

  it('keeps domain terms and numbers whole in queries', async () => {
    const craftsman = await index.search({ query: '江苏大工匠' });
    expect(craftsman.hits.map((hit) => hit.entityId)).toEqual(['js-task-3']);
    expect(craftsman.hits[0]?.snippet).toContain('<mark>江苏大工匠</mark>');

    const year = await index.search({ query: '1865' });
    expect(year.hits.map((hit) => hit.entityId)).toEqual(['hs-jinling-arsenal']);
    expect(year.hits[0]?.snippet).toMatch(/^<mark>1865<\/mark>年/);

    const rust = await index.search({ query: '工业锈带' });
    expect(rust.hits.map((hit) => hit.entityId)).toEqual(['ah-task-6']);
    expect(rust.hits[0]?.snippet).toContain('<mark>工业锈带</mark>');
  });

  it('finds policy tasks by their departments and section', async () => {
    const led = await index.search({ query: '省人社厅' });
    expect(led.hits.map((hit) => hit.entityId)).toEqual(['js-task-3']);
    const section = await index.search({ query: '弘扬传播工程', filter: { kinds: ['PolicyTask'] } });
    expect(section.hits.map((hit) => hit.entityId)).toEqual(['js-task-3']);
  });

  it('leaves out a word no document has when no entity has every word, and answers with the rest', async () => {
    const result = await index.search({ query: '大生纱厂 量子计算机' });
    expect(result.matchedBy).toBe('some');
    expect(result.hits.map((hit) => hit.entityId)).toContain('hs-dasheng-cotton-mill');
    const nothing = await index.search({ query: '量子计算机' });
    expect(nothing).toMatchObject({ hits: [], totalHits: 0 });
  });

  it('finds nothing for a query of punctuation alone, rather than everything', async () => {
    expect((await index.stats()).numberOfDocuments).toBeGreaterThan(0);
    expect(await index.search({ query: '！？。，…' })).toMatchObject({ hits: [], totalHits: 0 });
  });

  it('filters by kind, province and city, quoting user values', async () => {
    const anhui = await index.search({ query: '工业遗产', filter: { province: '安徽' } });
    expect(anhui.hits.map((hit) => hit.entityId).sort()).toEqual(['ah-task-6', 'hs-yixin-flour-mill']);
    const tasks = await index.search({ query: '工业遗产', filter: { kinds: ['PolicyTask'], province: '江苏' } });
    expect(tasks.hits.map((hit) => hit.entityId)).toEqual(['js-task-6']);
    const city = await index.search({ query: '', filter: { city: '扬州市' } });
    expect(city.hits.map((hit) => hit.entityId)).toEqual(['cr-jiang-chunyuan']);

    expect(buildFilter({ province: '江"苏 OR kind = Story' })).toBe('province = "江\\"苏 OR kind = Story"');
    const quoted = await index.search({ query: '', filter: { province: '江"苏' } });
    expect(quoted.hits.map((hit) => hit.entityId)).toEqual(['story-"quoted"']);
    expect(quoted.hits[0]?.snippet).toBe('&lt;b&gt;不是标签&lt;/b&gt;');
    const injected = await index.search({ query: '', filter: { province: '江" OR province = "安徽' } });
    expect(injected.hits).toEqual([]);
    await expect(index.search({ query: 'x', filter: { kinds: ['Nope' as 'Story'] } })).rejects.toThrow(RangeError);
  });

  it('pages with exact totals when offset is a multiple of first', async () => {
    const all = await index.search({ query: '工业遗产', first: 100 });
    const page2 = await index.search({ query: '工业遗产', first: 2, offset: 2 });
    expect(page2.totalHits).toBe(all.totalHits);
    expect(page2.totalHitsExact).toBe(true);
    expect(page2.hits.map((hit) => hit.entityId)).toEqual(all.hits.slice(2, 4).map((hit) => hit.entityId));
    const unaligned = await index.search({ query: '工业遗产', first: 2, offset: 1 });
    expect(unaligned.totalHitsExact).toBe(false);
    expect(unaligned.hits.map((hit) => hit.entityId)).toEqual(all.hits.slice(1, 3).map((hit) => hit.entityId));
    await expect(index.search({ query: 'x', first: 0 })).rejects.toThrow(RangeError);
    await expect(index.search({ query: 'x', first: 101 })).rejects.toThrow(RangeError);
  });

  it('counts hits by kind, province and city over all pages, so the kind counts add up to the total', async () => {
    const result = await index.search({ query: '工业遗产', first: 1 });
    expect(result.hits).toHaveLength(1);
    const kindTotal = result.facets.kind.reduce((sum, facet) => sum + facet.count, 0);
    expect(kindTotal).toBe(result.totalHits);
    expect(result.facets.kind).toEqual([
      { value: 'HeritageSite', count: 3 },
      { value: 'PolicyTask', count: 2 },
    ]);
    expect(result.facets.province).toEqual([
      { value: '江苏', count: 3 },
      { value: '安徽', count: 2 },
    ]);
    expect(result.facets.city.map((facet) => facet.value).sort()).toEqual(['南京市', '南通市', '芜湖市']);
  });

  it('counts only the facets asked for, and finds the same hits', async () => {
    const all = await index.search({ query: '工业遗产' });
    const some = await index.search({ query: '工业遗产', facets: ['kind'] });
    const none = await index.search({ query: '工业遗产', facets: [] });
    expect(some.facets.kind).toEqual(all.facets.kind);
    expect(some.facets.province).toEqual([]);
    expect(Object.values(none.facets).flat()).toEqual([]);
    expect(none.totalHits).toBe(all.totalHits);
    expect(none.hits).toEqual(all.hits);
  });

  it('gives each hit the names, places and description it was indexed with', async () => {
    const result = await index.search({ query: '晨光1865' });
    const arsenal = NODES.find((n) => n.id === 'hs-jinling-arsenal')!;
    expect(result.hits[0]).toMatchObject({
      entityId: arsenal.id,
      kind: arsenal.kind,
      name: arsenal.name,
      aliases: arsenal.aliases,
      province: arsenal.province,
      city: arsenal.city,
      description: arsenal.description,
    });
  });

  it('counts and filters hits by industry, era and level, and by a range of years', async () => {
    const designated = buildEntityDocument(
      node({
        id: 'hs-designated-mill',
        kind: 'HeritageSite',
        name: '国家级面粉厂工业遗产',
        properties: {
          industry: '面粉加工',
          founded_year: 1954,
          designations: [{ list: '国家工业遗产', level: 'national' }],
        },
      }),
      { segmenter },
    );
    await index.upsert([designated]);
    try {
      const all = await index.search({ query: '工业遗产', first: 1 });
      expect(all.facets.industry).toEqual([
        { value: '面粉加工', count: 2 },
        { value: '军工', count: 1 },
        { value: '机械', count: 1 },
        { value: '棉纺织', count: 1 },
      ]);
      expect(all.facets.era).toEqual([
        { value: '晚清（1840–1911）', count: 3 },
        { value: '新中国成立初期（1949–1977）', count: 1 },
      ]);
      expect(all.facets.level).toEqual([{ value: '国家级', count: 1 }]);
      for (const facet of [all.facets.industry, all.facets.era, all.facets.level]) {
        for (const { count } of facet) expect(count).toBeLessThanOrEqual(all.totalHits);
      }

      const flour = await index.search({ query: '工业遗产', filter: { industries: ['面粉加工'] } });
      expect(flour.hits.map((hit) => hit.entityId).sort()).toEqual(['hs-designated-mill', 'hs-yixin-flour-mill']);
      expect(flour.hits.find((hit) => hit.entityId === 'hs-designated-mill')).toMatchObject({
        industry: ['面粉加工'],
        year: 1954,
        era: '新中国成立初期（1949–1977）',
        level: '国家级',
      });
      const national = await index.search({ query: '工业遗产', filter: { levels: ['国家级'] } });
      expect(national.hits.map((hit) => hit.entityId)).toEqual(['hs-designated-mill']);
      const lateQing = await index.search({ query: '工业遗产', filter: { eras: ['晚清（1840–1911）'] } });
      expect(lateQing.totalHits).toBe(3);
      const nineties = await index.search({ query: '', filter: { yearFrom: 1880, yearTo: 1899 } });
      expect(nineties.hits.map((hit) => hit.entityId).sort()).toEqual([
        'hs-dasheng-cotton-mill',
        'hs-yixin-flour-mill',
      ]);
      const from1890 = await index.search({ query: '', filter: { yearFrom: 1890 } });
      expect(from1890.hits.map((hit) => hit.entityId).sort()).toEqual([
        'hs-dasheng-cotton-mill',
        'hs-designated-mill',
        'hs-yixin-flour-mill',
      ]);
    } finally {
      await index.delete(['hs-designated-mill']);
    }
  });

  it('quotes industry, era and level values and lets only integers into a year bound', () => {
    expect(
      buildFilter({ industries: ['化工" OR kind = "Story'], levels: ['国家级'], yearFrom: 1900, yearTo: 1949 }),
    ).toBe('industry IN ["化工\\" OR kind = \\"Story"] AND level IN ["国家级"] AND year >= 1900 AND year <= 1949');
    expect(() => buildFilter({ yearFrom: 1900.5 })).toThrow(RangeError);
    expect(() => buildFilter({ yearTo: Number.NaN })).toThrow(RangeError);
  });

  it('highlights names and aliases as well as descriptions', async () => {
    const result = await index.search({ query: '晨光1865' });
    const arsenal = result.hits.find((hit) => hit.entityId === 'hs-jinling-arsenal');
    expect(arsenal?.highlights).toEqual(expect.arrayContaining([{ field: 'alias', snippet: '<mark>晨光1865</mark>' }]));
  });

  it('finds entities by the pinyin of their names only when the query is in Latin letters', async () => {
    const byPinyin = await index.search({ query: 'dasheng' });
    const dasheng = byPinyin.hits.find((hit) => hit.entityId === 'hs-dasheng-cotton-mill');
    expect(dasheng?.highlights).toEqual([{ field: 'name', snippet: '<mark>大生</mark>纱厂旧址' }]);
    const bySyllables = await index.search({ query: 'da sheng' });
    expect(bySyllables.hits.find((hit) => hit.entityId === 'hs-dasheng-cotton-mill')?.highlights).toEqual([
      { field: 'name', snippet: '<mark>大生</mark>纱厂旧址' },
    ]);
    const byWords = await index.search({ query: 'jing dian' });
    expect(byWords.hits.map((hit) => hit.entityId)).toEqual(['hs-classic-textiles']);
    // 景点 shares its pinyin with 经典: the pinyin of the query is tried once nothing else matched, and even
    // then only names sharing characters with it are kept.
    const byCharacters = await index.search({ query: '景点' });
    expect(byCharacters.matchedBy).toBe('pinyin');
    expect(byCharacters.hits).toEqual([]);
  });

  it('suggests names and aliases by their first characters, most important first', async () => {
    const suggestions = await index.suggest({ prefix: '金陵' });
    expect(suggestions).toEqual([
      { entityId: 'hs-jinling-arsenal', kind: 'HeritageSite', text: '金陵机器制造局旧址', matchedBy: 'name' },
    ]);
    expect(await index.suggest({ prefix: '晨光' })).toEqual([
      { entityId: 'hs-jinling-arsenal', kind: 'HeritageSite', text: '晨光1865', matchedBy: 'alias' },
    ]);
    // 制造局 is inside the name, not at its start.
    expect(await index.suggest({ prefix: '制造局' })).toEqual([]);
  });

  it('suggests by full pinyin and by initials, but never turns characters into pinyin', async () => {
    expect(await index.suggest({ prefix: 'jinling' })).toMatchObject([
      { entityId: 'hs-jinling-arsenal', text: '金陵机器制造局旧址', matchedBy: 'pinyin' },
    ]);
    expect(await index.suggest({ prefix: 'JL' })).toMatchObject([
      { entityId: 'hs-jinling-arsenal', matchedBy: 'initials' },
    ]);
    expect(await index.suggest({ prefix: 'da sheng' })).toMatchObject([
      { entityId: 'hs-dasheng-cotton-mill', text: '大生纱厂旧址', matchedBy: 'pinyin' },
    ]);
    expect(await index.suggest({ prefix: '经典' })).toMatchObject([{ entityId: 'hs-classic-textiles' }]);
    expect(await index.suggest({ prefix: '景点' })).toEqual([]);
  });

  it('ranks suggestions by importance and bounds the limit', async () => {
    const important = buildEntityDocument(
      node({
        id: 'hs-jinling-important',
        kind: 'HeritageSite',
        name: '金陵重要遗址',
        properties: { designations: [{ list: '全国重点文物保护单位', level: 'national' }] },
      }),
      { segmenter },
    );
    const typedInFull = buildEntityDocument(node({ id: 'place-jinling', kind: 'Place', name: '金陵' }), { segmenter });
    await index.upsert([important, typedInFull]);
    // Designated first; among the undesignated (degree 0 here), the shorter name.
    const suggestions = await index.suggest({ prefix: 'jl' });
    expect(suggestions.map((s) => s.entityId)).toEqual(['hs-jinling-important', 'place-jinling', 'hs-jinling-arsenal']);
    // The one name typed in full comes first, then the rest by importance.
    expect((await index.suggest({ prefix: '金陵机器' })).map((s) => s.entityId)).toEqual(['hs-jinling-arsenal']);
    expect((await index.suggest({ prefix: '金陵' })).map((s) => s.entityId)).toEqual([
      'place-jinling',
      'hs-jinling-important',
      'hs-jinling-arsenal',
    ]);
    expect((await index.suggest({ prefix: 'jinling' }))[0]?.entityId).toBe('place-jinling');
    expect(await index.suggest({ prefix: 'jl', limit: 1 })).toHaveLength(1);
    await expect(index.suggest({ prefix: 'jl', limit: 21 })).rejects.toThrow(RangeError);
    await index.delete(['hs-jinling-important', 'place-jinling']);
  });

  it('deletes entities by id', async () => {
    await index.delete(['story-"quoted"']);
    expect((await index.stats()).numberOfDocuments).toBe(documents.length - 1);
  });
});
