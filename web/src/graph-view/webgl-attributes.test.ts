import { describe, expect, it } from 'vitest';
import type { DrawingEdge, DrawingNode } from './drawing.ts';
import { EDGE_COLOUR, HIGHLIGHT_COLOUR } from './svg-export.ts';
import { nodeSize, webglEdgeAttributes, webglNodeAttributes } from './webgl-attributes.ts';

const node: DrawingNode = {
  id: 'pl-nantong',
  name: '南通市',
  kind: 'Place',
  kindLabel: '地点',
  label: '南通市',
  x: 120,
  y: 80,
  fill: '#57606a',
  highlighted: false,
  selected: false,
};
const edge: DrawingEdge = {
  id: 'e1',
  from: 'a',
  to: 'b',
  label: '位于',
  showLabel: false,
  x1: 0,
  y1: 0,
  x2: 1,
  y2: 1,
  highlighted: false,
};

describe('a drawing as sigma draws it', () => {
  it('keeps the SVG picture the right way up: sigma counts y upwards', () => {
    expect(webglNodeAttributes(node, 1)).toMatchObject({ x: 120, y: -80, color: '#57606a', label: '南通市' });
  });

  it('draws hubs larger than leaves, within bounds, and the chosen or path entities large and labelled', () => {
    expect(nodeSize(300, false)).toBeGreaterThan(nodeSize(1, false));
    expect(nodeSize(10_000, false)).toBe(12);
    expect(nodeSize(0, false)).toBe(3);
    expect(webglNodeAttributes(node, 1).forceLabel).toBe(false);
    const onPath = webglNodeAttributes({ ...node, highlighted: true }, 1);
    expect(onPath).toMatchObject({ forceLabel: true, zIndex: 2 });
    expect(onPath.size).toBeGreaterThanOrEqual(9);
    expect(webglNodeAttributes({ ...node, selected: true }, 1).color).not.toBe(node.fill);
  });

  it('draws the chosen path thick, in the highlight colour, over the other relationships', () => {
    expect(webglEdgeAttributes(edge)).toEqual({ size: 1, color: EDGE_COLOUR, zIndex: 1 });
    expect(webglEdgeAttributes({ ...edge, highlighted: true })).toEqual({
      size: 3,
      color: HIGHLIGHT_COLOUR,
      zIndex: 2,
    });
  });
});
