import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSyntheticGraph } from '../../cli/synthetic-graph.ts';
import { isGraphStoreError } from '../../graph-store-error.ts';
import type { GraphStore } from '../../graph-store.ts';
import type { GraphNode, GraphRelationship } from '../../model/graph-records.ts';
import { createEmbeddedGraphStore } from './create-embedded-graph-store.ts';

const BUFFER_POOL_BYTES = 128 * 1024 * 1024;

function node(id: string, extra: Partial<GraphNode> = {}): GraphNode {
  return {
    id,
    kind: 'Enterprise',
    name: id,
    aliases: [],
    province: null,
    city: null,
    description: null,
    properties: {},
    sources: [{ document: 'test' }],
    ...extra,
  };
}

describe('embedded bulk load (COPY FROM)', () => {
  let dataDir: string;
  let bulkTempDir: string;
  let store: GraphStore;

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'icg-graph-bulk-'));
    bulkTempDir = path.join(dataDir, 'bulk-temp');
    await mkdir(bulkTempDir);
    store = await createEmbeddedGraphStore({ dataDir, bufferPoolBytes: BUFFER_POOL_BYTES, bulkTempDir });
    await store.ensureSchema();
  });

  afterEach(async () => {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('copies 5,000 nodes and 25,000 relationships into an empty store, and a re-run adds nothing', async () => {
    const graph = createSyntheticGraph({ nodes: 5_000, relationships: 25_000 });

    const first = await store.bulkLoad(graph);
    expect(first).toEqual({
      method: 'copy',
      nodes: { copied: 5_000, upserted: 0, unchanged: 0 },
      relationships: { copied: 25_000, upserted: 0, unchanged: 0 },
    });
    const counts = await store.counts();
    expect(counts.nodes).toBe(5_000);
    expect(counts.relationships).toBe(25_000);
    expect(counts.relationshipsByType).toEqual({ GROUPED_WITH: 25_000 });
    const sample = [0, 1, 2_500, 4_999].map((index) => graph.nodes[index]!);
    expect(await store.getNodes(sample.map((n) => n.id))).toEqual(sample);

    const second = await store.bulkLoad(graph);
    expect(second).toEqual({
      method: 'copy',
      nodes: { copied: 0, upserted: 0, unchanged: 5_000 },
      relationships: { copied: 0, upserted: 0, unchanged: 25_000 },
    });
    expect(await store.counts()).toEqual(counts);
    // The temporary CSV files are removed again.
    expect(await readdir(bulkTempDir)).toEqual([]);
  });

  it('COPY appends to tables that already hold data (LadybugDB 0.19.1), copying only the new ids', async () => {
    await store.upsertNodes([node('stored-a'), node('stored-b')]);
    await store.upsertRelationships([
      { id: 'stored-rel', type: 'GROUPED_WITH', from: 'stored-a', to: 'stored-b', properties: {}, sources: [] },
    ]);
    const result = await store.bulkLoad({
      nodes: [node('stored-a'), node('stored-b', { name: 'renamed' }), node('new-c'), node('new-d')],
      relationships: [
        { id: 'stored-rel', type: 'GROUPED_WITH', from: 'stored-a', to: 'stored-b', properties: {}, sources: [] },
        { id: 'new-rel', type: 'GROUPED_WITH', from: 'new-c', to: 'stored-a', properties: {}, sources: [] },
      ],
    });
    expect(result.nodes).toEqual({ copied: 2, upserted: 1, unchanged: 1 });
    expect(result.relationships).toEqual({ copied: 1, upserted: 0, unchanged: 1 });
    const counts = await store.counts();
    expect([counts.nodes, counts.relationships]).toEqual([4, 2]);
    expect((await store.getNodes(['stored-b']))[0]?.name).toBe('renamed');
  });

  it('text survives the CSV file exactly: quotes, commas, backslashes, line breaks, astral characters', async () => {
    const hostile = [
      '引号 "x", 逗号',
      'back\\slash\\',
      'CR\r\nLF\nCR\r',
      '\t制表',
      '𠀀🙂',
      "it's",
      '[1,2]',
      '{"a":1}',
      'NULL',
    ];
    const nodes = hostile.map((text, index) =>
      node(`hostile-${index}-${text}`, {
        name: text,
        aliases: [text, 'b'],
        province: text,
        city: text,
        description: text,
        properties: { text, json: '{"nested":"\\"q\\""}' },
        sources: [{ document: text, locator: text }],
      }),
    );
    const relationships: GraphRelationship[] = nodes.slice(1).map((n, index) => ({
      id: `hostile-rel-${index}-${hostile[index]}`,
      type: 'MENTIONS',
      from: n.id,
      to: nodes[0]!.id,
      properties: { text: hostile[index]! },
      sources: [{ document: hostile[index]! }],
    }));
    const result = await store.bulkLoad({ nodes, relationships });
    expect(result.nodes.copied).toBe(nodes.length);
    expect(await store.getNodes(nodes.map((n) => n.id))).toEqual(nodes);
    const stored = await store.findRelationships({ first: 100 });
    expect(stored).toEqual([...relationships].sort((a, b) => (a.id < b.id ? -1 : 1)));
  });

  it('writes rows COPY would alter the normal way: empty text (read back as NULL) and odd aliases', async () => {
    const nodes = [
      node('empty-description', { description: '' }),
      node('empty-alias', { aliases: [''] }),
      node('separator-alias', { aliases: ['a\u001fb'] }),
      node('plain'),
    ];
    const result = await store.bulkLoad({ nodes, relationships: [] });
    expect(result.nodes).toEqual({ copied: 1, upserted: 3, unchanged: 0 });
    expect(await store.getNodes(nodes.map((n) => n.id))).toEqual(nodes);
  });

  it('is one transaction: when a statement of the load fails (here the bulk timeout interrupts it), nothing remains', async () => {
    await store.close();
    store = await createEmbeddedGraphStore({ dataDir, bufferPoolBytes: BUFFER_POOL_BYTES, bulkQueryTimeoutMs: 1 });
    await store.upsertNodes([node('kept')]);
    const graph = createSyntheticGraph({ nodes: 5_000, relationships: 25_000 });
    const failure = await store.bulkLoad(graph).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(isGraphStoreError(failure) && failure.code).toBe('QUERY_FAILED');
    expect((failure as Error).message).toContain('Interrupted');
    const counts = await store.counts();
    expect([counts.nodes, counts.relationships]).toEqual([1, 0]);
    // The store still works, with its ordinary statement timeout back.
    await store.upsertNodes([node('after')]);
    expect((await store.getNodes(['after']))[0]?.id).toBe('after');
  });

  it('reports progress for each phase up to its total', async () => {
    const graph = createSyntheticGraph({ nodes: 120, relationships: 300 });
    const events: string[] = [];
    await store.bulkLoad({ ...graph, onProgress: (phase, done, total) => events.push(`${phase} ${done}/${total}`) });
    expect(events).toEqual([
      'check 0/420',
      'check 120/420',
      'check 420/420',
      'nodes 0/120',
      'nodes 120/120',
      'relationships 0/300',
      'relationships 300/300',
    ]);
  });
});
