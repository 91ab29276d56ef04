import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { createYoga } from 'graphql-yoga';
import { requireCurator } from './auth/require-curator.ts';
import { createRequestContext, type RequestContext, type ServiceDependencies } from './context.ts';
import { checkHealth, type SemanticHealth } from './health.ts';
import { createCorsPolicy } from './http/cors.ts';
import { createStaticFiles } from './http/static-files.ts';
import type { Logger } from './logger.ts';
import { createErrorMasker } from './mask-error.ts';
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
}

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  // GraphiQL loads its assets from a CDN; the app itself needs nothing but its own origin.
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
};

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
  const yoga = createYoga({
    schema: createSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: options.graphiql ?? true,
    landingPage: false,
    cors: createCorsPolicy(options.corsOrigins ?? []),
    ...yogaLimitOptions(limits),
    plugins: [
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
        { authorization: request.headers.get('authorization') },
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
    const { pathname, searchParams } = new URL(req.url ?? '/', 'http://localhost');
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
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (pathname === '/healthz') {
      const report = await checkHealth({
        graph: options.graph,
        pingSearch: options.pingSearch,
        ...(options.semantic ? { semantic: options.semantic } : {}),
      });
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
    await serveStatic(req, res);
  }

  return {
    yoga,
    requestListener: (req: IncomingMessage, res: ServerResponse) => {
      handle(req, res).catch((error: unknown) => {
        logger.error('Request failed', error);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('Internal error\n');
      });
    },
  };
}
