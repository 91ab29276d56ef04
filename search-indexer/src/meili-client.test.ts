import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeiliClient, type MeiliClient } from './meili-client.ts';
import { startMeilisearch, type MeilisearchServer } from './meili-server.ts';
import { SearchEngineError } from './search-engine-error.ts';

const SECRET = 'redaction-canary-0123456789abcdefghijklmnopqrstuvwxyz';

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 9;
}

async function failureOf(promise: Promise<unknown>): Promise<SearchEngineError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(SearchEngineError);
    return error as SearchEngineError;
  }
  throw new Error('expected a failure');
}

function expectNoSecret(error: SearchEngineError): void {
  const printed = [
    inspect(error, { depth: 10 }),
    inspect(error, { depth: 10, showHidden: true }),
    String(error),
    error.stack ?? '',
    JSON.stringify(error),
  ].join('\n');
  expect(printed).not.toContain(SECRET);
  expect(printed.toLowerCase()).not.toContain('bearer');
}

describe('createMeiliClient against a real Meilisearch', () => {
  let dataDir: string;
  let server: MeilisearchServer;
  let client: MeiliClient;
  const uid = `client_test_${process.pid}_${Date.now()}`;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'icg-meili-client-'));
    server = await startMeilisearch({ dataDir });
    client = createMeiliClient({ url: server.url, apiKey: server.masterKey });
  });

  afterAll(async () => {
    await client?.deleteIndex(uid).catch(() => undefined);
    await client?.close();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('creates an index, adds, searches, deletes documents and swaps indexes', async () => {
    await client.waitForTask(await client.createIndex(uid, { primaryKey: 'id' }));
    expect((await client.getIndex(uid)).primaryKey).toBe('id');
    await client.waitForTask(await client.updateSettings(uid, { filterableAttributes: ['tag'] }));
    expect((await client.getSettings(uid)).filterableAttributes).toEqual(['tag']);

    await client.waitForTask(
      await client.addOrReplaceDocuments(uid, [
        { id: 'a', text: 'industrial heritage', tag: 'x' },
        { id: 'b', text: 'craft technique', tag: 'y' },
      ]),
    );
    expect((await client.getIndexStats(uid)).numberOfDocuments).toBe(2);
    expect(await client.getDocument(uid, 'a')).toEqual({ id: 'a', text: 'industrial heritage', tag: 'x' });
    const found = await client.search<{ id: string }>(uid, { q: 'heritage', filter: 'tag = x' });
    expect(found.hits.map((hit) => hit.id)).toEqual(['a']);
    const multi = await client.multiSearch<{ id: string }>([
      { indexUid: uid, q: 'heritage' },
      { indexUid: uid, q: 'craft' },
    ]);
    expect(multi.results.map((result) => result.hits[0]?.id)).toEqual(['a', 'b']);

    await client.waitForTask(await client.deleteDocuments(uid, ['b']));
    expect((await client.getIndexStats(uid)).numberOfDocuments).toBe(1);

    const other = `${uid}_next`;
    await client.waitForTask(await client.createIndex(other, { primaryKey: 'id' }));
    await client.waitForTask(await client.swapIndexes([[uid, other]]));
    expect((await client.getIndexStats(other)).numberOfDocuments).toBe(1);
    expect((await client.getIndexStats(uid)).numberOfDocuments).toBe(0);
    await client.waitForTask(await client.deleteIndex(other));
  });

  it('maps a 4xx to SEARCH_REQUEST_FAILED with Meilisearch’s code', async () => {
    const error = await failureOf(client.getIndex('no_such_index_here'));
    expect(error).toMatchObject({ code: 'SEARCH_REQUEST_FAILED', status: 404, meiliCode: 'index_not_found' });
  });

  it('rejects a failed task with its error code', async () => {
    const task = await client.createIndex(uid, { primaryKey: 'id' });
    const error = await failureOf(client.waitForTask(task));
    expect(error).toMatchObject({ code: 'SEARCH_REQUEST_FAILED', meiliCode: 'index_already_exists' });
  });

  it('gives up on a task after its timeout, unless asked to wait while Meilisearch is processing', async () => {
    // Enough documents that indexing them outlasts a 20 ms timeout many times over.
    const documents = Array.from({ length: 20_000 }, (_, i) => ({ id: `d${i}`, text: `文档 ${i} 工业遗产 纱厂` }));
    const bulk = `${uid}_bulk`;
    try {
      const first = await client.addOrReplaceDocuments(bulk, documents, { primaryKey: 'id' });
      const error = await failureOf(client.waitForTask(first, { timeoutMs: 20 }));
      expect(error).toMatchObject({ code: 'SEARCH_UNAVAILABLE' });
      expect(error.message).toMatch(/still (enqueued|processing) after 20 ms/);

      const second = await client.addOrReplaceDocuments(bulk, documents, { primaryKey: 'id' });
      const done = await client.waitForTask(second, { timeoutMs: 20, whileProcessing: true });
      expect(done.status).toBe('succeeded');
    } finally {
      await client.waitForTask(await client.deleteIndex(bulk), { timeoutMs: 120_000, whileProcessing: true });
    }
  });

  it('does not echo a wrong key', async () => {
    const wrong = createMeiliClient({ url: server.url, apiKey: SECRET });
    try {
      const error = await failureOf(wrong.version());
      expect(error).toMatchObject({ code: 'SEARCH_REQUEST_FAILED', status: 403, meiliCode: 'invalid_api_key' });
      expectNoSecret(error);
    } finally {
      await wrong.close();
    }
  });
});

describe('createMeiliClient when Meilisearch cannot be reached', () => {
  let silent: Server;
  const sockets = new Set<Socket>();
  let silentPort: number;

  beforeAll(async () => {
    // Accepts connections and never answers: the shape of a hung server.
    silent = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    silentPort = typeof address === 'object' && address ? address.port : 0;
  });

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it.each([
    ['the discard port', async () => 'http://127.0.0.1:9'],
    ['a closed port', async () => `http://127.0.0.1:${await closedPort()}`],
  ])('answers SEARCH_UNAVAILABLE for %s, without the key', async (_label, url) => {
    const client = createMeiliClient({ url: await url(), apiKey: SECRET });
    try {
      const error = await failureOf(client.search('entities', { q: '工业遗产' }));
      expect(error.code).toBe('SEARCH_UNAVAILABLE');
      expect(error.message).toMatch(/ECONNREFUSED/);
      expect(error.cause).toBeInstanceOf(Error);
      expectNoSecret(error);
    } finally {
      await client.close();
    }
  });

  it('answers SEARCH_UNAVAILABLE on a timeout, without the key', async () => {
    const client = createMeiliClient({ url: `http://127.0.0.1:${silentPort}`, apiKey: SECRET, timeoutMs: 300 });
    try {
      const started = performance.now();
      const error = await failureOf(client.health());
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(error.code).toBe('SEARCH_UNAVAILABLE');
      expect(error.message).toMatch(/no answer within 300 ms/);
      expectNoSecret(error);
    } finally {
      await client.close();
    }
  });
});
