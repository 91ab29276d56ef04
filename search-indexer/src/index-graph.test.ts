import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createEmbeddedGraphStore,
  relationshipId,
  type GraphNode,
  type GraphRelationship,
  type GraphStore,
  type RelationType,
} from '@icg/graph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityUid, type EntityDocument } from './entity-documents.ts';
import { indexGraph, type IndexGraphProgress } from './index-graph.ts';
import { createMeiliClient, type MeiliClient } from './meili-client.ts';
import { startMeilisearch, type MeilisearchServer } from './meili-server.ts';
import { createSearchIndex, type SearchIndex } from './search-index.ts';
import { createSegmenter } from './segmenter.ts';

function node(partial: Partial<GraphNode> & Pick<GraphNode, 'id' | 'kind' | 'name'>): GraphNode {
  return { aliases: [], province: '江苏', city: null, description: null, properties: {}, sources: [], ...partial };
}

function rel(type: RelationType, from: string, to: string): GraphRelationship {
  return { id: relationshipId(type, from, to), type, from, to, properties: {}, sources: [] };
}

const NODES: GraphNode[] = [
  node({ id: 'js-doc', kind: 'PolicyDocument', name: '江苏省贯彻《推进工业文化发展实施方案（2021-2025年）》行动计划' }),
  node({ id: 'js-sec-1', kind: 'PolicySection', name: '工业文化弘扬传播工程' }),
  node({ id: 'js-sec-3', kind: 'PolicySection', name: '工业遗产保护利用工程' }),
  node({ id: 'dep-gxt', kind: 'Department', name: '省工信厅' }),
  node({ id: 'dep-rst', kind: 'Department', name: '省人社厅' }),
  node({ id: 'dep-wlt', kind: 'Department', name: '省文旅厅' }),
  node({ id: 'dep-fgw', kind: 'Department', name: '省发改委' }),
  node({
    id: 'js-task-01',
    kind: 'PolicyTask',
    name: '建立工业文化基础资源库',
    description: '组织工业文化资源调查，梳理和挖掘工业遗产、工业旅游、工艺美术、工业精神及专业人才等资源。',
  }),
  node({
    id: 'js-task-03',
    kind: 'PolicyTask',
    name: '组织工业文化宣传推广',
    description: '组织大国工匠、企业家、技术能手（大师）等进讲堂，传播弘扬优秀工业文化。',
  }),
  node({
    id: 'js-task-06',
    kind: 'PolicyTask',
    name: '培育工业遗产重点项目',
    description: '定期开展省级工业遗产普查，不断完善全省工业遗产地图。',
  }),
  node({
    id: 'hs-dasheng-cotton-mill',
    kind: 'HeritageSite',
    name: '大生纱厂旧址',
    city: '南通市',
    description: '张謇1895年在南通唐闸创办的大生纱厂原址，2018年列入第二批国家工业遗产名单。',
  }),
];

const RELATIONSHIPS: GraphRelationship[] = [
  rel('PART_OF', 'js-sec-1', 'js-doc'),
  rel('PART_OF', 'js-sec-3', 'js-doc'),
  rel('PART_OF', 'js-task-01', 'js-sec-1'),
  rel('PART_OF', 'js-task-03', 'js-sec-1'),
  rel('PART_OF', 'js-task-06', 'js-sec-3'),
  rel('LEADS', 'dep-gxt', 'js-task-01'),
  rel('RESPONSIBLE_PER_DUTY', 'dep-fgw', 'js-task-01'),
  rel('RESPONSIBLE_PER_DUTY', 'dep-wlt', 'js-task-01'),
  rel('LEADS', 'dep-gxt', 'js-task-03'),
  rel('LEADS', 'dep-rst', 'js-task-03'),
  rel('PARTICIPATES_IN', 'dep-fgw', 'js-task-03'),
  rel('LEADS', 'dep-gxt', 'js-task-06'),
  rel('PARTICIPATES_IN', 'dep-wlt', 'js-task-06'),
];

