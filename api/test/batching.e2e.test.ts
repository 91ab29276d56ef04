import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTraversal, type GraphStore } from '@icg/graph';
import { GRAPH_BACKENDS, openTestGraphStore } from '@icg/graph/test-graph-stores';
import {
  createMeiliClient,
  createSearchIndex,
  createSegmenter,
  startMeilisearch,
  type MeiliClient,
  type MeilisearchServer,
} from '@icg/search-indexer';
import { loadSeeds } from '@icg/seeds';
import { graphql, makeTempDataDir } from '@icg/api/testing';
import { createApi } from '../src/create-api.ts';
import { createLogger } from '../src/logger.ts';

/**
 * The real embedded store, wrapped so every call of a port method is counted: one call is one
 * store round trip, whatever the method.
 */
function countingStore(store: GraphStore) {
  const calls = new Map<string, number>();
  const counted = new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.set(String(property), (calls.get(String(property)) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: counted, calls };
}

const PAGE_WITH_RELATIONSHIPS = /* GraphQL */ `
  query PageWithRelationships($first: Int!) {
    entities(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          sources {
            document
          }
          # A few per entity: a page of 100 entities with 50 relationships each would cost 56,000.
          relationships(first: 5) {
            type
            from {
              name
            }
            to {
              name
            }
            sources {
              document
            }
          }
        }
      }
    }
  }
`;

interface Page {
  entities: {
    totalCount: number;
    edges: {
      node: {
        id: string;
        name: string;
        sources: unknown[];
        relationships: { from: { name: string }; to: { name: string }; sources: unknown[] }[];
      };
    }[];
  };
}

describe.each(GRAPH_BACKENDS)('DataLoader batching, on the %s graph store', (backend) => {
  let dataDir: string;
  let graph: GraphStore;
  let meiliServer: MeilisearchServer;
  let meili: MeiliClient;
  let server: Server;
  let url: string;
  let calls: Map<string, number>;

  beforeAll(async () => {
    dataDir = await makeTempDataDir('icg-batching-');
    graph = await openTestGraphStore(backend, join(dataDir, 'graph'));
    await graph.ensureSchema();
    await loadSeeds(graph);
    meiliServer = await startMeilisearch({ dataDir: join(dataDir, 'meili') });
    meili = createMeiliClient({ url: meiliServer.url, apiKey: meiliServer.masterKey });
    const searchIndex = createSearchIndex({ client: meili, segmenter: await createSegmenter(), uid: 'batching' });
    await searchIndex.ensure();

    const counting = countingStore(graph);
    calls = counting.calls;
    const api = createApi({
      graph: withTraversal(counting.store),
      searchIndex,
      logger: createLogger(() => {}),
      pingSearch: async () => {
        await meili.health();
      },
    });
    server = createServer(api.requestListener);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 180_000);

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await meili?.close();
    await meiliServer?.stop();
    await graph?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  /** Runs the page query and reports the store calls it cost, by port method. */
  async function storeCallsFor(first: number) {
    calls.clear();
    const { body } = await graphql<Page>(url, PAGE_WITH_RELATIONSHIPS, { first });
    expect(body.errors).toBeUndefined();
    const edges = body.data!.entities.edges;
    return {
      calls: Object.fromEntries([...calls].sort(([a], [b]) => a.localeCompare(b))),
      total: [...calls.values()].reduce((sum, count) => sum + count, 0),
      entities: edges.length,
      relationships: edges.reduce((sum, edge) => sum + edge.node.relationships.length, 0),
    };
  }

  describe('DataLoader batching', () => {
    it('loads a page of entities with their relationships, ends and sources in four store calls, whatever the page size', async () => {
      const small = await storeCallsFor(10);
      const medium = await storeCallsFor(50);
      const large = await storeCallsFor(100);

      expect([small.entities, medium.entities, large.entities]).toEqual([10, 50, 100]);
      // Enough relationships that one load per entity or per end would show.
      expect(medium.relationships).toBeGreaterThan(50);
      expect(large.relationships).toBeGreaterThan(medium.relationships);

      const expected = { countNodes: 1, findNodes: 1, getNodes: 1, getRelationships: 1 };
      expect(small.calls).toEqual(expected);
      expect(medium.calls).toEqual(expected);
      expect(large.calls).toEqual(expected);
      expect(large.total).toBe(4);
    });

    it('names the ends of every relationship and keeps their sources', async () => {
      const { body } = await graphql<Page>(url, PAGE_WITH_RELATIONSHIPS, { first: 50 });
      const relationships = body.data!.entities.edges.flatMap((edge) => edge.node.relationships);
      expect(relationships.every((rel) => rel.from.name !== '' && rel.to.name !== '')).toBe(true);
      expect(relationships.every((rel) => rel.sources.length > 0)).toBe(true);
    });
  });
});
