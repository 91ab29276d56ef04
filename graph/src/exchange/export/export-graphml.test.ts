import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../model/graph-records.ts';
import { snapshotOf } from '../graph-snapshot.ts';
import { graphmlExportChunks, xmlText } from './export-graphml.ts';

/** Characters XML 1.0 forbids even as references: C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates. */
const NOT_IN_XML =
  // eslint-disable-next-line no-control-regex -- these characters are what the test looks for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const node = (id: string, name: string): GraphNode => ({
  id,
  kind: 'Museum',
  name,
  aliases: [name],
  province: '江苏',
  city: '南京市',
  description: `说明 ${name}`,
  properties: { note: name },
  sources: [{ document: name }],
});

describe('GraphML text', () => {
  it('turns each character XML cannot carry into U+FFFD, and keeps tab, line ends and astral characters', () => {
    expect(xmlText('QA\u0000空字符\u0001\u001F')).toBe('QA\uFFFD空字符\uFFFD\uFFFD');
    expect(xmlText('a\uFFFEb\uFFFFc \uD800 \uDC00')).toBe('a\uFFFDb\uFFFDc \uFFFD \uFFFD');
    expect(xmlText('\t\n\r 𠀀 <&>')).toBe('&#9;&#10;&#13; 𠀀 &lt;&amp;&gt;');
  });

  it('writes a file with none of them when names, aliases, properties and sources carry them', () => {
    const hostile = 'QA\u0000空字符\u0008\uFFFF\uD800旧址';
    const graphml = [
      ...graphmlExportChunks(snapshotOf([node('m1', hostile)], []), {
        datasetVersion: 'v',
        exportedAt: '2026-12-07T00:00:00.000Z',
      }),
    ].join('');
    expect(graphml).not.toMatch(NOT_IN_XML);
    expect(graphml).toContain('<data key="name">QA\uFFFD空字符\uFFFD\uFFFD\uFFFD旧址</data>');
  });
});
