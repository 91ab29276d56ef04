import { appendFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphNode, GraphStore } from '@icg/graph';
import type { EntityDocument } from '../entity-documents.ts';
import { createMeiliClient } from '../meili-client.ts';
import { createSearchIndex, type SearchIndex } from '../search-index.ts';
import { createSegmenter, type Segmenter } from '../segmenter.ts';
import { createIndexSync } from './create-index-sync.ts';
import { createIndexOutbox } from './index-outbox.ts';

function node(id: string, name: string): GraphNode {
  return {
    id,
    kind: 'Story',
    name,
    aliases: [],
    province: null,
    city: null,
    description: null,
    properties: {},
    sources: [],
  };
}

/** A graph holding `nodes`: only the reads the sync makes. */
function fakeStore(nodes: GraphNode[]): GraphStore {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return {
    getNodes: async (ids: readonly string[]) => ids.map((id) => byId.get(id) ?? null),
    getRelationships: async () => [],
  } as unknown as GraphStore;
}

/** An index that records what it is sent, and fails while `down` is true. */
function recordingIndex(segmenter: Segmenter) {
  const state = { down: false, upserted: [] as string[], deleted: [] as string[] };
  const index = {
    uid: 'recording',
    segmenter,
    async upsert(documents: readonly EntityDocument[]) {
      if (state.down) throw new Error('Meilisearch is down');
      state.upserted.push(...documents.map((d) => d.entityId));
      return null;
    },
    async delete(ids: readonly string[]) {
      if (state.down) throw new Error('Meilisearch is down');
      state.deleted.push(...ids);
    },
  } as unknown as SearchIndex;
  return { index, state };
}

describe('createIndexSync', () => {
  let dir: string;
  let segmenter: Segmenter;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'icg-sync-'));
    segmenter = await createSegmenter();
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('notify writes the ids to the outbox file (mode 0600) before resolving', async () => {
    const outboxPath = join(dir, 'notify.jsonl');
    const sync = createIndexSync({ store: fakeStore([]), index: recordingIndex(segmenter).index, outboxPath });
    await sync.notify(['story-a', 'story-a', 'story-b']);
    expect(JSON.parse(await readFile(outboxPath, 'utf8'))).toMatchObject({ ids: ['story-a', 'story-b'] });
    expect((await stat(outboxPath)).mode & 0o777).toBe(0o600);
  });

  it('a drain upserts nodes that exist, deletes documents of nodes that are gone, then empties the outbox', async () => {
    const outboxPath = join(dir, 'drain.jsonl');
    const { index, state } = recordingIndex(segmenter);
    const sync = createIndexSync({ store: fakeStore([node('story-a', '状元办厂')]), index, outboxPath });
    await sync.notify(['story-a']);
    await sync.notify(['story-gone', 'story-a']);
    expect(await sync.drain()).toBe(2);
    expect(state).toMatchObject({ upserted: ['story-a'], deleted: ['story-gone'] });
    expect(await sync.outbox.read()).toEqual({ ids: [], bytes: 0 });
  });

  it('keeps the entries when Meilisearch is unreachable, and syncs them once it answers (loop with backoff)', async () => {
    const outboxPath = join(dir, 'outage.jsonl');
    const unreachable = createSearchIndex({
      client: createMeiliClient({ url: 'http://127.0.0.1:9999', timeoutMs: 500 }),
      segmenter,
      uid: 'nowhere',
    });
    const store = fakeStore([node('story-a', '状元办厂')]);
    const down = createIndexSync({ store, index: unreachable, outboxPath });
    await down.notify(['story-a']);
    await expect(down.drain()).rejects.toMatchObject({ code: 'SEARCH_UNAVAILABLE' });
    expect((await down.outbox.read()).ids).toEqual(['story-a']);

    // A new process on the same outbox: the loop retries until the (recording) index comes back.
    const { index, state } = recordingIndex(segmenter);
    state.down = true;
    const errors: unknown[] = [];
    const sync = createIndexSync({ store, index, outboxPath, intervalMs: 10, onError: (e) => errors.push(e) });
    sync.start();
    await expect.poll(() => errors.length).toBeGreaterThanOrEqual(2);
    state.down = false;
    await expect.poll(() => state.upserted, { timeout: 2000 }).toEqual(['story-a']);
    await sync.stop();
    expect((await sync.outbox.read()).ids).toEqual([]);
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
    await outbox.remove(first.bytes);
    expect((await outbox.read()).ids).toEqual(['b']);
  });
});
