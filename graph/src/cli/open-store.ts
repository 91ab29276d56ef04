import { createGraphStore } from '../create-graph-store.ts';
import { redactUri } from '../adapters/neo4j/neo4j-errors.ts';
import { graphStoreConfigFromEnv, isLocalNeo4jConfig, type GraphStoreConfig } from '../graph-store-config.ts';
import type { GraphStore } from '../graph-store.ts';

export interface OpenedStore {
  store: GraphStore;
  config: GraphStoreConfig;
  /** Where the store is, safe to print: DATA_DIR or the Neo4j URI and database. */
  description: string;
}

/**
 * Opens the store the environment configures (DATA_DIR, GRAPH_BACKEND, NEO4J_*). Commands that only
 * read open the embedded graph read-only, which works beside the running service; commands that
 * write need the write lock, and fail with LOCKED while the service holds it.
 */
export async function openConfiguredStore(
  env: Readonly<Record<string, string | undefined>>,
  access: 'read' | 'write',
  /** Lines about starting the Neo4j of DATA_DIR, when it is not running yet. */
  onProgress?: (line: string) => void,
): Promise<OpenedStore> {
  const base = graphStoreConfigFromEnv(env);
  const config: GraphStoreConfig =
    base.backend === 'embedded' && access === 'read' ? { ...base, readOnly: true } : base;
  const store = await createGraphStore(config, { onProgress });
  try {
    await store.ensureSchema();
  } catch (error) {
    await store.close();
    throw error;
  }
  const description =
    config.backend === 'embedded'
      ? `embedded graph in DATA_DIR ${config.dataDir}${access === 'read' ? ' (read-only)' : ''}`
      : isLocalNeo4jConfig(config)
        ? `the Neo4j of DATA_DIR ${config.local.dataDir}`
        : `Neo4j at ${redactUri(config.uri)}, database ${config.database}`;
  return { store, config, description };
}
