import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clearIndexState,
  documentBuilderFingerprint,
  indexStaleness,
  INDEX_STATE_FILE,
  readIndexState,
  writeIndexState,
  type ExpectedIndexState,
  type IndexState,
} from './index-state.ts';
import { createMeiliClient, type MeiliClient } from './meili-client.ts';
import { startMeilisearch, type MeilisearchServer } from './meili-server.ts';
import { buildingIndexUid } from './reindex.ts';

describe('the record of what the live search indexes were built from', () => {
  let dir: string;
  let server: MeilisearchServer;
  let client: MeiliClient;
  const uids = { all: 'state-all', stories: 'state-stories', profiles: 'state-profiles' };
  let expected: ExpectedIndexState;
  let state: IndexState;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'icg-index-state-'));
    server = await startMeilisearch({ dataDir: join(dir, 'meili') });
    client = createMeiliClient({ url: server.url, apiKey: server.masterKey });
    for (const uid of Object.values(uids)) {
      await client.waitForTask(await client.createIndex(uid, { primaryKey: 'uid' }));
      await client.waitForTask(await client.addOrReplaceDocuments(uid, [{ uid: 'e1', name: '大生纱厂' }]));
    }
    expected = {
      builder: await documentBuilderFingerprint(),
      seeds: 'icg1-sha256:seeds',
      graphRevision: 'initial',
      engine: 'local',
      embedder: 'bge-small-zh-v15-q@test',
      uids,
    };
    state = {
      format: 1,
      ...expected,
      documentsByScope: { all: 1, stories: 1, profiles: 1 },
      terms: ['大生纱厂'],
      builtAt: '2026-11-24T00:00:00.000Z',
    };
  });
  afterAll(async () => {
    await client?.close();
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('fingerprints the document builder the same way every time, as a SHA-256', async () => {
    expect(await documentBuilderFingerprint()).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await documentBuilderFingerprint()).toBe(expected.builder);
  });

  it('is written whole and read back, with each name once; cleared, it is gone', async () => {
    const dataDir = join(dir, 'data');
    const { format: _format, ...written } = state;
    await writeIndexState(dataDir, { ...written, terms: ['大生纱厂', '张謇', '大生纱厂'] });
    expect(await readIndexState(dataDir)).toEqual({ ...state, terms: ['大生纱厂', '张謇'] });
    await clearIndexState(dataDir);
    expect(await readIndexState(dataDir)).toBeUndefined();
  });

  it('is not trusted when unreadable or of another format', async () => {
    const dataDir = join(dir, 'damaged');
    await writeIndexState(dataDir, state);
    await writeFile(join(dataDir, INDEX_STATE_FILE), '{"format":1,"terms":[');
    expect(await readIndexState(dataDir)).toBeUndefined();
    await writeFile(join(dataDir, INDEX_STATE_FILE), JSON.stringify({ ...state, format: 2 }));
    expect(await readIndexState(dataDir)).toBeUndefined();
    expect(JSON.parse(await readFile(join(dataDir, INDEX_STATE_FILE), 'utf8'))).toMatchObject({ format: 2 });
  });

  it('lets live indexes be reused only when everything they were built from is unchanged', async () => {
    expect(await indexStaleness(state, expected, client)).toBeUndefined();

    expect(await indexStaleness(undefined, expected, client)).toBe('no record of a finished build');
    expect(await indexStaleness({ ...state, builder: 'sha256:old' }, expected, client)).toBe(
      'the document builder, its dictionaries or settings changed',
    );
    expect(await indexStaleness({ ...state, seeds: 'icg1-sha256:older' }, expected, client)).toBe(
      'the seed data changed',
    );
    expect(await indexStaleness({ ...state, graphRevision: 'another' }, expected, client)).toBe(
      'the graph was written by another tool (an import)',
    );
    expect(await indexStaleness({ ...state, engine: 'http://10.0.0.9:7700' }, expected, client)).toBe(
      'the indexes were built in another Meilisearch (http://10.0.0.9:7700)',
    );
    // Vectors of one model are no use to a start with another, or with none; a start that gets the model back rebuilds.
    expect(await indexStaleness({ ...state, embedder: 'none' }, expected, client)).toBe(
      'the documents have no vectors of bge-small-zh-v15-q@test yet',
    );
    expect(await indexStaleness(state, { ...expected, embedder: 'none' }, client)).toBe(
      'the documents have vectors of a model this start does not have',
    );
    expect(await indexStaleness(state, { ...expected, uids: { ...uids, stories: 'other-stories' } }, client)).toBe(
      'the stories index is now other-stories, built as state-stories',
    );
  });

  it('is stale when the engine lost an index, emptied one, or holds the leftover of an interrupted rebuild', async () => {
    const leftover = buildingIndexUid(uids.profiles);
    await client.waitForTask(await client.createIndex(leftover, { primaryKey: 'uid' }));
    expect(await indexStaleness(state, expected, client)).toBe(`an interrupted reindex left ${leftover}`);
    await client.waitForTask(await client.deleteIndex(leftover));

    await client.waitForTask(await client.deleteDocuments(uids.stories, ['e1']));
    expect(await indexStaleness(state, expected, client)).toBe('the index state-stories is empty');

    await client.waitForTask(await client.deleteIndex(uids.all));
    expect(await indexStaleness(state, expected, client)).toBe('the index state-all is missing');
  });
});
