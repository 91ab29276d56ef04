import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, startTestService, type TestService } from '@icg/api/testing';
import { createCuratorToken } from '../src/auth/curator-tokens.ts';

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const ALLOWED_ORIGIN = 'https://map.example.org';
const OTHER_ORIGIN = 'https://evil.example.com';
const SHIPYARD = '金陵船厂';
/** 金陵船厂 with 金 as U+F90A, the CJK compatibility ideograph: canonically equivalent, not NFC. */
const SHIPYARD_UNNORMALISED = '\uF90A陵船厂';

/** Development defaults (GraphiQL and introspection on) with one origin allowed. */
let open: TestService;
/** Production settings: GraphiQL and introspection off. */
let locked: TestService;
/** A built web app of one page and one hashed asset, served by `open`. */
let webDist: string;
const ASSET = '/assets/entity-page-NEWHASH.js';

beforeAll(async () => {
  webDist = await mkdtemp(join(tmpdir(), 'icg-web-dist-'));
  await mkdir(join(webDist, 'assets'));
  await writeFile(join(webDist, 'index.html'), '<!doctype html><title>工业文化知识图谱</title>');
  await writeFile(join(webDist, ASSET), 'export {};');
  [open, locked] = await Promise.all([
    startTestService({ CORS_ORIGINS: ALLOWED_ORIGIN }, { webDist }),
    startTestService({ NODE_ENV: 'production' }),
  ]);
}, 180_000);

afterAll(async () => {
  await Promise.all([open?.dispose(), locked?.dispose()]);
  await rm(webDist, { recursive: true, force: true });
});

