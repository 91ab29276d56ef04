import { describe, expect, it } from 'vitest';
import { csvField, sceneToCsv, sceneToJson } from './data-export.ts';
import { buildDrawing, edgeEnd, shortLabel } from './drawing.ts';
import type { Scene } from './scene.ts';
import { drawingToSvg, escapeXml, svgHeight } from './svg-export.ts';

const scene: Scene = {
  nodes: [
    { id: 'en-zhang-jian', name: '张謇', kind: 'Entrepreneur' },
    { id: 'ent-dasheng', name: '大生纱厂 "一厂", <南通>', kind: 'Enterprise' },
  ],
  edges: [
    {
      id: 'en-zhang-jian|FOUNDED|ent-dasheng',
      type: 'FOUNDED',
      typeLabel: '创办',
      from: 'en-zhang-jian',
      to: 'ent-dasheng',
      sources: [{ document: '南通市志', locator: '第3卷', url: 'https://example.org/a?b=1&c=2' }],
    },
  ],
};
const positions = new Map([
  ['en-zhang-jian', { x: -50, y: 0 }],
  ['ent-dasheng', { x: 50, y: 20 }],
]);
const drawing = buildDrawing(scene, positions, {
  kindLabel: (kind) => ({ Entrepreneur: '企业家', Enterprise: '企业' })[kind] ?? kind,
  relationLabel: (_type, label) => label,
  highlightedEdges: ['en-zhang-jian|FOUNDED|ent-dasheng'],
  highlightedNodes: ['en-zhang-jian'],
});

describe('buildDrawing', () => {
  it('moves the graph into a padded box starting at 0,0', () => {
    expect(drawing.nodes.map(({ x, y }) => ({ x, y }))).toEqual([
      { x: 70, y: 70 },
      { x: 170, y: 90 },
    ]);
    expect([drawing.width, drawing.height]).toEqual([240, 160]);
    expect(drawing.edges[0]).toMatchObject({ x1: 70, y1: 70, x2: 170, y2: 90, label: '创办', highlighted: true });
    expect(drawing.legend.map((item) => item.label)).toEqual(['企业家', '企业']);
  });

  it('shortens long labels and stops arrows at the rim', () => {
    expect(shortLabel('南通大生纱厂旧址建筑群保护区')).toBe('南通大生纱厂旧址建…');
    expect(shortLabel('张謇')).toBe('张謇');
    expect(edgeEnd({ x1: 0, y1: 0, x2: 100, y2: 0 })).toEqual({ x: 84, y: 0 });
  });
});

describe('drawingToSvg', () => {
  const svg = drawingToSvg(drawing, '张謇 的关系图');
  it('is a standalone SVG with inline styles and escaped text', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain(`height="${svgHeight(drawing)}"`);
    expect(svg).toContain('<title>张謇 的关系图</title>');
    expect(svg).toContain('>张謇</text>');
    expect(svg).toContain(escapeXml('大生纱厂 "一厂"…'));
    expect(svg).not.toContain('<南通>');
    expect(svg).toContain('stroke="#d9822b" stroke-width="4"');
    expect(svg).toContain('>企业家</text>');
    expect(svg).not.toMatch(/class=/);
  });
});

describe('data exports', () => {
  it('gives JSON with nodes and edges with sources', () => {
    expect(JSON.parse(sceneToJson(scene))).toEqual({ nodes: scene.nodes, edges: scene.edges });
  });

  it('gives CSV with a byte order mark, quoting where needed', () => {
    const csv = sceneToCsv(scene);
    expect(csv.startsWith('\uFEFFfrom_id,from_name,type,type_label,to_id,to_name,sources\r\n')).toBe(true);
    expect(csv).toContain(
      'en-zhang-jian,张謇,FOUNDED,创办,ent-dasheng,"大生纱厂 ""一厂"", <南通>",南通市志 第3卷 https://example.org/a?b=1&c=2\r\n',
    );
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('plain')).toBe('plain');
  });
});
