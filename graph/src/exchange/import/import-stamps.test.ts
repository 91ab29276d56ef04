import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmbeddedGraphStore } from '../../adapters/embedded/create-embedded-graph-store.ts';
import type { GraphStore } from '../../graph-store.ts';
import type { EntityKind } from '../../model/entity-kinds.ts';
import { formatCsv } from '../csv/csv.ts';
import { nodeColumnKeys, nodeHeader, relationshipHeader, RELATIONSHIP_COLUMNS } from '../csv/kind-columns.ts';
import { importGraphFiles, type ImportInput } from './import-graph-files.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const csvFile = (name: string, rows: string[][]): ImportInput => ({ name, bytes: utf8(formatCsv(rows)) });
const kindRow = (kind: EntityKind, cells: Record<string, string>) =>
  nodeColumnKeys(kind).map((key) => cells[key] ?? '');
const relationshipRow = (cells: Record<string, string>) => RELATIONSHIP_COLUMNS.map((key) => cells[key] ?? '');

const REPOST = 'https://p2.ttnews.xyz/amp/5ea35defdc9b5e51b9b22372|第2段|转载';
const FIRST_RUN = new Date('2026-12-01T08:00:00.000Z');
const LATER_RUN = new Date('2026-12-02T09:30:00.000Z');

const VERIFIED = JSON.stringify({
  verification: {
    status: 'verified',
    by: '王策展',
    at: '2026-11-23T08:00:00.000Z',
    source: { document: '南通市志', locator: '第3卷' },
  },
});

