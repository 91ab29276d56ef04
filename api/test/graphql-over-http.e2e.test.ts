import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '@icg/api/testing';

/**
 * The GraphQL-over-HTTP conformance audits of `graphql-http`, run against the real service.
 * README.md ("GraphQL over HTTP") lists the audits not met and why.
 */

let service: TestService;

beforeAll(async () => {
  service = await startTestService();
}, 120_000);

afterAll(async () => {
  await service?.dispose();
});

const url = () => `${service.url}/graphql`;

/** A script's fetch: it sends the CSRF header, as README.md asks of every client that uses GET. */
function fetchWithCsrfHeader(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const headers = new Headers(init?.headers);
  headers.set('x-graphql-yoga-csrf', '1');
  return fetch(input, { ...init, headers });
}

/**
 * Audits not met by a client that sends no CSRF header: all three send a GET without one, which
 * CSRF prevention refuses (403), since a browser sends such a GET cross-origin without asking.
 */
const NOT_MET_WITHOUT_CSRF_HEADER: Record<string, string> = {
  '5A70': 'MAY accept application/x-www-form-urlencoded formatted GET requests',
  D6D5: 'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
  '6A70': 'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
};

describe('GraphQL over HTTP audits, from a client that sends the CSRF header', () => {
  for (const audit of serverAudits({ url, fetchFn: fetchWithCsrfHeader })) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      expect(result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`).toBe('ok');
    });
  }
});

describe('GraphQL over HTTP audits, from a client that sends no CSRF header', () => {
  const audits = serverAudits({ url });
  const results = new Map<string, AuditResult>();

  beforeAll(async () => {
    for (const audit of audits) results.set(audit.id, await audit.fn());
  });

  it('passes every MUST audit', () => {
    const mustAudits = audits.filter((audit) => audit.name.startsWith('MUST'));
    expect(mustAudits.length).toBeGreaterThan(0);
    const failed = mustAudits.filter((audit) => results.get(audit.id)?.status !== 'ok');
    expect(failed.map((audit) => `${audit.id} ${audit.name}`)).toEqual([]);
  });

  it('fails exactly the GET audits that CSRF prevention refuses, and each with 403', () => {
    const failed = audits.filter((audit) => results.get(audit.id)?.status !== 'ok');
    expect(Object.fromEntries(failed.map((audit) => [audit.id, audit.name]))).toEqual(NOT_MET_WITHOUT_CSRF_HEADER);
    for (const audit of failed) {
      const result = results.get(audit.id);
      expect(result?.status === 'ok' ? undefined : result?.response?.status).toBe(403);
    }
  });
});
