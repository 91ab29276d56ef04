import { GraphStoreError } from './graph-store-error.ts';

export type GraphStoreConfig =
  | {
      backend: 'embedded';
      /** Directory holding the LadybugDB database file. */
      dataDir: string;
      /** @default 268_435_456 (256 MiB) */
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

/**
 * Reads GRAPH_BACKEND (default `embedded`), DATA_DIR (default `./.data`) and, for Neo4j,
 * NEO4J_URI (required), NEO4J_USER (default `neo4j`), NEO4J_PASSWORD and NEO4J_DATABASE
 * (default `neo4j`). Errors name the variable at fault and never echo the password.
 */
export function graphStoreConfigFromEnv(
  env: Readonly<Record<string, string | undefined>> = process.env,
): GraphStoreConfig {
  const backend = setting(env, 'GRAPH_BACKEND') ?? 'embedded';
  if (backend === 'embedded') {
    return { backend, dataDir: setting(env, 'DATA_DIR') ?? './.data' };
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
