import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityKind } from '../model/entity-kinds.ts';
import type { GraphNode, GraphRelationship } from '../model/graph-records.ts';
import { relationshipId } from '../model/graph-records.ts';
import type { RelationType } from '../model/relation-types.ts';
import { GRAPH_BACKENDS, openTestGraphStore } from '../testing/test-graph-stores.ts';
import { withTraversal, type TraversableGraphStore } from './traversable-graph-store.ts';

function node(id: string, kind: EntityKind): GraphNode {
  return {
    id,
    kind,
    name: id,
    aliases: [],
    province: null,
    city: null,
    description: null,
    properties: {},
    sources: [{ document: `source of ${id}` }],
  };
}

function relationship(type: RelationType, from: string, to: string, id = relationshipId(type, from, to)) {
  return { id, type, from, to, properties: {}, sources: [{ document: `source of ${id}` }] } as GraphRelationship;
}

/**
 * A city with 230 enterprises, a founder of three of them, a story mentioning two, a museum exhibiting one, and
 * an island of two that nothing reaches; one enterprise is designated twice (two relationships of one step) and
 * one relationship has an id of its own.
 */
function fixture() {
  const nodes = [
    node('city', 'Place'),
    node('founder', 'Entrepreneur'),
    node('story', 'Story'),
    node('museum', 'Museum'),
    node('list', 'Award'),
    node('island-a', 'Enterprise'),
    node('island-b', 'Enterprise'),
  ];
  const relationships: GraphRelationship[] = [relationship('FOUNDED', 'island-a', 'island-b')];
  for (let i = 0; i < 230; i += 1) {
    const id = `ent-${String(i).padStart(3, '0')}`;
    nodes.push(node(id, 'Enterprise'));
    relationships.push(relationship('LOCATED_IN', id, 'city'));
  }
  relationships.push(
    relationship('FOUNDED', 'founder', 'ent-000'),
    relationship('FOUNDED', 'founder', 'ent-001'),
    relationship('LED', 'founder', 'ent-002', 'led-with-its-own-id'),
    relationship('MENTIONS', 'story', 'founder'),
    relationship('MENTIONS', 'story', 'ent-100'),
    relationship('EXHIBITS', 'museum', 'ent-100'),
    relationship('LOCATED_IN', 'museum', 'city'),
    relationship('DESIGNATED_AS', 'ent-001', 'list', 'ent-001|DESIGNATED_AS|list|2019'),
    relationship('DESIGNATED_AS', 'ent-001', 'list', 'ent-001|DESIGNATED_AS|list|2021'),
  );
  return { nodes, relationships };
}

