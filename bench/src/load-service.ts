import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort } from '@icg/graph/testing';

const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));

export interface ServiceProcess {
  url: string;
  /** The service's Node process. */
  pid: number;
  /** The Meilisearch the service started. */
  meiliPid: number;
  /** What the service printed, for a failure report. */
  output: string[];
  /** SIGTERM (the service stops its Meilisearch), then SIGKILL after 20 s. */
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * How the root `start` script runs the compiled service (load-service.test.ts keeps the two in step). A young
 * generation of 2 MiB semi-spaces (V8 grows it to 16 MiB each under load) and two malloc arenas (glibc makes up to
 * eight per core, for the threads of onnxruntime, LadybugDB and libuv) each keep tens of MiB less resident, measured
 * with the scale bench's memory workload; see docs/decisions/0009-compiled-service.md.
 */
export const SERVICE_NODE_ARGS: readonly string[] = ['--max-semi-space-size=2', 'api/dist/main.mjs'];
export const SERVICE_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };

let built: Promise<unknown> | undefined;

/** The service compiled as `pnpm start` compiles it, once per process: sources may change between runs. */
function buildService(): Promise<unknown> {
  built ??= promisify(execFile)(process.execPath, ['api/scripts/build-service.mjs'], { cwd: REPOSITORY }).catch(
    (error: unknown) => {
      built = undefined;
      throw error;
    },
  );
  return built;
}

/**
 * Runs the service as `pnpm start` does (compiled to `api/dist/main.mjs`, run by plain `node`) in its own process,
 * on the seeded graph in `dataDir`, so its resident size is its own and not the load generator's.
 */
export async function startServiceProcess(
  dataDir: string,
  timeoutMs = 240_000,
  /** GRAPH_BACKEND and NEO4J_*; the embedded graph in `dataDir` when absent. */
  graphEnv: Record<string, string> = { GRAPH_BACKEND: 'embedded' },
): Promise<ServiceProcess> {
  await buildService();
  const port = await freePort();
  const child = spawn(process.execPath, SERVICE_NODE_ARGS, {
    cwd: REPOSITORY,
    // STOP_WITH_PARENT: should the bench or the test runner die, the service and its Meilisearch go too.
    env: {
      ...process.env,
      ...SERVICE_ENV,
      ...graphEnv,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      GRAPHIQL: 'false',
      // Every request comes from one address as fast as it can: the per-client budgets would measure the limiter.
      RATE_LIMITS: 'off',
      STOP_WITH_PARENT: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString('utf8'));
    if (output.length > 200) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited(child);
    clearTimeout(killer);
  };

  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`The service exited during start-up:\n${output.join('').slice(-2000)}`);
      }
      if (Date.now() > deadline) throw new Error(`The service was not ready after ${timeoutMs / 1000} s`);
      const ready = await fetch(`${url}/healthz`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const meiliPid = Number.parseInt(await readFile(join(dataDir, 'meili.pid'), 'utf8'), 10);
    return { url, pid: child.pid!, meiliPid, output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
