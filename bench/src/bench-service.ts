import { createLogger, serviceConfigFromEnv, startService, type RunningService } from '@icg/api';
import type { MeilisearchServer } from '@icg/search-indexer';

/**
 * The service in this process, on a graph and an index the bench built itself (served as they are), so the figures
 * compare it with direct calls to the same engines. Its log lines go to `log`.
 */
export function startServiceOnBenchData(
  dataDir: string,
  meiliServer: Pick<MeilisearchServer, 'url' | 'masterKey'>,
  log: string[],
  options: { indexUid?: string; graphEnv?: Record<string, string> } = {},
): Promise<RunningService> {
  const { graphEnv = { GRAPH_BACKEND: 'embedded' }, ...startOptions } = options;
  return startService(
    serviceConfigFromEnv({
      DATA_DIR: dataDir,
      PORT: '0',
      ...graphEnv,
      MEILI_URL: meiliServer.url,
      MEILI_MASTER_KEY: meiliServer.masterKey,
      GRAPHIQL: 'false',
      // One client sending as fast as it can: the per-client budgets would measure the limiter, not the service.
      RATE_LIMITS: 'off',
    }),
    { logger: createLogger((line) => log.push(line)), reindexAtStart: 'never', ...startOptions },
  );
}
