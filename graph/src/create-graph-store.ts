import { createEmbeddedGraphStore } from './adapters/embedded/create-embedded-graph-store.ts';
import { createNeo4jGraphStore } from './adapters/neo4j/create-neo4j-graph-store.ts';
import type { GraphStoreConfig } from './graph-store-config.ts';
import type { GraphStore } from './graph-store.ts';

/**
 * Opens the configured backend. The embedded store takes DATA_DIR's write lock here, so a
 * second writer fails at start-up with LOCKED rather than at its first query.
 */
export async function createGraphStore(config: GraphStoreConfig): Promise<GraphStore> {
  if (config.backend === 'embedded') {
    return createEmbeddedGraphStore({
      dataDir: config.dataDir,
      bufferPoolBytes: config.bufferPoolBytes,
      readOnly: config.readOnly,
    });
  }
  return createNeo4jGraphStore({
    uri: config.uri,
    user: config.user,
    password: config.password,
    database: config.database,
  });
}
