import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbeddedGraphStore, type GraphNode, type GraphStore } from '@icg/graph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityUid } from './entity-documents.ts';
import { createMeiliClient, type MeiliClient } from './meili-client.ts';
import { startMeilisearch, type MeilisearchServer } from './meili-server.ts';
import { INDEX_SCOPES } from './index-graph.ts';
import { buildingIndexUid, reindexGraph, type ReindexPhase } from './reindex.ts';
import { createSearchIndex, ENTITY_INDEX_SETTINGS } from './search-index.ts';
import { createSegmenter, type Segmenter } from './segmenter.ts';

function node(
  id: string,
  name: string,
  description: string | null = null,
  kind: GraphNode['kind'] = 'HeritageSite',
): GraphNode {
  return {
    id,
    kind,
    name,
    aliases: [],
    province: '江苏',
    city: '南京市',
    description,
    properties: {},
    sources: [],
  };
}

const NODES: GraphNode[] = [
  node('site-jinling', '金陵机器制造局', '清末洋务运动时期创办的军工企业，位于南京。'),
  node('site-dasheng', '大生纱厂', '张謇创办的近代纺织企业，位于南通。'),
  node('site-hengshun', '恒顺醋业', '镇江香醋的传统酿造技艺。'),
];

async function indexExists(client: MeiliClient, uid: string): Promise<boolean> {
  return client.getIndex(uid).then(
    () => true,
    (error: { meiliCode?: string }) => {
      if (error.meiliCode === 'index_not_found') return false;
      throw error;
    },
  );
}

/** The index swaps Meilisearch ran, newest first, each with its pairs (read from the tasks API). */
async function swapTasks(server: MeilisearchServer): Promise<{ details: { swaps: { indexes: string[] }[] } }[]> {
  const response = await fetch(`${server.url}/tasks?types=indexSwap&statuses=succeeded`, {
    headers: { authorization: `Bearer ${server.masterKey}` },
  });
  return ((await response.json()) as { results: { details: { swaps: { indexes: string[] }[] } }[] }).results;
}

