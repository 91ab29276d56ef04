import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphNode } from '@icg/graph';
import { toSimplified } from './chinese-variants.ts';
import { buildEntityDocument, type EntityRelations } from './entity-documents.ts';
import { createMeiliClient, type MeiliClient } from './meili-client.ts';
import { startMeilisearch, type MeilisearchServer } from './meili-server.ts';
import { ENTITY_INDEX_SETTINGS, createSearchIndex, type SearchIndex } from './search-index.ts';
import { createSegmenter, type Segmenter } from './segmenter.ts';
import { departmentSynonyms, parseSynonyms, synonymsSetting } from './synonyms.ts';

function node(partial: Partial<GraphNode> & Pick<GraphNode, 'id' | 'kind' | 'name'>): GraphNode {
  return { aliases: [], province: null, city: null, description: null, properties: {}, sources: [], ...partial };
}

const national = { designations: [{ list: '国家工业遗产', level: 'national' }] };
const provincial = { designations: [{ list: '江苏省工业遗产', level: 'provincial' }] };

const NODES: GraphNode[] = [
  node({
    id: 'tech-suzhou-embroidery',
    kind: 'Technique',
    name: '苏绣',
    province: '江苏',
    city: '苏州市',
    description: '苏州地区的刺绣技艺，2006年列入第一批国家级非物质文化遗产名录。',
  }),
  node({
    id: 'tech-wuhu-iron-painting',
    kind: 'Technique',
    name: '芜湖铁画',
    province: '安徽',
    city: '芜湖市',
    description: '以低碳钢为原料、锻打焊接而成的铁画锻制技艺。',
  }),
  node({
    id: 'ent-zhang-jian',
    kind: 'Entrepreneur',
    name: '张謇',
    province: '江苏',
    city: '南通市',
    description: '清末状元，创办大生纱厂，实业救国。',
  }),
  node({
    id: 'ent-maoxin',
    kind: 'Enterprise',
    name: '茂新面粉厂',
    aliases: ['保兴面粉厂'],
    province: '江苏',
    city: '无锡市',
    description: '荣氏兄弟经营的面粉企业，初名保兴，后改名茂新。',
  }),
  node({
    id: 'place-nanjing',
    kind: 'Place',
    name: '南京市',
    province: '江苏',
    city: '南京市',
    description: '江苏省会，近代工业的发祥地之一。',
  }),
  node({
    id: 'tech-xuan-paper',
    kind: 'Technique',
    name: '宣纸制作技艺',
    province: '安徽',
    city: '宣城市',
    description: '泾县宣纸的传统制作技艺。',
  }),
  // Two sites the text ranks equally; only the designation differs.
  node({
    id: 'hs-provincial-silk',
    kind: 'HeritageSite',
    name: '乙丝厂旧址',
    province: '江苏',
    properties: provincial,
  }),
  node({ id: 'hs-national-silk', kind: 'HeritageSite', name: '甲丝厂旧址', province: '江苏', properties: national }),
  // Two undesignated sites the text ranks equally; only the relationships in the graph differ.
  node({ id: 'hs-isolated-kiln', kind: 'HeritageSite', name: '丙窑址', province: '安徽' }),
  node({ id: 'hs-connected-kiln', kind: 'HeritageSite', name: '丁窑址', province: '安徽' }),
  node({ id: 'hs-classic-textiles', kind: 'HeritageSite', name: '经典纺织陈列馆', province: '江苏' }),
  node({
    id: 'task-industry-culture',
    kind: 'PolicyTask',
    name: '推进工业文化研学',
    province: '江苏',
    description: '建设工业文化研学基地。',
  }),
];

const RELATED: Record<string, EntityRelations> = {
  'hs-connected-kiln': { degree: 9 },
  'hs-isolated-kiln': { degree: 0 },
  'task-industry-culture': { leadDepartments: ['江苏省工业和信息化厅'] },
};

