import { readFile, rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, type LocalNeo4jServer } from '@icg/graph';
import { graphql, makeTempDataDir, startTestService, type TestService } from '@icg/api/testing';
import { createCuratorToken } from '../src/auth/curator-tokens.ts';
import { curatorEditsPath } from '../src/schema/curation/curator-edits.ts';
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
async function runCurator(url: string, token: string, until: () => boolean, writes: Write[], desk = ''): Promise<void> {
  for (let n = 1; !until(); n++) {
    const name = `断电演练${desk}第${n}号旧址`;
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

async function startServiceOnOwnNeo4j(
  neo4jDir: string,
): Promise<{ neo4j: LocalNeo4jServer; service: TestService; entityIds: string[] }> {
  const neo4j = await startLocalNeo4j({ dataDir: neo4jDir, heapMb: 512, pageCacheMb: 64 });
  const service = await startTestService({
    GRAPH_BACKEND: 'neo4j',
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
  });
  const { body } = await graphql<SearchData>(service.url, SEARCH, { query: '纺织' });
  const entityIds = body.data!.search.hits.map((hit) => hit.entity.id);
  expect(entityIds.length).toBeGreaterThan(0);
  // Started means done starting: the traversal index is read from Neo4j in the background, and while that keeps a
  // small Neo4j busy, a read can wait long enough to look like a hang (docs/decisions/engines-that-hang.md).
  await pollUntil(async () => {
    const health = (await (await fetch(`${service.url}/healthz`)).json()) as {
      graph: { traversal?: { status: string } };
    };
    return health.graph.traversal?.status === 'ready' ? true : undefined;
  }, 120_000);
  return { neo4j, service, entityIds };
}

// Its own Neo4j rather than the worker's: this one is killed.
describe('Neo4j killed (SIGKILL) and started again under a mixed load of reads and curator writes', () => {
  let neo4jDir: string;
  let neo4j: LocalNeo4jServer;
  let service: TestService;
  let entityIds: string[];

  beforeAll(async () => {
    neo4jDir = await makeTempDataDir('icg-neo4j-fault-');
    ({ neo4j, service, entityIds } = await startServiceOnOwnNeo4j(neo4jDir));
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

    // Load for 2 s, and at least until the curator's first write is acknowledged: the kill must land among writes.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await pollUntil(async () => (writes.some((write) => write.id !== undefined) ? true : undefined), 30_000);
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

/**
 * A hung Neo4j, not a dead one: the JVM is stopped, so its port still accepts connections and the driver's open
 * connections stay open, but nothing answers. Nothing in the driver bounds that wait: the service has to.
 */
describe('Neo4j frozen (SIGSTOP of its JVM) and resumed under a mixed load of reads and curator writes', () => {
  let neo4jDir: string;
  let neo4j: LocalNeo4jServer;
  let service: TestService;
  let entityIds: string[];
  let frozen = false;

  beforeAll(async () => {
    neo4jDir = await makeTempDataDir('icg-neo4j-freeze-');
    ({ neo4j, service, entityIds } = await startServiceOnOwnNeo4j(neo4jDir));
  }, 240_000);

  afterAll(async () => {
    if (frozen) process.kill(neo4j.pid, 'SIGCONT');
    await service?.dispose();
    await neo4j?.stop();
    await rm(neo4jDir, { recursive: true, force: true });
  });

  it('answers graph reads with GRAPH_UNAVAILABLE within a second, refuses writes without storing them later, reports the graph down, and recovers by itself once it answers', async () => {
    const { token } = await createCuratorToken(service.dataDir, '冻结演练');
    const outcomes: Outcome[] = [];
    const writes: Write[] = [];
    let stopLoadAt = Number.POSITIVE_INFINITY;
    const until = () => performance.now() >= stopLoadAt;
    const load = [
      ...Array.from({ length: CLIENTS - 1 }, (_, i) => runClient(service.url, entityIds, 4_000 + i, until, outcomes)),
      // Three desks: a write whose COMMIT the freeze catches waits for it to end, as it must, and holds its desk; the
      // others still send writes into the freeze, which the test needs to see refused.
      ...['甲', '乙', '丙'].map((desk) => runCurator(service.url, token, until, writes, desk)),
    ];

    await new Promise((resolve) => setTimeout(resolve, 2_000));
    process.kill(neo4j.pid, 'SIGSTOP');
    frozen = true;
    const frozenAt = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const healthStartedAt = performance.now();
    const down = await fetch(`${service.url}/healthz`);
    const healthMs = performance.now() - healthStartedAt;
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ graph: { status: 'down', backend: 'neo4j' }, search: { status: 'up' } });
    expect(healthMs).toBeLessThan(1_000);
    // Long enough for the curator's write caught by the freeze to be refused (about 10 s) and for later ones to follow.
    await new Promise((resolve) => setTimeout(resolve, 11_500));

    process.kill(neo4j.pid, 'SIGCONT');
    frozen = false;
    const resumedAt = performance.now();
    const readsBackAfterMs = await pollUntil(async () => {
      const { body } = await graphql(service.url, ENTITY, { id: entityIds[0] });
      return body.errors === undefined ? performance.now() - resumedAt : undefined;
    }, 20_000);
    stopLoadAt = performance.now() + 2_000;
    await Promise.all(load);

    const aroundFreeze = writes
      .filter((w) => w.endedAt >= frozenAt && w.startedAt <= resumedAt)
      .map((w) => ({ startedMs: round(w.startedAt - frozenAt), tookMs: round(w.endedAt - w.startedAt), code: w.code }));
    console.info(`[faults] Neo4j SIGSTOP: writes around the freeze ${JSON.stringify(aroundFreeze)}`);

    expect([...outcomes, ...writes].filter((o) => o.endedAt < frozenAt && o.code !== undefined)).toEqual([]);
    // Every graph read sent while it was frozen was refused as GRAPH_UNAVAILABLE within a second.
    const readsWhileFrozen = outcomes.filter(
      (o) => o.operation !== 'search' && o.startedAt >= frozenAt && o.startedAt < resumedAt - 1_000,
    );
    expect(readsWhileFrozen.length).toBeGreaterThan(5);
    expect(readsWhileFrozen.filter((o) => o.code !== 'GRAPH_UNAVAILABLE')).toEqual([]);
    const refusalMs = readsWhileFrozen.map((o) => o.endedAt - o.startedAt).sort((a, b) => a - b);
    expect(refusalMs.at(-1)!).toBeLessThan(1_000);
    // Searches are answered from the index alone.
    const searchesWhileFrozen = outcomes.filter(
      (o) => o.operation === 'search' && o.startedAt >= frozenAt && o.endedAt <= resumedAt,
    );
    expect(searchesWhileFrozen.length).toBeGreaterThan(0);
    expect(searchesWhileFrozen.filter((o) => o.code !== undefined)).toEqual([]);
    // A write either was acknowledged or refused as GRAPH_UNAVAILABLE; those sent once the breaker was open, fast.
    expect(writes.filter((w) => w.id === undefined && w.code !== 'GRAPH_UNAVAILABLE')).toEqual([]);
    const writesWhileFrozen = writes.filter((w) => w.startedAt >= frozenAt + 1_000 && w.endedAt <= resumedAt);
    expect(writesWhileFrozen.length).toBeGreaterThan(0);
    for (const w of writesWhileFrozen)
      expect({ code: w.code, fast: w.endedAt - w.startedAt < 1_000 }).toEqual({
        code: 'GRAPH_UNAVAILABLE',
        fast: true,
      });
    // It came back by itself: in the last second of load, every request was answered.
    const lastSecond = [...outcomes, ...writes].filter((o) => o.startedAt > stopLoadAt - 1_000);
    expect(lastSecond.length).toBeGreaterThan(0);
    expect(lastSecond.filter((o) => o.code !== undefined)).toEqual([]);
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);

    // Every acknowledged write is stored and in the curator edit log; no refused one is in either, not even one sent
    // to the frozen JVM before the refusal, which ran when it resumed.
    const acknowledged = writes.filter((write) => write.id !== undefined);
    const refused = writes.filter((write) => write.id === undefined).map((write) => write.name);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    const stored = await service.graph.getNodes(acknowledged.map((write) => write.id!));
    expect(stored.map((node) => node?.name)).toEqual(acknowledged.map((write) => write.name));
    const found = await service.graph.findNodes({ kinds: ['HeritageSite'], text: '断电演练', first: 100 });
    expect(found.filter((node) => refused.includes(node.name))).toEqual([]);
    const editLog = await readFile(curatorEditsPath(service.dataDir), 'utf8');
    for (const write of acknowledged) expect(editLog).toContain(JSON.stringify(write.name));
    for (const name of refused) expect(editLog).not.toContain(JSON.stringify(name));

    console.info(
      '[faults] Neo4j SIGSTOP under load: ' +
        JSON.stringify({
          requests: outcomes.length,
          readsRefusedWhileFrozen: readsWhileFrozen.length,
          refusalLatencyMs: {
            median: round(refusalMs[Math.floor(refusalMs.length / 2)]!),
            max: round(refusalMs.at(-1)!),
          },
          healthzMs: round(healthMs),
          writesAcknowledged: acknowledged.length,
          writesRefused: refused.length,
          writesAroundFreeze: aroundFreeze.length,
          readsBackAfterResumeMs: round(readsBackAfterMs),
        }),
    );
  }, 120_000);
});
