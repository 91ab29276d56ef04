import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { mayReadMetrics } from './metrics-access.ts';

/** What the check reads of a request: its headers and the address it came from. */
const request = (remoteAddress: string, headers: Record<string, string> = {}) =>
  ({ headers, socket: { remoteAddress } }) as unknown as IncomingMessage;

describe('mayReadMetrics', () => {
  it('without a token, lets only loopback requests through, and none that a proxy forwarded', () => {
    expect(mayReadMetrics(request('127.0.0.1'), undefined)).toBe(true);
    expect(mayReadMetrics(request('::1'), undefined)).toBe(true);
    expect(mayReadMetrics(request('::ffff:127.0.0.1'), undefined)).toBe(true);
    expect(mayReadMetrics(request('192.0.2.7'), undefined)).toBe(false);
    expect(mayReadMetrics(request('::ffff:192.0.2.7'), undefined)).toBe(false);
    for (const header of ['x-forwarded-for', 'forwarded', 'x-real-ip']) {
      expect(mayReadMetrics(request('127.0.0.1', { [header]: '192.0.2.7' }), undefined)).toBe(false);
    }
  });

  it('with a token, lets through whoever sends it as a bearer token, from any address, and no one else', () => {
    const token = 'metrics-scraper-0123456789';
    expect(mayReadMetrics(request('192.0.2.7', { authorization: `Bearer ${token}` }), token)).toBe(true);
    expect(mayReadMetrics(request('127.0.0.1'), token)).toBe(false);
    expect(mayReadMetrics(request('127.0.0.1', { authorization: `Bearer ${token}x` }), token)).toBe(false);
    expect(mayReadMetrics(request('127.0.0.1', { authorization: token }), token)).toBe(false);
  });
});
