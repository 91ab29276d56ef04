import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphStore, graphStoreConfigFromEnv, type GraphCounts } from '@icg/graph';
import { loadSeeds } from '@icg/seeds';
import { freePort, GRAPH_BACKENDS, graphql, makeTempDataDir, type GraphBackend } from './testing/index.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

interface Started {
  child: ChildProcess;
  output: () => string;
  url: string;
  meiliPid: number;
}

/** Starts the service the way a user does, and waits for its "Ready" line. */
async function start(command: string, args: string[], env: NodeJS.ProcessEnv, port: number): Promise<Started> {
  const child = spawn(command, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, like a terminal job that Ctrl-C signals as a whole
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready within 120 s:\n${output}`)), 120_000);
    const poll = setInterval(() => {
      if (output.includes('Ready:')) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve();
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before it was ready:\n${output}`));
    });
  });
  const meiliPid = Number(readFileSync(`${env['DATA_DIR']}/meili.pid`, 'utf8').trim());
  return { child, output: () => output, url: `http://127.0.0.1:${port}`, meiliPid };
}

function waitForExit(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Every live process whose command line mentions the data directory. */
function processesUsing(dataDir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      const environ = readFileSync(`/proc/${entry}/environ`, 'utf8');
      if (cmdline.includes(dataDir) || environ.includes(`DATA_DIR=${dataDir}`)) found.push(`${entry}: ${cmdline}`);
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

/** The graph of a stopped service: the embedded file, or its own Neo4j started again for the count. */
async function countsOf(dataDir: string, backend: GraphBackend): Promise<GraphCounts> {
  const store = await createGraphStore(graphStoreConfigFromEnv({ GRAPH_BACKEND: backend, DATA_DIR: dataDir }));
  try {
    return await store.counts();
  } finally {
    await store.close();
  }
}

/** What the seeds alone make, loaded into a throwaway embedded graph. */
async function seededCounts(): Promise<GraphCounts> {
  const dataDir = await makeTempDataDir('icg-lifecycle-seeds-');
  const store = await createGraphStore({ backend: 'embedded', dataDir });
  try {
    await store.ensureSchema();
    await loadSeeds(store);
    return await store.counts();
  } finally {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function indexedDocuments(dataDir: string, meiliPort: number): Promise<number> {
  const key = (await readFile(`${dataDir}/meili-master-key`, 'utf8')).trim();
  const response = await fetch(`http://127.0.0.1:${meiliPort}/indexes/entities/stats`, {
    headers: { authorization: `Bearer ${key}` },
  });
  const stats = (await response.json()) as { numberOfDocuments: number };
  return stats.numberOfDocuments;
}

// With GRAPH_BACKEND=neo4j and no NEO4J_URI, the service runs its own Neo4j under DATA_DIR: one command, as embedded.
describe.each(GRAPH_BACKENDS)('starting and stopping the service on the %s graph store', (backend) => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let meiliPort: number;

  beforeAll(async () => {
    dataDir = await makeTempDataDir('icg-lifecycle-');
    meiliPort = await freePort();
    env = { DATA_DIR: dataDir, MEILI_PORT: String(meiliPort), GRAPH_BACKEND: backend };
  });
  afterAll(async () => {
    // A failed assertion must not leave a service or Meilisearch running on the machine.
    for (const line of processesUsing(dataDir)) process.kill(Number(line.split(':')[0]), 'SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts twice on the same data with exactly the same counts, and SIGTERM leaves no process behind', async () => {
    const snapshots: { graph: GraphCounts; documents: number }[] = [];
    for (let round = 0; round < 2; round++) {
      const service = await start(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], env, await freePort());
      const documents = await indexedDocuments(dataDir, meiliPort);
      const health = (await (await fetch(`${service.url}/healthz`)).json()) as { graph: unknown };
      expect(health.graph).toEqual({
        status: 'up',
        backend,
        traversal: expect.objectContaining({ status: expect.stringMatching(/^(building|ready)$/) }),
      });
      const { body } = await graphql<{ search: { totalHits: number } }>(
        service.url,
        '{ search(query: "工业遗产") { totalHits } }',
      );
      expect(body.data!.search.totalHits).toBeGreaterThan(0);

      process.kill(service.child.pid!, 'SIGTERM');
      expect(await waitForExit(service.child)).toBe(0);
      expect(isAlive(service.meiliPid)).toBe(false);
      expect(processesUsing(dataDir)).toEqual([]);
      snapshots.push({ graph: await countsOf(dataDir, backend), documents });
      expect(processesUsing(dataDir)).toEqual([]);
    }
    expect(snapshots[0]!.graph.nodes).toBeGreaterThan(0);
    expect(snapshots[1]).toEqual(snapshots[0]);
    // Both stores hold the same seeded graph, kind by kind and type by type.
    expect(snapshots[0]!.graph).toEqual(await seededCounts());
  }, 300_000);

  it.runIf(backend === 'neo4j')(
    'takes a backup through the running service’s Neo4j, and a killed service leaves no JVM',
    async () => {
      const service = await start(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], env, await freePort());
      const neo4jPid = Number(readFileSync(`${dataDir}/neo4j.pid`, 'utf8').trim());
      const backupDir = `${dataDir}-backup`;
      try {
        const backup = spawn(
          process.execPath,
          ['--import', 'tsx', 'api/src/operations/backup-cli.ts', 'backup', backupDir],
          { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] },
        );
        let stderr = '';
        backup.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
        expect(await waitForExit(backup)).toBe(0);
        // It joined the server the service runs rather than starting a second JVM on the same files.
        expect(stderr).toContain(`Neo4j is already running on ${dataDir} (pid ${neo4jPid}); connecting to it`);
        const manifest = JSON.parse(await readFile(`${backupDir}/manifest.json`, 'utf8')) as {
          graph: { backend: string; nodes: number };
        };
        expect(manifest.graph).toMatchObject({ backend: 'neo4j', nodes: (await seededCounts()).nodes });
      } finally {
        await rm(backupDir, { recursive: true, force: true });
        // No chance to clean up: the JVM sees its stdin close and stops by itself.
        process.kill(service.child.pid!, 'SIGKILL');
        await waitForExit(service.child);
        process.kill(service.meiliPid, 'SIGKILL');
      }
      const deadline = Date.now() + 30_000;
      while (isAlive(neo4jPid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(isAlive(neo4jPid)).toBe(false);
    },
    240_000,
  );

  it.each([
    ['Ctrl-C (SIGINT to its process group)', () => 'SIGINT' as const, (pid: number) => -pid],
    ['SIGTERM to pnpm alone', () => 'SIGTERM' as const, (pid: number) => pid],
  ])(
    '`pnpm start` stops everything it started on %s',
    async (_, signal, target) => {
      const service = await start('pnpm', ['start'], env, await freePort());
      const health = await fetch(`${service.url}/healthz`);
      expect(health.status).toBe(200);

      process.kill(target(service.child.pid!), signal());
      await waitForExit(service.child);
      // pnpm may exit before its child has finished stopping Meilisearch: give it the same 10 s a user would.
      const deadline = Date.now() + 10_000;
      while ((isAlive(service.meiliPid) || processesUsing(dataDir).length > 0) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(isAlive(service.meiliPid)).toBe(false);
      expect(processesUsing(dataDir)).toEqual([]);
      expect(service.output()).toContain('Stopped.');
    },
    240_000,
  );
});