describe('Chinese search quality against a real Meilisearch', () => {
  let dataDir: string;
  let server: MeilisearchServer;
  let client: MeiliClient;
  let segmenter: Segmenter;
  let index: SearchIndex;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'icg-search-quality-'));
    server = await startMeilisearch({ dataDir });
    client = createMeiliClient({ url: server.url, apiKey: server.masterKey });
    segmenter = await createSegmenter();
    // What indexGraph does at index time: names join the dictionary, departments become synonyms.
    segmenter.addTerms(NODES.flatMap((n) => [n.name, ...n.aliases]));
    index = createSearchIndex({ client, segmenter, uid: `entities_search_quality_${process.pid}` });
    await index.ensure();
    await index.addSynonyms(
      departmentSynonyms([
        node({ id: 'dept-js-industry-it', kind: 'Department', name: '江苏省工业和信息化厅', aliases: ['省工信厅'] }),
      ]),
    );
    await index.upsert(NODES.map((n) => buildEntityDocument(n, { segmenter, related: RELATED[n.id] })));
  }, 60_000);

  afterAll(async () => {
    await index?.drop();
    await client?.close();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const ids = async (query: string) => (await index.search({ query })).hits.map((hit) => hit.entityId);

  describe('traditional characters', () => {
    it('are converted to simplified ones, in queries and in documents', async () => {
      expect(toSimplified('蘇繡 鐵畫 麵粉廠')).toBe('苏绣 铁画 面粉厂');
      expect(await ids('蘇繡')).toContain('tech-suzhou-embroidery');
      expect(await ids('鐵畫')).toContain('tech-wuhu-iron-painting');
      expect(await ids('張謇')).toEqual(['ent-zhang-jian']);
    });

    it('still highlight the words they matched', async () => {
      const result = await index.search({ query: '蘇繡' });
      const hit = result.hits.find((h) => h.entityId === 'tech-suzhou-embroidery');
      expect(result.matchedBy).toBe('all');
      expect(hit?.highlights).toContainEqual({ field: 'name', snippet: '<mark>苏绣</mark>' });
    });

    it('in a document are found by a simplified query and highlighted where they stand', async () => {
      const traditional = node({ id: 'story-traditional', kind: 'Story', name: '鐵畫藝人的故事', province: '安徽' });
      await index.upsert([buildEntityDocument(traditional, { segmenter })]);
      try {
        const result = await index.search({ query: '铁画艺人' });
        const hit = result.hits.find((h) => h.entityId === 'story-traditional');
        expect(hit?.highlights).toContainEqual({ field: 'name', snippet: '<mark>鐵畫藝人</mark>的故事' });
        expect((await index.suggest({ prefix: '铁画艺' })).map((s) => s.entityId)).toContain('story-traditional');
      } finally {
        await index.delete(['story-traditional']);
      }
    });

    it('complete names in suggestions as simplified ones do', async () => {
      expect((await index.suggest({ prefix: '蘇' })).map((s) => s.entityId)).toContain('tech-suzhou-embroidery');
    });
  });

  describe('synonyms', () => {
    it('come from the curated file, both ways for a group and one way for an arrow', () => {
      const setting = synonymsSetting(parseSynonyms('非遗 非物质文化遗产\n# comment\n省发改委 => 甲 乙\n'));
      expect(setting).toEqual({ 非物质文化遗产: ['非遗'], 非遗: ['非物质文化遗产'], 省发改委: ['乙', '甲'] });
      expect(ENTITY_INDEX_SETTINGS.synonyms?.['金陵']).toContain('南京');
      expect(() => parseSynonyms('孤单')).toThrow(SyntaxError);
    });

    it('find 非物质文化遗产 by 非遗 and 南京 by 金陵', async () => {
      expect(await ids('非遗')).toContain('tech-suzhou-embroidery');
      expect(await ids('金陵')).toContain('place-nanjing');
    });

    it('find a task led by 江苏省工业和信息化厅 by its short form 省工信厅, from the Department nodes', async () => {
      const settings = await client.getSettings(index.uid);
      expect(settings.synonyms?.['省工信厅']).toContain('江苏省工业和信息化厅');
      expect(await ids('省工信厅')).toContain('task-industry-culture');
    });
  });

  describe('fallbacks', () => {
    it('answer with every word when they all match', async () => {
      const result = await index.search({ query: '芜湖铁画' });
      expect(result.matchedBy).toBe('all');
      expect(result.hits[0]?.entityId).toBe('tech-wuhu-iron-painting');
    });

    it('drop the words no entity has before any other, when no entity has them all', async () => {
      const result = await index.search({ query: '张謇 外星人' });
      expect(result.matchedBy).toBe('some');
      expect(result.hits.map((hit) => hit.entityId)).toEqual(['ent-zhang-jian']);
    });

    it('try the pinyin of the query for a wrong character, and mark the characters it read', async () => {
      const result = await index.search({ query: '芜湖铁化' });
      expect(result.matchedBy).toBe('pinyin');
      expect(result.hits[0]?.entityId).toBe('tech-wuhu-iron-painting');
      expect(result.hits[0]?.highlights).toContainEqual({ field: 'name', snippet: '<mark>芜湖铁画</mark>' });
    });

    it('never let a homophone through pinyin: 景点 does not find 经典, even as a last resort', async () => {
      const result = await index.search({ query: '景点' });
      expect(result.matchedBy).toBe('pinyin');
      expect(result.hits).toEqual([]);
      expect((await index.search({ query: '经典' })).hits.map((hit) => hit.entityId)).toEqual(['hs-classic-textiles']);
    });

    it('rescue a lone mistyped word by pinyin, within the filters given', async () => {
      const result = await index.search({ query: '铁化' });
      expect(result.matchedBy).toBe('pinyin');
      expect(result.hits.map((hit) => hit.entityId)).toEqual(['tech-wuhu-iron-painting']);
      expect(result.totalHits).toBe(1);
      const filtered = await index.search({ query: '铁化', filter: { province: '江苏' } });
      expect(filtered.hits).toEqual([]);
    });

    it('keep a word found in documents away from pinyin, and try pinyin last when no word is unknown', async () => {
      // 张謇 and 苏绣 are both known: dropping words answers, as for 张謇 外星人 where pinyin finds nothing.
      const result = await index.search({ query: '张謇 苏绣' });
      expect(result.matchedBy).toBe('some');
      expect(result.hits.map((hit) => hit.entityId)).toEqual(['ent-zhang-jian']);
    });

    it('report nothing found after the last attempt', async () => {
      const result = await index.search({ query: '宇宙飞船' });
      expect(result.hits).toEqual([]);
      expect(result.matchedBy).toBe('pinyin');
    });
  });

  describe('ranking by the graph', () => {
    it('puts a national designation above a provincial one when the text matches equally', async () => {
      expect(await ids('丝厂旧址')).toEqual(['hs-national-silk', 'hs-provincial-silk']);
    });

    it('puts a well-connected entity above an isolated one when the text matches equally', async () => {
      expect(await ids('窑址')).toEqual(['hs-connected-kiln', 'hs-isolated-kiln']);
    });

    it("finds today's entity by a former name", async () => {
      const result = await index.search({ query: '保兴面粉厂' });
      expect(result.hits[0]?.entityId).toBe('ent-maoxin');
      expect(result.hits[0]?.highlights).toContainEqual({ field: 'alias', snippet: '<mark>保兴面粉厂</mark>' });
    });
  });

  describe('segmentation of domain terms', () => {
    it('keeps them whole on the query side, as in documents', async () => {
      expect(segmenter.words('宣纸制作技艺')).toEqual(['宣纸制作技艺']);
      expect(segmenter.words('張謇創辦的大生紗廠')).toEqual(expect.arrayContaining(['张謇']));
      const result = await index.search({ query: '宣纸制作技艺' });
      expect(result.hits[0]?.entityId).toBe('tech-xuan-paper');
      expect(result.hits[0]?.highlights).toContainEqual({ field: 'name', snippet: '<mark>宣纸制作技艺</mark>' });
    });
  });
});
