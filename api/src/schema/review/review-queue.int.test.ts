import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphNode, GraphRelationship, GraphStore, Source } from '@icg/graph';
import { GRAPH_BACKENDS, openTestGraphStore } from '@icg/graph/test-graph-stores';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewSortKey } from './review-order.ts';
import { createReviewQueue } from './review-queue.ts';

const PRESS = { url: 'http://www.xinhuanet.com/2020-01/01/c_1.htm' };
const REPOST = { url: 'https://p2.ttnews.xyz/amp/5ea35defdc9b5e51b9b22372' };
const VERIFIED = { status: 'verified', by: '王', at: '2026-12-01T00:00:00.000Z', source: PRESS };
const DISPUTED = { status: 'disputed', by: '王', at: '2026-12-02T00:00:00.000Z', note: '年份不一' };

function node(id: string, kind: GraphNode['kind'], sources: Source[], properties: GraphNode['properties'] = {}) {
  return { id, kind, name: id, aliases: [], province: '江苏', city: null, description: null, properties, sources };
}

const NODES: GraphNode[] = [
  node('q-repost', 'HeritageSite', [REPOST]),
  node('q-press', 'HeritageSite', [PRESS]),
  node('q-imported', 'Museum', [PRESS], { importedAt: '2026-12-01T08:00:00.000Z' }),
  node('q-disputed', 'Enterprise', [PRESS], { verification: DISPUTED }),
  node('q-verified', 'Entrepreneur', [REPOST], { verification: VERIFIED }),
  // The documents' own structure and curators' narratives are not facts to check.
  node('q-task', 'PolicyTask', [REPOST]),
  node('q-narrative', 'Narrative', []),
];
const FOUNDED: GraphRelationship = {
  id: 'q-verified|FOUNDED|q-disputed',
  type: 'FOUNDED',
  from: 'q-verified',
  to: 'q-disputed',
  properties: {},
  sources: [PRESS],
};

describe.each(GRAPH_BACKENDS)('the review queue over the %s graph store', (backend) => {
  let store: GraphStore;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'icg-review-queue-'));
    store = await openTestGraphStore(backend, dataDir);
    await store.ensureSchema();
    await store.upsertGraph({ nodes: NODES, relationships: [FOUNDED] });
  });
  afterAll(async () => {
    await store?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('lists the facts needing a curator in queue order, with counts, page by page', async () => {
    const queue = createReviewQueue(store);
    const first = await queue.page({ first: 2 });
    expect(first.entries.map((entry) => entry.id)).toEqual(['q-repost', 'q-disputed']);
    expect(first).toMatchObject({
      totalCount: 5,
      hasNextPage: true,
      counts: { 'repost-only': 1, disputed: 1, imported: 1, unverified: 2 },
    });
    const rest = await queue.page({ first: 10, after: reviewSortKey(first.entries[1]!) });
    expect(rest.entries.map((entry) => entry.id)).toEqual(['q-imported', 'q-press', FOUNDED.id]);
    const relationships = await queue.page({ first: 10, filter: { fact: 'relationship' } });
    expect(relationships.entries.map((entry) => entry.id)).toEqual([FOUNDED.id]);
  });

  it('re-reads only the entities it is told changed, with their outgoing relationships', async () => {
    const queue = createReviewQueue(store);
    await queue.page({ first: 1 });
    await store.upsertNodes([{ ...NODES[0]!, properties: { verification: VERIFIED } }]);
    await store.upsertRelationships([{ ...FOUNDED, properties: { verification: VERIFIED } }]);
    // Not told yet: the index is what it was, which is why every curator write notifies it.
    expect((await queue.page({ first: 10 })).entries.map((entry) => entry.id)).toContain('q-repost');
    queue.markChanged(['q-repost', 'q-verified']);
    const after = await queue.page({ first: 10 });
    expect(after.entries.map((entry) => entry.id)).toEqual(['q-disputed', 'q-imported', 'q-press']);
    // A queue made afresh, or one past its rescan age, reads the same from the graph.
    const rescanned = createReviewQueue(store, { rescanAfterMs: 0 });
    expect((await rescanned.page({ first: 10 })).entries.map((entry) => entry.id)).toEqual([
      'q-disputed',
      'q-imported',
      'q-press',
    ]);
  });
});
