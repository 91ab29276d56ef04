import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '@icg/api/testing';
import { createCuratorToken } from '../src/auth/curator-tokens.ts';

/** Real facts of the curated seeds: 张謇 founded 大生纱厂. */
const ZHANG_JIAN = 'en-zhang-jian';
const DASHENG = 'ent-dasheng';

/**
 * Small budgets, so a test reaches them in a few requests, and slow refills (12/min = one every 5 s),
 * so a slow machine cannot refill a token between two requests meant to be back to back.
 */
const RATE_LIMITS = 'search=12/min:3,suggest=12/min:4,paths=12/min:2,neighborhood=12/min:2';
/** The one address allowed to name clients in X-Forwarded-For. */
const PROXY = '127.0.0.9';

const SEARCH = /* GraphQL */ `
  query ($query: String!) {
    search(query: $query) {
      totalHits
    }
  }
`;
const SEARCH_AND_STATS = /* GraphQL */ `
  query {
    stats {
      nodes
    }
    search(query: "南京") {
      totalHits
    }
  }
`;
const SUGGEST = /* GraphQL */ `
  query {
    suggest(prefix: "金陵") {
      text
    }
  }
`;
const PATHS = /* GraphQL */ `
  query ($from: ID!, $to: ID!) {
    paths(from: $from, to: $to) {
      length
    }
  }
`;
const NEIGHBORHOOD = /* GraphQL */ `
  query ($id: ID!, $depth: Int) {
    neighborhood(id: $id, depth: $depth) {
      nodes {
        id
      }
    }
  }
`;
const ENTITY = /* GraphQL */ `
  query ($id: ID!) {
    entity(id: $id) {
      id
    }
    stats {
      nodes
    }
  }
`;

