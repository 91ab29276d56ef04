import { createEmbeddedGraphStore } from './adapters/embedded/create-embedded-graph-store.ts';
import { createNeo4jGraphStore, type Neo4jGraphStoreOptions } from './adapters/neo4j/create-neo4j-graph-store.ts';
import {
  createLocalNeo4jGraphStore,
  type LocalNeo4jEvents,
} from './adapters/neo4j/local-server/create-local-neo4j-graph-store.ts';
import { isLocalNeo4jConfig, type GraphStoreConfig } from './graph-store-config.ts';
import type { GraphStore } from './graph-store.ts';

/**
 * Opens the configured backend. The embedded store takes DATA_DIR's write lock here, so a
 * second writer fails at start-up with LOCKED rather than at its first query. Neo4j without a URI is
 * started here (or joined, when another process runs it on the same DATA_DIR), and `events` hears of it. `neo4j`
 * turns on hang detection for a store that answers readers (the API service).
 */
export async function createGraphStore(
  config: GraphStoreConfig,
  events: LocalNeo4jEvents = {},
  neo4j: Pick<Neo4jGraphStoreOptions, 'hangDetection'> = {},
): Promise<GraphStore> {
  if (config.backend === 'embedded') {
    return createEmbeddedGraphStore({
      dataDir: config.dataDir,
      bufferPoolBytes: config.bufferPoolBytes,
      readOnly: config.readOnly,
    });
  }
  if (isLocalNeo4jConfig(config)) return createLocalNeo4jGraphStore(config.local, events, neo4j);
  return createNeo4jGraphStore({
    ...neo4j,
    uri: config.uri,
    user: config.user,
    password: config.password,
    database: config.database,
  });
}