describe.each(GRAPH_BACKENDS)('traversal on the in-memory index over the %s graph store', (backend) => {
  let dataDir: string;
  let graph: TraversableGraphStore;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'icg-traversal-'));
    const store = await openTestGraphStore(backend, dataDir);
    await store.ensureSchema();
    const { nodes, relationships } = fixture();
    await store.upsertGraph({ nodes, relationships });
    graph = withTraversal(store, { rebuildAfterLinks: 500 });
    expect(await graph.prepareTraversal()).toMatchObject({ nodes: nodes.length, links: relationships.length });
  }, 120_000);

  afterAll(async () => {
    await graph?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  describe('neighbourhoods', () => {
    it.each([
      ['founder', 1],
      ['founder', 2],
      ['ent-100', 2],
      ['city', 1],
    ])('lists the same first page as the engine does around %s at depth %i', async (centre, depth) => {
      const engine = await graph.neighborhood(centre, { depth, limit: 100 });
      const page = await graph.neighborhoodPage(centre, { depth, first: 100 });
      expect(page.nodes.map((n) => n.id)).toEqual(engine.nodes.map((n) => n.id));
      expect(page.nodes).toEqual(engine.nodes);
      // The engine gives the relationships among the page; the index adds how later rings were reached.
      const among = page.relationships.filter((link) => engine.relationships.some((rel) => rel.id === link.id));
      expect(among.map((link) => link.id).sort()).toEqual(engine.relationships.map((rel) => rel.id).sort());
    });

    it('pages a hub of 232 neighbours whole, in ring and id order, with counts', async () => {
      const seen: string[] = [];
      let after;
      for (;;) {
        const page = await graph.neighborhoodPage('city', { depth: 1, first: 100, ...(after ? { after } : {}) });
        expect(page.total).toBe(231);
        expect(Object.fromEntries(page.byKind)).toEqual({ Enterprise: 230, Museum: 1 });
        expect(Object.fromEntries(page.byType)).toEqual({ LOCATED_IN: 231 });
        seen.push(...page.nodes.slice(1).map((n) => n.id));
        if (!page.hasNextPage) break;
        after = page.endCursor;
      }
      expect(seen).toHaveLength(231);
      expect(seen).toEqual([...new Set(seen)].sort());
    });

    it('names every relationship of a step, and relationships with ids of their own, with their records', async () => {
      const page = await graph.neighborhoodPage('ent-001', { depth: 1, first: 10 });
      const ids = page.relationships.map((link) => link.id).sort();
      expect(ids).toEqual(
        [
          'ent-001|DESIGNATED_AS|list|2019',
          'ent-001|DESIGNATED_AS|list|2021',
          'ent-001|LOCATED_IN|city',
          'founder|FOUNDED|ent-001',
        ].sort(),
      );
      const records = await graph.readRelationships(page.relationships);
      expect(records.map((record) => record?.sources[0]?.document)).toEqual(
        page.relationships.map((link) => `source of ${link.id}`),
      );
      const founder = await graph.neighborhoodPage('founder', { depth: 1, first: 10 });
      expect(founder.relationships.map((link) => link.id)).toContain('led-with-its-own-id');
    });

    it('an unknown centre gives an empty page', async () => {
      expect((await graph.neighborhoodPage('nobody', { depth: 2, first: 10 })).nodes).toEqual([]);
    });
  });

  describe('paths', () => {
    it('finds the shortest paths the engine finds, and ranks a fact before a story mention and a city', async () => {
      const engine = await graph.shortestPaths('founder', 'ent-100', { maxHops: 4, limit: 20 });
      const found = await graph.findPaths('founder', 'ent-100', { maxHops: 4, limit: 20 });
      // The engine adds paths one hop longer when the shortest are few: compare those of the minimum length.
      const ofLength = (paths: { nodeIds: string[] }[]) =>
        paths
          .filter((p) => p.nodeIds.length === engine[0]!.nodeIds.length)
          .map((p) => p.nodeIds.join(' '))
          .sort();
      expect(ofLength(found)).toEqual(ofLength(engine));
      expect(found[0]!.nodeIds).toEqual(['founder', 'story', 'ent-100']);
      // Through the city (位于 twice) only after every path of that length through facts or the story.
      const viaCity = found.findIndex((p) => p.nodeIds.includes('city'));
      expect(found.slice(viaCity).every((p) => p.nodeIds.length >= found[viaCity]!.nodeIds.length)).toBe(true);
    });

    it('gives k simple paths up to six hops, avoiding excluded kinds and types', async () => {
      const found = await graph.findPaths('founder', 'museum', { maxHops: 6, limit: 5 });
      expect(found).toHaveLength(5);
      for (const p of found) expect(new Set(p.nodeIds).size).toBe(p.nodeIds.length);
      const noCity = await graph.findPaths('founder', 'museum', { maxHops: 6, limit: 5, excludeKinds: ['Place'] });
      expect(noCity.map((p) => p.nodeIds)).toEqual([['founder', 'story', 'ent-100', 'museum']]);
      const noMentions = await graph.findPaths('founder', 'museum', {
        maxHops: 6,
        limit: 5,
        excludeKinds: ['Place'],
        excludeTypes: ['MENTIONS'],
      });
      expect(noMentions).toEqual([]);
    });

    it('walks each hop in its stored direction or against it, and finds nothing to an island', async () => {
      const [p] = await graph.findPaths('ent-000', 'founder', { maxHops: 1, limit: 1 });
      expect(p!.hops).toEqual([
        {
          relationship: { id: 'founder|FOUNDED|ent-000', from: 'founder', to: 'ent-000', type: 'FOUNDED' },
          direction: 'in',
        },
      ]);
      expect(await graph.findPaths('founder', 'island-a', { maxHops: 6, limit: 5 })).toEqual([]);
    });
  });

  describe('writes through the store', () => {
    it('are traversable at once: added, replaced and deleted relationships and nodes', async () => {
      await graph.upsertGraph({
        nodes: [node('new-museum', 'Museum')],
        relationships: [relationship('EXHIBITS', 'new-museum', 'island-a')],
      });
      expect((await graph.findPaths('new-museum', 'island-b', { maxHops: 2, limit: 5 }))[0]!.nodeIds).toEqual([
        'new-museum',
        'island-a',
        'island-b',
      ]);
      await graph.replaceRelationships('new-museum', 'EXHIBITS', {
        nodes: [],
        relationships: [relationship('EXHIBITS', 'new-museum', 'ent-100')],
      });
      expect(await graph.findPaths('new-museum', 'island-a', { maxHops: 6, limit: 5 })).toEqual([]);
      expect((await graph.neighborhoodPage('ent-100', { depth: 1, first: 10 })).nodes.map((n) => n.id)).toContain(
        'new-museum',
      );
      await graph.deleteNodes(['new-museum']);
      expect((await graph.neighborhoodPage('ent-100', { depth: 1, first: 10 })).nodes.map((n) => n.id)).not.toContain(
        'new-museum',
      );
      expect((await graph.neighborhoodPage('new-museum', { depth: 1, first: 10 })).nodes).toEqual([]);
    });

    it('forget a deleted relationship at once, and keep the other of two between the same ends', async () => {
      const usual = relationship('EXHIBITS', 'founder', 'island-a');
      const other = { ...usual, id: 'founder|EXHIBITS|island-a|second' };
      await graph.upsertRelationships([usual, other]);
      expect((await graph.findPaths('founder', 'island-a', { maxHops: 1, limit: 5 })).length).toBe(1);
      await graph.deleteRelationships([usual.id]);
      const [path] = await graph.findPaths('founder', 'island-a', { maxHops: 1, limit: 5 });
      expect(path!.hops.map((hop) => hop.relationship.id)).toEqual([other.id]);
      await graph.deleteRelationships([other.id]);
      expect(await graph.findPaths('founder', 'island-a', { maxHops: 1, limit: 5 })).toEqual([]);
      expect((await graph.neighborhoodPage('island-a', { depth: 1, first: 10 })).nodes.map((n) => n.id)).not.toContain(
        'founder',
      );
    });

    it('a large bulk load is read again from the store', async () => {
      const nodes = Array.from({ length: 300 }, (_, i) => node(`bulk-${String(i).padStart(3, '0')}`, 'Enterprise'));
      const relationships = nodes.flatMap((n, i) =>
        Array.from({ length: 3 }, (_, j) => relationship('GROUPED_WITH', n.id, nodes[(i + j + 1) % 300]!.id)),
      );
      await graph.bulkLoad({ nodes, relationships });
      const page = await graph.neighborhoodPage('bulk-000', { depth: 1, first: 100 });
      expect(page.total).toBe(6);
    });
  });
});
