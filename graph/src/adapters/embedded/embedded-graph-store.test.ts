import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isGraphStoreError, type GraphStoreErrorCode } from '../../graph-store-error.ts';
import type { GraphNode } from '../../model/graph-records.ts';
import { createEmbeddedGraphStore, EMBEDDED_DATABASE_FILE } from './create-embedded-graph-store.ts';

const BUFFER_POOL_BYTES = 64 * 1024 * 1024;
const graphPackageDir = fileURLToPath(new URL('../../..', import.meta.url));

function place(id: string, name = id): GraphNode {
  return {
    id,
    kind: 'Place',
    name,
    aliases: [],
    province: null,
    city: null,
    description: null,
    properties: {},
    sources: [],
  };
}

async function expectCode(action: Promise<unknown>, code: GraphStoreErrorCode): Promise<Error> {
  try {
    await action;
  } catch (error) {
    expect(isGraphStoreError(error) ? error.code : error).toBe(code);
    return error as Error;
  }
  throw new Error(`expected GraphStoreError ${code}`);
}

/**
 * LadybugDB's lock is per process, so the competing writer must be a real second process. It
 * opens the file with the engine directly and holds it until its stdin closes.
 */
async function holdWriteLockInChildProcess(databaseFile: string): Promise<ChildProcess> {
  const script = `
    import lbug from '@ladybugdb/core';
    const db = new lbug.Database(process.argv[1], ${BUFFER_POOL_BYTES}, true, false);
    await db.init();
    console.log('ready');
    process.stdin.resume();
    process.stdin.on('end', async () => { await db.close(); process.exit(0); });
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, databaseFile], {
    cwd: graphPackageDir,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
  expect(chunk.toString()).toContain('ready');
  return child;
}

describe('embedded graph store (LadybugDB)', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'icg-graph-embedded-'));
    const store = await createEmbeddedGraphStore({ dataDir, bufferPoolBytes: BUFFER_POOL_BYTES });
    await store.ensureSchema();
    await store.upsertNodes([place('nanjing', '南京'), place('suzhou', '苏州')]);
    await store.close();
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it(`keeps the database in one file, ${EMBEDDED_DATABASE_FILE}, inside DATA_DIR`, async () => {
    expect(await readdir(dataDir)).toContain(EMBEDDED_DATABASE_FILE);
  });

  it('keeps what was written across close and reopen', async () => {
    const store = await createEmbeddedGraphStore({ dataDir, bufferPoolBytes: BUFFER_POOL_BYTES });
    try {
      expect((await store.getNodes(['nanjing']))[0]?.name).toBe('南京');
    } finally {
      await store.close();
    }
  });

  describe('beside another process that holds DATA_DIR for writing', () => {
    let child: ChildProcess | undefined;

    afterEach(async () => {
      if (child && child.exitCode === null) {
        const exited = once(child, 'exit');
        child.stdin?.end();
        await exited;
      }
      child = undefined;
    });

    it('a read-write open fails with LOCKED and a message about DATA_DIR', async () => {
      child = await holdWriteLockInChildProcess(path.join(dataDir, EMBEDDED_DATABASE_FILE));
      const error = await expectCode(
        createEmbeddedGraphStore({ dataDir, bufferPoolBytes: BUFFER_POOL_BYTES }),
        'LOCKED',
      );
      expect(error.message).toContain(`DATA_DIR (${dataDir})`);
      expect(error.message).toContain('another process');
    });

    it('a read-only open works and reads the data', async () => {
      child = await holdWriteLockInChildProcess(path.join(dataDir, EMBEDDED_DATABASE_FILE));
      const reader = await createEmbeddedGraphStore({ dataDir, bufferPoolBytes: BUFFER_POOL_BYTES, readOnly: true });
      try {
        await reader.ensureSchema();
        expect((await reader.getNodes(['suzhou', 'nanjing'])).map((n) => n?.name)).toEqual(['苏州', '南京']);
        await expectCode(reader.upsertNodes([place('wuxi')]), 'QUERY_FAILED');
      } finally {
        await reader.close();
      }
    });
  });

  it('a read-only open of a DATA_DIR without a database fails with GRAPH_UNAVAILABLE', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'icg-graph-empty-'));
    try {
      await expectCode(createEmbeddedGraphStore({ dataDir: empty, readOnly: true }), 'GRAPH_UNAVAILABLE');
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('a read-only ensureSchema on a database without the tables fails with GRAPH_UNAVAILABLE', async () => {
    const bare = await mkdtemp(path.join(tmpdir(), 'icg-graph-bare-'));
    try {
      await (await createEmbeddedGraphStore({ dataDir: bare, bufferPoolBytes: BUFFER_POOL_BYTES })).close();
      const reader = await createEmbeddedGraphStore({
        dataDir: bare,
        bufferPoolBytes: BUFFER_POOL_BYTES,
        readOnly: true,
      });
      try {
        const error = await expectCode(reader.ensureSchema(), 'GRAPH_UNAVAILABLE');
        expect(error.message).toContain('Entity or RELATES');
      } finally {
        await reader.close();
      }
    } finally {
      await rm(bare, { recursive: true, force: true });
    }
  });

  it('runs concurrent calls one at a time, so none lands inside another call’s transaction', async () => {
    const store = await createEmbeddedGraphStore({ dataDir, bufferPoolBytes: BUFFER_POOL_BYTES });
    try {
      const ids = Array.from({ length: 40 }, (_, i) => `concurrent-${String(i).padStart(2, '0')}`);
      const failing = store.upsertRelationships([
        { id: 'dangling', type: 'PART_OF', from: 'nanjing', to: 'nowhere', properties: {}, sources: [] },
      ]);
      const calls = ids.flatMap((id) => [store.upsertNodes([place(id)]), store.getNodes([id]), store.counts()]);
      await expectCode(failing, 'DANGLING_RELATIONSHIP');
      await Promise.all(calls);
      expect((await store.getNodes(ids)).every((node) => node !== null)).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('close waits for calls already queued', async () => {
    const store = await createEmbeddedGraphStore({ dataDir, bufferPoolBytes: BUFFER_POOL_BYTES });
    const pending = store.upsertNodes([place('late-write')]);
    await store.close();
    await pending;
    const reopened = await createEmbeddedGraphStore({ dataDir, bufferPoolBytes: BUFFER_POOL_BYTES });
    try {
      expect((await reopened.getNodes(['late-write']))[0]?.id).toBe('late-write');
    } finally {
      await reopened.close();
    }
  });

  it('answers TOO_COSTLY when one call needs more than the buffer pool, and stays usable', async () => {
    const small = await createEmbeddedGraphStore({
      dataDir: path.join(dataDir, 'small-pool'),
      bufferPoolBytes: 8 * 1024 * 1024,
    });
    try {
      await small.ensureSchema();
      const nodes = Array.from({ length: 60_000 }, (_, i) => ({
        id: `pool-${i}`,
        kind: 'Place' as const,
        name: `缓冲池测试地点${i}`,
        aliases: [],
        province: null,
        city: null,
        description: '用于测量缓冲池上限的记录，'.repeat(8),
        properties: {},
        sources: [],
      }));
      await expectCode(small.bulkLoad({ nodes, relationships: [] }), 'TOO_COSTLY');
      expect((await small.counts()).nodes).toBe(0);
      await small.upsertNodes(nodes.slice(0, 10));
      expect((await small.counts()).nodes).toBe(10);
    } finally {
      await small.close();
    }
  });

  it('refuses a buffer pool size that is not a positive integer', async () => {
    await expectCode(createEmbeddedGraphStore({ dataDir, bufferPoolBytes: 0 }), 'INVALID_ARGUMENT');
  });
});