describe('indexGraph from the embedded graph store into a real Meilisearch', () => {
  let dir: string;
  let server: MeilisearchServer;
  let client: MeiliClient;
  let store: GraphStore;
  let index: SearchIndex;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'icg-index-graph-'));
    store = await createEmbeddedGraphStore({ dataDir: join(dir, 'graph'), bufferPoolBytes: 64 * 1024 * 1024 });
    await store.ensureSchema();
    await store.upsertNodes(NODES);
    await store.upsertRelationships(RELATIONSHIPS);
    server = await startMeilisearch({ dataDir: join(dir, 'search') });
    client = createMeiliClient({ url: server.url, apiKey: server.masterKey });
    index = createSearchIndex({
      client,
      segmenter: await createSegmenter({ extraTerms: NODES.map((n) => n.name) }),
      uid: `entities_index_graph_test_${process.pid}`,
    });
    await index.ensure();
  });

  afterAll(async () => {
    await index?.drop();
    await client?.close();
    await server?.stop();
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('pages through every node, carrying departments and sections onto policy tasks', async () => {
    const progress: IndexGraphProgress[] = [];
    const result = await indexGraph(store, index, { pageSize: 4, onProgress: (p) => progress.push(p) });
    console.info(`indexGraph: ${result.documents} documents in ${result.durationMs.toFixed(0)} ms`);

    expect(result).toMatchObject({ nodes: NODES.length, documents: NODES.length });
    expect(progress.map((p) => p.nodes)).toEqual([4, 8, 11]);
    expect(progress.at(-1)?.lastId).toBe([...NODES.map((n) => n.id)].sort().at(-1));
    expect((await index.stats()).numberOfDocuments).toBe(NODES.length);

    const stored = await client.getDocument<EntityDocument>(index.uid, entityUid('js-task-01'));
    expect(stored).toMatchObject({
      entityId: 'js-task-01',
      sectionName: '工业文化弘扬传播工程',
      leadDepartments: ['省工信厅'],
    });
    expect([...(stored.participatingDepartments ?? [])].sort()).toEqual(['省发改委', '省文旅厅'].sort());
  });

  it('makes tasks findable by department and section, and is idempotent', async () => {
    const byDepartment = await index.search({ query: '省人社厅' });
    // The department itself is an entity too.
    expect(byDepartment.hits.map((hit) => hit.entityId).sort()).toEqual(['dep-rst', 'js-task-03']);
    const ledTasks = await index.search({ query: '省工信厅', filter: { kinds: ['PolicyTask'] } });
    expect(ledTasks.hits.map((hit) => hit.entityId).sort()).toEqual(['js-task-01', 'js-task-03', 'js-task-06']);

    const bySection = await index.search({ query: '保护利用工程', filter: { kinds: ['PolicyTask'] } });
    expect(bySection.hits.map((hit) => hit.entityId)).toEqual(['js-task-06']);

    const heritage = await index.search({ query: '工业遗产', filter: { kinds: ['PolicyTask', 'HeritageSite'] } });
    expect(heritage.hits.map((hit) => hit.entityId).sort()).toEqual(
      ['hs-dasheng-cotton-mill', 'js-task-01', 'js-task-06'].sort(),
    );

    await indexGraph(store, index);
    expect((await index.stats()).numberOfDocuments).toBe(NODES.length);
  });

  it('reads the domain vocabulary from the graph first: names into the dictionary, departments as synonyms', async () => {
    const department = node({
      id: 'dep-dsj',
      kind: 'Department',
      name: '江苏省大数据管理中心',
      aliases: ['省数据中心'],
    });
    const task = node({ id: 'js-task-09', kind: 'PolicyTask', name: '建设工业文化数据平台' });
    const mill = node({ id: 'ent-maoxin', kind: 'Enterprise', name: '茂新面粉厂', aliases: ['保兴面粉厂'] });
    await store.upsertNodes([department, task, mill]);
    await store.upsertRelationships([rel('LEADS', 'dep-dsj', 'js-task-09')]);
    try {
      const result = await indexGraph(store, index);
      expect(result.newTerms).toBeGreaterThanOrEqual(3);
      expect(index.segmenter.words('保兴面粉厂改名茂新面粉厂')).toEqual(['保兴面粉厂', '改名', '茂新面粉厂']);
      const settings = await client.getSettings(index.uid);
      expect(settings.synonyms?.['省数据中心']).toEqual(['江苏省大数据管理中心']);
      // Found through the synonym words documents carry, which Meilisearch's own synonyms miss here.
      const led = await index.search({ query: '省数据中心', filter: { kinds: ['PolicyTask'] } });
      expect(led.hits.map((hit) => hit.entityId)).toEqual(['js-task-09']);
    } finally {
      await store.deleteNodes(['dep-dsj', 'js-task-09', 'ent-maoxin']);
      await index.delete(['dep-dsj', 'js-task-09', 'ent-maoxin']);
    }
  });
});
