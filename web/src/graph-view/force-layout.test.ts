import { describe, expect, it } from 'vitest';
import { forceLayout, idHash } from './force-layout.ts';
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
