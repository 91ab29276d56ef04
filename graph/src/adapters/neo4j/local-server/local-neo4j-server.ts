import { spawn } from 'node:child_process';
import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import {
  commandLineOf,
  fetchMavenArtifacts,
  findFreePort,
  isGone,
  loadOrCreateSecret,
  NEO4J_COMMUNITY,
  readLogTail,
  readPidFile,
  removePidFileIfOurs,
  stopOrphan,
} from '@icg/runtime';
import { GraphStoreError } from '../../../graph-store-error.ts';
import { compileLauncher, findJavaRuntime } from './java-runtime.ts';
import { localNeo4jSettings, resolveLocalNeo4jMemory, type LocalNeo4jMemory } from './local-neo4j-settings.ts';

export interface LocalNeo4jOptions extends Partial<LocalNeo4jMemory> {
  /**
   * The service's DATA_DIR: the server's home is `neo4j/` inside it, its password `neo4j-password` (0600) beside.
   */
  dataDir: string;
  /** Bolt port on 127.0.0.1. @default a free port */
  port?: number;
  /** How long to wait for Bolt to answer. @default 180000 */
  startTimeoutMs?: number;
  /** Progress lines (fetching, compiling, starting) for a terminal. */
  onProgress?: (line: string) => void;
}

export interface LocalNeo4jServer {
  /** `bolt://127.0.0.1:<port>`: bolt, not neo4j://, since there is nothing to route. */
  readonly uri: string;
  readonly port: number;
  readonly user: 'neo4j';
  readonly password: string;
  readonly database: 'neo4j';
  readonly pid: number;
  /** Neo4j's own version string, e.g. 5.26.30. */
  readonly version: string;
  readonly home: string;
  /** The JVM's stdout and stderr; Neo4j's own logs are in `<home>/logs/`. */
  readonly logFile: string;
  /** SIGTERM (Neo4j checkpoints and closes its store), then SIGKILL after 30 s. Safe to call more than once. */
  stop(): Promise<void>;
  /** Resolves when the JVM has exited, whether through `stop()` or not. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** A checkpoint of a large store on shutdown takes a while; after this the JVM is killed. */
const STOP_GRACE_MS = 30_000;
const AUTO_PORT_ATTEMPTS = 3;
const LAUNCHER_SOURCE = resolve(import.meta.dirname, 'Neo4jLauncher.java');

/** The flags Neo4j 5's own `neo4j.conf` gives its JVM, minus the diagnostics ones. */
const NEO4J_JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];

export class LocalNeo4jStartError extends GraphStoreError {
  constructor(
    message: string,
    readonly addressInUse = false,
    options?: { cause?: unknown },
  ) {
    super('GRAPH_UNAVAILABLE', message, options);
  }
}

/** Where the local server of a DATA_DIR keeps its files. */
export function localNeo4jPaths(dataDir: string) {
  const root = resolve(dataDir);
  const home = join(root, 'neo4j');
  return {
    home,
    settingsFile: join(home, 'neo4j-settings.conf'),
    passwordFile: join(root, 'neo4j-password'),
    pidFile: join(root, 'neo4j.pid'),
    /** Port and pid of the running server, for a command that attaches to it (`pnpm backup` beside the service). */
    runFile: join(root, 'neo4j.json'),
    logFile: join(root, 'neo4j.log'),
  };
}

function isLauncherOn(argv: readonly string[], home: string): boolean {
  const at = argv.indexOf('Neo4jLauncher');
  return at >= 0 && argv[at + 1] === home;
}

/**
 * A Neo4j Community server of our own, as the service runs its own Meilisearch: fetched once from Maven Central,
 * run on Java 17 or 21 with Bolt on 127.0.0.1, data under DATA_DIR, a password generated once and kept in
 * `DATA_DIR/neo4j-password` (0600). A JVM left by a crashed run on the same DATA_DIR is stopped first.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4jServer> {
  const onProgress = options.onProgress ?? (() => undefined);
  const paths = localNeo4jPaths(options.dataDir);
  await mkdir(paths.home, { recursive: true, mode: 0o700 });

  const runtime = await findJavaRuntime();
  const artifacts = await fetchMavenArtifacts(NEO4J_COMMUNITY, { onProgress }).catch((cause: unknown) => {
    throw new LocalNeo4jStartError(`Could not fetch ${NEO4J_COMMUNITY.label}: ${(cause as Error).message}`, false, {
      cause,
    });
  });
  const libClasspath = join(artifacts.libDir, '*');
  const classesDir = await compileLauncher(runtime, LAUNCHER_SOURCE, libClasspath, artifacts.dir);
  const password = await loadOrCreateSecret(paths.passwordFile, 24);

  await stopOrphan(paths.pidFile, (argv) => isLauncherOn(argv, paths.home), STOP_GRACE_MS);

  const memory = resolveLocalNeo4jMemory(options);
  const attempts = options.port === undefined ? AUTO_PORT_ATTEMPTS : 1;
  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await findFreePort());
    await writeFile(paths.settingsFile, localNeo4jSettings(port, memory));
    try {
      return await launch({
        java: runtime.java,
        classpath: `${classesDir}:${libClasspath}`,
        heapMb: memory.heapMb,
        paths,
        port,
        password,
        startTimeoutMs: options.startTimeoutMs ?? 180_000,
        onProgress,
      });
    } catch (error) {
      // A free port found by probing can be taken by someone else before Neo4j binds it.
      if (attempt < attempts && error instanceof LocalNeo4jStartError && error.addressInUse) continue;
      throw error;
    }
  }
}

/**
 * The server another process (the running service) has started on this DATA_DIR, if any: commands such as
 * `pnpm backup` connect to it rather than start a second JVM on the same files.
 */
