import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbeddedGraphStore, type GraphStore } from '@icg/graph';
// A development dependency only: judged sets are measured on exactly the graph the service loads.
import { loadSeeds } from '@icg/seeds';
import { createMeiliClient, type MeiliClient } from '../meili-client.ts';
import { startMeilisearch } from '../meili-server.ts';

export interface SeededSearch {
  /** The seeded graph, as the service loads it. */
  graph: GraphStore;
  /** Nodes the seeds loaded. */
  graphNodes: number;
  /** A private Meilisearch, empty, for the indexes a measurement builds. */
  client: MeiliClient;
}

/**
 * Runs `measure` against a fresh embedded graph loaded with the seeds and a private Meilisearch, checking first that
 * every id in `judgedIds` is a node of the graph; everything lives in a temporary directory removed afterwards.
 */
export async function withSeededSearch<T>(
  judgedIds: readonly string[],
  measure: (seeded: SeededSearch) => Promise<T>,
  step: (message: string) => void = () => {},
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'icg-relevance-'));
  const store = await createEmbeddedGraphStore({ dataDir: join(dir, 'graph'), bufferPoolBytes: 128 * 1024 * 1024 });
  try {
    step('Seeding an embedded graph');
    await store.ensureSchema();
    const seeded = await loadSeeds(store);
    const ids = [...new Set(judgedIds)];
    const known = new Set((await store.getNodes(ids)).flatMap((node) => (node ? [node.id] : [])));
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length > 0)
      throw new Error(`the judged set names entities the seeds do not hold: ${missing.join(', ')}`);

    step('Starting Meilisearch');
    const server = await startMeilisearch({ dataDir: join(dir, 'search') });
    const client = createMeiliClient({ url: server.url, apiKey: server.masterKey });
    try {
      return await measure({ graph: store, graphNodes: seeded.nodes, client });
    } finally {
      // The indexes go with the server's data directory.
      await client.close();
      await server.stop();
    }
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}
