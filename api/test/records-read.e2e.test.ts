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
import { API_LIMITS } from '../src/plugins/api-limits.ts';

/** Small enough that the province and its cities' relationships pass it; a person's page stays under it. */
const RECORDS_READ = 100;

/**
 * Priced 8,282 (under the cost limit), it reads the province's relationships, then those of each of its
 * cities (16 to 49 each on the seeds).
 */
const AROUND_THE_HUB = /* GraphQL */ `
  {
    entity(id: "province-jiangsu") {
      relationships(first: 90) {
        from {
          relationships(first: 90) {
            id
          }
        }
      }
    }
  }
`;

describe.each(GRAPH_BACKENDS)('records read per request, on the %s graph store', (backend) => {
  let dataDir: string;
  let graph: GraphStore;
  let meiliServer: MeilisearchServer;
  let meili: MeiliClient;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    dataDir = await makeTempDataDir('icg-records-read-');
    graph = await openTestGraphStore(backend, join(dataDir, 'graph'));
    await graph.ensureSchema();
    await loadSeeds(graph);
    meiliServer = await startMeilisearch({ dataDir: join(dataDir, 'meili') });
    meili = createMeiliClient({ url: meiliServer.url, apiKey: meiliServer.masterKey });
    const searchIndex = createSearchIndex({ client: meili, segmenter: await createSegmenter(), uid: 'records-read' });
    await searchIndex.ensure();
    const api = createApi({
      graph: withTraversal(graph),
      searchIndex,
      logger: createLogger(() => {}),
      pingSearch: async () => {
        await meili.health();
      },
      limits: { ...API_LIMITS, recordsRead: RECORDS_READ },
      rateLimit: { budgets: 'off' },
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

  it('stops reading past the limit, whatever the cost allowed, and says which limit with LIMIT_EXCEEDED', async () => {
    const { body } = await graphql(url, AROUND_THE_HUB);
    const refusals = (body.errors ?? []).filter((error) => error.extensions?.code === 'LIMIT_EXCEEDED');
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals[0]!.extensions).toMatchObject({ limit: 'recordsRead', maximum: RECORDS_READ });
    expect(refusals[0]!.message).toContain(`limit recordsRead is ${RECORDS_READ}`);
  });

  it('serves an entity page under the limit in full', async () => {
    const { body } = await graphql<{ entity: { relationships: { id: string }[] } }>(
      url,
      '{ entity(id: "en-zhang-jian") { name relationships(first: 100) { id from { name } to { name } } } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.entity.relationships.length).toBeGreaterThan(0);
  });
});
