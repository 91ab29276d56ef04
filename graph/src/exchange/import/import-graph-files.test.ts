import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmbeddedGraphStore } from '../../adapters/embedded/create-embedded-graph-store.ts';
import type { GraphStore } from '../../graph-store.ts';
import type { EntityKind } from '../../model/entity-kinds.ts';
import type { GraphNode } from '../../model/graph-records.ts';
import { formatCsv } from '../csv/csv.ts';
import { nodeColumnKeys, nodeHeader, relationshipHeader } from '../csv/kind-columns.ts';
import { importGraphFiles, importGraphFilesFromDisk, type ImportInput } from './import-graph-files.ts';
import { withoutStamps } from './import-stamps.ts';

const examplesDir = fileURLToPath(new URL('../../../../docs/templates/examples/', import.meta.url));
const utf8 = (text: string) => new TextEncoder().encode(text);
const csvFile = (name: string, rows: string[][]): ImportInput => ({ name, bytes: utf8(formatCsv(rows)) });
const jsonFile = (name: string, document: unknown): ImportInput => ({ name, bytes: utf8(JSON.stringify(document)) });

/** A row of a kind's file with the template's columns, given by key. */
function kindRow(kind: EntityKind, cells: Record<string, string>): string[] {
  return nodeColumnKeys(kind).map((key) => cells[key] ?? '');
}
const enterpriseRow = (cells: Record<string, string>) => kindRow('Enterprise', cells);

const SOURCE = 'https://example.org/survey|第1行|南通工业遗产调查|2026-11-20';

