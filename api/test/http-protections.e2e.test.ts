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

beforeAll(async () => {
  [open, locked] = await Promise.all([
    startTestService({ CORS_ORIGINS: ALLOWED_ORIGIN }),
    startTestService({ NODE_ENV: 'production' }),
  ]);
}, 180_000);

afterAll(async () => {
  await Promise.all([open?.dispose(), locked?.dispose()]);
});

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
});
