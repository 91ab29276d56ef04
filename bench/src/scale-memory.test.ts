import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphStore, type GraphStore } from '@icg/graph';
import { engineCacheKib } from './scale-memory.ts';

describe('engineCacheKib', () => {
  let dataDir: string;
  let store: GraphStore | undefined;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'icg-engine-cache-'));
  });
  afterAll(async () => {
    await store?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('finds no page cache in a process without the embedded engine open, nor in one that is gone', async () => {
    // Vitest's worker may already hold an engine from another file: a process of our own is checked instead.
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)'], { stdio: 'ignore' });
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await engineCacheKib(child.pid!)).toBeUndefined();
    } finally {
      child.kill();
    }
    expect(await engineCacheKib(2 ** 22 + 1)).toBeUndefined();
  });

  it('measures the resident pages of LadybugDB’s buffer pool once a database is open and read', async () => {
    store = await createGraphStore({ backend: 'embedded', dataDir, bufferPoolBytes: 64 * 1024 * 1024 });
    await store.ensureSchema();
    await store.counts();
    const kib = await engineCacheKib(process.pid);
    expect(kib).toBeGreaterThan(0);
    // Resident pages of the pool, never its reserved range.
    expect(kib!).toBeLessThan(64 * 1024);
  });
});
