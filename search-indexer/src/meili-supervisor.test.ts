import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeiliClient, type MeiliClient } from './meili-client.ts';
import { superviseMeilisearch, type SupervisedMeilisearch } from './meili-supervisor.ts';

async function until(condition: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the service’s own Meilisearch, supervised', () => {
  let dir: string;
  let server: SupervisedMeilisearch;
  let client: MeiliClient;
  const exits: { pid: number; signal: string | null }[] = [];
  const restarts: { pid: number; afterMs: number }[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'icg-meili-supervised-'));
    server = await superviseMeilisearch(
      { dataDir: dir },
      { onExit: (exit) => exits.push(exit), onRestart: (restart) => restarts.push(restart) },
    );
    client = createMeiliClient({ url: server.url, apiKey: server.masterKey });
    await client.waitForTask(await client.createIndex('kept', { primaryKey: 'uid' }));
    await client.waitForTask(await client.addOrReplaceDocuments('kept', [{ uid: 'a', name: '大生纱厂' }]));
  });
  afterAll(async () => {
    await client?.close();
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('comes back by itself on the same URL, key and data after being killed', async () => {
    const killed = server.pid;
    process.kill(killed, 'SIGKILL');
    await until(() => restarts.length === 1);

    expect(exits).toEqual([{ pid: killed, code: null, signal: 'SIGKILL' }]);
    expect(server.pid).not.toBe(killed);
    expect(await client.health()).toEqual({ status: 'available' });
    expect((await client.getIndexStats('kept')).numberOfDocuments).toBe(1);
    console.info(`[supervisor] Meilisearch answered again ${Math.round(restarts[0]!.afterMs)} ms after SIGKILL`);
  });

  it('is not started again once stopped', async () => {
    const last = server.pid;
    await server.stop();
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(isAlive(last)).toBe(false);
    expect(restarts).toHaveLength(1);
    await expect(client.health()).rejects.toMatchObject({ code: 'SEARCH_UNAVAILABLE' });
  });
});