describe('importGraphFiles', () => {
  let dataDir: string;
  let store: GraphStore;

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'icg-import-'));
    store = await createEmbeddedGraphStore({ dataDir, bufferPoolBytes: 64 * 1024 * 1024 });
    await store.ensureSchema();
  });

  afterEach(async () => {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  describe('clean files', () => {
    it('writes the example survey (CSV per kind plus relationships.csv) in one go', async () => {
      const files = (await readdir(examplesDir)).filter((name) => name.endsWith('.csv'));
      const report = await importGraphFilesFromDisk(
        store,
        files.map((name) => path.join(examplesDir, name)),
      );
      expect(report.issues).toEqual([]);
      expect(report.written).toBe(true);
      expect(report.nodes).toEqual({ created: 3, updated: 0, unchanged: 0 });
      expect(report.relationships).toEqual({ created: 2, updated: 0, unchanged: 0 });
      const [dasheng] = await store.getNodes(['example-enterprise-dasheng']);
      expect(dasheng).toMatchObject({
        name: '大生纱厂',
        aliases: ['大生一厂', '江苏大生集团'],
        city: '南通市',
        properties: { founded_year: 1895, industry: '纺织', district: '港闸区' },
      });
      expect(dasheng?.sources).toHaveLength(2);
    });

    it('importing the same files again changes nothing: counts and every record identical', async () => {
      const files = (await readdir(examplesDir))
        .filter((name) => name.endsWith('.csv'))
        .map((name) => path.join(examplesDir, name));
      await importGraphFilesFromDisk(store, files);
      const countsBefore = await store.counts();
      const nodesBefore = await store.findNodes({ first: 100 });
      const relationshipsBefore = await store.findRelationships({ first: 100 });
      const again = await importGraphFilesFromDisk(store, files);
      expect(again.nodes).toEqual({ created: 0, updated: 0, unchanged: 3 });
      expect(again.relationships).toEqual({ created: 0, updated: 0, unchanged: 2 });
      expect(await store.counts()).toEqual(countsBefore);
      expect(await store.findNodes({ first: 100 })).toEqual(nodesBefore);
      expect(await store.findRelationships({ first: 100 })).toEqual(relationshipsBefore);
    });

    it('reads the JSON form of the same survey to the same records', async () => {
      await importGraphFilesFromDisk(store, [path.join(examplesDir, 'survey.json')]);
      const fromJson = await store.findNodes({ first: 100 });
      // Each record is stamped with the file it came from; apart from that, the two forms give the same records.
      expect(fromJson.map((node) => node.properties['importedFrom'])).toEqual(fromJson.map(() => 'survey.json'));
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
      store = await createEmbeddedGraphStore({ dataDir, bufferPoolBytes: 64 * 1024 * 1024 });
      await store.ensureSchema();
      const csvFiles = (await readdir(examplesDir))
        .filter((n) => n.endsWith('.csv'))
        .map((n) => path.join(examplesDir, n));
      await importGraphFilesFromDisk(store, csvFiles);
      const fromCsv = await store.findNodes({ first: 100 });
      expect(fromCsv.map((node) => node.properties['importedFrom'])).toEqual(fromCsv.map((node) => `${node.kind}.csv`));
      expect(fromCsv.map(withoutStamps)).toEqual(fromJson.map(withoutStamps));
    });

    it('lets relationships point at nodes already stored, and derives a missing relationship id', async () => {
      await store.upsertNodes([
        {
          id: 'stored-place',
          kind: 'Place',
          name: '南通',
          aliases: [],
          province: '江苏',
          city: '南通市',
          description: null,
          properties: {},
          sources: [],
        },
      ]);
      const report = await importGraphFiles(store, [
        csvFile('Enterprise.csv', [
          nodeHeader('Enterprise'),
          enterpriseRow({ id: 'e1', name: '大生纱厂', sources: SOURCE }),
        ]),
        csvFile('relationships.csv', [relationshipHeader(), ['', 'LOCATED_IN', 'e1', 'stored-place', '', SOURCE]]),
      ]);
      expect(report.issues).toEqual([]);
      expect((await store.getRelationships({ nodeIds: ['e1'], direction: 'out' })).map((r) => r.id)).toEqual([
        'e1|LOCATED_IN|stored-place',
      ]);
    });

    it('normalises text at the border: NFC, and trims cells', async () => {
      await importGraphFiles(store, [
        csvFile('Enterprise.csv', [
          nodeHeader('Enterprise'),
          enterpriseRow({ id: ' e1 ', name: ' Cafe\u0301 ', sources: SOURCE }),
        ]),
      ]);
      expect((await store.getNodes(['e1']))[0]?.name).toBe('Caf\u00e9');
    });

    it('a dry run checks and compares but writes nothing', async () => {
      const report = await importGraphFiles(
        store,
        [
          csvFile('Enterprise.csv', [
            nodeHeader('Enterprise'),
            enterpriseRow({ id: 'e1', name: 'x', sources: SOURCE }),
          ]),
        ],
        { dryRun: true },
      );
      expect(report).toMatchObject({ dryRun: true, written: false, issues: [], nodes: { created: 1 } });
      expect((await store.counts()).nodes).toBe(0);
    });

    it('writes a large file as one transaction in batches, reporting progress', async () => {
      const rows = Array.from({ length: 2_500 }, (_, i) =>
        enterpriseRow({ id: `e${i}`, name: `工厂 ${i}`, founded_year: String(1900 + (i % 100)), sources: SOURCE }),
      );
      const events: string[] = [];
      const report = await importGraphFiles(store, [csvFile('Enterprise.csv', [nodeHeader('Enterprise'), ...rows])], {
        onProgress: (phase, done, total) => events.push(`${phase} ${done}/${total}`),
      });
      expect(report.written).toBe(true);
      expect(events).toEqual(['nodes 0/2500', 'nodes 1000/2500', 'nodes 2000/2500', 'nodes 2500/2500']);
      expect((await store.counts()).nodes).toBe(2_500);
    });
  });

  describe('validation: every bad row is reported, and nothing is written', () => {
    it('reports each problem of a node file with its row and column', async () => {
      const huge = 'x'.repeat(70 * 1024);
      const header = [...nodeHeader('Enterprise')];
      const report = await importGraphFiles(store, [
        csvFile('Enterprise.csv', [
          header,
          enterpriseRow({ id: 'ok', name: '正常', sources: SOURCE }),
          enterpriseRow({ name: '缺标识', sources: SOURCE }),
          enterpriseRow({ id: 'no-source', name: '缺来源' }),
          enterpriseRow({ id: 'ok', name: '重复', sources: SOURCE }),
          enterpriseRow({ id: 'bad-year', name: '年份', founded_year: '约1900', sources: SOURCE }),
          enterpriseRow({ id: 'huge', name: '超长', description: huge, sources: SOURCE }),
          enterpriseRow({ id: 'bad-source', name: '来源', sources: 'ftp://x|a ;; |第2行||2026-13-01' }),
          enterpriseRow({ id: 'bad-json', name: 'JSON', properties: '{"note":', sources: SOURCE }),
          enterpriseRow({
            id: 'twice',
            name: '重复属性',
            industry: '纺织',
            properties: '{"industry":"丝绸"}',
            sources: SOURCE,
          }),
        ]),
      ]);
      expect(report.written).toBe(false);
      expect(report.issues.map(({ row, field, reason }) => `${row} ${field}: ${reason}`)).toEqual([
        '3 id: missing',
        '4 sources: missing: every record needs at least one source (a url or a document title)',
        '5 id: duplicate id "ok": also at row 2',
        '6 founded_year: must be a whole number, not "约1900"',
        '7 description: is 70 KiB; the limit for one field is 64 KiB',
        '8 sources: source 1: url "ftp://x" is not an http(s) address',
        '8 sources: source 2 names neither a url nor a document',
        '8 sources: source 2: takenAt 2026-13-01 has no month 13',
        expect.stringMatching(/^9 properties: is not valid JSON/),
        '10 industry: "industry" is also given in the properties column',
      ]);
      expect((await store.counts()).nodes).toBe(0);
    });

    it("reports a project's type and status codes and its period, naming the property", async () => {
      const report = await importGraphFiles(store, [
        csvFile('Project.csv', [
          [...nodeHeader('Project')],
          kindRow('Project', {
            id: 'p-ok',
            name: '运河五号',
            projectType: 'heritage-reuse',
            status: 'operating',
            sources: SOURCE,
          }),
          kindRow('Project', {
            id: 'p-zh',
            name: '写成中文',
            projectType: '活化利用',
            status: '运营',
            sources: SOURCE,
          }),
          kindRow('Project', {
            id: 'p-years',
            name: '年份颠倒',
            projectType: 'development',
            status: 'reserve',
            startYear: '2025',
            endYear: '2021',
            sources: SOURCE,
          }),
        ]),
      ]);
      expect(report.written).toBe(false);
      expect(report.issues.map(({ row, field, reason }) => `${row} ${field}: ${reason}`)).toEqual([
        expect.stringMatching(
          /^3 properties: properties\.projectType must be one of "heritage-reuse", .*not "活化利用"$/,
        ),
        expect.stringMatching(
          /^3 properties: properties\.status must be one of .*\(储备 \/ 在建 \/ 建成 \/ 运营\), not "运营"$/,
        ),
        '4 properties: properties.endYear 2021 is before properties.startYear 2025',
      ]);
      expect((await store.counts()).nodes).toBe(0);
    });

    it('reports unknown kinds and types, and relationship ends that exist nowhere', async () => {
      const report = await importGraphFiles(store, [
        csvFile('survey-nodes.csv', [
          ['kind', 'id', 'name', 'sources'],
          ['Factory', 'f1', '工厂', SOURCE],
          ['Museum', 'm1', '博物馆', SOURCE],
        ]),
        csvFile('relationships.csv', [
          relationshipHeader(),
          ['', 'OWNS', 'm1', 'm1', '', SOURCE],
          ['', 'EXHIBITS', 'm1', 'ghost', '', SOURCE],
        ]),
      ]);
      expect(report.issues.map(({ file, row, field, reason }) => `${file}:${row} ${field}: ${reason}`)).toEqual([
        'survey-nodes.csv:2 kind: unknown kind "Factory"',
        'relationships.csv:2 type: unknown relationship type "OWNS"',
        'relationships.csv:3 to: no node "ghost" in the imported files or in the graph',
      ]);
      expect((await store.counts()).nodes).toBe(0);
    });

    it('reports bytes that are not UTF-8 with their offset and row, e.g. a file Excel saved as GBK', async () => {
      const head = utf8(
        formatCsv([nodeHeader('Museum'), kindRow('Museum', { id: 'm1', name: 'ok', sources: SOURCE })], {
          byteOrderMark: false,
        }),
      );
      const gbk = Uint8Array.from([...utf8('m2,'), 0xb9, 0xa4, 0xd2, 0xb5, ...utf8(`,,,,,,,,,,,,${SOURCE}\r\n`)]);
      const report = await importGraphFiles(store, [{ name: 'Museum.csv', bytes: Uint8Array.from([...head, ...gbk]) }]);
      expect(report.issues).toEqual([
        {
          file: 'Museum.csv',
          row: 3,
          field: '(file)',
          reason: `not UTF-8: byte ${head.length + 3} (line 3) is b9 a4; save the file as UTF-8 (Excel: "CSV UTF-8")`,
        },
      ]);
    });

    it('reports malformed CSV (an unbalanced quote) and keeps checking the rows before it', async () => {
      const text = `${formatCsv([nodeHeader('Theme')], { byteOrderMark: false })}t1,,,,,,,\n"t2,主题,,,,,,${SOURCE}\n`;
      const report = await importGraphFiles(store, [{ name: 'Theme.csv', bytes: utf8(text) }]);
      expect(report.issues.map(({ row, field, reason }) => `${row} ${field}: ${reason}`)).toEqual([
        '2 name: missing',
        '2 sources: missing: every record needs at least one source (a url or a document title)',
        '3 (row): malformed CSV: a quoted field opened on line 3 is never closed (unbalanced quotes)',
      ]);
    });

    it('reports header problems: unknown or repeated columns, missing required ones, an unknown kind of file', async () => {
      const report = await importGraphFiles(store, [
        csvFile('Museum.csv', [
          ['id', 'name', 'name', 'opening_year'],
          ['m1', 'x', 'x', '1990'],
        ]),
        csvFile('things.csv', [
          ['id', 'name', 'sources'],
          ['t', 'x', SOURCE],
        ]),
        { name: 'notes.txt', bytes: utf8('hello') },
      ]);
      expect(report.issues.map(({ file, row, field, reason }) => `${file}:${row} ${field}: ${reason}`)).toEqual([
        'Museum.csv:1 name: column "name" appears twice',
        expect.stringMatching(
          /^Museum\.csv:1 opening_year: unknown column "opening_year"; this file can have kind, id, name/,
        ),
        'Museum.csv:1 sources: the header has no "sources" column',
        'things.csv:1 kind: cannot tell which kind the file holds: name the file after the kind (Enterprise.csv, 工业遗产.csv) or add a kind column',
        'notes.txt:0 (file): only .json and .csv files can be imported',
      ]);
    });

    it('refuses a file over the size limit without reading it', async () => {
      const report = await importGraphFiles(
        store,
        [csvFile('Theme.csv', [nodeHeader('Theme'), kindRow('Theme', { id: 't1', name: '主题', sources: SOURCE })])],
        { limits: { maxFileBytes: 100 } },
      );
      expect(report.issues).toEqual([
        {
          file: 'Theme.csv',
          row: 0,
          field: '(file)',
          reason: expect.stringMatching(/^is \d+ bytes; the limit is 100 bytes per file/),
        },
      ]);
    });

    it('checks JSON records field by field, naming the array and position', async () => {
      const good: GraphNode = {
        id: 'n1',
        kind: 'Story',
        name: '故事',
        aliases: [],
        province: null,
        city: null,
        description: null,
        properties: {},
        sources: [{ document: '地方志' }],
      };
      const report = await importGraphFiles(store, [
        jsonFile('survey.json', {
          nodes: [
            good,
            { ...good, id: 'n2', kind: 'Legend', sources: [] },
            { ...good, id: 'n3', aliases: '别名', colour: 'red' },
          ],
          relationships: [{ type: 'ABOUT', from: 'n1', to: 'n9', sources: [{ url: 'https://example.org' }] }],
          comment: 'x',
        }),
      ]);
      expect(report.issues.map(({ row, field, reason }) => `${row} ${field}: ${reason}`)).toEqual([
        '0 comment: unknown member; the file holds "nodes" and "relationships"',
        '1 relationships.to: no node "n9" in the imported files or in the graph',
        '2 nodes.kind: unknown kind "Legend"',
        '2 nodes.sources: empty: every record needs at least one source (a url or a document title)',
        expect.stringMatching(/^3 nodes\.colour: unknown field/),
        '3 nodes.aliases: must be a list of names',
      ]);
    });

    it('reports a duplicate id across files, and then writes none of the files', async () => {
      const report = await importGraphFiles(store, [
        csvFile('Theme.csv', [nodeHeader('Theme'), kindRow('Theme', { id: 't1', name: '主题', sources: SOURCE })]),
        csvFile('2026.Theme.csv', [
          nodeHeader('Theme'),
          kindRow('Theme', { id: 't1', name: '主题二', sources: SOURCE }),
        ]),
      ]);
      expect(report.issues).toEqual([
        { file: '2026.Theme.csv', row: 2, field: 'id', reason: 'duplicate id "t1": also at Theme.csv row 2' },
      ]);
      expect((await store.counts()).nodes).toBe(0);
    });
  });

  it('import from disk reports a file that cannot be read, like any other problem', async () => {
    const report = await importGraphFilesFromDisk(store, [path.join(dataDir, 'missing.csv'), dataDir]);
    expect(report.issues).toEqual([
      { file: path.join(dataDir, 'missing.csv'), row: 0, field: '(file)', reason: 'cannot be read: no such file' },
      { file: dataDir, row: 0, field: '(file)', reason: 'cannot be read: not a file' },
    ]);
  });

  it('import from disk reads the file names given', async () => {
    const file = path.join(dataDir, '南京-工业遗产.csv');
    await writeFile(
      file,
      formatCsv([
        nodeHeader('HeritageSite'),
        kindRow('HeritageSite', { id: 'h1', name: '金陵机器制造局', sources: SOURCE }),
      ]),
    );
    const report = await importGraphFilesFromDisk(store, [file]);
    expect(report.files).toEqual([
      { file, format: 'csv-nodes', kind: 'HeritageSite', records: 1, nodes: 1, relationships: 0 },
    ]);
    expect(report.issues).toEqual([]);
    expect(await readFile(file, 'utf8')).toContain('金陵机器制造局');
  });
});
