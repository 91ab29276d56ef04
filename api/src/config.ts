import { resolve } from 'node:path';
import { graphStoreConfigFromEnv, type GraphStoreConfig } from '@icg/graph';

export interface ServiceConfig {
  /** @default '127.0.0.1' */
  host: string;
  /** @default 4000 */
  port: number;
  /** Where the embedded graph, the local Meilisearch and its master key live. @default './.data' */
  dataDir: string;
  graph: GraphStoreConfig;
  /** An external Meilisearch; when absent the service starts its own from the npm-shipped binary. */
  meiliUrl: string | undefined;
  meiliMasterKey: string | undefined;
  /** Port of the service's own Meilisearch. @default a free port */
  meiliPort: number | undefined;
  /** GraphiQL at /graphql for browsers. @default true unless NODE_ENV=production */
  graphiql: boolean;
  /** Introspection queries (`__schema`, `__type`). @default true unless NODE_ENV=production */
  introspection: boolean;
  /**
   * Origins allowed to call /graphql from a browser (CORS), e.g. `https://map.example.org`.
   * @default [] (same-origin only)
   */
  corsOrigins: string[];
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function portFrom(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`${name} must be a port number from 0 to 65535; got "${raw}"`);
  }
  return port;
}

function flagFrom(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false; got "${raw}"`);
}

function originsFrom(env: NodeJS.ProcessEnv, name: string): string[] {
  const raw = env[name] ?? '';
  const origins = raw
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of origins) {
    // An Origin header is scheme://host[:port] exactly: no path, no trailing slash, no wildcard.
    if (!/^https?:\/\/[^/\s*]+$/.test(origin)) {
      throw new ConfigError(`${name} must list origins like https://example.org, separated by commas; got "${origin}"`);
    }
  }
  return origins;
}

/** Reads every setting from the environment; README.md lists them. */
export function serviceConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const dataDir = resolve(env['DATA_DIR'] || './.data');
  const meiliUrl = env['MEILI_URL'] || undefined;
  if (meiliUrl && !/^https?:\/\//.test(meiliUrl)) {
    throw new ConfigError(`MEILI_URL must be an http(s) URL; got "${meiliUrl}"`);
  }
  return {
    host: env['HOST'] || '127.0.0.1',
    port: portFrom(env, 'PORT') ?? 4000,
    dataDir,
    graph: graphStoreConfigFromEnv({ ...env, DATA_DIR: dataDir }),
    meiliUrl,
    meiliMasterKey: env['MEILI_MASTER_KEY'] || undefined,
    meiliPort: portFrom(env, 'MEILI_PORT'),
    graphiql: flagFrom(env, 'GRAPHIQL', env['NODE_ENV'] !== 'production'),
    introspection: flagFrom(env, 'INTROSPECTION', env['NODE_ENV'] !== 'production'),
    corsOrigins: originsFrom(env, 'CORS_ORIGINS'),
  };
}
