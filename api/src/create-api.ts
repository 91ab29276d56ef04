import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { createYoga } from 'graphql-yoga';
import { requireCurator } from './auth/require-curator.ts';
import { createRequestContext, type RequestContext, type ServiceDependencies } from './context.ts';
import { checkHealth, type SemanticHealth } from './health.ts';
import { createCorsPolicy } from './http/cors.ts';
import { createGraphiQL, GRAPHIQL_ASSETS_PATH } from './http/graphiql.ts';
import { REQUEST_ID_HEADER, requestIdOf } from './http/request-id.ts';
import { APP_SECURITY_HEADERS, useSecurityHeaders } from './http/security-headers.ts';
import { createStaticFiles } from './http/static-files.ts';
import { withLogContext, type Logger } from './logger.ts';
import { createErrorMasker } from './mask-error.ts';
import { createMetrics } from './metrics/create-metrics.ts';
import { mayReadMetrics } from './metrics/metrics-access.ts';
import { useMetrics } from './metrics/use-metrics.ts';
import { API_LIMITS, RATE_LIMITS, type ApiLimits } from './plugins/api-limits.ts';
import { useErrorCodes } from './plugins/use-error-codes.ts';
import { useLimits, yogaLimitOptions } from './plugins/use-limits.ts';
import { useNormalizedStrings } from './plugins/use-normalized-strings.ts';
import { useRateLimit, type RateLimitSettings } from './plugins/use-rate-limit.ts';
import { createSchema } from './schema/create-schema.ts';

export interface ApiOptions extends ServiceDependencies {
  logger: Logger;
  /** Resolves when the search engine answers its health endpoint. */
  pingSearch: () => Promise<void>;
  /** Whether search matches by meaning, for /healthz. */
  semantic?: SemanticHealth;
  /** GraphiQL for browsers at /graphql. @default true */
  graphiql?: boolean;
  /** Introspection queries (`__schema`, `__type`). @default true */
  introspection?: boolean;
  /** Origins allowed to call /graphql from a browser. @default [] (same-origin only) */
  corsOrigins?: readonly string[];
  /** @default API_LIMITS */
  limits?: ApiLimits;
  /**
   * Budgets per client for search, suggest, paths and deep neighbourhoods.
   * @default RATE_LIMITS, X-Forwarded-For ignored
   */
  rateLimit?: RateLimitSettings;
  /** Folder of the built web app. @default web/dist of this repository */
  webDist?: string;
  /**
   * The bearer token a scraper of /metrics must send. @default none: /metrics answers only loopback requests that
   * came through no proxy
   */
  metricsToken?: string;
  /** Entity ids waiting in the search outbox, for /metrics. @default not reported */
  searchOutboxDepth?: () => Promise<number>;
}

/**
 * The headers that make a request "non-simple", so a browser must ask (CORS preflight) before
 * sending it cross-origin. Requests with a JSON body, as Apollo Client sends, need none of them.
 */
export const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'apollo-require-preflight'];

/** The name of a GET parameter that should hold JSON and does not parse, if any. */
function malformedJsonParam(params: URLSearchParams): string | undefined {
  for (const name of ['variables', 'extensions']) {
    const text = params.get(name);
    if (text === null || text === '') continue;
    try {
      JSON.parse(text);
    } catch {
      return name;
    }
  }
  return undefined;
}

