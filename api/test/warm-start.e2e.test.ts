import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { markGraphChanged } from '@icg/graph';
import { createMeiliClient, INDEX_STATE_FILE, type MeiliClient } from '@icg/search-indexer';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCuratorToken } from '../src/auth/curator-tokens.ts';
import { serviceConfigFromEnv } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { startService, type RunningService } from '../src/service.ts';
import {
  graphql,
  makeTempDataDir,
  startStoppableMeilisearch,
  type StoppableMeilisearch,
} from '../src/testing/index.ts';

const SEARCH = /* GraphQL */ `
  query WarmSearch($query: String!) {
    search(query: $query, first: 10) {
      totalHits
      hits {
        entity {
          id
        }
      }
    }
  }
`;

const UPSERT_ENTITY = /* GraphQL */ `
  mutation WarmUpsert($input: UpsertEntityInput!) {
    upsertEntity(input: $input) {
      entity {
        id
      }
    }
  }
`;

// Names the segmenter only keeps whole when the graph's names are in its dictionary, and plain topics.
const QUERIES = ['张謇', '茂新面粉厂', '大生纱厂旧址', '工业遗产', '南京 博物馆', 'dasheng'];

type Answer = { totalHits: number; ids: string[] };

async function search(url: string, query: string): Promise<Answer> {
  const { body } = await graphql<{ search: { totalHits: number; hits: { entity: { id: string } }[] } }>(url, SEARCH, {
    query,
  });
  expect(body.errors, query).toBeUndefined();
  return { totalHits: body.data!.search.totalHits, ids: body.data!.search.hits.map((hit) => hit.entity.id) };
}

describe('a restart on existing data reuses the search indexes unless what they were built from changed', () => {
  let meili: StoppableMeilisearch;
  let client: MeiliClient;
  let dataDir: string;
  let running: RunningService | undefined;
  const answers = new Map<string, Answer>();
  let curatedId: string;

  async function start(): Promise<{ service: RunningService; log: string }> {
    const lines: string[] = [];
    const service = await startService(
      serviceConfigFromEnv({ DATA_DIR: dataDir, PORT: '0', GRAPH_BACKEND: 'embedded', ...meili.env }),
      { logger: createLogger((line) => lines.push(line)) },
    );
    running = service;
    return { service, log: lines.join('\n') };
  }

  async function stop(): Promise<void> {
    await running?.stop();
    running = undefined;
  }

  beforeAll(async () => {
    meili = await startStoppableMeilisearch();
    client = createMeiliClient({ url: meili.env.MEILI_URL, apiKey: meili.env.MEILI_MASTER_KEY });
    dataDir = await makeTempDataDir();
  });
  // A failed step must not leave the graph's write lock held for the next one.
  afterEach(stop);
  afterAll(async () => {
    await client?.close();
    await meili?.dispose();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('builds the indexes on the first start and records what they were built from', async () => {
    const { service, log } = await start();
    expect(log).toContain('Rebuilding the search indexes: no record of a finished build');
    const state = JSON.parse(await readFile(join(dataDir, INDEX_STATE_FILE), 'utf8')) as {
      seeds: string;
      terms: string[];
      documentsByScope: { all: number };
    };
    expect(state.seeds).toMatch(/^icg1-sha256:/);
    expect(state.terms).toContain('张謇');
    expect(state.documentsByScope.all).toBe((await service.graph.counts()).nodes);

    const { token } = await createCuratorToken(dataDir, '暖启动');
    const { body } = await graphql<{ upsertEntity: { entity: { id: string } } }>(
      service.url,
      UPSERT_ENTITY,
      {
        input: {
          kind: 'Enterprise',
          name: '青阳暖启试验纱厂',
          province: '安徽',
          city: '池州市',
          sources: [{ document: '池州市志', locator: '第3卷' }],
        },
      },
      { authorization: `Bearer ${token}` },
    );
    expect(body.errors).toBeUndefined();
    curatedId = body.data!.upsertEntity.entity.id;
    const deadline = Date.now() + 10_000;
    while (!(await search(service.url, '暖启试验纱厂')).ids.includes(curatedId) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    for (const query of QUERIES) answers.set(query, await search(service.url, query));
    await stop();
  });

  it('reuses them on the next start: same answers, the curator’s entity still found, nothing rebuilt', async () => {
    const { service, log } = await start();
    expect(log).toContain('Search indexes are current');
    expect(log).not.toContain('Rebuilding the search indexes');
    for (const query of QUERIES) expect(await search(service.url, query), query).toEqual(answers.get(query));
    expect((await search(service.url, '暖启试验纱厂')).ids).toContain(curatedId);
    await stop();
  });

  it('rebuilds them when a tool wrote to the graph while the service was stopped', async () => {
    await markGraphChanged(dataDir);
    const { service, log } = await start();
    expect(log).toContain('Rebuilding the search indexes: the graph was written by another tool');
    for (const query of QUERIES) expect(await search(service.url, query), query).toEqual(answers.get(query));
    await stop();
  });

  it('rebuilds them when an index went missing from Meilisearch', async () => {
    await client.waitForTask(await client.deleteIndex('stories'));
    const { log } = await start();
    expect(log).toContain('Rebuilding the search indexes: the index stories is missing');
    expect((await client.getIndexStats('stories')).numberOfDocuments).toBeGreaterThan(0);
    await stop();
  });

  it('rebuilds them when they were built by another version of the document builder', async () => {
    const file = join(dataDir, INDEX_STATE_FILE);
    const state = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    await writeFile(file, JSON.stringify({ ...state, builder: 'sha256:an-older-builder' }));
    const { log } = await start();
    expect(log).toContain('Rebuilding the search indexes: the document builder, its dictionaries or settings changed');
    await stop();
  });

  it('rebuilds them when the record is unreadable, rather than trusting it', async () => {
    await writeFile(join(dataDir, INDEX_STATE_FILE), '{"format": 1, "terms": [');
    const { service, log } = await start();
    expect(log).toContain('Rebuilding the search indexes: no record of a finished build');
    for (const query of QUERIES) expect(await search(service.url, query), query).toEqual(answers.get(query));
    await stop();
  });
});
