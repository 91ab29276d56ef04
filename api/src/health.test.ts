import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphStore, type GraphStore } from '@icg/graph';
import { createMeiliClient } from '@icg/search-indexer';
import { checkHealth } from './health.ts';
// A free port is one nothing listens on: refusals there are real, not stubbed.
import { freePort } from './testing/test-service.ts';

describe('checkHealth', () => {
  let dataDir: string;
  let embedded: GraphStore;
  let pingDeadSearch: () => Promise<void>;
  const closers: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'icg-health-'));
    embedded = await createGraphStore({ backend: 'embedded', dataDir });
    await embedded.ensureSchema();
    const meili = createMeiliClient({ url: `http://127.0.0.1:${await freePort()}`, apiKey: 'master-key-not-to-show' });
    closers.push(() => meili.close());
    pingDeadSearch = async () => {
      await meili.health();
    };
  });

  afterAll(async () => {
    for (const close of closers) await close();
    await embedded?.close().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('names the search engine when only it is down, with its reason and without its key', async () => {
    const report = await checkHealth({ graph: embedded, pingSearch: pingDeadSearch });
    expect(report).toMatchObject({
      status: 'unavailable',
      graph: { status: 'up', backend: 'embedded' },
      search: { status: 'down', error: expect.stringContaining('ECONNREFUSED') },
    });
    expect(JSON.stringify(report)).not.toContain('master-key-not-to-show');
  });

  it('names the graph too when a Neo4j server does not answer, within the 2 s health budget and without the password', async () => {
    const neo4j = await createGraphStore({
      backend: 'neo4j',
      uri: `bolt://neo4j:hunter2@127.0.0.1:${await freePort()}`,
      user: 'neo4j',
      password: 'hunter2',
      database: 'neo4j',
    });
    closers.push(() => neo4j.close());
    const startedAt = performance.now();
    const report = await checkHealth({ graph: neo4j, pingSearch: pingDeadSearch });
    // Probed in parallel: the slower probe (the driver retries for 5 s) is cut off by the health budget.
    expect(performance.now() - startedAt).toBeLessThan(3_000);
    expect(report).toMatchObject({
      status: 'unavailable',
      graph: { status: 'down', backend: 'neo4j', error: 'no answer within 2000 ms' },
      search: { status: 'down' },
    });
    expect(JSON.stringify(report)).not.toContain('hunter2');
  });
});
