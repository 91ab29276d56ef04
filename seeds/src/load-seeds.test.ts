import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbeddedGraphStore, type GraphStore } from '@icg/graph';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSeeds } from './load-seeds.ts';

type WriteCall = { method: 'upsertNodes' | 'upsertRelationships'; size: number };

/** The real embedded store, with its write calls recorded on the way through. */
function recordWrites(store: GraphStore): { store: GraphStore; calls: WriteCall[] } {
  const calls: WriteCall[] = [];
  const recorded = Object.create(store) as GraphStore;
  recorded.upsertNodes = (batch) => {
    calls.push({ method: 'upsertNodes', size: batch.length });
    return store.upsertNodes(batch);
  };
  recorded.upsertRelationships = (batch) => {
    calls.push({ method: 'upsertRelationships', size: batch.length });
    return store.upsertRelationships(batch);
  };
  return { store: recorded, calls };
}

describe('loadSeeds', () => {
  let dataDir: string;
  let real: GraphStore;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'icg-load-seeds-'));
    real = await createEmbeddedGraphStore({ dataDir, bufferPoolBytes: 64 * 1024 * 1024 });
    await real.ensureSchema();
  });
  afterEach(async () => {
    await real.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writes the parsed Jiangsu task division: all nodes first, then the relationships between them', async () => {
    const { store, calls } = recordWrites(real);
    const summary = await loadSeeds(store);

    expect(summary.nodes).toBe(24);
    expect(summary.relationships).toBe(68);
    expect(summary.noise.map((noise) => noise.kind)).toContain('docx-bookmark');
    expect(calls.map((call) => call.method)).toEqual(['upsertNodes', 'upsertRelationships']);
    expect(await real.counts()).toMatchObject({ nodes: 24, relationships: 68 });
  });

  it('writes in batches of batchSize and reports progress per phase after each batch', async () => {
    const { store, calls } = recordWrites(real);
    const progress: [number, number, string][] = [];
    await loadSeeds(store, { batchSize: 10, onProgress: (done, total, phase) => progress.push([done, total, phase]) });

    expect(calls).toEqual([
      { method: 'upsertNodes', size: 10 },
      { method: 'upsertNodes', size: 10 },
      { method: 'upsertNodes', size: 4 },
      ...[10, 10, 10, 10, 10, 10, 8].map((size) => ({ method: 'upsertRelationships', size })),
    ]);
    expect(progress).toEqual([
      [10, 24, 'nodes'],
      [20, 24, 'nodes'],
      [24, 24, 'nodes'],
      [10, 68, 'relationships'],
      [20, 68, 'relationships'],
      [30, 68, 'relationships'],
      [40, 68, 'relationships'],
      [50, 68, 'relationships'],
      [60, 68, 'relationships'],
      [68, 68, 'relationships'],
    ]);
  });

  it('leaves every node and relationship as it was when run again', async () => {
    await loadSeeds(real);
    const ids = (await real.findNodes({ first: 100 })).map((n) => n.id);
    const before = { nodes: await real.getNodes(ids), rels: await real.getRelationships({ nodeIds: ids, direction: 'out' }) };
    await loadSeeds(real);
    const after = { nodes: await real.getNodes(ids), rels: await real.getRelationships({ nodeIds: ids, direction: 'out' }) };
    expect(after).toEqual(before);
    expect(await real.counts()).toMatchObject({ nodes: 24, relationships: 68 });
  });

  it('refuses a batch size that is not a positive integer, before writing anything', async () => {
    const { store, calls } = recordWrites(real);
    await expect(loadSeeds(store, { batchSize: 0 })).rejects.toThrow(RangeError);
    expect(calls).toEqual([]);
    expect((await real.counts()).nodes).toBe(0);
  });
});
