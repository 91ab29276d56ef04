import { superviseServer, type SupervisorEvents } from '@icg/runtime';
import type { LocalNeo4jConfig } from '../../../graph-store-config.ts';
import type { GraphStore } from '../../../graph-store.ts';
import { createNeo4jGraphStore, type Neo4jGraphStoreOptions } from '../create-neo4j-graph-store.ts';
import { findRunningLocalNeo4j, startLocalNeo4j } from './local-neo4j-server.ts';

export interface LocalNeo4jEvents extends SupervisorEvents {
  /** Fetching, compiling, starting: lines for a terminal. */
  onProgress?: (line: string) => void;
}

/**
 * A Neo4j store on the server of DATA_DIR. When another process (the running service) already runs that server, the
 * store connects to it, so `pnpm backup` works beside the service; otherwise it starts the server, starts it again
 * whenever it exits by itself (the driver reconnects to the same port), and stops it on `close()`.
 */
export async function createLocalNeo4jGraphStore(
  config: LocalNeo4jConfig,
  events: LocalNeo4jEvents = {},
  store: Pick<Neo4jGraphStoreOptions, 'hangDetection'> = {},
): Promise<GraphStore> {
  const running = await findRunningLocalNeo4j(config.dataDir);
  if (running) {
    events.onProgress?.(`Neo4j is already running on ${config.dataDir} (pid ${running.pid}); connecting to it`);
    return createNeo4jGraphStore({
      ...store,
      uri: running.uri,
      user: 'neo4j',
      password: running.password,
      database: 'neo4j',
    });
  }
  const options = { ...config, onProgress: events.onProgress };
  const server = await startLocalNeo4j(options);
  const supervised = await superviseServer(server, () => startLocalNeo4j({ ...options, port: server.port }), events);
  const neo4j = createNeo4jGraphStore({
    ...store,
    uri: server.uri,
    user: server.user,
    password: server.password,
    database: server.database,
  });
  return {
    ...neo4j,
    async close() {
      await neo4j.close();
      await supervised.stop();
    },
  };
}