describe('reindexGraph over the real Meilisearch', () => {
  let dir: string;
  let server: MeilisearchServer;
  let client: MeiliClient;
  let store: GraphStore;
  let segmenter: Segmenter;
  const uid = `reindex-${process.pid}`;
  const uids = { all: uid, stories: `${uid}-stories`, profiles: `${uid}-profiles` };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'icg-reindex-'));
    server = await startMeilisearch({ dataDir: join(dir, 'meili') });
    client = createMeiliClient({ url: server.url, apiKey: server.masterKey });
    store = await createEmbeddedGraphStore({ dataDir: join(dir, 'graph') });
    await store.ensureSchema();
    await store.upsertNodes(NODES);
    segmenter = await createSegmenter();
  });
  afterAll(async () => {
    await store?.close();
    await client?.close();
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('publishes a first index where none existed, with the settings, one document per node, through every phase', async () => {
    const phases: ReindexPhase[] = [];
    const result = await reindexGraph(store, {
      client,
      segmenter,
      uids,
      onProgress: ({ phase }) => {
        if (phases.at(-1) !== phase) phases.push(phase);
      },
    });
    expect(phases).toEqual(['preparing', 'indexing', 'swapping', 'cleaning']);
    expect(result).toMatchObject({ nodes: 3, documents: 3, droppedLeftover: false });
    expect((await client.getIndexStats(uid)).numberOfDocuments).toBe(3);
    expect((await client.getSettings(uid)).searchableAttributes).toEqual(ENTITY_INDEX_SETTINGS.searchableAttributes);
    expect(await indexExists(client, buildingIndexUid(uid))).toBe(false);
    // Without people or stories in the graph, the scoped indexes are published empty, not missing.
    expect(result.documentsByScope).toEqual({ all: 3, stories: 0, profiles: 0 });
    expect((await client.getIndexStats(uids.stories)).numberOfDocuments).toBe(0);
    const index = createSearchIndex({ client, segmenter, uid });
    expect((await index.search({ query: '纱厂' })).hits.map((hit) => hit.entityId)).toEqual(['site-dasheng']);
  });

  it('drops documents of nodes that left the graph, which an in-place upsert would keep', async () => {
    await store.deleteNodes(['site-hengshun']);
    await reindexGraph(store, { client, segmenter, uids });
    await expect(client.getDocument(uid, entityUid('site-hengshun'))).rejects.toMatchObject({
      meiliCode: 'document_not_found',
    });
    expect((await client.getIndexStats(uid)).numberOfDocuments).toBe(2);
  });

  it('drops the building index an interrupted run left, whatever it holds, and never duplicates a document', async () => {
    const leftover = createSearchIndex({ client, segmenter, uid: buildingIndexUid(uid) });
    await leftover.ensure();
    await client.waitForTask(
      // As every document of these indexes, it carries its vector, here none.
      await client.addOrReplaceDocuments(
        buildingIndexUid(uid),
        [{ uid: 'stale', entityId: 'stale', name: '残留', _vectors: { semantic: null } }],
        { primaryKey: 'uid' },
      ),
    );

    const result = await reindexGraph(store, { client, segmenter, uids, pageSize: 1 });
    expect(result).toMatchObject({ nodes: 2, documents: 2, droppedLeftover: true });
    expect((await client.getIndexStats(uid)).numberOfDocuments).toBe(2);
    expect(await indexExists(client, buildingIndexUid(uid))).toBe(false);
    await expect(client.getDocument(uid, 'stale')).rejects.toMatchObject({ meiliCode: 'document_not_found' });
  });

  it('builds entities, stories and profiles from one read of the graph and swaps all three in one task', async () => {
    const people: GraphNode[] = [
      node('story-zhangjian', '张謇实业救国的故事', '状元办厂，以纺织兴南通。', 'Story'),
      node('story-jinling', '金陵机器局的工匠精神', '洋务运动中的南京军工。', 'Story'),
      node('ent-zhangjian', '张謇', '近代实业家，创办大生纱厂。', 'Entrepreneur'),
      node('craft-chu', '储炎庆', '芜湖铁画代表性传承人。', 'Craftsman'),
    ];
    await store.upsertNodes(people);
    const kindsInGraph = [...NODES.filter((n) => n.id !== 'site-hengshun'), ...people].map((n) => n.kind);
    const swapsBefore = (await swapTasks(server)).length;
    try {
      const result = await reindexGraph(store, { client, segmenter, uids });

      const expected = {
        all: kindsInGraph.length,
        stories: kindsInGraph.filter((kind) => kind === 'Story').length,
        profiles: kindsInGraph.filter((kind) => kind === 'Entrepreneur' || kind === 'Craftsman').length,
      };
      expect(expected).toEqual({ all: 6, stories: 2, profiles: 2 });
      expect(result.documentsByScope).toEqual(expected);
      for (const scope of INDEX_SCOPES) {
        expect((await client.getIndexStats(uids[scope])).numberOfDocuments).toBe(expected[scope]);
        expect(await indexExists(client, buildingIndexUid(uids[scope]))).toBe(false);
      }

      const swaps = await swapTasks(server);
      expect(swaps.length - swapsBefore).toBe(1);
      expect(swaps[0]?.details.swaps.map((swap) => swap.indexes)).toEqual(
        INDEX_SCOPES.map((scope) => [uids[scope], buildingIndexUid(uids[scope])]),
      );
      const stories = createSearchIndex({ client, segmenter, uid: uids.stories });
      expect((await stories.search({ query: '张謇' })).hits.map((hit) => hit.entityId)).toEqual(['story-zhangjian']);
      const profiles = createSearchIndex({ client, segmenter, uid: uids.profiles });
      expect((await profiles.search({ query: '张謇' })).hits.map((hit) => hit.entityId)).toEqual(['ent-zhangjian']);
    } finally {
      await store.deleteNodes(people.map((n) => n.id));
    }
  });
});
