import { describe, expect, it } from 'vitest';
import { forceLayout, idHash, LARGE_SCENE } from './force-layout.ts';
import type { Scene } from './scene.ts';

const scene: Scene = {
  nodes: ['en-zhang-jian', 'ent-dasheng', 'mus-nantong', 'pl-nantong', 'her-dasheng'].map((id) => ({
    id,
    name: id,
    kind: 'Enterprise',
  })),
  edges: [
    { id: 'e1', type: 'FOUNDED', typeLabel: '创办', from: 'en-zhang-jian', to: 'ent-dasheng', sources: [] },
    { id: 'e2', type: 'FOUNDED', typeLabel: '创办', from: 'en-zhang-jian', to: 'mus-nantong', sources: [] },
    { id: 'e3', type: 'LOCATED_IN', typeLabel: '位于', from: 'ent-dasheng', to: 'pl-nantong', sources: [] },
    { id: 'e4', type: 'FORMER_SITE_OF', typeLabel: '曾作为', from: 'her-dasheng', to: 'ent-dasheng', sources: [] },
  ],
};

describe('forceLayout', () => {
  it('gives the same positions for the same scene', () => {
    expect([...forceLayout(scene)]).toEqual([...forceLayout(structuredClone(scene))]);
  });

  it('places every node apart from the others', () => {
    const points = [...forceLayout(scene).values()];
    expect(points).toHaveLength(5);
    for (const [index, a] of points.entries())
      for (const b of points.slice(index + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(30);
  });

  it('keeps linked nodes nearer than unlinked ones on average', () => {
    const at = forceLayout(scene);
    const distance = (a: string, b: string) => Math.hypot(at.get(a)!.x - at.get(b)!.x, at.get(a)!.y - at.get(b)!.y);
    expect(distance('en-zhang-jian', 'ent-dasheng')).toBeLessThan(distance('pl-nantong', 'mus-nantong'));
  });

  it('hashes ids stably', () => {
    expect(idHash('en-zhang-jian')).toBe(idHash('en-zhang-jian'));
    expect(idHash('a')).not.toBe(idHash('b'));
  });
});

describe('forceLayout of a large scene', () => {
  // Eleven hubs (a city, a department …) with their neighbours: what "更多" on a few hubs builds.
  const hubs = Array.from({ length: 11 }, (_, index) => `hub-${index}`);
  const large: Scene = { nodes: hubs.map((id) => ({ id, name: id, kind: 'Place' })), edges: [] };
  for (let index = 0; large.nodes.length < 1000; index += 1) {
    const id = `n-${index}`;
    large.nodes.push({ id, name: id, kind: 'Enterprise' });
    large.edges.push({
      id: `e-${index}`,
      type: 'LOCATED_IN',
      typeLabel: '位于',
      from: id,
      to: hubs[index % 11]!,
      sources: [],
    });
  }

  it(`lays out ${LARGE_SCENE + 800} nodes the same way twice, hubs apart from one another`, () => {
    const started = performance.now();
    const first = forceLayout(large);
    console.info(`force layout of 1,000 nodes: ${Math.round(performance.now() - started)} ms`);
    expect([...first]).toEqual([...forceLayout(structuredClone(large))]);
    const at = (id: string) => first.get(id)!;
    for (const [index, a] of hubs.entries())
      for (const b of hubs.slice(index + 1))
        expect(Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y)).toBeGreaterThan(20);
    // A neighbour lies nearer its own hub than the average hub does.
    const neighbour = at('n-0');
    const own = Math.hypot(neighbour.x - at('hub-0').x, neighbour.y - at('hub-0').y);
    const others = hubs.slice(1).map((id) => Math.hypot(neighbour.x - at(id).x, neighbour.y - at(id).y));
    expect(own).toBeLessThan(others.reduce((sum, value) => sum + value, 0) / others.length);
  }, 60_000);
});
