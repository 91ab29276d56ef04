import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  designationsOf,
  type GraphStore,
  importGraphFilesFromDisk,
  type ImportReport,
  readGraphSnapshot,
  verificationStatusOf,
} from '@icg/graph';
import { GRAPH_BACKENDS, openTestGraphStore } from '@icg/graph/test-graph-stores';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../load-seeds.ts';
import { CANDIDATE_IDS } from './candidate-ids.ts';
import { convertCandidates, type ConvertCandidatesResult } from './convert-candidates.ts';

/** A byte-for-byte copy of the shared data folder's candidates.json. */
const CANDIDATES_FILE = fileURLToPath(new URL('../../data/candidates/candidates.json', import.meta.url));
const RUN = new Date('2026-12-07T09:00:00.000Z');

describe.each(GRAPH_BACKENDS)('the 41 candidates through the survey importer, on the %s graph store', (backend) => {
  let workDir: string;
  let store: GraphStore;
  let converted: ConvertCandidatesResult;
  let report: ImportReport;

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), 'icg-candidates-'));
    store = await openTestGraphStore(backend, path.join(workDir, 'graph'));
    await store.ensureSchema();
    await loadSeeds(store);
    converted = await convertCandidates(CANDIDATES_FILE, path.join(workDir, 'survey'));
    report = await importGraphFilesFromDisk(store, converted.files, { now: RUN });
  }, 180_000);

  afterAll(async () => {
    await store?.close();
    await rm(workDir, { recursive: true, force: true });
  });

  it('imports all 41 as new records with their links, in one run without a problem', () => {
    expect(report.issues).toEqual([]);
    expect(report.written).toBe(true);
    expect(report.nodes).toEqual({ created: 41, updated: 0, unchanged: 0 });
    expect(report.relationships).toEqual({ created: converted.relationships.length, updated: 0, unchanged: 0 });
    expect(converted.files.map((file) => path.basename(file)).sort()).toEqual([
      'candidates.Craftsman.csv',
      'candidates.HeritageSite.csv',
      'candidates.Museum.csv',
      'candidates.Technique.csv',
      'candidates.TourismSite.csv',
      'candidates.relationships.csv',
    ]);
  });

  it('stores each unverified, with its designation, its pages as sources, its note and the import stamps', async () => {
    const stored = await store.getNodes(Object.values(CANDIDATE_IDS));
    expect(stored.filter((node) => node !== null)).toHaveLength(41);
    for (const node of stored) {
      expect(verificationStatusOf(node!), node!.id).toBe('unverified');
      expect(designationsOf(node!), node!.id).toHaveLength(1);
      expect(node!.sources.length, node!.id).toBeGreaterThan(0);
      expect(
        node!.sources.every((source) => source.url?.startsWith('http')),
        node!.id,
      ).toBe(true);
      expect(node!.properties['importedAt'], node!.id).toBe('2026-12-07T09:00:00.000Z');
      expect(node!.properties['importedFrom'], node!.id).toBe(`candidates.${node!.kind}.csv`);
    }
    const counts = new Map<string, number>();
    for (const node of stored) counts.set(node!.kind, (counts.get(node!.kind) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({
      HeritageSite: 7,
      Museum: 1,
      TourismSite: 3,
      Craftsman: 20,
      Technique: 10,
    });

    const [turbine, xiang, saltMuseum] = await store.getNodes([
      'hs-nanjing-turbine-motor',
      'cr-xiang-desheng',
      'mu-china-sea-salt',
    ]);
    // The list's own name gives the batch (首批), the bracket its keeper.
    expect(designationsOf(turbine!)).toEqual([
      {
        list: '南京市工业遗产类历史建筑和历史风貌区保护名录',
        level: 'municipal',
        batch: 1,
        year: 2017,
        note: '南京市政府',
        asWritten: '南京市首批工业遗产类历史建筑和历史风貌区保护名录（南京市政府）',
      },
    ]);
    // A disputed batch is not guessed: none, and the note says so; the record's note says between what.
    expect(designationsOf(xiang!)).toEqual([{ list: '中国工艺美术大师', level: 'national', note: '批次两说，见备注' }]);
    expect(xiang!.properties['note']).toMatch(/第七届.*第八届/);
    expect(saltMuseum!.sources.map((source) => source.document)).toEqual(['news.cnhubei.com', 'www.studyofnet.com']);
  });

  it('links them to the seeded city Places and Techniques they name, and says which it could not', async () => {
    const links = await store.getRelationships({ nodeIds: Object.values(CANDIDATE_IDS), direction: 'out' });
    expect(links).toHaveLength(converted.relationships.length);
    const ids = links.map((link) => link.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'hs-shuanggou-cellars|LOCATED_IN|city-suqian',
        'hs-kouzi-cellars|LOCATED_IN|city-huaibei',
        'mu-china-sea-salt|LOCATED_IN|city-yancheng',
        'cr-jiang-rong|ACTIVE_IN|city-wuxi',
        'cr-jiang-rong|PRACTICES|tech-yixing-zisha',
        'cr-zhang-yu|PRACTICES|tech-yangzhou-lacquer',
        'cr-hong-jianhua|PRACTICES|tech-bamboo-carving-huizhou',
        'cr-xiang-desheng|PRACTICES|tech-hui-ink',
        'tech-black-tea-keemun|ORIGINATED_IN|city-huangshan',
      ]),
    );
    const ends = await store.getNodes([...new Set(links.map((link) => link.to))]);
    expect(ends.every((end) => end !== null && ['Place', 'Technique'].includes(end.kind))).toBe(true);
    expect(links.every((link) => verificationStatusOf(link) === 'unverified' && link.sources.length > 0)).toBe(true);
    // 合肥 and 六安 have no city Place in the graph; 宜兴陶瓷 does not say which technique.
    const placed = new Set(links.filter((link) => link.to.startsWith('city-')).map((link) => link.from));
    expect(Object.values(CANDIDATE_IDS).filter((id) => !placed.has(id))).toEqual([
      'hs-hefei-steel',
      'tech-green-tea-luan-guapian',
    ]);
    expect(converted.notices).toHaveLength(6);
  });

  it('writes nothing when the same files are imported again', async () => {
    const before = await readGraphSnapshot(store);
    const again = await importGraphFilesFromDisk(store, converted.files, { now: new Date('2026-12-08T09:00:00Z') });
    expect(again.issues).toEqual([]);
    expect(again.nodes).toEqual({ created: 0, updated: 0, unchanged: 41 });
    expect(again.relationships).toEqual({ created: 0, updated: 0, unchanged: converted.relationships.length });
    const after = await readGraphSnapshot(store);
    expect(after.datasetVersion).toBe(before.datasetVersion);
  });
});
