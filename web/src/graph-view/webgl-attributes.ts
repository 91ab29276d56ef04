import type { DrawingEdge, DrawingNode } from './drawing.ts';
import { EDGE_COLOUR, HIGHLIGHT_COLOUR } from './svg-export.ts';

/** The attributes sigma reads from a graphology node. */
export interface WebglNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  /** Labels are drawn for the largest nodes only, as space allows; these are labelled whatever their size. */
  forceLabel: boolean;
  zIndex: number;
}

export interface WebglEdge {
  size: number;
  color: string;
  zIndex: number;
}

/**
 * Pixels across a node: hubs, which hold the scene together, larger than leaves (by the square root
 * of their relationships in the scene, so a hub of 300 does not cover its neighbours), the chosen
 * entity and the path's larger still.
 */
export function nodeSize(degree: number, emphasised: boolean): number {
  const size = 3 + Math.min(9, Math.sqrt(Math.max(0, degree)));
  return emphasised ? Math.max(size, 9) : Math.round(size * 10) / 10;
}

/** A drawing node as sigma draws it. Sigma's y axis points up, the drawing's (SVG's) down: flipped, so both pictures agree. */
export function webglNodeAttributes(node: DrawingNode, degree: number): WebglNode {
  const emphasised = node.selected || node.highlighted;
  return {
    x: node.x,
    y: -node.y,
    size: nodeSize(degree, emphasised),
    color: node.selected ? '#3b2314' : node.fill,
    label: node.label,
    forceLabel: emphasised,
    zIndex: emphasised ? 2 : 1,
  };
}

export function webglEdgeAttributes(edge: DrawingEdge): WebglEdge {
  return edge.highlighted
    ? { size: 3, color: HIGHLIGHT_COLOUR, zIndex: 2 }
    : { size: 1, color: EDGE_COLOUR, zIndex: 1 };
}
