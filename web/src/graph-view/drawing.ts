import type { Point } from './force-layout.ts';
import { kindColour } from './kind-colours.ts';
import type { Scene } from './scene.ts';

/** Everything needed to draw a scene, computed once, so the page's SVG and the exported file agree. */
export interface Drawing {
  width: number;
  height: number;
  nodes: DrawingNode[];
  edges: DrawingEdge[];
  legend: { kind: string; label: string; fill: string }[];
}

export interface DrawingNode {
  id: string;
  name: string;
  kind: string;
  kindLabel: string;
  /** The name, shortened so neighbouring labels do not run into each other. */
  label: string;
  x: number;
  y: number;
  fill: string;
  highlighted: boolean;
  selected: boolean;
}

export interface DrawingEdge {
  id: string;
  from: string;
  to: string;
  label: string;
  /** Relation names crowd a dense picture; they are written only on small scenes and on the chosen path. */
  showLabel: boolean;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  highlighted: boolean;
}

export interface DrawingOptions {
  kindLabel: (kind: string) => string;
  relationLabel: (type: string, typeLabel: string) => string;
  highlightedNodes?: readonly string[];
  highlightedEdges?: readonly string[];
  selected?: string | null;
}

export const NODE_RADIUS = 14;
const PADDING = 70;
const MAX_LABEL = 10;
/** Up to this many relationships, every one is labelled with its relation type. */
export const LABELLED_EDGES = 24;

export function shortLabel(name: string, max = MAX_LABEL): string {
  const chars = [...name];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : name;
}

/** Places the laid-out scene in a box starting at 0,0 with room for labels, and works out colours and highlights. */
export function buildDrawing(scene: Scene, positions: Map<string, Point>, options: DrawingOptions): Drawing {
  const placed = scene.nodes.filter((node) => positions.has(node.id));
  const points = placed.map((node) => positions.get(node.id)!);
  const minX = Math.min(0, ...points.map((point) => point.x));
  const minY = Math.min(0, ...points.map((point) => point.y));
  const maxX = Math.max(0, ...points.map((point) => point.x));
  const maxY = Math.max(0, ...points.map((point) => point.y));
  const shift = (point: Point): Point => ({
    x: Math.round((point.x - minX + PADDING) * 10) / 10,
    y: Math.round((point.y - minY + PADDING) * 10) / 10,
  });
  const highlightedNodes = new Set(options.highlightedNodes ?? []);
  const highlightedEdges = new Set(options.highlightedEdges ?? []);
  const nodes: DrawingNode[] = placed.map((node) => ({
    id: node.id,
    name: node.name,
    kind: node.kind,
    kindLabel: options.kindLabel(node.kind),
    label: shortLabel(node.name),
    ...shift(positions.get(node.id)!),
    fill: kindColour(node.kind),
    highlighted: highlightedNodes.has(node.id),
    selected: options.selected === node.id,
  }));
  const at = new Map(nodes.map((node) => [node.id, node]));
  const edges: DrawingEdge[] = [];
  for (const edge of scene.edges) {
    const from = at.get(edge.from);
    const to = at.get(edge.to);
    if (!from || !to) continue;
    edges.push({
      id: edge.id,
      from: edge.from,
      to: edge.to,
      label: options.relationLabel(edge.type, edge.typeLabel),
      x1: from.x,
      y1: from.y,
      x2: to.x,
      y2: to.y,
      highlighted: highlightedEdges.has(edge.id),
      showLabel: false,
    });
  }
  for (const edge of edges) edge.showLabel = edges.length <= LABELLED_EDGES || edge.highlighted;
  // The chosen path is drawn last, so no other line crosses over it.
  edges.sort((a, b) => Number(a.highlighted) - Number(b.highlighted));
  const kinds = [...new Set(nodes.map((node) => node.kind))];
  return {
    width: Math.ceil(maxX - minX + 2 * PADDING),
    height: Math.ceil(maxY - minY + 2 * PADDING),
    nodes,
    edges,
    legend: kinds.map((kind) => ({ kind, label: options.kindLabel(kind), fill: kindColour(kind) })),
  };
}

/** Where an edge's arrowhead ends: on the rim of the target's circle, not its centre. */
export function edgeEnd(edge: Pick<DrawingEdge, 'x1' | 'y1' | 'x2' | 'y2'>, inset = NODE_RADIUS + 2): Point {
  const dx = edge.x2 - edge.x1;
  const dy = edge.y2 - edge.y1;
  const length = Math.hypot(dx, dy) || 1;
  return {
    x: Math.round((edge.x2 - (dx / length) * inset) * 10) / 10,
    y: Math.round((edge.y2 - (dy / length) * inset) * 10) / 10,
  };
}
