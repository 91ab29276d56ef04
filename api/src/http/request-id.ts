import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

/** What a proxy or client may name a request with: a plain token, so it can be logged and echoed as it is. */
const WELL_FORMED = /^[A-Za-z0-9._~:+/=-]{1,128}$/;

/**
 * The request's id for logs and for the `X-Request-Id` answer header: the one a proxy (or client) sent, when it is
 * well formed, so a request can be followed across services; otherwise a new UUID.
 */
export function requestIdOf(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given !== undefined && WELL_FORMED.test(given) ? given : randomUUID();
}
