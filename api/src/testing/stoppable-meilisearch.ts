import { rm } from 'node:fs/promises';
import { startMeilisearch, type MeilisearchServer } from '@icg/search-indexer';
import { makeTempDataDir } from './test-service.ts';

/**
 * A Meilisearch that a test can stop and start again on the same port and data, to check how the service
 * behaves while its search engine is down and after it comes back. Pass `env` to `startTestService`.
 */
export interface StoppableMeilisearch {
  readonly url: string;
  /** MEILI_URL and MEILI_MASTER_KEY, pointing the service at this server. */
  readonly env: { MEILI_URL: string; MEILI_MASTER_KEY: string };
  /** Stops the server; the index stays on disk. */
  stop(): Promise<void>;
  /**
   * Ends the server with SIGKILL, as a crash would: no graceful shutdown, open connections die. Resolves once
   * the process is gone; the index stays on disk.
   */
  kill(): Promise<void>;
  /** Starts it again on the same port and data directory, and resolves once it is healthy. */
  restart(): Promise<void>;
  /** Stops it and removes its data directory. */
  dispose(): Promise<void>;
}

export async function startStoppableMeilisearch(): Promise<StoppableMeilisearch> {
  const dataDir = await makeTempDataDir('icg-meili-');
  let server: MeilisearchServer | undefined = await startMeilisearch({ dataDir });
  const { url, masterKey } = server;
  const port = Number(new URL(url).port);
  return {
    url,
    env: { MEILI_URL: url, MEILI_MASTER_KEY: masterKey },
    async stop() {
      await server?.stop();
      server = undefined;
    },
    async kill() {
      if (!server) return;
      process.kill(server.pid, 'SIGKILL');
      // stop() after the kill only waits for the exit and removes the pidfile.
      await server.stop();
      server = undefined;
    },
    async restart() {
      await server?.stop();
      server = await startMeilisearch({ dataDir, port });
    },
    async dispose() {
      await server?.stop();
      server = undefined;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
