import { randomUUID } from 'node:crypto';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../testing/index.ts';
import { testNeo4j } from '../../testing/test-graph-stores.ts';
import { createGraphStore } from '../../create-graph-store.ts';
import { isGraphStoreError } from '../../graph-store-error.ts';
import type { GraphStore } from '../../graph-store.ts';
import type { GraphNode } from '../../model/graph-records.ts';
import { createNeo4jGraphStore } from './create-neo4j-graph-store.ts';

async function rejection(promise: Promise<unknown>): Promise<Error & { code?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('expected a rejection');
}

describe('Neo4j adapter with no server at the address (real driver)', () => {
  let uri: string;
  let store: GraphStore;

  beforeAll(async () => {
    uri = `bolt://127.0.0.1:${await freePort()}`;
    // Built as the service builds it from GRAPH_BACKEND=neo4j: construction itself does not connect.
    store = await createGraphStore({ backend: 'neo4j', uri, user: 'neo4j', password: 's3cret-pw', database: 'neo4j' });
  });

  afterAll(() => store?.close());

  it('ping and reads reject with GRAPH_UNAVAILABLE saying the connection was refused, within the retry budget', async () => {
    const calls = {
      ping: () => store.ping(),
      getNodes: () => store.getNodes(['ent-dasheng']),
      counts: () => store.counts(),
    };
    // At once: each waits out the driver's retries on its own.
    const outcomes = await Promise.all(
      Object.entries(calls).map(async ([name, call]) => {
        const startedAt = performance.now();
        const error = await rejection(call());
        return { name, error, elapsedMs: performance.now() - startedAt };
      }),
    );
    for (const { error, elapsedMs } of outcomes) {
      expect(isGraphStoreError(error) && error.code).toBe('GRAPH_UNAVAILABLE');
      expect(error.message).toBe(
        `Neo4j at ${uri} (database "neo4j") is unavailable: cannot connect (connect ECONNREFUSED ${uri.slice('bolt://'.length)})`,
      );
      expect(error.message).not.toContain('s3cret-pw');
      // The driver retries transient failures for maxRetryTimeMs (5 s by default), then one back-off step more.
      expect(elapsedMs).toBeLessThan(12_000);
    }
    console.info(
      `[neo4j faults] no server, default retry budget: ${outcomes.map((o) => `${o.name} ${Math.round(o.elapsedMs)} ms`).join(', ')}`,
    );
  }, 20_000);

  it('answers within 2 s when given no retry budget (maxRetryTimeMs: 0)', async () => {
    const quick = createNeo4jGraphStore({ uri, user: 'neo4j', password: 'x', database: 'neo4j', maxRetryTimeMs: 0 });
    try {
      const startedAt = performance.now();
      const error = await rejection(quick.ping());
      expect(isGraphStoreError(error) && error.code).toBe('GRAPH_UNAVAILABLE');
      expect(performance.now() - startedAt).toBeLessThan(2_000);
    } finally {
      await quick.close();
    }
  });
});

/** A TCP proxy between the driver and Neo4j that the test can cut (every connection dropped, new ones refused). */
interface CuttableProxy {
  readonly port: number;
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

async function startProxy(target: { host: string; port: number }): Promise<CuttableProxy> {
  const sockets = new Set<Socket>();
  let open = true;
  const server: Server = createServer((client) => {
    if (!open) {
      client.destroy();
      return;
    }
    const upstream = connect(target.port, target.host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
    client.once('close', () => upstream.destroy());
    upstream.once('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    cut() {
      open = false;
      for (const socket of sockets) socket.destroy();
    },
    restore() {
      open = true;
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('Neo4j behind a TCP proxy that is cut and restored', () => {
  let proxy: CuttableProxy;
  let store: GraphStore;
  const node: GraphNode = {
    id: `fault-proxy-${randomUUID()}`,
    kind: 'HeritageSite',
    name: '断网演练遗址',
    aliases: [],
    province: '江苏',
    city: '南通市',
    description: null,
    properties: {},
    sources: [{ document: 'neo4j-faults.test.ts' }],
  };

  beforeAll(async () => {
    const server = await testNeo4j();
    const target = new URL(server.uri);
    proxy = await startProxy({ host: target.hostname, port: Number(target.port) });
    // bolt://, not neo4j://: routing would hand the driver the server's own address, around the proxy.
    store = createNeo4jGraphStore({
      uri: `bolt://127.0.0.1:${proxy.port}`,
      user: server.user,
      password: server.password,
      database: server.database,
      connectionTimeoutMs: 2_000,
      maxRetryTimeMs: 1_000,
      // A cut, not a hang, is under test here: a fresh store's liveness check opens a second connection through the
      // proxy, which on a loaded machine can take longer than the half second a service's warm pool needs.
      hangDetection: { readProbeTimeoutMs: 2_000 },
    });
    await store.ensureSchema();
    await store.upsertNodes([node]);
  });

  afterAll(async () => {
    proxy?.restore();
    await store?.deleteNodes([node.id]).catch(() => undefined);
    await store?.close();
    await proxy?.close();
  });

  it('answers GRAPH_UNAVAILABLE while the connection is cut, and works again without a new store once restored', async () => {
    expect((await store.getNodes([node.id]))[0]?.name).toBe(node.name);

    proxy.cut();
    const startedAt = performance.now();
    const ping = await rejection(store.ping());
    const unavailableAfterMs = performance.now() - startedAt;
    expect(isGraphStoreError(ping) && ping.code).toBe('GRAPH_UNAVAILABLE');
    expect(ping.message).toContain(`Neo4j at bolt://127.0.0.1:${proxy.port}`);
    const read = await rejection(store.getNodes([node.id]));
    expect(isGraphStoreError(read) && read.code).toBe('GRAPH_UNAVAILABLE');
    const write = await rejection(store.upsertNodes([{ ...node, name: '断网时的改名' }]));
    expect(isGraphStoreError(write) && write.code).toBe('GRAPH_UNAVAILABLE');

    proxy.restore();
    const restoredAt = performance.now();
    await store.ping();
    const recoveredAfterMs = performance.now() - restoredAt;
    // The write refused while cut did not happen.
    expect((await store.getNodes([node.id]))[0]?.name).toBe(node.name);
    console.info(
      `[neo4j faults] proxy cut: GRAPH_UNAVAILABLE after ${Math.round(unavailableAfterMs)} ms; ` +
        `first ping after restore took ${Math.round(recoveredAfterMs)} ms`,
    );
  }, 30_000);
});
