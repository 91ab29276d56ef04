import { appendFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedGraphStore, type GraphNode, type GraphStore } from '@icg/graph';
import { entityUid } from '../entity-documents.ts';
import { createMeiliClient, type MeiliClient } from '../meili-client.ts';
import { startMeilisearch, type MeilisearchServer } from '../meili-server.ts';
import { createSearchIndex, type SearchIndex } from '../search-index.ts';
import { createSegmenter, type Segmenter } from '../segmenter.ts';
import { createScopedIndexes, INDEX_SCOPES, type ScopedIndexes } from '../index-graph.ts';
import { createIndexSync } from './create-index-sync.ts';
import { createIndexOutbox } from './index-outbox.ts';

function story(id: string, name: string, kind: GraphNode['kind'] = 'Story'): GraphNode {
  return {
    id,
    kind,
    name,
    aliases: [],
    province: null,
    city: null,
    description: null,
    properties: {},
    sources: [],
  };
}

describe('createIndexSync', () => {
  let dir: string;
  let segmenter: Segmenter;
  let store: GraphStore;
  let server: MeilisearchServer;
  let client: MeiliClient;
  let uidCount = 0;
  const indexes: SearchIndex[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'icg-sync-'));
    segmenter = await createSegmenter();
    store = await createEmbeddedGraphStore({ dataDir: join(dir, 'graph'), bufferPoolBytes: 64 * 1024 * 1024 });
    await store.ensureSchema();
    server = await startMeilisearch({ dataDir: join(dir, 'search') });
    client = createMeiliClient({ url: server.url, apiKey: server.masterKey });
  });

  afterAll(async () => {
    for (const index of indexes) await index.drop().catch(() => undefined);
    await client?.close();
    await server?.stop();
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** A fresh, empty index on the real Meilisearch, so each case sees only its own documents. */
  async function freshIndex(): Promise<SearchIndex> {
    uidCount += 1;
    const index = createSearchIndex({ client, segmenter, uid: `sync_test_${process.pid}_${uidCount}` });
    await index.ensure();
    indexes.push(index);
    return index;
  }

  /** Fresh, empty indexes of every scope, unique to the case. */
  async function freshScopedIndexes(): Promise<ScopedIndexes> {
    uidCount += 1;
    const prefix = `sync_test_${process.pid}_${uidCount}`;
    const scoped = createScopedIndexes({
      client,
      segmenter,
      uids: { all: `${prefix}_all`, stories: `${prefix}_stories`, profiles: `${prefix}_profiles` },
    });
    for (const scope of INDEX_SCOPES) {
      await scoped[scope].ensure();
      indexes.push(scoped[scope]);
    }
    return scoped;
  }

  const idsFound = async (index: SearchIndex, query: string) =>
    (await index.search({ query })).hits.map((hit) => hit.entityId).sort();

  it('notify writes the ids to the outbox file (mode 0600) before resolving', async () => {
    const outboxPath = join(dir, 'notify.jsonl');
    const sync = createIndexSync({ store, index: await freshIndex(), outboxPath });
    await sync.notify(['story-a', 'story-a', 'story-b']);
    expect(JSON.parse(await readFile(outboxPath, 'utf8'))).toMatchObject({ ids: ['story-a', 'story-b'] });
    expect((await stat(outboxPath)).mode & 0o777).toBe(0o600);
  });

  it('a drain indexes nodes that exist, deletes documents of nodes that are gone, then empties the outbox', async () => {
    const outboxPath = join(dir, 'drain.jsonl');
    const index = await freshIndex();
    await store.upsertNodes([story('sync-drain-kept', '状元办厂'), story('sync-drain-gone', '状元办学')]);
    const sync = createIndexSync({ store, index, outboxPath });
    await sync.notify(['sync-drain-kept', 'sync-drain-gone']);
    expect(await sync.drain()).toBe(2);
    expect(await idsFound(index, '状元')).toEqual(['sync-drain-gone', 'sync-drain-kept']);

    await store.deleteNodes(['sync-drain-gone']);
    await sync.notify(['sync-drain-gone']);
    await sync.notify(['sync-drain-kept']);
    expect(await sync.drain()).toBe(2);
    expect(await idsFound(index, '状元')).toEqual(['sync-drain-kept']);
    expect(await sync.outbox.read()).toEqual({ ids: [], bytes: 0, entries: [] });
  });

  it('keeps the scoped indexes current: a story goes into entities and stories, and leaves those it no longer belongs to', async () => {
    const outboxPath = join(dir, 'scoped.jsonl');
    const scoped = await freshScopedIndexes();
    await store.upsertNodes([
      story('sync-scope-story', '铁画匠人的故事'),
      story('sync-scope-site', '铁画馆', 'Museum'),
    ]);
    const sync = createIndexSync({ store, index: scoped, outboxPath });
    await sync.notify(['sync-scope-story', 'sync-scope-site']);
    await sync.drain();
    expect(await idsFound(scoped.all, '铁画')).toEqual(['sync-scope-site', 'sync-scope-story']);
    expect(await idsFound(scoped.stories, '铁画')).toEqual(['sync-scope-story']);
    expect(await idsFound(scoped.profiles, '铁画')).toEqual([]);

    // The story is recast as a craftsman's profile: it moves from stories to profiles and stays in entities.
    await store.upsertNodes([story('sync-scope-story', '铁画匠人储炎庆', 'Craftsman')]);
    await sync.notify(['sync-scope-story']);
    await sync.drain();
    expect(await idsFound(scoped.all, '铁画')).toEqual(['sync-scope-site', 'sync-scope-story']);
    expect(await idsFound(scoped.stories, '铁画')).toEqual([]);
    expect(await idsFound(scoped.profiles, '铁画')).toEqual(['sync-scope-story']);

    await store.deleteNodes(['sync-scope-story']);
    await sync.notify(['sync-scope-story']);
    await sync.drain();
    for (const scope of INDEX_SCOPES) {
      await expect(client.getDocument(scoped[scope].uid, entityUid('sync-scope-story'))).rejects.toMatchObject({
        meiliCode: 'document_not_found',
      });
    }
    expect(await idsFound(scoped.all, '铁画')).toEqual(['sync-scope-site']);
    expect(await idsFound(scoped.profiles, '铁画')).toEqual([]);
  });

  it('keeps the entries while Meilisearch is down, and syncs them once it is back (loop with backoff)', async () => {
    const outboxPath = join(dir, 'outage.jsonl');
    const index = await freshIndex();
    await store.upsertNodes([story('sync-outage', '南通纺织博物馆的故事')]);
    const port = Number(new URL(server.url).port);
    await server.stop();

    const errors: unknown[] = [];
    const sync = createIndexSync({ store, index, outboxPath, intervalMs: 10, onError: (e) => errors.push(e) });
    await sync.notify(['sync-outage']);
    await expect(sync.drain()).rejects.toMatchObject({ code: 'SEARCH_UNAVAILABLE' });
    sync.start();
    await expect.poll(() => errors.length, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    expect((await sync.outbox.read()).ids).toEqual(['sync-outage']);

    // Same data directory and port: the same master key and the same index come back, and the client reconnects.
    server = await startMeilisearch({ dataDir: join(dir, 'search'), port });
    await expect.poll(() => sync.outbox.read().then((o) => o.ids), { timeout: 15_000, interval: 100 }).toEqual([]);
    await sync.stop();
    expect(await idsFound(index, '纺织博物馆')).toEqual(['sync-outage']);
  });

  it('while a reindex holds it, keeps changes in the outbox, and syncs them as soon as the reindex settles', async () => {
    const outboxPath = join(dir, 'hold.jsonl');
    const index = await freshIndex();
    await store.upsertNodes([story('sync-hold-a', '张謇办厂'), story('sync-hold-b', '张謇办学')]);
    const sync = createIndexSync({ store, index, outboxPath, intervalMs: 10 });
    sync.start();

    let finishReindex!: () => void;
    const reindex = sync.holdWhile(() => new Promise<string>((resolve) => (finishReindex = () => resolve('swapped'))));
    await sync.notify(['sync-hold-a']);
    await new Promise((r) => setTimeout(r, 300));
    expect(await idsFound(index, '张謇')).toEqual([]);
    expect((await sync.outbox.read()).ids).toEqual(['sync-hold-a']);

    finishReindex();
    expect(await reindex).toBe('swapped');
    await expect.poll(() => idsFound(index, '张謇'), { timeout: 5000, interval: 50 }).toEqual(['sync-hold-a']);

    // A failed reindex releases the loop too.
    await expect(sync.holdWhile(() => Promise.reject(new Error('Meilisearch went away')))).rejects.toThrow('went away');
    await sync.notify(['sync-hold-b']);
    await expect
      .poll(() => idsFound(index, '张謇'), { timeout: 5000, interval: 50 })
      .toEqual(['sync-hold-a', 'sync-hold-b']);
    await sync.stop();
  });

  it('shared by two processes, removes only what each drained: an entry the other appended after a drain stays', async () => {
    const outboxPath = join(dir, 'shared.jsonl');
    const first = createIndexOutbox(outboxPath);
    const second = createIndexOutbox(outboxPath);
    await first.append(['shared-a']);
    const drainedByFirst = await first.read();
    // The second process drains the same entry meanwhile, then takes a new edit.
    await second.remove(await second.read());
    await second.append(['shared-b']);
    await first.remove(drainedByFirst);
    expect((await first.read()).ids).toEqual(['shared-b']);
  });

  it('loses no entry that other processes append while removals replace the file', async () => {
    const outboxPath = join(dir, 'concurrent.jsonl');
    const drainer = createIndexOutbox(outboxPath);
    const writers = [createIndexOutbox(outboxPath), createIndexOutbox(outboxPath)];
    const appended = Array.from({ length: 80 }, (_, i) => `concurrent-${i}`);
    const drained = new Set<string>();
    let writing = true;
    const drains = (async () => {
      while (writing) {
        const snapshot = await drainer.read();
        for (const id of snapshot.ids) drained.add(id);
        await drainer.remove(snapshot);
      }
    })();
    await Promise.all(
      writers.map(async (writer, k) => {
        for (let i = k; i < appended.length; i += writers.length) await writer.append([appended[i]!]);
      }),
    );
    writing = false;
    await drains;
    const left = new Set((await drainer.read()).ids);
    expect(appended.filter((id) => !drained.has(id) && !left.has(id))).toEqual([]);
  });

  it('removes only what was drained, keeps entries appended meanwhile, and skips a line torn by a crash', async () => {
    const outboxPath = join(dir, 'partial.jsonl');
    const outbox = createIndexOutbox(outboxPath);
    await outbox.append(['a']);
    const first = await outbox.read();
    await appendFile(outboxPath, '{"ids":["torn"');
    expect((await outbox.read()).ids).toEqual(['a']);
    await outbox.append(['b']);
    expect((await outbox.read()).ids).toEqual(['a', 'b']);
    await outbox.remove(first);
    expect((await outbox.read()).ids).toEqual(['b']);
  });
});