export async function findRunningLocalNeo4j(
  dataDir: string,
): Promise<{ uri: string; password: string; pid: number } | undefined> {
  const paths = localNeo4jPaths(dataDir);
  const pid = await readPidFile(paths.pidFile);
  if (pid === undefined || (await isGone(pid)) || !isLauncherOn(await commandLineOf(pid), paths.home)) return undefined;
  try {
    const run = JSON.parse(await readFile(paths.runFile, 'utf8')) as { pid?: number; port?: number };
    if (run.pid !== pid || typeof run.port !== 'number') return undefined;
    const password = (await readFile(paths.passwordFile, 'utf8')).trim();
    return { uri: `bolt://127.0.0.1:${run.port}`, password, pid };
  } catch {
    return undefined;
  }
}

interface LaunchOptions {
  java: string;
  classpath: string;
  heapMb: number;
  paths: ReturnType<typeof localNeo4jPaths>;
  port: number;
  password: string;
  startTimeoutMs: number;
  onProgress: (line: string) => void;
}

async function launch(options: LaunchOptions): Promise<LocalNeo4jServer> {
  const { paths, port, password } = options;
  const log = await open(paths.logFile, 'a', 0o600);
  const logStart = (await log.stat()).size;
  const startedAt = performance.now();
  options.onProgress(`Starting Neo4j on 127.0.0.1:${port} (home ${paths.home})…`);
  const child = spawn(
    options.java,
    [
      `-Xms${options.heapMb}m`,
      `-Xmx${options.heapMb}m`,
      ...NEO4J_JVM_FLAGS,
      '-cp',
      options.classpath,
      'Neo4jLauncher',
      paths.home,
      paths.settingsFile,
      paths.passwordFile,
    ],
    // stdin stays open for the life of the server: when this process dies, the pipe closes and the JVM stops.
    { cwd: paths.home, stdio: ['pipe', 'pipe', log.fd] },
  );
  let exited = false;
  const exitedPromise = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) => {
    child.once('exit', (code, signal) => {
      exited = true;
      resolveExit({ code, signal });
    });
  });
  const spawnError = new Promise<never>((_, reject) =>
    child.once('error', (cause) =>
      reject(new LocalNeo4jStartError(`Could not run ${options.java} for Neo4j`, false, { cause })),
    ),
  );
  // A later 'error' (a failed kill) must not become an uncaught exception in the caller's process.
  spawnError.catch(() => undefined);
  child.stdin!.on('error', () => undefined);

  // The launcher says READY once Bolt answers; anything else it prints goes to the log.
  const ready = new Promise<string>((resolveReady, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /^READY (\S+)/.exec(line);
      if (match) resolveReady(match[1]!);
      else void log.appendFile(`${line}\n`).catch(() => undefined);
    });
    void exitedPromise.then(() => reject(new Error('exited')));
  });
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error('timeout')), options.startTimeoutMs).unref(),
  );

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
      child.stdin!.destroy();
      await removePidFileIfOurs(paths.pidFile, child.pid ?? -1);
      await log.close().catch(() => undefined);
    })();
    return stopping;
  };

  let version: string;
  try {
    version = await Promise.race([ready, timeout, spawnError]);
  } catch (error) {
    await stop();
    const tail = (await readLogTail(paths.logFile, logStart)).split(password).join('[redacted]');
    if (error instanceof LocalNeo4jStartError) throw error;
    const reason =
      error instanceof Error && error.message === 'exited'
        ? `exited with ${child.exitCode !== null ? `code ${child.exitCode}` : `signal ${child.signalCode}`}`
        : `did not answer within ${options.startTimeoutMs} ms`;
    throw new LocalNeo4jStartError(
      `Neo4j (${options.java}) on 127.0.0.1:${port} ${reason}. Last lines of ${paths.logFile}:\n${tail}`,
      /address already in use|BindException/i.test(tail),
    );
  }
  const pid = child.pid!;
  await writeFile(paths.pidFile, `${pid}\n`, { mode: 0o600 });
  await writeFile(paths.runFile, `${JSON.stringify({ pid, port, version })}\n`, { mode: 0o600 });
  options.onProgress(
    `Neo4j ${version} is up on bolt://127.0.0.1:${port} (pid ${pid}) after ${((performance.now() - startedAt) / 1000).toFixed(1)} s`,
  );

  return {
    uri: `bolt://127.0.0.1:${port}`,
    port,
    user: 'neo4j',
    password,
    database: 'neo4j',
    pid,
    version,
    home: paths.home,
    logFile: paths.logFile,
    stop,
    exited: exitedPromise,
  };
}
