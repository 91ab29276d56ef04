import { describe, expect, it } from 'vitest';
import { EMPTY_SCENE, mergeIntoScene, sceneRelationTypes, visibleScene, type FetchedGraph } from './scene.ts';

const edge = (from: string, type: string, to: string) => ({
  id: `${from}|${type}|${to}`,
  type,
  typeLabel: type === 'FOUNDED' ? '创办' : '位于',
  from: { id: from },
  to: { id: to },
  sources: [{ document: '名录', locator: '序号 1', url: null }],
});
const node = (id: string) => ({ id, name: id.toUpperCase(), kind: 'Enterprise' });

const around: FetchedGraph = {
  nodes: [node('a'), node('b'), node('c')],
  edges: [edge('a', 'FOUNDED', 'b'), edge('a', 'LOCATED_IN', 'c')],
};

describe('mergeIntoScene', () => {
  it('adds new nodes and edges in order and keeps the first copy of repeats', () => {
    const first = mergeIntoScene(EMPTY_SCENE, around);
    const second = mergeIntoScene(first, {
      nodes: [{ id: 'b', name: 'other name', kind: 'Museum' }, node('d')],
      edges: [edge('a', 'FOUNDED', 'b'), edge('b', 'FOUNDED', 'd')],
    });
    expect(second.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(second.nodes[1]!.name).toBe('B');
    expect(second.edges.map((e) => e.id)).toEqual(['a|FOUNDED|b', 'a|LOCATED_IN|c', 'b|FOUNDED|d']);
    expect(second.edges[0]).toEqual({
      id: 'a|FOUNDED|b',
      type: 'FOUNDED',
      typeLabel: '创办',
      from: 'a',
      to: 'b',
      sources: [{ document: '名录', locator: '序号 1', url: null }],
    });
  });
});

describe('visibleScene', () => {
  const scene = mergeIntoScene(mergeIntoScene(EMPTY_SCENE, around), {
    nodes: [node('b'), node('d'), node('c')],
    edges: [edge('b', 'LOCATED_IN', 'd'), edge('c', 'FOUNDED', 'd')],
  });
  const all = { types: [], hidden: [], roots: ['a'], pinnedEdges: [] };

  it('shows everything reachable when nothing is filtered', () => {
    expect(visibleScene(scene, all)).toEqual(scene);
  });

  it('drops filtered-out edges and the nodes reached only through them', () => {
    const visible = visibleScene(scene, { ...all, types: ['FOUNDED'] });
    expect(visible.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(visible.edges.map((e) => e.id)).toEqual(['a|FOUNDED|b']);
  });

  it('keeps a node still reachable another way', () => {
    const visible = visibleScene(scene, { ...all, types: ['LOCATED_IN'] });
    expect(visible.nodes.map((n) => n.id)).toEqual(['a', 'c']);
  });

  it('hides an entity and what hangs only on it, and keeps pinned path edges whatever the types', () => {
    expect(visibleScene(scene, { ...all, hidden: ['b', 'c'] }).nodes.map((n) => n.id)).toEqual(['a']);
    const pinned = visibleScene(scene, { ...all, types: ['FOUNDED'], pinnedEdges: ['a|LOCATED_IN|c'] });
    expect(pinned.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('lists relation types by first appearance with counts', () => {
    expect(sceneRelationTypes(scene)).toEqual([
      { type: 'FOUNDED', typeLabel: '创办', count: 2 },
      { type: 'LOCATED_IN', typeLabel: '位于', count: 2 },
    ]);
  });
});
