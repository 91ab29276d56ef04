import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, type LocalNeo4jServer } from '@icg/graph';
import { graphql, makeTempDataDir, startTestService, type TestService } from '@icg/api/testing';
import { createCuratorToken } from '../src/auth/curator-tokens.ts';
import {
  CLIENTS,
  ENTITY,
  pollUntil,
  round,
  runClient,
  SEARCH,
  UPSERT_ENTITY,
  type Outcome,
  type SearchData,
} from './mixed-load.ts';

interface Write {
  startedAt: number;
  endedAt: number;
  /** Set when the service acknowledged the write. */
  id: string | undefined;
  name: string;
  code: string | undefined;
}

interface UpsertData {
  upsertEntity: { created: boolean; entity: { id: string; name: string } };
}

/**
 * A curator registering new sites one after the other, as fast as the service answers: every write the service
 * acknowledges must be found afterwards, whatever happened to Neo4j in between.
 */
async function runCurator(url: string, token: string, until: () => boolean, writes: Write[]): Promise<void> {
  for (let n = 1; !until(); n++) {
    const name = `断电演练第${n}号旧址`;
    const startedAt = performance.now();
    const { body } = await graphql<UpsertData>(
      url,
      UPSERT_ENTITY,
      {
        input: {
          kind: 'HeritageSite',
          name,
          province: '江苏',
          city: '常州市',
          description: 'Neo4j 故障演练期间登记。',
          sources: [{ document: 'Neo4j 故障演练记录', locator: `第${n}条` }],
        },
      },
      { authorization: `Bearer ${token}` },
    );
    writes.push({
      startedAt,
      endedAt: performance.now(),
      id: body.errors ? undefined : body.data?.upsertEntity.entity.id,
      name,
      code: body.errors?.[0]?.extensions?.code,
    });
  }
}

// Its own Neo4j rather than the worker's: this one is killed.
describe('Neo4j killed (SIGKILL) and started again under a mixed load of reads and curator writes', () => {
  let neo4jDir: string;
  let neo4j: LocalNeo4jServer;
  let service: TestService;
  let entityIds: string[];

  beforeAll(async () => {
    neo4jDir = await makeTempDataDir('icg-neo4j-fault-');
    neo4j = await startLocalNeo4j({ dataDir: neo4jDir, heapMb: 512, pageCacheMb: 64 });
    service = await startTestService({
      GRAPH_BACKEND: 'neo4j',
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
    });
    const { body } = await graphql<SearchData>(service.url, SEARCH, { query: '纺织' });
    entityIds = body.data!.search.hits.map((hit) => hit.entity.id);
    expect(entityIds.length).toBeGreaterThan(0);
  }, 240_000);

  afterAll(async () => {
    await service?.dispose();
    await neo4j?.stop();
    await rm(neo4jDir, { recursive: true, force: true });
  });

  it('answers GRAPH_UNAVAILABLE while it is down, loses no acknowledged write, and recovers by itself', async () => {
    const { token } = await createCuratorToken(service.dataDir, '断电演练');
    const outcomes: Outcome[] = [];
    const writes: Write[] = [];
    let stopLoadAt = Number.POSITIVE_INFINITY;
    const until = () => performance.now() >= stopLoadAt;
    const load = [
      ...Array.from({ length: CLIENTS - 1 }, (_, i) => runClient(service.url, entityIds, 3_000 + i, until, outcomes)),
      runCurator(service.url, token, until, writes),
    ];

    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const killedAt = performance.now();
    process.kill(neo4j.pid, 'SIGKILL');
    await neo4j.exited;
    const goneAt = performance.now();

    // Down for a few seconds, as a crash would leave it, while the load goes on.
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    const down = await fetch(`${service.url}/healthz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ graph: { status: 'down', backend: 'neo4j' } });

    const restartCalledAt = performance.now();
    neo4j = await startLocalNeo4j({ dataDir: neo4jDir, port: neo4j.port, heapMb: 512, pageCacheMb: 64 });
    const restartedAt = performance.now();
    const readsBackAfterMs = await pollUntil(async () => {
      const { body } = await graphql(service.url, ENTITY, { id: entityIds[0] });
      return body.errors === undefined ? performance.now() - restartedAt : undefined;
    }, 20_000);
    stopLoadAt = performance.now() + 2_000;
    await Promise.all(load);

    // Before the kill, nothing failed.
    expect([...outcomes, ...writes].filter((o) => o.endedAt < killedAt && o.code !== undefined)).toEqual([]);
    // Graph reads and writes sent while it was down were refused as GRAPH_UNAVAILABLE, never with another error, and
    // within the driver's retry budget; searches, answered from the index alone, went on answering.
    const sentWhileDown = (o: { startedAt: number; endedAt: number }) =>
      o.startedAt >= goneAt && o.endedAt <= restartCalledAt;
    const duringOutage = [...outcomes.filter((o) => o.operation !== 'search'), ...writes].filter(sentWhileDown);
    expect(duringOutage.length).toBeGreaterThan(0);
    const searchesDuringOutage = outcomes.filter((o) => o.operation === 'search' && sentWhileDown(o));
    expect(searchesDuringOutage.length).toBeGreaterThan(0);
    expect(searchesDuringOutage.filter((o) => o.code !== undefined)).toEqual([]);
    expect(duringOutage.filter((o) => o.code !== 'GRAPH_UNAVAILABLE')).toEqual([]);
    const refusalMs = duringOutage.map((o) => o.endedAt - o.startedAt).sort((a, b) => a - b);
    expect(refusalMs.at(-1)!).toBeLessThan(5_000);
    // The service came back by itself: in the last second of load, every request was answered.
    const lastSecond = [...outcomes, ...writes].filter((o) => o.startedAt > stopLoadAt - 1_000);
    expect(lastSecond.length).toBeGreaterThan(0);
    expect(lastSecond.filter((o) => o.code !== undefined)).toEqual([]);
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);

    // Every acknowledged write is there, once, with its name; none of the refused ones is.
    const acknowledged = writes.filter((write) => write.id !== undefined);
    expect(acknowledged.filter((write) => write.startedAt < killedAt).length).toBeGreaterThan(0);
    expect(acknowledged.filter((write) => write.startedAt > restartedAt).length).toBeGreaterThan(0);
    const stored = await service.graph.getNodes(acknowledged.map((write) => write.id!));
    expect(stored.map((node) => node?.name)).toEqual(acknowledged.map((write) => write.name));
    const refused = writes.filter((write) => write.id === undefined).map((write) => write.name);
    const found = await service.graph.findNodes({ kinds: ['HeritageSite'], text: '断电演练', first: 100 });
    expect(found.filter((node) => refused.includes(node.name))).toEqual([]);

    console.info(
      '[faults] Neo4j SIGKILL under load: ' +
        JSON.stringify({
          requests: outcomes.length,
          writesAcknowledged: acknowledged.length,
          writesRefused: refused.length,
          refusedDuringOutage: duringOutage.length,
          searchesAnsweredDuringOutage: searchesDuringOutage.length,
          refusalLatencyMs: {
            median: round(refusalMs[Math.floor(refusalMs.length / 2)]!),
            max: round(refusalMs.at(-1)!),
          },
          neo4jRestartMs: round(restartedAt - restartCalledAt),
          readsBackAfterRestartMs: round(readsBackAfterMs),
        }),
    );
  }, 120_000);
});
