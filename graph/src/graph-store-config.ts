import { GraphStoreError } from './graph-store-error.ts';

export type GraphStoreConfig =
  | {
      backend: 'embedded';
      /** Directory holding the LadybugDB database file. */
      dataDir: string;
      /** LadybugDB's page cache (GRAPH_BUFFER_POOL_MB). @default 268_435_456 (256 MiB) */
      bufferPoolBytes?: number;
      /** @default false */
      readOnly?: boolean;
    }
  | {
      backend: 'neo4j';
      uri: string;
      user: string;
      password: string;
      database: string;
    }
  | {
      backend: 'neo4j';
      /** No NEO4J_URI: the store runs its own Neo4j server, home and password under `dataDir`. */
      local: LocalNeo4jConfig;
    };

export interface LocalNeo4jConfig {
  dataDir: string;
  /** NEO4J_HEAP_MB. @default 512 */
  heapMb?: number;
  /** NEO4J_PAGECACHE_MB. @default 256 */
  pageCacheMb?: number;
}

/** A Neo4j that the store starts itself, rather than one at NEO4J_URI. */
export function isLocalNeo4jConfig(config: GraphStoreConfig): config is Extract<GraphStoreConfig, { local: unknown }> {
  return config.backend === 'neo4j' && 'local' in config;
}

function setting(env: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
}

/** Bounds of GRAPH_BUFFER_POOL_MB: below 16 MiB LadybugDB has too few pages to work with. */
export const MIN_GRAPH_BUFFER_POOL_MB = 16;
export const MAX_GRAPH_BUFFER_POOL_MB = 65_536;

/** A whole number of MiB within bounds, or undefined when unset; the error names the variable and its value. */
function mebibytes(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
  min: number,
  max: number,
): number | undefined {
  const text = setting(env, name);
  if (text === undefined) return undefined;
  const mib = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(mib >= min && mib <= max)) {
    throw new GraphStoreError(
      'INVALID_ARGUMENT',
      `${name} must be a whole number of MiB from ${min} to ${max}, not ${JSON.stringify(text)}`,
    );
  }
  return mib;
}

/**
 * Reads GRAPH_BACKEND (default `embedded`), DATA_DIR (default `./.data`), for the embedded backend
 * GRAPH_BUFFER_POOL_MB (default 256), and, for Neo4j, NEO4J_URI, NEO4J_USER (default `neo4j`),
 * NEO4J_PASSWORD and NEO4J_DATABASE (default `neo4j`); without NEO4J_URI, the store runs its own Neo4j under
 * DATA_DIR with NEO4J_HEAP_MB and NEO4J_PAGECACHE_MB. Errors name the variable at fault and never echo the password.
 */
export function graphStoreConfigFromEnv(
  env: Readonly<Record<string, string | undefined>> = process.env,
): GraphStoreConfig {
  const backend = setting(env, 'GRAPH_BACKEND') ?? 'embedded';
  if (backend === 'embedded') {
    const poolMb = mebibytes(env, 'GRAPH_BUFFER_POOL_MB', MIN_GRAPH_BUFFER_POOL_MB, MAX_GRAPH_BUFFER_POOL_MB);
    return {
      backend,
      dataDir: setting(env, 'DATA_DIR') ?? './.data',
      ...(poolMb === undefined ? {} : { bufferPoolBytes: poolMb * 1024 * 1024 }),
    };
  }
  if (backend === 'neo4j') {
    const uri = setting(env, 'NEO4J_URI');
    if (!uri) {
      const heapMb = mebibytes(env, 'NEO4J_HEAP_MB', 128, 65_536);
      const pageCacheMb = mebibytes(env, 'NEO4J_PAGECACHE_MB', 16, 65_536);
      return {
        backend,
        local: {
          dataDir: setting(env, 'DATA_DIR') ?? './.data',
          ...(heapMb === undefined ? {} : { heapMb }),
          ...(pageCacheMb === undefined ? {} : { pageCacheMb }),
        },
      };
    }
    return {
      backend,
      uri,
      user: setting(env, 'NEO4J_USER') ?? 'neo4j',
      // Not trimmed: a password may legitimately start or end with spaces.
      password: env.NEO4J_PASSWORD ?? '',
      database: setting(env, 'NEO4J_DATABASE') ?? 'neo4j',
    };
  }
  throw new GraphStoreError(
    'INVALID_ARGUMENT',
    `GRAPH_BACKEND must be "embedded" or "neo4j", not ${JSON.stringify(backend)}`,
  );
}

/** A copy that is safe to log: the password is replaced. */
export function redactGraphStoreConfig(config: GraphStoreConfig): GraphStoreConfig {
  return config.backend === 'neo4j' && !isLocalNeo4jConfig(config)
    ? { ...config, password: '[redacted]' }
    : { ...config };
}
