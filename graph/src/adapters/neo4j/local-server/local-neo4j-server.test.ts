import { readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtemp } from 'node:fs/promises';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphStore } from '../../../create-graph-store.ts';
import { findJavaRuntime } from './java-runtime.ts';
import { localNeo4jSettings } from './local-neo4j-settings.ts';
import {
  findRunningLocalNeo4j,
  localNeo4jPaths,
  startLocalNeo4j,
  type LocalNeo4jServer,
} from './local-neo4j-server.ts';

async function answer(server: { uri: string }, password: string): Promise<number> {
  const driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', password));
  try {
    const { records } = await driver.executeQuery(
      'MATCH (n:Probe) RETURN count(n) AS total',
      {},
      { database: 'neo4j' },
    );
    return (records[0]!.get('total') as { toNumber(): number }).toNumber();
  } finally {
    await driver.close();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the settings of the local Neo4j', () => {
  it('listen on 127.0.0.1 only, with authentication, no HTTP and no query log', () => {
    const settings = localNeo4jSettings(7699, { heapMb: 512, pageCacheMb: 96 });
    expect(settings).toContain('server.bolt.listen_address=127.0.0.1:7699');
    expect(settings).toContain('dbms.security.auth_enabled=true');
    expect(settings).toContain('server.http.enabled=false');
    expect(settings).toContain('db.logs.query.enabled=OFF');
    expect(settings).toContain('server.memory.pagecache.size=96m');
  });
});

describe('the JDK the local Neo4j runs on', () => {
  it('is a Java 17 or 21 with javac, even when JAVA_HOME names an unsupported one', async () => {
    const runtime = await findJavaRuntime({ ...process.env, JAVA_HOME: '/usr/lib/jvm/temurin-25-jdk-amd64' });
    expect([17, 21]).toContain(runtime.major);
    expect(runtime.javac).toMatch(/javac$/);
  });
});

describe('a local Neo4j server (real JVM)', () => {
  let dataDir: string;
  let server: LocalNeo4jServer;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'icg-local-neo4j-'));
    server = await startLocalNeo4j({ dataDir, heapMb: 256, pageCacheMb: 32 });
  }, 240_000);
  afterAll(async () => {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers Bolt on 127.0.0.1 with a password generated into DATA_DIR, readable by its owner only', async () => {
    const paths = localNeo4jPaths(dataDir);
    const password = (await readFile(paths.passwordFile, 'utf8')).trim();
    expect(password).toHaveLength(32);
    expect(password).toBe(server.password);
    expect((await stat(paths.passwordFile)).mode & 0o777).toBe(0o600);
    expect(server.uri).toBe(`bolt://127.0.0.1:${server.port}`);
    expect(server.version).toMatch(/^5\.26\.\d+$/);
    expect(await answer(server, password)).toBe(0);
    // `ps` shows every user the command line: the password travels in a file.
    expect((await readFile(`/proc/${server.pid}/cmdline`, 'utf8')).includes(password)).toBe(false);
  });

  it('refuses a wrong password', async () => {
    await expect(answer(server, 'not-the-password')).rejects.toMatchObject({
      code: 'Neo.ClientError.Security.Unauthorized',
    });
  });

  it('is joined, not started twice, by a store opened on the same DATA_DIR, and outlives that store', async () => {
    expect(await findRunningLocalNeo4j(dataDir)).toMatchObject({ uri: server.uri, pid: server.pid });
    const lines: string[] = [];
    const store = await createGraphStore(
      { backend: 'neo4j', local: { dataDir } },
      { onProgress: (l) => lines.push(l) },
    );
    await store.ensureSchema();
    await store.upsertNodes([
      {
        id: 'probe-1',
        kind: 'Place',
        name: '探针',
        aliases: [],
        province: null,
        city: null,
        description: null,
        properties: {},
        sources: [],
      },
    ]);
    await store.close();
    expect(lines).toEqual([`Neo4j is already running on ${dataDir} (pid ${server.pid}); connecting to it`]);
    expect(isAlive(server.pid)).toBe(true);
  });

  it('stops on stop(), and starts again on the same data with the same password', async () => {
    const { pid, password, port } = server;
    await server.stop();
    expect(isAlive(pid)).toBe(false);
    expect(await findRunningLocalNeo4j(dataDir)).toBeUndefined();

    server = await startLocalNeo4j({ dataDir, port, heapMb: 256, pageCacheMb: 32 });
    expect(server.password).toBe(password);
    const driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', password));
    try {
      const { records } = await driver.executeQuery('MATCH (n:Entity {id: $id}) RETURN n.name AS name', {
        id: 'probe-1',
      });
      expect(records.map((record) => record.get('name'))).toEqual(['探针']);
    } finally {
      await driver.close();
    }
  }, 240_000);
});
