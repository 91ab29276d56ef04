import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createYoga } from 'graphql-yoga';
import { createRequestContext, type ServiceDependencies } from './context.ts';
import { checkHealth } from './health.ts';
import { createStaticFiles } from './http/static-files.ts';
import type { Logger } from './logger.ts';
import { createErrorMasker } from './mask-error.ts';
import { createSchema } from './schema/create-schema.ts';

export interface ApiOptions extends ServiceDependencies {
  logger: Logger;
  /** Resolves when the search engine answers its health endpoint. */
  pingSearch: () => Promise<void>;
  /** @default true */
  graphiql?: boolean;
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

/** The HTTP face of the service: /graphql, /healthz and the web app, as one request listener. */
export function createApi(options: ApiOptions) {
  const { logger } = options;
  const yoga = createYoga({
    schema: createSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: options.graphiql ?? true,
    landingPage: false,
    maskedErrors: { maskError: createErrorMasker(logger) },
    context: () => createRequestContext({ graph: options.graph, searchIndex: options.searchIndex }),
    logging: {
      debug: () => {},
      info: () => {},
      warn: (...args: unknown[]) => logger.info(args.map(String).join(' ')),
      error: (...args: unknown[]) => logger.error(args.map(String).join(' ')),
    },
  });
  const serveStatic = createStaticFiles(options.webDist ?? fileURLToPath(new URL('../../web/dist/', import.meta.url)));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname === '/graphql') {
      await yoga.handle(req, res);
      return;
    }
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (pathname === '/healthz') {
      const report = await checkHealth({ graph: options.graph, pingSearch: options.pingSearch });
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
