import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphNode } from '@icg/graph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEntityDocument } from './entity-documents.ts';
import { createMeiliClient, type MeiliClient } from './meili-client.ts';
import { startMeilisearch, type MeilisearchServer } from './meili-server.ts';
import { buildFilter, createSearchIndex, type SearchIndex } from './search-index.ts';
import { createSegmenter } from './segmenter.ts';

function node(partial: Partial<GraphNode> & Pick<GraphNode, 'id' | 'kind' | 'name'>): GraphNode {
  return { aliases: [], province: null, city: null, description: null, properties: {}, sources: [], ...partial };
}

const NODES: GraphNode[] = [
  node({
    id: 'tech-xuan-paper',
    kind: 'Technique',
    name: '宣纸制作技艺',
    province: '安徽',
    description: '安徽泾县的宣纸制作技艺，以青檀皮和沙田稻草为原料，2009年列入人类非物质文化遗产代表作名录。',
  }),
  node({
    id: 'cr-zhou-donghong',
    kind: 'Craftsman',
    name: '周东红',
    province: '安徽',
    description: '中国宣纸集团捞纸工，从事宣纸制作技艺三十余年，被评为大国工匠。',
  }),
  node({
    id: 'story-dasheng-founding',
    kind: 'Story',
    name: '状元办厂：张謇与大生纱厂的创立',
    province: '江苏',
    description: '1895年张謇在南通唐闸创办大生纱厂，以机器大生产取代手工纺纱。大生纱厂2018年列入国家工业遗产名单。',
  }),
];

describe('keywords as document tags and a search facet, in a real Meilisearch', () => {
  let dataDir: string;
  let server: MeilisearchServer;
  let client: MeiliClient;
  let index: SearchIndex;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'icg-keywords-facet-'));
    server = await startMeilisearch({ dataDir });
    client = createMeiliClient({ url: server.url, apiKey: server.masterKey });
    const segmenter = await createSegmenter({ extraTerms: ['大生纱厂', '张謇', '周东红'] });
    index = createSearchIndex({ client, segmenter, uid: `entities_keywords_test_${process.pid}` });
    await index.ensure();
    await index.upsert(NODES.map((n) => buildEntityDocument(n, { segmenter })));
  });

  afterAll(async () => {
    await index?.drop();
    await client?.close();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('tags each document with its keywords, domain terms whole', async () => {
    const stored = await client.search<{ entityId: string; keywords: string[] }>(index.uid, {
      q: '',
      attributesToRetrieve: ['entityId', 'keywords'],
    });
    const keywords = new Map(stored.hits.map((hit) => [hit.entityId, hit.keywords]));
    expect(keywords.get('tech-xuan-paper')?.[0]).toBe('宣纸制作技艺');
    expect(keywords.get('cr-zhou-donghong')).toContain('宣纸制作技艺');
    expect(keywords.get('story-dasheng-founding')).toEqual(expect.arrayContaining(['大生纱厂', '张謇']));
  });

  it('counts hits per keyword over every hit, most frequent first', async () => {
    const result = await index.search({ query: '宣纸' });
    expect(result.hits.map((hit) => hit.entityId).sort()).toEqual(['cr-zhou-donghong', 'tech-xuan-paper']);
    expect(result.facets.keywords[0]).toEqual({ value: '宣纸制作技艺', count: 2 });
    expect(result.facets.keywords.every(({ value }) => [...value].length >= 2)).toBe(true);
  });

  it('filters by keywords, every one required, and accepts them in traditional characters', async () => {
    const paper = await index.search({ query: '', filter: { keywords: ['宣纸制作技艺'] } });
    expect(paper.hits.map((hit) => hit.entityId).sort()).toEqual(['cr-zhou-donghong', 'tech-xuan-paper']);

    const both = await index.search({ query: '', filter: { keywords: ['宣纸制作技艺', '周东红'] } });
    expect(both.hits.map((hit) => hit.entityId)).toEqual(['cr-zhou-donghong']);

    const traditional = await index.search({ query: '', filter: { keywords: ['大生紗廠'] } });
    expect(traditional.hits.map((hit) => hit.entityId)).toEqual(['story-dasheng-founding']);
  });

  it('quotes keywords in the filter expression, so a keyword cannot change it', () => {
    expect(buildFilter({ keywords: ['宣纸" OR kind = "Story'] })).toBe('keywords = "宣纸\\" OR kind = \\"Story"');
  });
});
