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
    };

function setting(env: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
}

/** Bounds of GRAPH_BUFFER_POOL_MB: below 16 MiB LadybugDB has too few pages to work with. */
export const MIN_GRAPH_BUFFER_POOL_MB = 16;
export const MAX_GRAPH_BUFFER_POOL_MB = 65_536;

function bufferPoolBytes(env: Readonly<Record<string, string | undefined>>): { bufferPoolBytes?: number } {
  const text = setting(env, 'GRAPH_BUFFER_POOL_MB');
  if (text === undefined) return {};
  const mib = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(mib >= MIN_GRAPH_BUFFER_POOL_MB && mib <= MAX_GRAPH_BUFFER_POOL_MB)) {
    throw new GraphStoreError(
      'INVALID_ARGUMENT',
      `GRAPH_BUFFER_POOL_MB must be a whole number of MiB from ${MIN_GRAPH_BUFFER_POOL_MB} to ` +
        `${MAX_GRAPH_BUFFER_POOL_MB}, not ${JSON.stringify(text)}`,
    );
  }
  return { bufferPoolBytes: mib * 1024 * 1024 };
}

/**
 * Reads GRAPH_BACKEND (default `embedded`), DATA_DIR (default `./.data`), for the embedded backend
 * GRAPH_BUFFER_POOL_MB (default 256), and, for Neo4j,
 * NEO4J_URI (required), NEO4J_USER (default `neo4j`), NEO4J_PASSWORD and NEO4J_DATABASE
 * (default `neo4j`). Errors name the variable at fault and never echo the password.
 */
export function graphStoreConfigFromEnv(
  env: Readonly<Record<string, string | undefined>> = process.env,
): GraphStoreConfig {
  const backend = setting(env, 'GRAPH_BACKEND') ?? 'embedded';
  if (backend === 'embedded') {
    return { backend, dataDir: setting(env, 'DATA_DIR') ?? './.data', ...bufferPoolBytes(env) };
  }
  if (backend === 'neo4j') {
    const uri = setting(env, 'NEO4J_URI');
    if (!uri) {
      throw new GraphStoreError(
        'INVALID_ARGUMENT',
        'GRAPH_BACKEND=neo4j needs NEO4J_URI (for example neo4j://localhost:7687); it is not set',
      );
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
  return config.backend === 'neo4j' ? { ...config, password: '[redacted]' } : { ...config };
}
