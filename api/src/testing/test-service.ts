import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testNeo4j } from '@icg/graph/test-graph-stores';
import { freePort } from '@icg/graph/testing';
import { sharedVectorCacheDir } from '@icg/search-indexer';
import { serviceConfigFromEnv, type ServiceConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { startService, type RunningService } from '../service.ts';

export interface TestService extends RunningService {
  dataDir: string;
  /**
   * The graph settings it runs on (GRAPH_BACKEND and, for Neo4j, NEO4J_*): what a second service on the same data
   * must be given.
   */
  graphEnv: Record<string, string>;
  /** Lines the service logged, for assertions about what it printed. */
  logLines: string[];
  /** Stops the service and removes its data directory. */
  dispose(): Promise<void>;
}

export { freePort };

export async function makeTempDataDir(prefix = 'icg-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/**
 * The graph a test service runs on. `GRAPH_BACKEND=neo4j` without NEO4J_URI means the real Neo4j of this test
 * worker: emptied first when the service starts on a new data directory, kept as it is when `DATA_DIR` names the
 * data of an earlier service (a restart).
 */
async function graphEnvOf(env: NodeJS.ProcessEnv, freshData: boolean): Promise<Record<string, string>> {
  const backend = env['GRAPH_BACKEND'] ?? 'embedded';
  if (backend !== 'neo4j') return { GRAPH_BACKEND: backend };
  if (env['NEO4J_URI']) {
    return Object.fromEntries(
      Object.entries(env).filter(
        (entry): entry is [string, string] => /^(GRAPH_BACKEND|NEO4J_)/.test(entry[0]) && entry[1] !== undefined,
      ),
    );
  }
  return (await testNeo4j({ wipe: freshData })).env;
}

/**
 * Starts the whole service on real engines (embedded graph unless `env` asks for `GRAPH_BACKEND: 'neo4j'`, its own
 * Meilisearch) in a fresh data directory (unless `env` names one) on free ports. `env` overrides the environment the
 * config is read from.
 */
export async function startTestService(
  env: NodeJS.ProcessEnv = {},
  options: { webDist?: string } = {},
): Promise<TestService> {
  // A DATA_DIR given by the test is the test's to keep; only a directory made here is removed.
  const ownDataDir = env['DATA_DIR'] === undefined;
  const dataDir = env['DATA_DIR'] ?? (await makeTempDataDir());
  const removeOwnDataDir = () => (ownDataDir ? rm(dataDir, { recursive: true, force: true }) : Promise.resolve());
  const graphEnv = await graphEnvOf(env, ownDataDir);
  const config: ServiceConfig = serviceConfigFromEnv({
    DATA_DIR: dataDir,
    PORT: '0',
    // Fuzz, load and search-quality tests fire hundreds of searches a second from 127.0.0.1;
    // a test about rate limits sets RATE_LIMITS itself.
    RATE_LIMITS: 'off',
    // Vectors are keyed by model and text: one cache for every test service on the machine embeds each seed once.
    VECTOR_CACHE_DIR: sharedVectorCacheDir(),
    ...env,
    ...graphEnv,
  });
  const logLines: string[] = [];
  const logger = createLogger((line) => logLines.push(line));
  try {
    const service = await startService(config, { logger, webDist: options.webDist });
    return {
      ...service,
      dataDir,
      graphEnv,
      logLines,
      dispose: async () => {
        await service.stop();
        await removeOwnDataDir();
      },
    };
  } catch (error) {
    await removeOwnDataDir();
    throw error;
  }
}

/** POSTs a GraphQL operation to a running service and returns the parsed JSON body. */
export async function graphql<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] } }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as never };
}
