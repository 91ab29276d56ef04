import { resolve } from 'node:path';
import { isIPv4, isIPv6 } from 'node:net';
import { graphStoreConfigFromEnv, type GraphStoreConfig } from '@icg/graph';
import { RATE_CLASSES, RATE_LIMITS, type RateBudget, type RateBudgets, type RateClass } from './plugins/api-limits.ts';
import type { RateLimitSettings, TrustProxy } from './plugins/use-rate-limit.ts';

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
  /**
   * The bearer token that lets a scraper read /metrics from anywhere (METRICS_TOKEN, 16 characters or more).
   * @default none: only loopback requests that came through no proxy may read it
   */
  metricsToken: string | undefined;
  /**
   * Budgets per client for expensive operations (RATE_LIMITS) and which proxies may name the client
   * (TRUST_PROXY). @default RATE_LIMITS of api-limits.ts, X-Forwarded-For ignored
   */
  rateLimit: RateLimitSettings;
  /**
   * Search by meaning as well as by words (SEMANTIC_SEARCH): loads the embedding model at start. Off, or without the
   * model, every search is by words.
   * @default true
   */
  semanticSearch: boolean;
  /**
   * Where document vectors are cached, keyed by model and text, so a restart or a reindex of unchanged content
   * embeds nothing (VECTOR_CACHE_DIR). @default DATA_DIR/vectors
   */
  vectorCacheDir: string;
  /** Where the embedding model was fetched to (ICG_ARTIFACTS_DIR). @default `.cache/artifacts` of the repository */
  artifactsDir: string | undefined;
  /** Query vectors kept in memory, so a repeated search embeds nothing (QUERY_VECTOR_CACHE). @default 1000 */
  queryVectorCacheSize: number;
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

function countFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 0 || count > max) {
    throw new ConfigError(`${name} must be a whole number from 0 to ${max}; got "${raw}"`);
  }
  return count;
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

const RATE_UNITS: Readonly<Record<string, number>> = { s: 1, min: 60, h: 3600 };

function budgetFrom(name: string, rateClass: RateClass, spec: string): RateBudget | null {
  if (spec === 'off') return null;
  const match = /^(\d+(?:\.\d+)?)\/(s|min|h):(\d+)$/.exec(spec);
  const perUnit = Number(match?.[1]);
  const burst = Number(match?.[3]);
  if (!match || !(perUnit > 0) || !(burst >= 1)) {
    throw new ConfigError(
      `${name} must give ${rateClass} a rate and a burst like 10/s:30 (per s, min or h), or off; got "${spec}"`,
    );
  }
  return { perSecond: perUnit / RATE_UNITS[match[2]!]!, burst };
}

/** `off`, or overrides of the default budgets: `search=10/s:30,paths=30/min:5,neighborhood=off`. */
function rateBudgetsFrom(env: NodeJS.ProcessEnv, name: string): RateBudgets | 'off' {
  const raw = (env[name] ?? '').trim();
  if (raw === 'off') return 'off';
  const budgets: Record<RateClass, RateBudget | null> = { ...RATE_LIMITS };
  const seen = new Set<string>();
  for (const entry of raw.split(',').map((part) => part.trim())) {
    if (entry === '') continue;
    const [rateClass = '', spec = '', ...rest] = entry.split('=').map((part) => part.trim());
    if (!RATE_CLASSES.includes(rateClass as RateClass) || rest.length > 0 || seen.has(rateClass)) {
      throw new ConfigError(
        `${name} must be off or list class=rate:burst once per class (classes: ${RATE_CLASSES.join(', ')}); got "${entry}"`,
      );
    }
    seen.add(rateClass);
    budgets[rateClass as RateClass] = budgetFrom(name, rateClass as RateClass, spec);
  }
  return budgets;
}

/** A number of proxy hops, or the proxies' addresses and subnets, comma-separated. */
function trustProxyFrom(env: NodeJS.ProcessEnv, name: string): TrustProxy {
  const raw = (env[name] ?? '').trim();
  if (raw === '' || /^(0|false|no|off)$/i.test(raw)) return 0;
  if (/^(true|yes|on)$/i.test(raw)) return 1;
  if (/^\d+$/.test(raw)) return Number(raw);
  const proxies = raw.split(',').map((part) => part.trim());
  for (const proxy of proxies) {
    const [address = '', prefix, ...rest] = proxy.split('/');
    const bits = isIPv4(address) ? 32 : isIPv6(address) ? 128 : 0;
    const prefixOk = prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= bits);
    if (bits === 0 || !prefixOk || rest.length > 0) {
      throw new ConfigError(
        `${name} must be a number of proxy hops, or proxy addresses or subnets (10.0.0.0/8) separated by commas; got "${proxy}"`,
      );
    }
  }
  return proxies;
}

function metricsTokenFrom(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const token = env[name] || undefined;
  if (token !== undefined && !/^[\x21-\x7e]{16,}$/.test(token)) {
    throw new ConfigError(`${name} must be at least 16 printable characters without spaces`);
  }
  return token;
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
    metricsToken: metricsTokenFrom(env, 'METRICS_TOKEN'),
    rateLimit: { budgets: rateBudgetsFrom(env, 'RATE_LIMITS'), trustProxy: trustProxyFrom(env, 'TRUST_PROXY') },
    semanticSearch: flagFrom(env, 'SEMANTIC_SEARCH', true),
    vectorCacheDir: resolve(env['VECTOR_CACHE_DIR'] || `${dataDir}/vectors`),
    artifactsDir: env['ICG_ARTIFACTS_DIR'] ? resolve(env['ICG_ARTIFACTS_DIR']) : undefined,
    queryVectorCacheSize: countFrom(env, 'QUERY_VECTOR_CACHE', 1_000, 100_000),
  };
}
