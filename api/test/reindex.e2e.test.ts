import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  graphql,
  startStoppableMeilisearch,
  startTestService,
  type StoppableMeilisearch,
  type TestService,
} from '@icg/api/testing';
import { buildingIndexUid, createMeiliClient, isSearchEngineError, type MeiliClient } from '@icg/search-indexer';
import { createCuratorToken } from '../src/auth/curator-tokens.ts';
import { serviceConfigFromEnv } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { startService, type RunningService } from '../src/service.ts';

const LIVE = 'entities';
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEARCH = /* GraphQL */ `
  query Search($query: String!) {
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
  mutation UpsertEntity($input: UpsertEntityInput!) {
    upsertEntity(input: $input) {
      entity {
        id
      }
    }
  }
`;
/** Queries with many hits across kinds, so a half-filled index would show in their totals. */
const QUERIES = ['南京', '纺织', '工业遗产', '安徽'];

interface SearchAnswer {
  totalHits: number;
  ids: string[];
}

async function search(url: string, query: string): Promise<SearchAnswer> {
  const { body } = await graphql<{ search: { totalHits: number; hits: { entity: { id: string } }[] } }>(url, SEARCH, {
    query,
  });
  expect(body.errors).toBeUndefined();
  return { totalHits: body.data!.search.totalHits, ids: body.data!.search.hits.map((hit) => hit.entity.id) };
}

async function indexExists(client: MeiliClient, uid: string): Promise<boolean> {
  try {
    await client.getIndex(uid);
    return true;
  } catch (error) {
    if (isSearchEngineError(error) && error.meiliCode === 'index_not_found') return false;
    throw error;
  }
}

/**
 * Runs `pnpm search-index reindex` as its own process and kills it with SIGKILL once its progress passes a quarter:
 * a crash in the middle of filling the building index.
 */
function reindexKilledMidway(env: NodeJS.ProcessEnv): Promise<{ output: string; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'search-indexer/src/reindex-cli.ts', 'reindex', '--page-size', '5'],
      { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (/Indexing: \d+\/\d+ \((2[5-9]|[3-9]\d)%\)/.test(output)) child.kill('SIGKILL');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('error', reject);
    child.once('exit', (_code, signal) => resolve({ output, signal }));
  });
}

describe('zero-downtime reindex over the real Meilisearch', () => {
  let meili: StoppableMeilisearch;
  let service: TestService;
  let client: MeiliClient;
  let restarted: RunningService | undefined;
  const baseline = new Map<string, SearchAnswer>();

  beforeAll(async () => {
    meili = await startStoppableMeilisearch();
    service = await startTestService(meili.env);
    client = createMeiliClient({ url: meili.env.MEILI_URL, apiKey: meili.env.MEILI_MASTER_KEY });
    for (const query of QUERIES) baseline.set(query, await search(service.url, query));
  });
  afterAll(async () => {
    await restarted?.stop();
    await service?.dispose();
    await client?.close();
    await meili?.dispose();
  });

  it('answers every search with the full results while a new index is built and swapped in', async () => {
    let finished = false;
    const reindexing = service.reindex().finally(() => {
      finished = true;
    });
    let searchesDuringReindex = 0;
    while (!finished) {
      for (const query of QUERIES) {
        const answer = await search(service.url, query);
        expect(answer.totalHits, query).toBe(baseline.get(query)!.totalHits);
        expect(answer.ids, query).toEqual(baseline.get(query)!.ids);
        if (!finished) searchesDuringReindex += 1;
      }
    }
    const result = await reindexing;

    expect(searchesDuringReindex).toBeGreaterThan(0);
    const { nodes } = await service.graph.counts();
    expect(result).toMatchObject({ nodes, documents: nodes, droppedLeftover: false });
    expect((await client.getIndexStats(LIVE)).numberOfDocuments).toBe(nodes);
    expect(await indexExists(client, buildingIndexUid(LIVE))).toBe(false);
    for (const query of QUERIES) expect(await search(service.url, query)).toEqual(baseline.get(query));
  });

  it('joins a second request to the reindex already running instead of starting another', async () => {
    const first = service.reindex();
    const second = service.reindex();
    expect(second).toBe(first);
    await first;
    expect(await indexExists(client, buildingIndexUid(LIVE))).toBe(false);
  });

  it('applies a curator change made during the reindex to the index swapped in', async () => {
    const { token } = await createCuratorToken(service.dataDir, '索引维护');
    const reindexing = service.reindex();
    const { body } = await graphql<{ upsertEntity: { entity: { id: string } } }>(
      service.url,
      UPSERT_ENTITY,
      {
        input: {
          kind: 'Enterprise',
          name: '青阳曦微试验纱厂',
          province: '安徽',
          city: '池州市',
          sources: [{ document: '池州市志', locator: '第2卷' }],
        },
      },
      { authorization: `Bearer ${token}` },
    );
    expect(body.errors).toBeUndefined();
    const id = body.data!.upsertEntity.entity.id;
    await reindexing;

    const deadline = Date.now() + 10_000;
    let found: SearchAnswer;
    do {
      found = await search(service.url, '曦微试验纱厂');
      if (found.ids.includes(id)) break;
      await new Promise((r) => setTimeout(r, 100));
    } while (Date.now() < deadline);
    expect(found.ids).toContain(id);
    const { nodes } = await service.graph.counts();
    expect((await client.getIndexStats(LIVE)).numberOfDocuments).toBe(nodes);
  });

  // A killed process and a whole start, which embeds some 330 texts on the CPU: a minute and more on a busy machine.
  it('leaves the live index intact when a reindex is killed mid-way, and a re-run drops the leftover', async () => {
    const { nodes } = await service.graph.counts();
    const answersBefore = new Map<string, SearchAnswer>();
    for (const query of QUERIES) answersBefore.set(query, await search(service.url, query));
    // The graph's write lock is the service's; the command runs against a stopped service.
    await service.stop();

    const crash = await reindexKilledMidway({ DATA_DIR: service.dataDir, GRAPH_BACKEND: 'embedded', ...meili.env });
    expect(crash.signal, crash.output).toBe('SIGKILL');
    expect(crash.output).not.toContain('Done:');
    expect(await indexExists(client, buildingIndexUid(LIVE))).toBe(true);
    const live = await client.search<{ entityId: string }>(LIVE, { q: '南京', limit: 10 });
    expect(live.estimatedTotalHits).toBeGreaterThan(0);
    expect((await client.getIndexStats(LIVE)).numberOfDocuments).toBe(nodes);

    const logLines: string[] = [];
    restarted = await startService(
      serviceConfigFromEnv({ DATA_DIR: service.dataDir, PORT: '0', GRAPH_BACKEND: 'embedded', ...meili.env }),
      { logger: createLogger((line) => logLines.push(line)) },
    );

    expect(logLines.join('\n')).toContain('dropped the unfinished index of an interrupted reindex');
    expect(await indexExists(client, buildingIndexUid(LIVE))).toBe(false);
    const { nodes: nodesNow } = await restarted.graph.counts();
    expect(nodesNow).toBe(nodes);
    // One document per node: a duplicate or a stale partial copy would change the count or the answers.
    expect((await client.getIndexStats(LIVE)).numberOfDocuments).toBe(nodes);
    for (const query of QUERIES) expect(await search(restarted.url, query)).toEqual(answersBefore.get(query));
  }, 120_000);
});
