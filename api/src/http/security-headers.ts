import type { Plugin } from 'graphql-yoga';
import { GRAPHIQL_CSP } from './graphiql.ts';

/** Headers every answer carries: no MIME sniffing, no referrer, never in a frame. */
export const BASE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/** The web app needs nothing but its own origin (and data: images and inline styles). */
export const APP_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";

/** A GraphQL answer is data: opened as a document, it may load and run nothing. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** The app's pages, /healthz, /metrics and the assets: the base headers and the app's policy. */
export const APP_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  ...BASE_SECURITY_HEADERS,
  'content-security-policy': APP_CSP,
};

/**
 * The security headers on every /graphql answer (GraphiQL's page gets its own policy), and `Vary: Origin` when the
 * CORS answer depends on the Origin (an allow-list is set), so a shared cache never serves one origin's answer,
 * with its Access-Control-Allow-Origin, to another.
 */
export function useSecurityHeaders(options: { varyOnOrigin: boolean }): Plugin {
  return {
    onResponse({ response }) {
      const { headers } = response;
      for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) headers.set(name, value);
      const isPage = headers.get('content-type')?.startsWith('text/html') ?? false;
      headers.set('content-security-policy', isPage ? GRAPHIQL_CSP : API_CSP);
      if (options.varyOnOrigin) {
        const vary = headers.get('vary');
        if (!vary) headers.set('vary', 'Origin');
        else if (!/(^|,)\s*origin\s*(,|$)/i.test(vary)) headers.set('vary', `${vary}, Origin`);
      }
    },
  };
}