interface Answer {
  status: number;
  retryAfter: string | undefined;
  /** The address the request left from, as the socket saw it. */
  localAddress: string | undefined;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

let service: TestService;

beforeAll(async () => {
  service = await startTestService({ RATE_LIMITS, TRUST_PROXY: PROXY });
}, 180_000);

afterAll(async () => {
  await service?.dispose();
});

/**
 * POSTs an operation from a given loopback address: Linux routes all of 127.0.0.0/8 to the loopback
 * interface, so each test can be a client of its own.
 */
function post(
  from: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const outgoing = request(
      `${service.url}/graphql`,
      {
        method: 'POST',
        localAddress: from,
        agent: false,
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          'content-length': Buffer.byteLength(body),
          ...headers,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            retryAfter: response.headers['retry-after'],
            localAddress: response.socket?.localAddress,
            body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Answer['body'],
          }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

function expectServed(answer: Answer) {
  expect(answer.body.errors).toBeUndefined();
  expect(answer.status).toBe(200);
}

function expectRateLimited(answer: Answer, rateClass: string) {
  expect(answer.status).toBe(429);
  const [error] = answer.body.errors ?? [];
  expect(error?.extensions?.['code']).toBe('RATE_LIMITED');
  expect(error?.extensions?.['rateClass']).toBe(rateClass);
  const retryAfterSeconds = error?.extensions?.['retryAfterSeconds'];
  expect(retryAfterSeconds).toBeGreaterThanOrEqual(1);
  expect(answer.retryAfter).toBe(String(retryAfterSeconds));
  // A refused operation never starts: an executed one always answers with `data`.
  expect(answer.body.data).toBeUndefined();
  return retryAfterSeconds as number;
}

describe('rate limits per client on expensive operations', () => {
  it('serves a client up to its burst, then refuses with 429, Retry-After and RATE_LIMITED, running nothing', async () => {
    const client = '127.0.0.2';
    for (let i = 0; i < 3; i += 1) {
      const served = await post(client, SEARCH, { query: '南京' });
      expectServed(served);
      expect((served.body.data?.['search'] as { totalHits: number }).totalHits).toBeGreaterThan(0);
    }
    // The refused request also asks for `stats`: nothing of it runs, not even the cheap part.
    const refused = await post(client, SEARCH_AND_STATS);
    const retryAfterSeconds = expectRateLimited(refused, 'search');
    expect(retryAfterSeconds).toBe(5);
    expect(refused.body.errors?.[0]?.message).toBe(
      'Too many search operations from this client: the budget is 12/min with bursts of 3. Retry after 5 s.',
    );
  });

  it('serves again once the budget has refilled for the time Retry-After gave', async () => {
    const client = '127.0.0.3';
    const path = { from: ZHANG_JIAN, to: DASHENG };
    expectServed(await post(client, PATHS, path));
    expectServed(await post(client, PATHS, path));
    const retryAfterSeconds = expectRateLimited(await post(client, PATHS, path), 'paths');
    await new Promise((resolve) => setTimeout(resolve, retryAfterSeconds * 1000));
    const served = await post(client, PATHS, path);
    expectServed(served);
    expect((served.body.data?.['paths'] as { length: number }[])[0]?.length).toBe(1);
    // One operation's worth came back, not a whole burst.
    expectRateLimited(await post(client, PATHS, path), 'paths');
  }, 30_000);

  it('keeps a separate budget for each client address', async () => {
    const [first, second] = ['127.0.0.4', '127.0.0.5'];
    const deep = { id: ZHANG_JIAN, depth: 2 };
    const fromFirst = await post(first, NEIGHBORHOOD, deep);
    expectServed(fromFirst);
    expect(fromFirst.localAddress).toBe(first);
    expectServed(await post(first, NEIGHBORHOOD, deep));
    expectRateLimited(await post(first, NEIGHBORHOOD, deep), 'neighborhood');

    const fromSecond = await post(second, NEIGHBORHOOD, deep);
    expect(fromSecond.localAddress).toBe(second);
    expectServed(fromSecond);
  });

  it('gives suggestions a budget of their own, which searches do not spend', async () => {
    const client = '127.0.0.6';
    for (let i = 0; i < 3; i += 1) expectServed(await post(client, SEARCH, { query: '纺织' }));
    expectRateLimited(await post(client, SEARCH, { query: '纺织' }), 'search');
    for (let i = 0; i < 4; i += 1) expectServed(await post(client, SUGGEST));
    expectRateLimited(await post(client, SUGGEST), 'suggest');
  });

  it('never limits cheap operations: entity, stats, a depth-1 neighbourhood', async () => {
    const client = '127.0.0.7';
    for (let i = 0; i < 3; i += 1) await post(client, SEARCH, { query: '南京' });
    for (let i = 0; i < 2; i += 1) await post(client, NEIGHBORHOOD, { id: ZHANG_JIAN, depth: 2 });
    expectRateLimited(await post(client, SEARCH, { query: '南京' }), 'search');
    expectRateLimited(await post(client, NEIGHBORHOOD, { id: ZHANG_JIAN, depth: 3 }), 'neighborhood');
    for (let i = 0; i < 20; i += 1) {
      expectServed(await post(client, ENTITY, { id: DASHENG }));
      expectServed(await post(client, NEIGHBORHOOD, { id: ZHANG_JIAN, depth: 1 }));
      expectServed(await post(client, NEIGHBORHOOD, { id: ZHANG_JIAN }));
    }
  });

  it('refuses an operation asking for more than a whole burst at once as LIMIT_EXCEEDED: retrying cannot help', async () => {
    const threePaths = /* GraphQL */ `
      query {
        a: paths(from: "${ZHANG_JIAN}", to: "${DASHENG}") { length }
        b: paths(from: "${ZHANG_JIAN}", to: "${DASHENG}") { length }
        c: paths(from: "${ZHANG_JIAN}", to: "${DASHENG}") { length }
      }
    `;
    const refused = await post('127.0.0.8', threePaths);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: 'paths per request',
      maximum: 2,
      actual: 3,
    });
    expect(refused.body.data).toBeUndefined();
  });
});

describe('who the client is: X-Forwarded-For', () => {
  it('is ignored from a peer that is not a trusted proxy, so a client cannot escape its budget by spoofing it', async () => {
    const client = '127.0.0.10';
    for (let i = 0; i < 3; i += 1) {
      expectServed(await post(client, SEARCH, { query: '南京' }, { 'x-forwarded-for': `198.51.100.${i}` }));
    }
    expectRateLimited(await post(client, SEARCH, { query: '南京' }, { 'x-forwarded-for': '198.51.100.200' }), 'search');
  });

  it('names the client when the peer is a trusted proxy (TRUST_PROXY): the right-most address no proxy added', async () => {
    const behindProxy = (address: string) => ({ 'x-forwarded-for': address });
    for (let i = 0; i < 3; i += 1) {
      expectServed(await post(PROXY, SEARCH, { query: '南京' }, behindProxy('203.0.113.1')));
    }
    expectRateLimited(await post(PROXY, SEARCH, { query: '南京' }, behindProxy('203.0.113.1')), 'search');
    // The same proxy passing on another visitor: a budget of its own.
    expectServed(await post(PROXY, SEARCH, { query: '南京' }, behindProxy('203.0.113.2')));
    // What the visitor wrote before the proxy appended its address changes nothing.
    expectRateLimited(await post(PROXY, SEARCH, { query: '南京' }, behindProxy('192.0.2.77, 203.0.113.1')), 'search');
  });
});

describe('curators', () => {
  it('are counted per curator against ten times the public budget; an unknown token counts as public', async () => {
    const client = '127.0.0.11';
    const path = { from: ZHANG_JIAN, to: DASHENG };
    expectServed(await post(client, PATHS, path));
    expectServed(await post(client, PATHS, path));
    expectRateLimited(await post(client, PATHS, path), 'paths');
    expectRateLimited(await post(client, PATHS, path, { authorization: 'Bearer icg_not-a-real-token' }), 'paths');

    const { token } = await createCuratorToken(service.dataDir, '限流测试');
    const asCurator = { authorization: `Bearer ${token}` };
    // A burst of 20, where the public budget allows 2; the bucket refills 2 a second meanwhile, so on a busy machine
    // a few more may pass before the first refusal.
    const startedAt = performance.now();
    for (let i = 0; i < 20; i += 1) expectServed(await post(client, PATHS, path, asCurator));
    let refused = await post(client, PATHS, path, asCurator);
    let servedBeyondBurst = 0;
    while (refused.status === 200 && servedBeyondBurst < 40) {
      servedBeyondBurst += 1;
      refused = await post(client, PATHS, path, asCurator);
    }
    const refilled = Math.ceil(((performance.now() - startedAt) / 1000) * 2);
    expect(servedBeyondBurst).toBeLessThanOrEqual(refilled);
    expectRateLimited(refused, 'paths');
    expect(refused.body.errors?.[0]?.extensions?.['budget']).toEqual({ perSecond: 2, burst: 20 });
  }, 60_000);
});

describe('security headers on the web app (issue #8)', () => {
  it('sends every one of them with the app and /healthz', async () => {
    for (const path of ['/', '/healthz']) {
      const response = await fetch(`${service.url}${path}`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      await response.body?.cancel();
    }
  });
});
