import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import type { Scene } from './scene.ts';

export interface Point {
  x: number;
  y: number;
}

/** FNV-1a over the id's UTF-16 units: a stable number per id, so a scene starts from the same places every time. */
export function idHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A small linear congruential generator: d3 jiggles coincident nodes with it instead of Math.random. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface LayoutNode extends SimulationNodeDatum {
  id: string;
}

/** Ticks to run: enough for a few dozen nodes to settle, few enough to stay under a frame budget or two. */
export const LAYOUT_TICKS = 300;

/**
 * Above this many nodes the scene is drawn with WebGL, where nodes are a few pixels wide: the forces
 * shrink with them, so a thousand nodes fill a screen instead of a wall, and collisions are not
 * checked: the repulsion alone keeps dots of a few pixels apart, and collision checks were half the
 * time at a thousand nodes.
 */
export const LARGE_SCENE = 200;

interface Forces {
  distance: number;
  charge: number;
  collide: number;
  spread: number;
}

const SMALL_FORCES: Forces = { distance: 110, charge: -420, collide: 40, spread: 160 };
const LARGE_FORCES: Forces = { distance: 45, charge: -90, collide: 0, spread: 600 };

/**
 * Positions for every node of the scene, from a force simulation run to rest before anything is
 * drawn. Starting points come from the ids and the simulation's randomness is seeded, so the same
 * scene always gets the same picture (stable screenshots, and a shared link looks the same), in
 * the page or in a worker.
 */
export function forceLayout(scene: Scene, ticks = LAYOUT_TICKS): Map<string, Point> {
  const forces = scene.nodes.length > LARGE_SCENE ? LARGE_FORCES : SMALL_FORCES;
  const nodes: LayoutNode[] = scene.nodes.map((node) => {
    const hash = idHash(node.id);
    const angle = ((hash % 3600) / 3600) * 2 * Math.PI;
    const radius = 40 + ((hash >>> 12) % forces.spread);
    return { id: node.id, x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
  });
  const links: SimulationLinkDatum<LayoutNode>[] = scene.edges.map((edge) => ({ source: edge.from, target: edge.to }));
  const simulation = forceSimulation(nodes)
    .randomSource(seededRandom(scene.nodes.length + 1))
    .force(
      'link',
      forceLink<LayoutNode, SimulationLinkDatum<LayoutNode>>(links)
        .id((node) => node.id)
        .distance(forces.distance),
    )
    .force('charge', forceManyBody().strength(forces.charge))
    .force('collide', forces.collide > 0 ? forceCollide(forces.collide) : null)
    .force('x', forceX(0).strength(0.04))
    .force('y', forceY(0).strength(0.04))
    .stop();
  simulation.tick(ticks);
  return new Map(nodes.map((node) => [node.id, { x: round(node.x ?? 0), y: round(node.y ?? 0) }]));
}

const round = (value: number) => Math.round(value * 10) / 10;