/** A GET of exactly this request target, bytes as written (fetch would normalise the URL first). */
function rawGet(
  baseUrl: string,
  target: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, path: target, method: 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Lines logged since `from` that look like a failure: an error level, an exception name or a stack frame. */
const failuresLoggedSince = (service: TestService, from: number) =>
  service.logLines.slice(from).filter((line) => /"level":"error"|URIError|Error:|\bat \S+ \(/.test(line));

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

async function send(url: string, init: RequestInit): Promise<{ status: number; headers: Headers; body: Answer }> {
  const response = await fetch(`${url}/graphql`, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : {}) as Answer };
}

describe('CORS: an allow-list of origins', () => {
  it('answers an allowed origin with its own origin in the CORS headers', async () => {
    const answer = await send(open.url, {
      method: 'POST',
      headers: { ...JSON_HEADERS, origin: ALLOWED_ORIGIN },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
  });

  it('lets an allowed origin through the preflight, with the headers a client needs', async () => {
    const response = await fetch(`${open.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: ALLOWED_ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
    });
    expect(response.status).toBeLessThan(300);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/authorization/);
  });

  it('gives any other origin no CORS headers, so browsers refuse to read the answer', async () => {
    const answer = await send(open.url, {
      method: 'POST',
      headers: { ...JSON_HEADERS, origin: OTHER_ORIGIN },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${open.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: OTHER_ORIGIN, 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows no cross-origin caller when CORS_ORIGINS is empty; same-origin requests work', async () => {
    const crossOrigin = await send(locked.url, {
      method: 'POST',
      headers: { ...JSON_HEADERS, origin: ALLOWED_ORIGIN },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(crossOrigin.headers.get('access-control-allow-origin')).toBeNull();
    const sameOrigin = await send(locked.url, {
      method: 'POST',
      headers: { ...JSON_HEADERS, origin: locked.url },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(sameOrigin.status).toBe(200);
    expect(sameOrigin.body.data).toEqual({ __typename: 'Query' });
  });
});

describe('CSRF prevention', () => {
  const query = encodeURIComponent('{ __typename }');

  it('refuses a GET without the x-graphql-yoga-csrf header with 403 FORBIDDEN', async () => {
    const refused = await fetch(`${open.url}/graphql?query=${query}`, { headers: { accept: 'application/json' } });
    expect(refused.status).toBe(403);
    const body = (await refused.json()) as Answer;
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(body.errors?.[0]?.message).toMatch(/CSRF/);
  });

  it('serves a GET that carries the header', async () => {
    const served = await fetch(`${open.url}/graphql?query=${query}`, {
      headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' },
    });
    expect(served.status).toBe(200);
    expect(await served.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it.each(['variables', 'extensions'])(
    'answers a GET whose %s is not JSON with 400 BAD_USER_INPUT naming it, not an internal error',
    async (name) => {
      const logged = open.logLines.length;
      const refused = await fetch(`${open.url}/graphql?query=${query}&${name}=${encodeURIComponent('{')}`, {
        headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' },
      });
      expect(refused.status).toBe(400);
      expect(await refused.json()).toEqual({
        errors: [{ message: `${name} must be JSON text (an object)`, extensions: { code: 'BAD_USER_INPUT' } }],
      });
      expect(open.logLines.slice(logged).filter((line) => /rror/.test(line))).toEqual([]);
    },
  );

  it.each(['text/plain', 'application/x-www-form-urlencoded'])(
    'refuses a "simple" POST with content type %s and no header',
    async (contentType) => {
      const body = contentType === 'text/plain' ? JSON.stringify({ query: '{ __typename }' }) : `query=${query}`;
      const answer = await send(open.url, { method: 'POST', headers: { 'content-type': contentType }, body });
      expect(answer.status).toBe(403);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    },
  );

  it('serves a JSON POST as Apollo Client sends it, without any extra header (browsers preflight it)', async () => {
    const answer = await send(open.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('introspection and GraphiQL', () => {
  const introspection = '{ __schema { queryType { name } } }';

  it('answers introspection by default', async () => {
    const { body } = await graphql(open.url, introspection);
    expect(body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('refuses introspection when it is off (INTROSPECTION=false, or NODE_ENV=production)', async () => {
    const { status, body } = await graphql(locked.url, introspection);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toMatch(/introspection has been disabled/);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typeLookup = await graphql(locked.url, '{ __type(name: "Query") { name } }');
    expect(typeLookup.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await graphql(locked.url, '{ __typename }')).body.data).toEqual({ __typename: 'Query' });
  });

  it('serves GraphiQL to a browser by default', async () => {
    const response = await fetch(`${open.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toMatch(/graphiql/i);
  });

  it('serves no GraphiQL when it is off (GRAPHIQL=false, or NODE_ENV=production)', async () => {
    const response = await fetch(`${locked.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    expect(await response.text()).not.toMatch(/graphiql/i);
  });
});

describe('strings are normalised at the border (well-formed UTF-16, NFC)', () => {
  const SEARCH = /* GraphQL */ `
    query Find($query: String!) {
      search(query: $query, first: 5) {
        hits {
          entity {
            id
            name
          }
        }
      }
    }
  `;
  const idsOf = (body: Answer) =>
    ((body.data?.['search'] as { hits: { entity: { id: string; name: string } }[] } | undefined)?.hits ?? []).map(
      (hit) => hit.entity.id,
    );

  it('finds the same entities for a name in a canonically equivalent, non-NFC form', async () => {
    expect(SHIPYARD_UNNORMALISED).not.toBe(SHIPYARD);
    expect(SHIPYARD_UNNORMALISED.normalize('NFD')).toBe(SHIPYARD.normalize('NFD'));
    const nfc = await graphql(open.url, SEARCH, { query: SHIPYARD });
    const unnormalised = await graphql(open.url, SEARCH, { query: SHIPYARD_UNNORMALISED });
    const literal = await graphql(
      open.url,
      `{ search(query: "${SHIPYARD_UNNORMALISED}", first: 5) { hits { entity { id name } } } }`,
    );
    expect(idsOf(nfc.body).length).toBeGreaterThan(0);
    expect(idsOf(unnormalised.body)).toEqual(idsOf(nfc.body));
    expect(idsOf(literal.body)).toEqual(idsOf(nfc.body));
  });

  it('stores what a curator writes in NFC, from variables and from literals alike', async () => {
    const { token } = await createCuratorToken(open.dataDir, '策展人');
    const auth = { authorization: `Bearer ${token}` };
    const decomposed = 'Cafe\u0301 张謇'; // e + combining acute accent
    const created = await graphql<{ createNarrative: { title: string; description: string } }>(
      open.url,
      /* GraphQL */ `
        mutation Create($title: String!) {
          createNarrative(input: { title: $title, description: "${'Zu\u0308rich'}", items: [] }) { title description }
        }
      `,
      { title: decomposed },
      auth,
    );
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data?.createNarrative).toEqual({ title: 'Café 张謇', description: 'Zürich' });
  });

  it('turns a lone surrogate into U+FFFD instead of failing, in variables and in literals', async () => {
    const fromVariable = await graphql(open.url, SEARCH, { query: '金陵\uD800' });
    expect(fromVariable.body.errors).toBeUndefined();
    expect(fromVariable.body.data?.['search']).toBeDefined();
    const fromLiteral = await graphql(open.url, '{ search(query: "金陵\uD800", first: 5) { hits { entity { id } } } }');
    expect(fromLiteral.body.errors).toBeUndefined();
    expect(fromLiteral.body.data?.['search']).toBeDefined();
  });

  it('refuses an escaped lone surrogate ("\\uD800") in a literal as a syntax error, as the spec says', async () => {
    const { status, body } = await graphql(open.url, '{ search(query: "金陵\\uD800") { totalHits } }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/Invalid Unicode escape sequence/);
  });
});

describe('every error carries a code', () => {
  it.each([
    ['a document that does not parse', 'GRAPHQL_PARSE_FAILED', { query: '{ search(' }],
    ['a field that does not exist', 'GRAPHQL_VALIDATION_FAILED', { query: '{ noSuchField }' }],
    [
      'a variable of the wrong type',
      'BAD_USER_INPUT',
      { query: 'query Q($id: ID!) { entity(id: $id) { id } }', variables: { id: {} } },
    ],
    ['a request without a query', 'BAD_USER_INPUT', { variables: {} }],
    [
      'two operations and no operationName to choose one',
      'OPERATION_RESOLUTION_FAILURE',
      { query: 'query A { __typename } query B { __typename }' },
    ],
  ])('%s gets %s', async (_, code, payload) => {
    const answer = await send(open.url, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(payload) });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.length).toBeGreaterThan(0);
    for (const error of answer.body.errors ?? []) expect(error.extensions?.code).toBe(code);
  });

  it('a body that is not JSON gets BAD_USER_INPUT', async () => {
    const answer = await send(open.url, { method: 'POST', headers: JSON_HEADERS, body: '{"query": ' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a body that is not JSON is not echoed back in the error', async () => {
    const body = `{"query": "{ __typename }", "x": ${'无效'.repeat(100_000)}}`;
    const response = await fetch(`${open.url}/graphql`, { method: 'POST', headers: JSON_HEADERS, body });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(text.length).toBeLessThan(500);
    expect(text).not.toContain('无效');
    const answer = JSON.parse(text) as Answer;
    expect(answer).toMatchObject({
      errors: [{ message: 'POST body sent invalid JSON.', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    expect(answer.errors?.[0]?.extensions).not.toHaveProperty('originalError');
  });

  it('every code README.md lists is the one a client gets, OPERATION_RESOLUTION_FAILURE included', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const listed = [...readme.matchAll(/^\| `([A-Z_]+)`(?:, `([A-Z_]+)`)? \|/gm)].flatMap((m) =>
      m.slice(1).filter(Boolean),
    );
    expect(listed).toContain('OPERATION_RESOLUTION_FAILURE');
  });
});

describe('HTTP hygiene', () => {
  const postTypename = (origin?: string) =>
    fetch(`${open.url}/graphql`, {
      method: 'POST',
      headers: { ...JSON_HEADERS, ...(origin ? { origin } : {}) },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

  it('says Vary: Origin when CORS applies, on POST, on a cacheable GET and on the preflight', async () => {
    const varies = (response: Response) =>
      (response.headers.get('vary') ?? '').split(',').map((name) => name.trim().toLowerCase());
    expect(varies(await postTypename(ALLOWED_ORIGIN))).toContain('origin');
    // An unlisted origin's answer (no CORS headers) must not be served from a cache to a listed one either.
    expect(varies(await postTypename(OTHER_ORIGIN))).toContain('origin');
    const get = await fetch(`${open.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1', origin: ALLOWED_ORIGIN },
    });
    expect(get.status).toBe(200);
    expect(get.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(varies(get)).toContain('origin');
    const preflight = await fetch(`${open.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: ALLOWED_ORIGIN, 'access-control-request-method': 'POST' },
    });
    expect(varies(preflight)).toContain('origin');
  });

  it('sends the security headers on /graphql answers too', async () => {
    for (const response of [await postTypename(), await postTypename(OTHER_ORIGIN)]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    }
    const refused = await fetch(`${locked.url}/graphql?query=x`, { headers: { accept: 'application/json' } });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves GraphiQL unframable, from its own origin only, without saving the headers editor', async () => {
    const page = await fetch(`${open.url}/graphql`, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp.split('; ').find((directive) => directive.startsWith('script-src'))).toBe("script-src 'self'");
    // Every script, style sheet and icon is one of the service's own, and each one is served.
    const urls = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThanOrEqual(4);
    for (const url of urls) {
      expect(url).toMatch(/^\/graphiql\/[0-9a-f]{16}\//);
      const asset = await fetch(`${open.url}${url}`);
      expect(asset.status, url).toBe(200);
      expect(asset.headers.get('cache-control')).toContain('immutable');
      await asset.arrayBuffer();
    }
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    expect(html).toContain('"shouldPersistHeaders":false');
    const missing = await fetch(`${open.url}/graphiql/0000000000000000/yoga-graphiql.js`);
    expect(missing.status).toBe(404);
  });

  it.each(['/%', '/%E0%A4%A', '/entity/%E0%A4%A', '/..%c0%af', '/..%c0%af..%c0%afetc%c0%afpasswd'])(
    'answers the malformed percent-encoding of %s with 400, and logs no stack trace',
    async (target) => {
      const logged = open.logLines.length;
      const answer = await rawGet(open.url, target);
      expect(answer.status).toBe(400);
      expect(answer.body).toBe('Malformed percent-encoding in the URL path.\n');
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(failuresLoggedSince(open, logged)).toEqual([]);
    },
  );

  it('answers a missing hashed asset with 404, and other unknown paths with the app', async () => {
    const stale = await rawGet(open.url, '/assets/entity-page-OLDHASH.js');
    expect(stale.status).toBe(404);
    expect(stale.headers['content-type']).not.toMatch(/html/);
    expect((await rawGet(open.url, '/assets/entity-page-OLDHASH.css')).status).toBe(404);
    expect((await rawGet(open.url, '/old-chunk.js')).status).toBe(404);
    const current = await rawGet(open.url, ASSET);
    expect(current.status).toBe(200);
    expect(current.headers['content-type']).toMatch(/javascript/);
    const view = await rawGet(open.url, '/entity/en-zhang-jian');
    expect(view.status).toBe(200);
    expect(view.headers['content-type']).toMatch(/text\/html/);
  });
});

describe('GRAPH_UNAVAILABLE', () => {
  it('answers GRAPH_UNAVAILABLE while the graph store is down, and /healthz says 503', async () => {
    // Last in this file: the store stays closed until the service is disposed.
    await locked.graph.close();
    const { status, body } = await graphql(locked.url, '{ stats { __typename } }');
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPH_UNAVAILABLE');
    expect(body.errors?.[0]?.message).toBe('The graph store is unavailable.');
    expect(JSON.stringify(body)).not.toMatch(/closed|stack|at /);
    const health = await fetch(`${locked.url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({
      status: 'unavailable',
      graph: { status: 'down' },
      search: { status: 'up' },
    });
  });

  it('logs one JSON object per line, each line of a request carrying the X-Request-Id it came with', async () => {
    const logged = locked.logLines.length;
    const token = 'icg_0123456789abcdefghijklmnopqrstuv';
    const response = await fetch(`${locked.url}/graphql`, {
      method: 'POST',
      headers: { ...JSON_HEADERS, 'x-request-id': 'portal-7f3a.42', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ stats { __typename } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('portal-7f3a.42');
    expect((await response.json()) as Answer).toMatchObject({
      errors: [{ extensions: { code: 'GRAPH_UNAVAILABLE' } }],
    });
    const lines = locked.logLines.slice(logged).map((line) => JSON.parse(line) as Record<string, unknown>);
    const ofRequest = lines.filter((line) => line['requestId'] === 'portal-7f3a.42');
    expect(ofRequest.length).toBeGreaterThan(0);
    for (const line of ofRequest) {
      expect(line).toMatchObject({ level: expect.any(String), time: expect.any(String), msg: expect.any(String) });
    }
    expect(locked.logLines.join('\n')).not.toContain(token);
    for (const line of locked.logLines) expect(() => JSON.parse(line), line).not.toThrow();
  });

  it('gives a request without a well-formed X-Request-Id a new one', async () => {
    const ids = [];
    for (const given of [undefined, 'has spaces in it', 'x'.repeat(200), '<script>']) {
      const response = await fetch(`${locked.url}/healthz`, { headers: given ? { 'x-request-id': given } : {} });
      ids.push(response.headers.get('x-request-id'));
    }
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
