import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbeddedGraphStore, type GraphCounts } from '@icg/graph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from './load-seeds.ts';

const BUFFER_POOL_BYTES = 64 * 1024 * 1024;

describe('loadSeeds into a real embedded graph store', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'icg-seeds-embedded-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  /** Opens the store, loads the seeds and returns what the store then counts. */
  async function loadOnce(): Promise<GraphCounts> {
    const store = await createEmbeddedGraphStore({ dataDir, bufferPoolBytes: BUFFER_POOL_BYTES });
    try {
      await store.ensureSchema();
      const summary = await loadSeeds(store);
      expect(summary).toMatchObject({ nodes: 438, relationships: 898 });
      return await store.counts();
    } finally {
      await store.close();
    }
  }

  it('holds the same counts after loading twice, because every write is an upsert by stable id', async () => {
    const first = await loadOnce();
    const second = await loadOnce();

    expect(first).toEqual({
      nodes: 438,
      relationships: 898,
      nodesByKind: {
        // curated entities
        Enterprise: 79,
        Entrepreneur: 23,
        Craftsman: 35,
        HeritageSite: 34,
        Museum: 30,
        TourismSite: 16,
        Technique: 80,
        Story: 17,
        Place: 23,
        // reuse projects derived from CONVERTED_TO
        Project: 7,
        // the two provinces' plans and the national plan they implement
        PolicyDocument: 3,
        PolicySection: 12,
        PolicyTask: 30,
        Department: 14,
        Target: 7,
        Award: 9,
        Theme: 19,
      },
      relationshipsByType: expect.objectContaining({
        PART_OF: 21 + 42,
        LEADS: 16,
        PARTICIPATES_IN: 24,
        RESPONSIBLE_PER_DUTY: 5,
        JOINTLY_RESPONSIBLE: 7,
        ISSUED_BY: 7,
        IMPLEMENTS: 2,
        HAS_TARGET: 7,
        ADDRESSES: 47,
        SIMILAR_TO: 14,
        LOCATED_IN: 154,
        FOUNDED: 30,
        REUSES: 7,
        RESULTED_IN: 7,
        // 18 named by the policy texts, 92 found by entity linking in stories and profiles
        MENTIONS: 18 + 92,
      }),
    });
    expect(second).toEqual(first);
  });

  it('reads back 人社厅 of task 10 as the one 江苏省人力资源和社会保障厅 node', async () => {
    await loadOnce();
    const store = await createEmbeddedGraphStore({ dataDir, bufferPoolBytes: BUFFER_POOL_BYTES, readOnly: true });
    try {
      const leads = await store.getRelationships({
        nodeIds: ['policy-jiangsu-2021-2025-t10'],
        direction: 'in',
        types: ['LEADS'],
      });
      expect(leads.map((r) => [r.from, r.properties.asWritten, r.properties.order]).sort()).toEqual([
        ['dept-js-human-resources-social-security', '人社厅', 2],
        ['dept-js-industry-it', '省工信厅', 1],
      ]);
      const [department] = await store.getNodes(['dept-js-human-resources-social-security']);
      expect(department).toMatchObject({ name: '江苏省人力资源和社会保障厅', aliases: ['省人社厅', '人社厅'] });
    } finally {
      await store.close();
    }
  });
});
