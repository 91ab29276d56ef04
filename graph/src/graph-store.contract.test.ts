import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testNeo4j } from './testing/test-graph-stores.ts';
import {
  createEmbeddedGraphStore,
  createNeo4jGraphStore,
  isGraphStoreError,
  type GraphCounts,
  type GraphNode,
  type GraphRelationship,
  type GraphStore,
  type GraphStoreErrorCode,
} from './index.ts';

/** How a backend is started for the suite and cleaned up after it. */
interface Harness {
  name: 'embedded' | 'neo4j';
  open(): Promise<GraphStore>;
  /** Removes whatever the suite wrote: its temporary directory, or its prefixed ids. */
  teardown(prefix: string): Promise<void>;
  /**
   * Only where a backend has a single-writer rule: opens a second writer on the same data. LadybugDB locks its
   * file for one read-write process; Neo4j is a server that any number of clients write through, so it has none.
   */
  openAnotherWriter?: () => Promise<GraphStore>;
}

function embeddedHarness(): Harness {
  let dataDir = '';
  return {
    name: 'embedded',
    async open() {
      dataDir = await mkdtemp(path.join(tmpdir(), 'icg-graph-contract-'));
      return createEmbeddedGraphStore({ dataDir, bufferPoolBytes: 64 * 1024 * 1024 });
    },
    async teardown() {
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
    openAnotherWriter: () => createEmbeddedGraphStore({ dataDir, bufferPoolBytes: 64 * 1024 * 1024 }),
  };
}

function neo4jHarness(): Harness {
  return {
    name: 'neo4j',
    async open() {
      const server = await testNeo4j();
      return createNeo4jGraphStore(server);
    },
    // The worker's server is emptied when the next file asks for it.
    async teardown() {},
  };
}

async function expectGraphStoreError(action: Promise<unknown>, code: GraphStoreErrorCode): Promise<Error> {
  try {
    await action;
  } catch (error) {
    expect(isGraphStoreError(error) ? error.code : error).toBe(code);
    return error as Error;
  }
  throw new Error(`expected GraphStoreError ${code}`);
}

/** Differences between two counts, so the suite holds on a server that already has data. */
function countsDelta(before: GraphCounts, after: GraphCounts) {
  const byKey = (a: Record<string, number | undefined>, b: Record<string, number | undefined>) =>
    Object.fromEntries(
      [...new Set([...Object.keys(a), ...Object.keys(b)])]
        .map((key) => [key, (b[key] ?? 0) - (a[key] ?? 0)] as const)
        .filter(([, delta]) => delta !== 0),
    );
  return {
    nodes: after.nodes - before.nodes,
    relationships: after.relationships - before.relationships,
    nodesByKind: byKey(before.nodesByKind, after.nodesByKind),
    relationshipsByType: byKey(before.relationshipsByType, after.relationshipsByType),
  };
}

describe.each([embeddedHarness(), neo4jHarness()])('GraphStore contract: $name', (harness) => {
  describe('specification', () => {
    // Every id the suite writes starts with this, so a shared Neo4j keeps other data apart.
    const prefix = `contract-${randomUUID().slice(0, 8)}:`;
    const id = (name: string) => `${prefix}${name}`;

    function node(name: string, kind: GraphNode['kind'], extra: Partial<GraphNode> = {}): GraphNode {
      return {
        id: id(name),
        kind,
        name,
        aliases: [],
        province: null,
        city: null,
        description: null,
        properties: {},
        sources: [],
        ...extra,
      };
    }

    function relationship(type: GraphRelationship['type'], from: string, to: string): GraphRelationship {
      return { id: id(`${from}|${type}|${to}`), type, from: id(from), to: id(to), properties: {}, sources: [] };
    }

    // A small graph around 张謇: ids sort as listed within each kind filter used below.
    const enterprise = node('enterprise-dasheng', 'Enterprise', {
      name: '大生纱厂',
      aliases: ['大生一厂', '大生'],
      province: '江苏',
      city: '南通',
      description: '1895 年由张謇创办的纱厂。',
      properties: { founded: 1895, founders: ['张謇'], meta: { level: null, tags: [], ok: true, ratio: 0.5 } },
      sources: [{ document: '江苏省工业遗产名录', locator: '序号 6', takenAt: '2024-05-01' }],
    });
    const entrepreneur = node('entrepreneur-zhangjian', 'Entrepreneur', { name: '张謇' });
    const museum = node('museum-nantong', 'Museum', { name: '南通博物苑' });
    const place = node('place-nantong', 'Place', { name: '南通' });
    const technique = node('technique-lanyin', 'Technique', { name: '蓝印花布印染技艺' });
    const craftsman = node('craftsman-wu', 'Craftsman', { name: '吴元新' });
    const fixtureNodes = [enterprise, entrepreneur, museum, place, technique, craftsman];

    const founded = relationship('FOUNDED', 'entrepreneur-zhangjian', 'enterprise-dasheng');
    const commemorates = relationship('COMMEMORATES', 'museum-nantong', 'entrepreneur-zhangjian');
    const enterpriseIn = relationship('LOCATED_IN', 'enterprise-dasheng', 'place-nantong');
    const museumIn = relationship('LOCATED_IN', 'museum-nantong', 'place-nantong');
    const originatedIn = relationship('ORIGINATED_IN', 'technique-lanyin', 'place-nantong');
    const practices = relationship('PRACTICES', 'craftsman-wu', 'technique-lanyin');
    const fixtureRelationships = [founded, commemorates, enterpriseIn, museumIn, originatedIn, practices];

    const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : 1));

    let store: GraphStore;
    let baseline: GraphCounts;

    beforeAll(async () => {
      store = await harness.open();
      await store.ensureSchema();
      baseline = await store.counts();
      await store.upsertNodes(fixtureNodes);
      await store.upsertRelationships(fixtureRelationships);
    });

    afterAll(async () => {
      await store?.close();
      await harness.teardown(prefix);
    });

    describe('schema', () => {
      it('ensureSchema can run again on a store that already has it', async () => {
        await store.ensureSchema();
        expect((await store.getNodes([enterprise.id]))[0]?.id).toBe(enterprise.id);
      });
    });

    describe('upserts', () => {
      it('counts what was written, by kind and by type', async () => {
        expect(countsDelta(baseline, await store.counts())).toEqual({
          nodes: 6,
          relationships: 6,
          nodesByKind: { Enterprise: 1, Entrepreneur: 1, Museum: 1, Place: 1, Technique: 1, Craftsman: 1 },
          relationshipsByType: { FOUNDED: 1, COMMEMORATES: 1, LOCATED_IN: 2, ORIGINATED_IN: 1, PRACTICES: 1 },
        });
      });

      it('upserting the same nodes and relationships twice keeps the counts', async () => {
        const before = await store.counts();
        await store.upsertNodes(fixtureNodes);
        await store.upsertRelationships(fixtureRelationships);
        await store.upsertNodes(fixtureNodes);
        await store.upsertRelationships(fixtureRelationships);
        expect(await store.counts()).toEqual(before);
      });

      it('an upsert overwrites every column, including back to null and empty', async () => {
        const original = node('overwrite', 'Award', {
          aliases: ['a'],
          province: '江苏',
          properties: { year: 2020 },
          sources: [{ url: 'https://example.org/a' }],
        });
        const replacement = node('overwrite', 'Award', { name: '江苏大工匠' });
        await store.upsertNodes([original]);
        await store.upsertNodes([replacement]);
        expect(await store.getNodes([replacement.id])).toEqual([replacement]);
      });

      it('within one batch the last record for an id wins', async () => {
        const first = node('repeated', 'Story', { name: 'first' });
        const last = node('repeated', 'Story', { name: 'last' });
        await store.upsertNodes([first, last]);
        expect((await store.getNodes([first.id]))[0]?.name).toBe('last');
      });

      it('an empty batch writes nothing and succeeds', async () => {
        const before = await store.counts();
        await store.upsertNodes([]);
        await store.upsertRelationships([]);
        expect(await store.counts()).toEqual(before);
      });
    });

    describe('round trips', () => {
      it('a node comes back exactly: Chinese text, nulls, empty and nested JSON', async () => {
        expect(await store.getNodes([enterprise.id])).toEqual([enterprise]);
        expect(await store.getNodes([place.id])).toEqual([place]);
      });

      it('relationship properties and sources come back exactly', async () => {
        await store.upsertNodes([node('award-list', 'Award'), node('heritage-site', 'HeritageSite')]);
        const detailed: GraphRelationship = {
          ...relationship('DESIGNATED_AS', 'heritage-site', 'award-list'),
          properties: {
            batch: '第一批',
            文号: '苏工信〔2021〕1号',
            nested: { years: [1895, 1899], note: null },
            empty: {},
          },
          sources: [{ document: '名单', locator: '第7条' }, {}],
        };
        await store.upsertRelationships([detailed]);
        const found = await store.getRelationships({ nodeIds: [id('heritage-site')], direction: 'out' });
        expect(found).toEqual([detailed]);
      });
    });

    describe('getNodes', () => {
      it('keeps the order of the ids asked for, with null for unknown ids and repeats repeated', async () => {
        const found = await store.getNodes([museum.id, id('unknown'), enterprise.id, museum.id]);
        expect(found.map((n) => n?.id ?? null)).toEqual([museum.id, null, enterprise.id, museum.id]);
      });

      it('answers an empty list with an empty list', async () => {
        expect(await store.getNodes([])).toEqual([]);
      });
    });

    describe('findNodes', () => {
      it('filters by kind and pages by afterId in id order', async () => {
        const kinds = ['Enterprise', 'Museum', 'Place', 'Technique'] as const;
        const expected = [enterprise.id, museum.id, place.id, technique.id];
        const first = await store.findNodes({ kinds, first: 2, afterId: prefix });
        expect(first.map((n) => n.id)).toEqual(expected.slice(0, 2));
        const second = await store.findNodes({ kinds, first: 2, afterId: first.at(-1)?.id });
        expect(second.map((n) => n.id)).toEqual(expected.slice(2, 4));
        const third = await store.findNodes({ kinds, first: 2, afterId: second.at(-1)?.id });
        expect(third.filter((n) => n.id.startsWith(prefix))).toEqual([]);
      });

      it('without kinds returns every kind, as full records', async () => {
        const all = await store.findNodes({ first: 100, afterId: prefix });
        const ours = all.filter((n) => n.id.startsWith(prefix));
        expect(ours.filter((n) => fixtureNodes.some((f) => f.id === n.id))).toEqual(byId(fixtureNodes));
      });

      it('returns nothing for an empty kinds list or a zero page', async () => {
        expect(await store.findNodes({ kinds: [], first: 10 })).toEqual([]);
        expect(await store.findNodes({ first: 0 })).toEqual([]);
      });
    });

    describe('getRelationships', () => {
      it('by direction: out, in and both, each relationship once with its real direction', async () => {
        const ids = (rels: GraphRelationship[]) => rels.map((r) => r.id);
        expect(ids(await store.getRelationships({ nodeIds: [entrepreneur.id], direction: 'out' }))).toEqual([
          founded.id,
        ]);
        expect(ids(await store.getRelationships({ nodeIds: [entrepreneur.id], direction: 'in' }))).toEqual([
          commemorates.id,
        ]);
        expect(await store.getRelationships({ nodeIds: [entrepreneur.id], direction: 'both' })).toEqual(
          byId([founded, commemorates]),
        );
      });

      it('by type', async () => {
        expect(
          await store.getRelationships({ nodeIds: [place.id], direction: 'in', types: ['ORIGINATED_IN'] }),
        ).toEqual([originatedIn]);
        expect(await store.getRelationships({ nodeIds: [place.id], direction: 'in' })).toEqual(
          byId([enterpriseIn, museumIn, originatedIn]),
        );
      });

      it('for several nodes at once, and for none', async () => {
        const found = await store.getRelationships({ nodeIds: [craftsman.id, technique.id], direction: 'out' });
        expect(found).toEqual(byId([practices, originatedIn]));
        expect(await store.getRelationships({ nodeIds: [], direction: 'both' })).toEqual([]);
      });
    });

    describe('neighborhood', () => {
      const ids = (subgraph: { nodes: GraphNode[]; relationships: GraphRelationship[] }) => ({
        nodes: subgraph.nodes.map((n) => n.id),
        relationships: subgraph.relationships.map((r) => r.id),
      });

      it('depth 1: the centre first, then its direct neighbours, with the relationships between them', async () => {
        expect(ids(await store.neighborhood(entrepreneur.id, { depth: 1, limit: 10 }))).toEqual({
          nodes: [entrepreneur.id, enterprise.id, museum.id],
          relationships: byId([founded, commemorates]).map((r) => r.id),
        });
      });

      it('depth 2: nearer nodes before farther ones, and full node records', async () => {
        const subgraph = await store.neighborhood(entrepreneur.id, { depth: 2, limit: 10 });
        expect(ids(subgraph)).toEqual({
          nodes: [entrepreneur.id, enterprise.id, museum.id, place.id],
          relationships: byId([founded, commemorates, enterpriseIn, museumIn]).map((r) => r.id),
        });
        expect(subgraph.nodes[1]).toEqual(enterprise);
      });

      it('limit counts the nodes besides the centre, nearest first', async () => {
        expect(ids(await store.neighborhood(entrepreneur.id, { depth: 2, limit: 1 }))).toEqual({
          nodes: [entrepreneur.id, enterprise.id],
          relationships: [founded.id],
        });
        expect((await store.neighborhood(entrepreneur.id, { depth: 2, limit: 0 })).nodes.map((n) => n.id)).toEqual([
          entrepreneur.id,
        ]);
      });

      it('a type filter follows only paths made of those types', async () => {
        expect(
          ids(
            await store.neighborhood(entrepreneur.id, {
              depth: 2,
              limit: 10,
              relationTypes: ['FOUNDED', 'LOCATED_IN'],
            }),
          ),
        ).toEqual({
          nodes: [entrepreneur.id, enterprise.id, place.id],
          relationships: byId([founded, enterpriseIn]).map((r) => r.id),
        });
      });

      it('reaches as far as the maximum depth and refuses to go further', async () => {
        const deep = await store.neighborhood(entrepreneur.id, { depth: 3, limit: 10 });
        expect(deep.nodes.map((n) => n.id)).toContain(technique.id);
        await expectGraphStoreError(store.neighborhood(entrepreneur.id, { depth: 4, limit: 10 }), 'INVALID_ARGUMENT');
      });

      it('an unknown centre yields an empty subgraph', async () => {
        expect(await store.neighborhood(id('nobody'), { depth: 2, limit: 10 })).toEqual({
          nodes: [],
          relationships: [],
        });
      });
    });

    describe('findNodes and countNodes filters', () => {
      const park = node('site-1895', 'HeritageSite', {
        name: '1895 文化创意产业园',
        aliases: ['Nantong 1895 Park'],
        province: '江苏',
        city: '南通',
      });
      let before: Record<string, number>;
      const filters = {
        jiangsu: { province: '江苏' },
        nantongSites: { province: '江苏', city: '南通', kinds: ['HeritageSite'] as const },
        park: { text: 'park' },
        quote: { text: "x'}) DETACH DELETE n //" },
      };

      beforeAll(async () => {
        before = {};
        for (const [name, filter] of Object.entries(filters)) before[name] = await store.countNodes(filter);
        await store.upsertNodes([park]);
      });

      const ours = (nodes: GraphNode[]) => nodes.map((n) => n.id).filter((nodeId) => nodeId.startsWith(prefix));

      it('filters by province and city, exactly', async () => {
        expect(ours(await store.findNodes({ ...filters.jiangsu, first: 100, afterId: prefix }))).toEqual([
          enterprise.id,
          park.id,
        ]);
        expect(ours(await store.findNodes({ province: '江苏', city: '南京', first: 100, afterId: prefix }))).toEqual(
          [],
        );
        expect(ours(await store.findNodes({ ...filters.nantongSites, first: 100, afterId: prefix }))).toEqual([
          park.id,
        ]);
      });

      it('text matches the name or any alias, ignoring case', async () => {
        const text = async (value: string) => ours(await store.findNodes({ text: value, first: 100, afterId: prefix }));
        expect(await text('大生纱')).toEqual([enterprise.id]);
        expect(await text('一厂')).toEqual([enterprise.id]);
        expect(await text('PARK')).toEqual([park.id]);
        expect(await text('nantong 1895')).toEqual([park.id]);
        expect(await text('no such name')).toEqual([]);
        expect(await text(filters.quote.text)).toEqual([]);
      });

      it('combines with kinds and pages by afterId', async () => {
        const page = await store.findNodes({ text: '南通', kinds: ['Museum', 'Place'], first: 1, afterId: prefix });
        expect(page.map((n) => n.id)).toEqual([museum.id]);
        const next = await store.findNodes({ text: '南通', kinds: ['Museum', 'Place'], first: 1, afterId: museum.id });
        expect(next.map((n) => n.id)).toEqual([place.id]);
      });

      it('countsByProvince adds up to the node count, and counts a province by kind', async () => {
        const rows = await store.countsByProvince();
        expect(rows.reduce((sum, row) => sum + row.total, 0)).toBe((await store.counts()).nodes);
        const jiangsu = rows.filter((row) => row.province === '江苏');
        expect(jiangsu.reduce((sum, row) => sum + row.total, 0)).toBe(await store.countNodes({ province: '江苏' }));
        expect(rows.find((row) => row.province === '江苏' && row.kind === 'HeritageSite')?.total).toBe(
          await store.countNodes({ province: '江苏', kinds: ['HeritageSite'] }),
        );
      });

      it('degrees counts the relationships touching each node, of the ids asked or of every node', async () => {
        const hub = node('degree-hub', 'Place', { name: '度数中心' });
        const spokes = ['degree-a', 'degree-b', 'degree-c'].map((name) => node(name, 'HeritageSite', { name }));
        const lonely = node('degree-lonely', 'Place', { name: '度数孤点' });
        await store.upsertNodes([hub, ...spokes, lonely]);
        await store.upsertRelationships([
          ...spokes.map((spoke) => relationship('LOCATED_IN', spoke.id.slice(prefix.length), 'degree-hub')),
          relationship('GROUPED_WITH', 'degree-a', 'degree-b'),
        ]);

        const asked = await store.degrees([
          hub.id,
          spokes[0]!.id,
          spokes[2]!.id,
          lonely.id,
          id('never-stored'),
          hub.id,
        ]);
        expect(Object.fromEntries(asked)).toEqual({
          [hub.id]: 3,
          [spokes[0]!.id]: 2,
          [spokes[2]!.id]: 1,
          [lonely.id]: 0,
          [id('never-stored')]: 0,
        });
        expect(await store.degrees([])).toEqual(new Map());
        const every = await store.degrees();
        expect([hub, ...spokes].map((n) => every.get(n.id))).toEqual([3, 2, 2, 1]);
        expect(every.get(lonely.id) ?? 0).toBe(0);
        await expect(store.degrees([''])).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
        await store.deleteNodes([hub.id, ...spokes.map((n) => n.id), lonely.id]);
      });

      it('countNodes counts what the same filter finds', async () => {
        const delta = async (name: keyof typeof filters) => (await store.countNodes(filters[name])) - before[name]!;
        expect(await delta('jiangsu')).toBe(1);
        expect(await delta('nantongSites')).toBe(1);
        expect(await delta('park')).toBe(1);
        expect(await delta('quote')).toBe(0);
        expect(await store.countNodes({ kinds: [] })).toBe(0);
        expect(await store.countNodes({})).toBe((await store.counts()).nodes);
      });

      it('refuses unknown kinds and empty filter text with INVALID_ARGUMENT', async () => {
        await expectGraphStoreError(
          store.countNodes({ kinds: ['Factory'] as unknown as ['Museum'] }),
          'INVALID_ARGUMENT',
        );
        await expectGraphStoreError(store.findNodes({ text: '', first: 1 }), 'INVALID_ARGUMENT');
      });
    });

    describe('shortestPaths', () => {
      // A shortcut the type filter below has to route around.
      const exhibits = relationship('EXHIBITS', 'museum-nantong', 'enterprise-dasheng');
      beforeAll(async () => {
        await store.upsertRelationships([exhibits]);
      });

      const summary = (paths: Awaited<ReturnType<GraphStore['shortestPaths']>>) =>
        paths.map((path) => ({
          nodeIds: path.nodeIds,
          hops: path.hops.map((hop) => `${hop.relationship.id} ${hop.direction}`),
        }));

      it('returns the shortest paths first, then those one hop longer, each length ordered by node ids', async () => {
        const paths = await store.shortestPaths(entrepreneur.id, place.id, { maxHops: 4, limit: 5 });
        expect(summary(paths)).toEqual([
          {
            nodeIds: [entrepreneur.id, enterprise.id, place.id],
            hops: [`${founded.id} out`, `${enterpriseIn.id} out`],
          },
          { nodeIds: [entrepreneur.id, museum.id, place.id], hops: [`${commemorates.id} in`, `${museumIn.id} out`] },
          {
            nodeIds: [entrepreneur.id, enterprise.id, museum.id, place.id],
            hops: [`${founded.id} out`, `${exhibits.id} in`, `${museumIn.id} out`],
          },
          {
            nodeIds: [entrepreneur.id, museum.id, enterprise.id, place.id],
            hops: [`${commemorates.id} in`, `${exhibits.id} out`, `${enterpriseIn.id} out`],
          },
        ]);
        expect(paths[0]?.hops[0]?.relationship).toEqual(founded);
      });

      it('keeps at most limit paths, the first ones in that order', async () => {
        const paths = await store.shortestPaths(entrepreneur.id, place.id, { maxHops: 4, limit: 1 });
        expect(paths.map((path) => path.nodeIds)).toEqual([[entrepreneur.id, enterprise.id, place.id]]);
        const three = await store.shortestPaths(entrepreneur.id, place.id, { maxHops: 4, limit: 3 });
        expect(three.map((path) => path.hops.length)).toEqual([2, 2, 3]);
      });

      it('looks for longer paths only within maxHops', async () => {
        const paths = await store.shortestPaths(entrepreneur.id, place.id, { maxHops: 2, limit: 5 });
        expect(paths.map((path) => path.hops.length)).toEqual([2, 2]);
      });

      it('a direct relationship is one hop, followed by the two-hop ways round', async () => {
        expect(summary(await store.shortestPaths(enterprise.id, museum.id, { maxHops: 4, limit: 1 }))).toEqual([
          { nodeIds: [enterprise.id, museum.id], hops: [`${exhibits.id} in`] },
        ]);
        const paths = await store.shortestPaths(enterprise.id, museum.id, { maxHops: 4, limit: 5 });
        expect(summary(paths)).toEqual([
          { nodeIds: [enterprise.id, museum.id], hops: [`${exhibits.id} in`] },
          { nodeIds: [enterprise.id, entrepreneur.id, museum.id], hops: [`${founded.id} in`, `${commemorates.id} in`] },
          { nodeIds: [enterprise.id, place.id, museum.id], hops: [`${enterpriseIn.id} out`, `${museumIn.id} in`] },
        ]);
      });

      it('a type filter applies during the search, so a longer path of those types is found', async () => {
        const paths = await store.shortestPaths(enterprise.id, museum.id, {
          maxHops: 4,
          limit: 5,
          relationTypes: ['FOUNDED', 'COMMEMORATES'],
        });
        expect(summary(paths)).toEqual([
          { nodeIds: [enterprise.id, entrepreneur.id, museum.id], hops: [`${founded.id} in`, `${commemorates.id} in`] },
        ]);
      });

      it('respects maxHops, and adds no longer paths beyond three hops', async () => {
        expect(await store.shortestPaths(craftsman.id, entrepreneur.id, { maxHops: 3, limit: 5 })).toEqual([]);
        const paths = await store.shortestPaths(craftsman.id, entrepreneur.id, { maxHops: 4, limit: 5 });
        expect(paths.map((path) => path.hops.length)).toEqual([4, 4]);
        expect(paths.map((path) => path.nodeIds.length)).toEqual([5, 5]);
      });

      it('answers unknown ends, equal ends, an empty type list and a zero limit with no paths', async () => {
        expect(await store.shortestPaths(id('nobody'), place.id, { maxHops: 4, limit: 5 })).toEqual([]);
        expect(await store.shortestPaths(place.id, place.id, { maxHops: 4, limit: 5 })).toEqual([]);
        expect(
          await store.shortestPaths(entrepreneur.id, place.id, { maxHops: 4, limit: 5, relationTypes: [] }),
        ).toEqual([]);
        expect(await store.shortestPaths(entrepreneur.id, place.id, { maxHops: 4, limit: 0 })).toEqual([]);
      });

      it('puts paths through specific entities before paths of the same length through hubs', async () => {
        // The enterprise becomes a hub (5 relationships against the museum's 3): its path now comes second.
        await store.upsertRelationships([
          relationship('OWNED_BY', 'craftsman-wu', 'enterprise-dasheng'),
          relationship('OWNED_BY', 'technique-lanyin', 'enterprise-dasheng'),
        ]);
        const paths = await store.shortestPaths(entrepreneur.id, place.id, { maxHops: 2, limit: 5 });
        expect(paths.map((path) => path.nodeIds)).toEqual([
          [entrepreneur.id, museum.id, place.id],
          [entrepreneur.id, enterprise.id, place.id],
        ]);
      });

      it('refuses maxHops outside 1–6 and unknown types with INVALID_ARGUMENT', async () => {
        await expectGraphStoreError(
          store.shortestPaths(entrepreneur.id, place.id, { maxHops: 7, limit: 5 }),
          'INVALID_ARGUMENT',
        );
        await expectGraphStoreError(
          store.shortestPaths(entrepreneur.id, place.id, { maxHops: 0, limit: 5 }),
          'INVALID_ARGUMENT',
        );
        await expectGraphStoreError(
          store.shortestPaths(entrepreneur.id, place.id, {
            maxHops: 2,
            limit: 5,
            relationTypes: ["FOUNDED'] DETACH DELETE a //"] as unknown as ['FOUNDED'],
          }),
          'INVALID_ARGUMENT',
        );
      });
    });

    describe('findRelationships', () => {
      it('pages every relationship by id, each once, as full records', async () => {
        const seen: GraphRelationship[] = [];
        for (let afterId = prefix; ;) {
          const page = await store.findRelationships({ first: 2, afterId });
          const ours = page.filter((r) => r.id.startsWith(prefix));
          seen.push(...ours);
          if (page.length < 2 || ours.length < page.length) break;
          afterId = page.at(-1)!.id;
        }
        const ids = seen.map((r) => r.id);
        expect(ids).toEqual([...new Set(ids)].sort());
        expect(seen.filter((r) => fixtureRelationships.some((f) => f.id === r.id))).toEqual(byId(fixtureRelationships));
      });

      it('filters by type, and answers an empty type list or a zero page with nothing', async () => {
        const located = await store.findRelationships({ first: 100, afterId: prefix, types: ['LOCATED_IN'] });
        expect(located.filter((r) => r.id.startsWith(prefix))).toEqual(byId([enterpriseIn, museumIn]));
        expect(await store.findRelationships({ first: 10, types: [] })).toEqual([]);
        expect(await store.findRelationships({ first: 0 })).toEqual([]);
      });

      it('refuses an unknown type or a negative page size with INVALID_ARGUMENT', async () => {
        await expectGraphStoreError(
          store.findRelationships({ first: 1, types: ['OWNS'] as unknown as ['FOUNDED'] }),
          'INVALID_ARGUMENT',
        );
        await expectGraphStoreError(store.findRelationships({ first: -1 }), 'INVALID_ARGUMENT');
      });
    });

    describe('upsertGraph', () => {
      it('writes nodes and the relationships among them in one call, ends in the batch or stored', async () => {
        const before = await store.counts();
        const story = node('graph-story', 'Story', { name: '状元办厂', sources: [{ document: '南通年鉴' }] });
        const about = {
          ...relationship('ABOUT', 'graph-story', 'entrepreneur-zhangjian'),
          sources: [{ url: 'https://example.org/s' }],
        };
        const setIn = relationship('SET_IN', 'graph-story', 'place-nantong');
        const progress: string[] = [];
        await store.upsertGraph(
          { nodes: [story], relationships: [about, setIn] },
          { onProgress: (phase, done, total) => progress.push(`${phase} ${done}/${total}`) },
        );
        expect(countsDelta(before, await store.counts())).toEqual({
          nodes: 1,
          relationships: 2,
          nodesByKind: { Story: 1 },
          relationshipsByType: { ABOUT: 1, SET_IN: 1 },
        });
        expect(await store.getRelationships({ nodeIds: [story.id], direction: 'out' })).toEqual(byId([about, setIn]));
        expect(progress).toEqual(['nodes 0/1', 'nodes 1/1', 'relationships 0/2', 'relationships 2/2']);
      });

      it('is all or nothing: a dangling end fails with DANGLING_RELATIONSHIP and not even the nodes are written', async () => {
        const before = await store.counts();
        const orphanStory = node('orphan-story', 'Story');
        const dangling = relationship('ABOUT', 'orphan-story', 'nobody-at-all');
        const error = await expectGraphStoreError(
          store.upsertGraph({ nodes: [orphanStory], relationships: [dangling] }),
          'DANGLING_RELATIONSHIP',
        );
        expect(error.message).toContain(id('nobody-at-all'));
        expect(await store.counts()).toEqual(before);
        expect(await store.getNodes([orphanStory.id])).toEqual([null]);
      });

      it('is all or nothing: an invalid record anywhere writes nothing', async () => {
        const before = await store.counts();
        const valid = node('graph-valid', 'Theme');
        const invalidRelationship = { ...relationship('ABOUT', 'graph-valid', 'place-nantong'), type: 'OWNS' };
        await expectGraphStoreError(
          store.upsertGraph({ nodes: [valid], relationships: [invalidRelationship as unknown as GraphRelationship] }),
          'INVALID_RECORD',
        );
        expect(await store.counts()).toEqual(before);
      });

      it('an empty batch writes nothing and succeeds', async () => {
        const before = await store.counts();
        await store.upsertGraph({ nodes: [], relationships: [] });
        expect(await store.counts()).toEqual(before);
      });
    });

    describe('replaceRelationships', () => {
      const includes = (name: string, to: string, order: number, note: string | null = null): GraphRelationship => ({
        ...relationship('INCLUDES', name, to),
        id: id(`${name}|INCLUDES|${to}|${order}`),
        properties: { order, note },
      });

      it('swaps the outgoing relationships of one type and upserts the batch, leaving other types alone', async () => {
        const narrative = node('replace-narrative', 'Narrative', { properties: { version: 1 } });
        await store.upsertGraph({
          nodes: [narrative],
          relationships: [
            includes('replace-narrative', 'entrepreneur-zhangjian', 0),
            includes('replace-narrative', 'enterprise-dasheng', 1),
          ],
        });
        const before = await store.counts();
        const next = { ...narrative, properties: { version: 2 } };
        const items = [includes('replace-narrative', 'museum-nantong', 0, '先看博物苑')];
        await store.replaceRelationships(narrative.id, 'INCLUDES', { nodes: [next], relationships: items });
        const out = await store.getRelationships({ nodeIds: [narrative.id], direction: 'out', types: ['INCLUDES'] });
        expect(out).toEqual(items);
        expect((await store.getNodes([narrative.id]))[0]?.properties).toEqual({ version: 2 });
        expect(countsDelta(before, await store.counts()).relationshipsByType).toEqual({ INCLUDES: -1 });
      });

      it('is all or nothing: a dangling end keeps the old relationships and the old node', async () => {
        const narrative = node('replace-atomic', 'Narrative', { properties: { version: 1 } });
        const old = [includes('replace-atomic', 'place-nantong', 0)];
        await store.upsertGraph({ nodes: [narrative], relationships: old });
        await expectGraphStoreError(
          store.replaceRelationships(narrative.id, 'INCLUDES', {
            nodes: [{ ...narrative, properties: { version: 2 } }],
            relationships: [includes('replace-atomic', 'nobody-at-all', 0)],
          }),
          'DANGLING_RELATIONSHIP',
        );
        expect(await store.getRelationships({ nodeIds: [narrative.id], direction: 'out' })).toEqual(old);
        expect((await store.getNodes([narrative.id]))[0]?.properties).toEqual({ version: 1 });
      });
    });

    describe('compare-and-set writes', () => {
      const includes = (name: string, to: string, order: number): GraphRelationship => ({
        ...relationship('INCLUDES', name, to),
        id: id(`${name}|INCLUDES|${to}|${order}`),
        properties: { order },
      });
      const atVersion = (narrative: GraphNode, version: number) => ({
        id: narrative.id,
        property: 'version',
        equals: version,
      });

      it('of many writers that read the same version, exactly one writes', async () => {
        const narrative = node('cas-race', 'Narrative', { properties: { version: 1 } });
        await store.upsertGraph({ nodes: [narrative], relationships: [includes('cas-race', 'place-nantong', 1)] });
        const writers = ['entrepreneur-zhangjian', 'enterprise-dasheng', 'museum-nantong', 'technique-lanyin'];
        const outcomes = await Promise.all(
          writers.map((to) =>
            store.replaceRelationshipsIf(atVersion(narrative, 1), narrative.id, 'INCLUDES', {
              nodes: [{ ...narrative, description: to, properties: { version: 2 } }],
              relationships: [includes('cas-race', to, 1)],
            }),
          ),
        );
        expect(outcomes.filter(Boolean)).toHaveLength(1);
        const winner = writers[outcomes.indexOf(true)]!;
        const [stored] = await store.getNodes([narrative.id]);
        expect(stored).toMatchObject({ description: winner, properties: { version: 2 } });
        const out = await store.getRelationships({ nodeIds: [narrative.id], direction: 'out', types: ['INCLUDES'] });
        expect(out.map((r) => r.to)).toEqual([id(winner)]);
      });

      it('writes nothing for a stale version or a missing node', async () => {
        const narrative = node('cas-stale', 'Narrative', { properties: { version: 3 } });
        const old = [includes('cas-stale', 'place-nantong', 1)];
        await store.upsertGraph({ nodes: [narrative], relationships: old });
        const batch = {
          nodes: [{ ...narrative, properties: { version: 3 } }],
          relationships: [includes('cas-stale', 'museum-nantong', 1)],
        };
        expect(await store.replaceRelationshipsIf(atVersion(narrative, 2), narrative.id, 'INCLUDES', batch)).toBe(
          false,
        );
        expect(await store.getRelationships({ nodeIds: [narrative.id], direction: 'out' })).toEqual(old);
        const missing = { id: id('cas-nobody'), property: 'version', equals: 1 };
        expect(await store.replaceRelationshipsIf(missing, missing.id, 'INCLUDES', batch)).toBe(false);
        expect(await store.getNodes([missing.id])).toEqual([null]);
      });

      it('deletes only the version it was given', async () => {
        const narrative = node('cas-delete', 'Narrative', { properties: { version: 2 } });
        await store.upsertGraph({ nodes: [narrative], relationships: [includes('cas-delete', 'place-nantong', 1)] });
        expect(await store.deleteNodeIf(atVersion(narrative, 1))).toBe(false);
        expect((await store.getNodes([narrative.id]))[0]?.id).toBe(narrative.id);
        expect(await store.deleteNodeIf(atVersion(narrative, 2))).toBe(true);
        expect(await store.getNodes([narrative.id])).toEqual([null]);
        expect(await store.getRelationships({ nodeIds: [narrative.id], direction: 'out' })).toEqual([]);
      });
    });

    describe('withLock', () => {
      it('runs holders of one key one at a time, and a failing holder releases the key', async () => {
        let inside = 0;
        let most = 0;
        const events: string[] = [];
        const hold = (name: string, fail = false) =>
          store.withLock(id('lock-key'), async () => {
            inside += 1;
            most = Math.max(most, inside);
            await new Promise((resolve) => setTimeout(resolve, 20));
            events.push(name);
            inside -= 1;
            if (fail) throw new Error(`${name} failed`);
            return name;
          });
        const results = await Promise.allSettled([hold('a'), hold('b', true), hold('c'), hold('d')]);
        expect(most).toBe(1);
        expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
        expect(events.sort()).toEqual(['a', 'b', 'c', 'd']);
      });

      it('lets holders of different keys run side by side', async () => {
        // Each holder waits inside for the other to come in: were the keys to exclude each other, the first would
        // give up waiting after 10 s with the second still outside. However slow the lock is to take, no timing decides.
        let inside = 0;
        let most = 0;
        let bothInside = () => {};
        const together = new Promise<void>((resolve) => (bothInside = resolve));
        const hold = (key: string) =>
          store.withLock(id(key), async () => {
            inside += 1;
            most = Math.max(most, inside);
            if (inside === 2) bothInside();
            await Promise.race([together, new Promise((resolve) => setTimeout(resolve, 10_000))]);
            inside -= 1;
          });
        await Promise.all([hold('lock-one'), hold('lock-two')]);
        expect(most).toBe(2);
      });

      it.runIf(harness.name === 'neo4j')(
        'excludes a holder of the same key in another client of the database',
        async () => {
          const other = await createNeo4jGraphStore(await testNeo4j({ wipe: false }));
          try {
            let inside = 0;
            let most = 0;
            const hold = (on: GraphStore) =>
              on.withLock(id('lock-shared'), async () => {
                inside += 1;
                most = Math.max(most, inside);
                await new Promise((resolve) => setTimeout(resolve, 30));
                inside -= 1;
              });
            await Promise.all([hold(store), hold(other), hold(store), hold(other), hold(other)]);
            expect(most).toBe(1);
          } finally {
            await other.close();
          }
        },
      );
    });

    describe('deleteNodes', () => {
      it('deletes the nodes with every relationship touching them, and skips unknown ids', async () => {
        const story = node('delete-story', 'Story');
        const other = node('delete-other', 'Story');
        await store.upsertGraph({
          nodes: [story, other],
          relationships: [
            relationship('ABOUT', 'delete-story', 'entrepreneur-zhangjian'),
            relationship('SET_IN', 'delete-story', 'place-nantong'),
          ],
        });
        const before = await store.counts();
        await store.deleteNodes([story.id, id('never-stored'), story.id]);
        expect(countsDelta(before, await store.counts())).toEqual({
          nodes: -1,
          relationships: -2,
          nodesByKind: { Story: -1 },
          relationshipsByType: { ABOUT: -1, SET_IN: -1 },
        });
        expect(await store.getNodes([story.id, other.id])).toEqual([null, other]);
        await store.deleteNodes([]);
      });
    });

    describe('deleteRelationships', () => {
      it('deletes relationships by id, leaving their ends and every other relationship, and skips unknown ids', async () => {
        const story = node('unlink-story', 'Story');
        const about = relationship('ABOUT', 'unlink-story', 'entrepreneur-zhangjian');
        const setIn = relationship('SET_IN', 'unlink-story', 'place-nantong');
        await store.upsertGraph({ nodes: [story], relationships: [about, setIn] });
        const before = await store.counts();
        const deleted = await store.deleteRelationships([about.id, id('never-stored'), about.id]);
        expect(deleted).toEqual([{ id: about.id, type: 'ABOUT', from: story.id, to: entrepreneur.id }]);
        expect(countsDelta(before, await store.counts())).toEqual({
          nodes: 0,
          relationships: -1,
          nodesByKind: {},
          relationshipsByType: { ABOUT: -1 },
        });
        expect(await store.getRelationships({ nodeIds: [story.id], direction: 'out' })).toEqual([setIn]);
        expect(await store.getNodes([story.id, entrepreneur.id])).toEqual([story, entrepreneur]);
        expect(await store.deleteRelationships([])).toEqual([]);
      });

      it('deletes a relationship whose id is not the usual from|TYPE|to, and only that one of two between the same ends', async () => {
        const first = { ...relationship('MENTIONS', 'museum-nantong', 'craftsman-wu'), id: id('mentions-1') };
        const second = { ...first, id: id('mentions-2'), properties: { note: '第二处' } };
        await store.upsertRelationships([first, second]);
        await store.deleteRelationships([first.id]);
        const left = await store.getRelationships({ nodeIds: [craftsman.id], direction: 'in', types: ['MENTIONS'] });
        expect(left).toEqual([second]);
        expect(await store.deleteRelationships([second.id])).toHaveLength(1);
      });
    });

    describe('bulkLoad', () => {
      const bulkNodes = Array.from({ length: 30 }, (_, i) =>
        node(`bulk-${String(i).padStart(2, '0')}`, i % 2 ? 'Enterprise' : 'HeritageSite', {
          name: `工厂 ${i} "引号", 逗号`,
          aliases: i % 3 ? [`别名 ${i}`, 'alias|pipe'] : [],
          province: '江苏',
          city: i % 4 ? '南京' : null,
          description: i % 5 ? `第一行\n第二行 ${i}` : null,
          properties: { founded_year: 1900 + i, nested: { list: [i, null, 'x'] } },
          sources: [{ document: '合成数据', locator: `row ${i}` }],
        }),
      );
      const bulkRelationships = bulkNodes.slice(1).map((n, i) => ({
        ...relationship('GROUPED_WITH', n.id.slice(prefix.length), bulkNodes[i]!.id.slice(prefix.length)),
        properties: { order: i },
      }));

      it('loads nodes and relationships, which then read back exactly', async () => {
        const before = await store.counts();
        const result = await store.bulkLoad({ nodes: bulkNodes, relationships: bulkRelationships });
        const total = (counts: { copied: number; upserted: number; unchanged: number }) =>
          counts.copied + counts.upserted + counts.unchanged;
        expect(total(result.nodes)).toBe(30);
        expect(total(result.relationships)).toBe(29);
        expect(countsDelta(before, await store.counts())).toEqual({
          nodes: 30,
          relationships: 29,
          nodesByKind: { Enterprise: 15, HeritageSite: 15 },
          relationshipsByType: { GROUPED_WITH: 29 },
        });
        expect(await store.getNodes(bulkNodes.map((n) => n.id))).toEqual(bulkNodes);
        const found = await store.findRelationships({ first: 100, afterId: prefix, types: ['GROUPED_WITH'] });
        expect(found.filter((r) => r.id.startsWith(prefix))).toEqual(byId(bulkRelationships));
      });

      it('loading the same records again adds nothing and changes nothing', async () => {
        const before = await store.counts();
        await store.bulkLoad({ nodes: bulkNodes, relationships: bulkRelationships });
        expect(await store.counts()).toEqual(before);
        expect(await store.getNodes(bulkNodes.map((n) => n.id))).toEqual(bulkNodes);
      });

      it('records already stored with other content are updated', async () => {
        const renamed = { ...bulkNodes[0]!, name: '改名后的工厂', properties: {} };
        const reordered = { ...bulkRelationships[0]!, properties: { order: 99 } };
        await store.bulkLoad({ nodes: [renamed], relationships: [reordered] });
        expect(await store.getNodes([renamed.id])).toEqual([renamed]);
        const out = await store.getRelationships({
          nodeIds: [reordered.from],
          direction: 'out',
          types: ['GROUPED_WITH'],
        });
        expect(out).toEqual([reordered]);
      });

      it('refuses dangling relationships before writing anything', async () => {
        const before = await store.counts();
        const newNode = node('bulk-new', 'Theme');
        const dangling = relationship('GROUPED_WITH', 'bulk-new', 'bulk-missing');
        await expectGraphStoreError(
          store.bulkLoad({ nodes: [newNode], relationships: [dangling] }),
          'DANGLING_RELATIONSHIP',
        );
        expect(await store.counts()).toEqual(before);
      });

      it('reports progress per phase, ending at the total', async () => {
        const seen = new Map<string, [number, number]>();
        await store.bulkLoad({
          nodes: bulkNodes,
          relationships: bulkRelationships,
          onProgress: (phase, done, total) => seen.set(phase, [done, total]),
        });
        expect(seen.get('nodes')).toEqual([30, 30]);
        expect(seen.get('relationships')).toEqual([29, 29]);
      });
    });

    describe('refusals', () => {
      it('a relationship batch with a missing end fails with DANGLING_RELATIONSHIP and writes nothing', async () => {
        const before = await store.counts();
        const valid = relationship('MENTIONS', 'museum-nantong', 'technique-lanyin');
        const dangling = relationship('MENTIONS', 'museum-nantong', 'missing-node');
        const error = await expectGraphStoreError(
          store.upsertRelationships([valid, dangling]),
          'DANGLING_RELATIONSHIP',
        );
        expect(error.message).toContain(id('missing-node'));
        expect(await store.counts()).toEqual(before);
        expect(await store.getRelationships({ nodeIds: [museum.id], direction: 'out', types: ['MENTIONS'] })).toEqual(
          [],
        );
      });

      it('an unknown kind fails with INVALID_RECORD, and the valid nodes of the batch are not written', async () => {
        const before = await store.counts();
        const valid = node('valid-theme', 'Theme');
        const invalid = { ...node('bad-kind', 'Theme'), kind: 'Factory' } as unknown as GraphNode;
        const error = await expectGraphStoreError(store.upsertNodes([valid, invalid]), 'INVALID_RECORD');
        expect(error.message).toContain(id('bad-kind'));
        expect(await store.counts()).toEqual(before);
        expect(await store.getNodes([valid.id])).toEqual([null]);
      });

      it('an unknown relation type fails with INVALID_RECORD', async () => {
        const invalid = { ...founded, id: id('bad-type'), type: 'OWNS' } as unknown as GraphRelationship;
        await expectGraphStoreError(store.upsertRelationships([invalid]), 'INVALID_RECORD');
      });

      it('empty ids or names and strings with unpaired surrogates fail with INVALID_RECORD', async () => {
        await expectGraphStoreError(
          store.upsertNodes([node('', 'Theme')].map((n) => ({ ...n, id: '' }))),
          'INVALID_RECORD',
        );
        await expectGraphStoreError(store.upsertNodes([node('no-name', 'Theme', { name: '  ' })]), 'INVALID_RECORD');
        await expectGraphStoreError(
          store.upsertNodes([node('lone', 'Theme', { name: '南\uD800通' })]),
          'INVALID_RECORD',
        );
        await expectGraphStoreError(
          store.upsertNodes([node('lone-json', 'Theme', { properties: { note: '\uDC00' } })]),
          'INVALID_RECORD',
        );
      });

      it('unknown kinds or types in read filters fail with INVALID_ARGUMENT', async () => {
        await expectGraphStoreError(
          store.findNodes({ kinds: ['Factory'] as unknown as ['Museum'], first: 1 }),
          'INVALID_ARGUMENT',
        );
        await expectGraphStoreError(
          store.getRelationships({ nodeIds: [place.id], direction: 'in', types: ['OWNS'] as unknown as ['FOUNDED'] }),
          'INVALID_ARGUMENT',
        );
      });

      it.runIf(harness.openAnotherWriter)('a second read-write open of the same data fails with LOCKED', async () => {
        const error = await expectGraphStoreError(harness.openAnotherWriter!(), 'LOCKED');
        expect(error.message).toContain('DATA_DIR');
      });
    });

    describe('lifecycle', () => {
      // Last, because it closes the suite's store.
      it('ping resolves while open, and every call rejects with GRAPH_UNAVAILABLE after close', async () => {
        await store.ping();
        await store.close();
        await expectGraphStoreError(store.ping(), 'GRAPH_UNAVAILABLE');
        await expectGraphStoreError(store.getNodes([enterprise.id]), 'GRAPH_UNAVAILABLE');
        await store.close();
      });
    });
  });
});
