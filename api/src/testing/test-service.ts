import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@icg/graph/testing';
import { serviceConfigFromEnv, type ServiceConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { startService, type RunningService } from '../service.ts';

export interface TestService extends RunningService {
  dataDir: string;
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
 * Starts the whole service on real engines (embedded graph, its own Meilisearch) in a fresh
 * data directory (unless `env` names one) on free ports. `env` overrides the environment the config is read from.
 */
export async function startTestService(
  env: NodeJS.ProcessEnv = {},
  options: { webDist?: string } = {},
): Promise<TestService> {
  // A DATA_DIR given by the test is the test's to keep; only a directory made here is removed.
  const ownDataDir = env['DATA_DIR'] === undefined;
  const dataDir = env['DATA_DIR'] ?? (await makeTempDataDir());
  const removeOwnDataDir = () => (ownDataDir ? rm(dataDir, { recursive: true, force: true }) : Promise.resolve());
  const config: ServiceConfig = serviceConfigFromEnv({
    DATA_DIR: dataDir,
    PORT: '0',
    GRAPH_BACKEND: 'embedded',
    // Fuzz, load and search-quality tests fire hundreds of searches a second from 127.0.0.1;
    // a test about rate limits sets RATE_LIMITS itself.
    RATE_LIMITS: 'off',
    ...env,
  });
  const logLines: string[] = [];
  const logger = createLogger((line) => logLines.push(line));
  try {
    const service = await startService(config, { logger, webDist: options.webDist });
    return {
      ...service,
      dataDir,
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
