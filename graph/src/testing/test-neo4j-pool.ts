import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalNeo4j, type LocalNeo4jServer } from '../adapters/neo4j/local-server/local-neo4j-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the pool of test Neo4j servers (vitest.global-setup.ts). */
    testNeo4jPool: string;
  }
}

/** How a test reaches the Neo4j of its worker. */
export interface TestNeo4jConnection {
  uri: string;
  password: string;
}

export interface TestNeo4jPool {
  /** `http://127.0.0.1:<port>`: POST `/neo4j/<worker>` answers that worker's server, started on first use. */
  readonly url: string;
  /** Stops every server it started and removes their data. */
  close(): Promise<void>;
}

/**
 * One real Neo4j per test worker, started when a test of that worker first asks for it (a run that touches no
 * Neo4j starts none), in the process that runs vitest: test files come and go, the servers stay for the run. A
 * worker runs one file at a time, so a file that wipes its worker's database at its start sees no other file's
 * writes. The pool answers over HTTP on 127.0.0.1 because test files run in other processes.
 */
export async function startTestNeo4jPool(
  options: { onProgress?: (line: string) => void } = {},
): Promise<TestNeo4jPool> {
  const root = await mkdtemp(join(tmpdir(), 'icg-test-neo4j-'));
  const servers = new Map<string, Promise<LocalNeo4jServer>>();
  const serverOf = (worker: string) => {
    let server = servers.get(worker);
    if (!server) {
      server = startLocalNeo4j({
        dataDir: join(root, `worker-${worker}`),
        heapMb: 512,
        pageCacheMb: 128,
        onProgress: (line) => options.onProgress?.(`[neo4j for test worker ${worker}] ${line}`),
      });
      // A failed start is not cached: the next file asks again and gets the real error again.
      server.catch(() => servers.delete(worker));
      servers.set(worker, server);
    }
    return server;
  };

  const http: Server = createServer((request, response) => {
    const worker = /^\/neo4j\/(\d{1,3})$/.exec(request.url ?? '')?.[1];
    if (request.method !== 'POST' || worker === undefined) {
      response.writeHead(404).end();
      return;
    }
    serverOf(worker).then(
      (server) => {
        const body: TestNeo4jConnection = { uri: server.uri, password: server.password };
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      },
      (error: unknown) => {
        response.writeHead(503, { 'content-type': 'text/plain' }).end(String((error as Error).message));
      },
    );
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      const started = await Promise.allSettled(servers.values());
      await Promise.all(started.map((result) => (result.status === 'fulfilled' ? result.value.stop() : undefined)));
      await rm(root, { recursive: true, force: true });
    },
  };
}
