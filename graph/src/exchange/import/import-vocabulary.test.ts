import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../graph-store.ts';
import { GRAPH_BACKENDS, openTestGraphStore } from '../../testing/test-graph-stores.ts';
import { formatCsv } from '../csv/csv.ts';
import { nodeColumnKeys, nodeHeader } from '../csv/kind-columns.ts';
import { importGraphFiles, type ImportInput } from './import-graph-files.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const csvFile = (name: string, rows: string[][]): ImportInput => ({ name, bytes: utf8(formatCsv(rows)) });
const jsonFile = (name: string, document: unknown): ImportInput => ({ name, bytes: utf8(JSON.stringify(document)) });
const siteRow = (cells: Record<string, string>) => nodeColumnKeys('HeritageSite').map((key) => cells[key] ?? '');

const SOURCE = 'https://example.org/survey|第1行|南京工业遗产调查|2026-11-20';
const JSON_SOURCE = { url: 'https://example.org/survey', document: '南京工业遗产调查', takenAt: '2026-11-20' };

const site = (fields: Record<string, unknown>) => ({
  kind: 'HeritageSite',
  name: '某遗址',
  sources: [JSON_SOURCE],
  ...fields,
});

const issuesOf = (report: { issues: { row: number; field: string; reason: string }[] }) =>
  report.issues.map(({ row, field, reason }) => `${row} ${field}: ${reason}`);

describe.each(GRAPH_BACKENDS)('the importer holds places, names and dates to the vocabulary (%s store)', (backend) => {
  let dataDir: string;
  let store: GraphStore;

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'icg-import-vocabulary-'));
    store = await openTestGraphStore(backend, dataDir);
    await store.ensureSchema();
  });
  afterEach(async () => {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('stores 江苏省 and 南京 as 江苏 and 南京市, and fills in a city’s province', async () => {
    const report = await importGraphFiles(store, [
      csvFile('HeritageSite.csv', [
        nodeHeader('HeritageSite'),
        siteRow({ id: 's-1', name: '金陵机器制造局旧址', province: '江苏省', city: '南京', sources: SOURCE }),
        siteRow({ id: 's-2', name: '芜湖造船厂旧址', city: '芜湖市', sources: SOURCE }),
      ]),
    ]);
    expect(report.issues).toEqual([]);
    const [first, second] = await store.getNodes(['s-1', 's-2']);
    expect(first).toMatchObject({ province: '江苏', city: '南京市' });
    expect(second).toMatchObject({ province: '安徽', city: '芜湖市' });
  });

  it('refuses an unknown city with an issue naming the row, the column and the close matches, writing nothing', async () => {
    const report = await importGraphFiles(store, [
      csvFile('HeritageSite.csv', [
        nodeHeader('HeritageSite'),
        siteRow({ id: 's-1', name: '金陵机器制造局旧址', province: '江苏', city: '南京市', sources: SOURCE }),
        siteRow({ id: 's-2', name: '某遗址', province: '江苏', city: '南经市', sources: SOURCE }),
        siteRow({ id: 's-3', name: '某厂', province: '浙江省', city: '', sources: SOURCE }),
        siteRow({ id: 's-4', name: '某矿', province: '安徽', city: '南京市', sources: SOURCE }),
      ]),
    ]);
    expect(report.written).toBe(false);
    expect(issuesOf(report)).toEqual([
      '3 city: city 南经市 is not a city of 江苏; did you mean 南京市, 南通市?',
      '4 province: province must be 江苏 or 安徽 (江苏省 and 安徽省 are read as those); got 浙江省',
      '5 city: city 南京市 is in 江苏, not 安徽',
    ]);
    expect((await store.counts()).nodes).toBe(0);
  });

  it('refuses control characters in names, aliases, descriptions and sources, and impossible dates', async () => {
    const report = await importGraphFiles(store, [
      jsonFile('survey.json', {
        nodes: [
          site({ id: 'n-1', name: 'QA\u0000空字符' }),
          site({ id: 'n-2', aliases: ['别\u0001名'] }),
          site({ id: 'n-3', description: '第一段\n第二段\u0007' }),
          site({ id: 'n-4', sources: [{ ...JSON_SOURCE, locator: '第\u001b行' }] }),
          site({ id: 'n-5', sources: [{ ...JSON_SOURCE, takenAt: '2024-02-30' }] }),
          site({ id: 'n-6', sources: [{ ...JSON_SOURCE, takenAt: '0000-01' }] }),
          site({ id: 'n-7', description: '第一段\n\t第二段', sources: [{ ...JSON_SOURCE, takenAt: '2024-02' }] }),
        ],
      }),
    ]);
    expect(issuesOf(report)).toEqual([
      '1 nodes.name: name must not hold control characters: U+0000 at character 3',
      '2 nodes.aliases: aliases[0] must not hold control characters: U+0001 at character 2',
      '3 nodes.description: description must not hold control characters (line breaks and tabs are allowed): U+0007 at character 8',
      '4 nodes.sources: the source: locator must not hold control characters: U+001B at character 2',
      '5 nodes.sources: the source: takenAt 2024-02-30 is not a day: 2024-02 has 29 days',
      '6 nodes.sources: the source: takenAt 0000-01 is before 1900-01-01',
    ]);
  });

  it('refuses more than 50 aliases, non-finite and deeply nested properties, and records over 64 KiB', async () => {
    // Written as text: JSON.stringify itself cannot walk 5,000 levels.
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const withProperties = (id: string, properties: string) =>
      JSON.stringify(site({ id })).replace('"kind"', `"properties":${properties},"kind"`);
    const report = await importGraphFiles(store, [
      jsonFile('survey.json', {
        nodes: [
          site({ id: 'n-1', aliases: Array.from({ length: 51 }, (_, i) => `别名${i}`) }),
          site({ id: 'n-3', description: '述'.repeat(20_000), properties: { notes: '遗'.repeat(20_000) } }),
        ],
      }),
      {
        name: 'nested.json',
        bytes: utf8(`{"nodes":[${withProperties('n-2', `{"deep":${deep}}`)},${withProperties('n-4', '{"a":1e400}')}]}`),
      },
    ]);
    expect(issuesOf(report)).toEqual([
      '1 nodes.aliases: aliases may hold at most 50 names; got 51',
      expect.stringMatching(/^2 \(row\): n-3 would be \d+ bytes as stored; the limit for one record is 65536 bytes/),
      expect.stringMatching(/^1 nodes\.properties: nodes\.properties\.deep(\.a)+ nests deeper than 16 levels$/),
      '2 nodes.properties: nodes.properties.a must be a finite number (got Infinity)',
    ]);
    expect(report.written).toBe(false);
  });
});