describe('importGraphFiles: stamps, designations and the derived columns', () => {
  let dataDir: string;
  let store: GraphStore;

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'icg-import-stamps-'));
    store = await createEmbeddedGraphStore({ dataDir, bufferPoolBytes: 64 * 1024 * 1024 });
    await store.ensureSchema();
  });

  afterEach(async () => {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const museums = (rows: Record<string, string>[]) =>
    csvFile('survey/2026.Museum.csv', [nodeHeader('Museum'), ...rows.map((cells) => kindRow('Museum', cells))]);

  describe('importedAt and importedFrom', () => {
    it('stamps what a run creates with its time and file; a re-run writes nothing; a changed row is stamped anew', async () => {
      const first = await importGraphFiles(
        store,
        [
          museums([
            { id: 'm1', name: '纺织博物馆', sources: REPOST },
            { id: 'm2', name: '丝绸博物馆', sources: REPOST },
          ]),
          csvFile('survey/links.csv', [
            relationshipHeader(),
            relationshipRow({ type: 'GROUPED_WITH', from: 'm1', to: 'm2', sources: REPOST }),
          ]),
        ],
        { now: FIRST_RUN },
      );
      expect(first.issues).toEqual([]);
      expect(first.importedAt).toBe('2026-12-01T08:00:00.000Z');
      const [m1] = await store.getNodes(['m1']);
      expect(m1?.properties).toEqual({ importedAt: '2026-12-01T08:00:00.000Z', importedFrom: '2026.Museum.csv' });
      const [link] = await store.getRelationships({ nodeIds: ['m1'], direction: 'out' });
      expect(link?.properties).toEqual({ importedAt: '2026-12-01T08:00:00.000Z', importedFrom: 'links.csv' });

      const before = {
        nodes: await store.findNodes({ first: 10 }),
        links: await store.findRelationships({ first: 10 }),
      };
      const again = await importGraphFiles(
        store,
        [
          museums([
            { id: 'm1', name: '纺织博物馆', sources: REPOST },
            { id: 'm2', name: '丝绸博物馆', sources: REPOST },
          ]),
          csvFile('survey/links.csv', [
            relationshipHeader(),
            relationshipRow({ type: 'GROUPED_WITH', from: 'm1', to: 'm2', sources: REPOST }),
          ]),
        ],
        { now: LATER_RUN },
      );
      expect(again).toMatchObject({
        written: true,
        nodes: { created: 0, updated: 0, unchanged: 2 },
        relationships: { created: 0, updated: 0, unchanged: 1 },
      });
      // Unchanged content keeps the stamp of the run that brought it in.
      expect(await store.findNodes({ first: 10 })).toEqual(before.nodes);
      expect(await store.findRelationships({ first: 10 })).toEqual(before.links);

      const changed = await importGraphFiles(
        store,
        [
          museums([
            { id: 'm1', name: '纺织博物馆', sources: REPOST },
            { id: 'm2', name: '丝绸博物馆', opened_year: '1991', sources: REPOST },
          ]),
        ],
        { now: LATER_RUN },
      );
      expect(changed.nodes).toEqual({ created: 0, updated: 1, unchanged: 1 });
      const [m1After, m2After] = await store.getNodes(['m1', 'm2']);
      expect(m1After?.properties['importedAt']).toBe('2026-12-01T08:00:00.000Z');
      expect(m2After?.properties).toEqual({
        opened_year: 1991,
        importedAt: '2026-12-02T09:30:00.000Z',
        importedFrom: '2026.Museum.csv',
      });
    });

    it('replaces stamps a survey file carries with those of the run', async () => {
      await importGraphFiles(
        store,
        [
          museums([
            {
              id: 'm1',
              name: '纺织博物馆',
              properties: '{"importedAt":"1999-01-01T00:00:00.000Z","importedFrom":"old.csv"}',
              sources: REPOST,
            },
          ]),
        ],
        { now: FIRST_RUN },
      );
      expect((await store.getNodes(['m1']))[0]?.properties).toEqual({
        importedAt: '2026-12-01T08:00:00.000Z',
        importedFrom: '2026.Museum.csv',
      });
    });
  });

  describe('the designations column', () => {
    it('reads the compact form and the JSON form into properties.designations', async () => {
      const report = await importGraphFiles(store, [
        museums([
          {
            id: 'm1',
            name: '海盐博物馆',
            designations: '国家一级博物馆|national|5|2024|公示 ;; 国家二级博物馆|national|4|2020',
            sources: REPOST,
          },
          {
            id: 'm2',
            name: '丝绸博物馆',
            designations: '[{"list":"全国重点文物保护单位","level":"national","batch":7,"itemCode":"7-1722-5-115"}]',
            sources: REPOST,
          },
        ]),
      ]);
      expect(report.issues).toEqual([]);
      const [m1, m2] = await store.getNodes(['m1', 'm2']);
      expect(m1?.properties['designations']).toEqual([
        { list: '国家一级博物馆', level: 'national', batch: 5, year: 2024, note: '公示' },
        { list: '国家二级博物馆', level: 'national', batch: 4, year: 2020 },
      ]);
      expect(m2?.properties['designations']).toEqual([
        { list: '全国重点文物保护单位', level: 'national', batch: 7, itemCode: '7-1722-5-115' },
      ]);
    });

    it('reports a missing or unknown level, a batch in words and an unknown field, in the column or in properties', async () => {
      const report = await importGraphFiles(store, [
        museums([
          { id: 'm1', name: 'a', designations: '国家一级博物馆', sources: REPOST },
          { id: 'm2', name: 'b', designations: '国家一级博物馆|world', sources: REPOST },
          { id: 'm3', name: 'c', designations: '国家工业遗产|national|第四批', sources: REPOST },
          {
            id: 'm4',
            name: 'd',
            properties: '{"designations":[{"list":"国家工业遗产","level":"national","batchNote":"存疑"}]}',
            sources: REPOST,
          },
        ]),
      ]);
      expect(report.written).toBe(false);
      expect(report.issues.map(({ row, field, reason }) => `${row} ${field}: ${reason}`)).toEqual([
        expect.stringMatching(/^2 designations: designation 1 names no level \(international, national, /),
        expect.stringMatching(/^3 designations: designation 1: level must be one of .*, not "world"$/),
        '4 designations: designation 1: batch must be a whole number, not "第四批"',
        expect.stringMatching(/^5 properties: designations: designation 1: has unknown field "batchNote"; /),
      ]);
      expect((await store.counts()).nodes).toBe(0);
    });
  });

  describe('verification_status and source_quality', () => {
    it('accepts cells that agree with the record, and empty ones', async () => {
      const report = await importGraphFiles(store, [
        museums([
          { id: 'm1', name: 'a', verification_status: 'unverified', source_quality: 'repost', sources: REPOST },
          { id: 'm2', name: 'b', properties: VERIFIED, verification_status: 'verified', sources: REPOST },
          { id: 'm3', name: 'c', sources: REPOST },
        ]),
      ]);
      expect(report.issues).toEqual([]);
      expect((await store.getNodes(['m2']))[0]?.properties['verification']).toMatchObject({ status: 'verified' });
    });

    it('reports a status or class that disagrees with what it is derived from, naming what to do instead', async () => {
      const report = await importGraphFiles(store, [
        museums([
          { id: 'm1', name: 'a', verification_status: 'verified', sources: REPOST },
          { id: 'm2', name: 'b', properties: VERIFIED, verification_status: 'disputed', sources: REPOST },
          { id: 'm3', name: 'c', verification_status: 'checked', sources: REPOST },
          { id: 'm4', name: 'd', source_quality: 'official', sources: REPOST },
        ]),
        csvFile('relationships.csv', [
          relationshipHeader(),
          relationshipRow({ type: 'GROUPED_WITH', from: 'm1', to: 'm2', sources: REPOST, source_quality: 'press' }),
        ]),
      ]);
      expect(report.written).toBe(false);
      expect(report.issues.map(({ file, row, field, reason }) => `${file}:${row} ${field}: ${reason}`)).toEqual([
        expect.stringMatching(
          /^survey\/2026\.Museum\.csv:2 verification_status: says verified, but the record has no verification: .*setVerification/,
        ),
        'survey/2026.Museum.csv:3 verification_status: says disputed, but properties.verification says verified',
        'survey/2026.Museum.csv:4 verification_status: must be one of verified, unverified, disputed, not "checked"',
        expect.stringMatching(
          /^survey\/2026\.Museum\.csv:5 source_quality: says official, but the sources give repost/,
        ),
        expect.stringMatching(/^relationships\.csv:2 source_quality: says press, but the sources give repost/),
      ]);
    });
  });
});
