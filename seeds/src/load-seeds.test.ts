import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbeddedGraphStore, datasetVersion, readGraphSnapshot, type GraphStore } from '@icg/graph';
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

  it('writes the curated entities and both policy documents: all nodes first, then the relationships', async () => {
    const { store, calls } = recordWrites(real);
    const summary = await loadSeeds(store, { batchSize: 1000 });

    // curated records, the reuse projects they imply, policy
    expect(summary.nodes).toBe(337 + 7 + 94);
    // curated, the projects' links, policy, and the MENTIONS entity linking finds in stories and profiles
    expect(summary.relationships).toBe(602 + 15 + 189 + 92);
    expect(summary.entityLinking.mentions).toBe(92);
    expect(summary.noise.map((noise) => noise.kind)).toEqual(expect.arrayContaining(['docx-bookmark']));
    expect(summary.curatedIssues.every((issue) => issue.severity === 'warning')).toBe(true);
    expect(calls.map((call) => call.method)).toEqual(['upsertNodes', 'upsertRelationships']);
    expect(await real.counts()).toMatchObject({ nodes: summary.nodes, relationships: summary.relationships });
  });

  it('writes in batches of batchSize and reports progress per phase after each batch', async () => {
    const { store, calls } = recordWrites(real);
    const progress: [number, number, string][] = [];
    const summary = await loadSeeds(store, {
      batchSize: 100,
      onProgress: (done, total, phase) => progress.push([done, total, phase]),
    });

    const sizes = (method: string) => calls.filter((c) => c.method === method).map((c) => c.size);
    expect(sizes('upsertNodes')).toEqual([100, 100, 100, 100, 38]);
    expect(sizes('upsertRelationships')).toEqual([100, 100, 100, 100, 100, 100, 100, 100, 98]);
    expect(progress.filter(([, , phase]) => phase === 'nodes').map(([done]) => done)).toEqual([
      100, 200, 300, 400, 438,
    ]);
    expect(progress.at(-1)).toEqual([summary.relationships, summary.relationships, 'relationships']);
  });

  it('leaves every node and relationship as it was when run again', async () => {
    await loadSeeds(real);
    const ids = (await real.findNodes({ first: 1000 })).map((n) => n.id);
    const before = {
      nodes: await real.getNodes(ids),
      rels: await real.getRelationships({ nodeIds: ids, direction: 'out' }),
    };
    await loadSeeds(real);
    const after = {
      nodes: await real.getNodes(ids),
      rels: await real.getRelationships({ nodeIds: ids, direction: 'out' }),
    };
    expect(after).toEqual(before);
    expect(await real.counts()).toMatchObject({ nodes: 438, relationships: 898 });
  });

  it('names what it loaded by the dataset version of the records it wrote, the same on every run', async () => {
    const first = await loadSeeds(real);
    const second = await loadSeeds(real);
    const written = await readGraphSnapshot(real);

    expect(first.fingerprint).toMatch(/^icg1-sha256:[0-9a-f]{64}$/);
    expect(second.fingerprint).toBe(first.fingerprint);
    // The store holds exactly the seed records, so its dataset version is the seeds' fingerprint.
    expect(datasetVersion(written.nodes, written.relationships)).toBe(first.fingerprint);
  });

  it('refuses a batch size that is not a positive integer, before writing anything', async () => {
    const { store, calls } = recordWrites(real);
    await expect(loadSeeds(store, { batchSize: 0 })).rejects.toThrow(RangeError);
    expect(calls).toEqual([]);
    expect((await real.counts()).nodes).toBe(0);
  });
});