/** The HTTP face of the service: /graphql, /healthz and the web app, as one request listener. */
export function createApi(options: ApiOptions) {
  const { logger } = options;
  const limits = options.limits ?? API_LIMITS;
  const corsOrigins = options.corsOrigins ?? [];
  const graphiqlOn = options.graphiql ?? true;
  const graphiql = createGraphiQL();
  const health = () =>
    checkHealth({
      graph: options.graph,
      pingSearch: options.pingSearch,
      ...(options.semantic ? { semantic: options.semantic } : {}),
    });
  const metrics = createMetrics({
    engineHealth: () =>
      health().then((report) => ({ search: report.search.status === 'up', graph: report.graph.status === 'up' })),
    ...(options.searchOutboxDepth ? { searchOutboxDepth: options.searchOutboxDepth } : {}),
  });
  const yoga = createYoga({
    schema: createSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: graphiqlOn && { title: 'GraphiQL · 工业文化知识图谱' },
    renderGraphiQL: graphiql.render,
    landingPage: false,
    cors: createCorsPolicy(corsOrigins),
    ...yogaLimitOptions(limits),
    plugins: [
      // First: it must see every operation, also one a later plugin refuses.
      useMetrics(metrics),
      useSecurityHeaders({ varyOnOrigin: corsOrigins.length > 0 }),
      // GET requests and form or text/plain bodies are "simple": a browser sends them cross-origin
      // without asking, so they must carry one of these headers, which no form can set.
      useCSRFPrevention({ requestHeaders: CSRF_HEADERS }),
      useNormalizedStrings(),
      ...useLimits(limits),
      // After the limits: an operation they refuse runs nothing, so it spends no budget.
      useRateLimit({
        ...(options.rateLimit ?? { budgets: RATE_LIMITS }),
        curatorOf: (context) =>
          (context as RequestContext).authorization
            ? requireCurator(context as RequestContext).then(
                (session) => session.curator.id,
                () => null,
              )
            : Promise.resolve(null),
      }),
      ...(options.introspection === false ? [useDisableIntrospection()] : []),
      useErrorCodes(),
    ],
    maskedErrors: { maskError: createErrorMasker(logger) },
    context: ({ request }) =>
      createRequestContext(
        {
          graph: options.graph,
          searchIndex: options.searchIndex,
          searchIndexes: options.searchIndexes,
          curation: options.curation,
        },
        { authorization: request.headers.get('authorization'), maxRecordsRead: limits.recordsRead },
      ),
    logging: {
      debug: () => {},
      info: () => {},
      warn: (...args: unknown[]) => logger.info(args.map(String).join(' ')),
      error: (...args: unknown[]) => logger.error(args.map(String).join(' ')),
    },
  });
  const serveStatic = createStaticFiles(options.webDist ?? fileURLToPath(new URL('../../web/dist/', import.meta.url)));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = requestTarget(req.url);
    if (!target) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', ...APP_SECURITY_HEADERS });
      res.end('Malformed request target.\n');
      return;
    }
    const { pathname, searchParams } = target;
    if (pathname === '/graphql') {
      const malformed = req.method === 'GET' ? malformedJsonParam(searchParams) : undefined;
      if (malformed) {
        // Yoga's GET parser throws on such text, which would be masked as an internal error (500).
        res.writeHead(400, { 'content-type': 'application/json; charset=utf-8' });
        res.end(
          JSON.stringify({
            errors: [{ message: `${malformed} must be JSON text (an object)`, extensions: { code: 'BAD_USER_INPUT' } }],
          }),
        );
        return;
      }
      await yoga.handle(req, res);
      return;
    }
    for (const [name, value] of Object.entries(APP_SECURITY_HEADERS)) res.setHeader(name, value);
    if (pathname === '/healthz') {
      const report = await health();
      res.writeHead(report.status === 'ok' ? 200 : 503, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(JSON.stringify(report));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (pathname === '/metrics') {
      if (!mayReadMetrics(req, options.metricsToken)) {
        res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
        res.end('Metrics are for loopback scrapers, or for whoever sends the METRICS_TOKEN as a bearer token.\n');
        return;
      }
      const text = await metrics.registry.metrics();
      res.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : text);
      return;
    }
    if (
      graphiqlOn &&
      pathname.startsWith(GRAPHIQL_ASSETS_PATH) &&
      (await graphiql.serveAsset(pathname, req.method ?? 'GET', res))
    ) {
      return;
    }
    await serveStatic(req, res, pathname);
  }

  return {
    yoga,
    requestListener: (req: IncomingMessage, res: ServerResponse) => {
      const requestId = requestIdOf(req.headers[REQUEST_ID_HEADER]);
      res.setHeader(REQUEST_ID_HEADER, requestId);
      withLogContext({ requestId }, () =>
        handle(req, res).catch((error: unknown) => {
          logger.error('Request failed', error);
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
          res.end('Internal error\n');
        }),
      );
    },
  };
}

/** The path and query of a request's target, or undefined when it is not a URL path (`//`, an absolute URL gone wrong). */
function requestTarget(url: string | undefined): URL | undefined {
  try {
    return new URL(url ?? '/', 'http://localhost');
  } catch {
    return undefined;
  }
}
