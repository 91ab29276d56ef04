import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededRandom, type SeededRandom } from '@icg/graph/testing';
import { graphql, startTestService, type TestService } from '@icg/api/testing';
import { createCuratorToken } from '../src/auth/curator-tokens.ts';

/**
 * Fuzzing the GraphQL endpoint over HTTP against the real service. Every input, however broken,
 * must get an answer under 500 whose body is GraphQL JSON (errors with a code, or data), the
 * service must stay healthy, and nothing stored may change unless a curator's token wrote it.
 * FUZZ_CASES raises the number of random cases for a longer run; FUZZ_SEED replays another stream.
 */
const RANDOM_CASES = Number(process.env.FUZZ_CASES ?? 400);
const SEED = Number(process.env.FUZZ_SEED ?? 8);

const HOSTILE_STRINGS = [
  "'}) DETACH DELETE n //",
  '` MATCH (n) DETACH DELETE n //',
  '" MATCH (n) DETACH DELETE n RETURN 1 //',
  "x' OR 1=1 --",
  '$param}) CALL db.labels() //',
  '\uD800',
  '\uDFFFtail',
  'a\uD83D',
  '\u0000\u0001\u0007\u001b[2J\u007f',
  '\r\n\t\u2028\u2029',
  '\u202e工业遗产',
  '',
  ' ',
  '*',
  '%',
  '"',
  '\\',
  '{"$where":"1"}',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '张謇'.repeat(50_000), // 100k characters
];
const HOSTILE_INTS: unknown[] = [-1, 0, 2 ** 31, -(2 ** 31) - 1, 1e308, 1.5, '1', true, null, [], {}];
const HOSTILE_FLOATS: unknown[] = [-1, 1e308, -1e308, '1.0', false, null, [1], {}];
const HOSTILE_BOOLEANS: unknown[] = ['true', 1, 0, null, [], {}];

/** Values of the wrong shape for any type, to reach the variable coercion. */
const WRONG_SHAPES: unknown[] = [null, 42, true, [], {}, [[['deep']]], { nested: { x: 1 } }];

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message?: unknown; extensions?: { code?: unknown } }[];
}

interface Answer {
  status: number;
  contentType: string;
  text: string;
}

/** Whether an answer obeys the contract: under 500, GraphQL JSON, every error with a code. */
function contractBreach(answer: Answer, expectBody: boolean): string | null {
  // Unsupported media types are refused before GraphQL is reached, as graphql-over-http allows, without a body.
  if (answer.status === 415) return null;
  if (answer.status >= 500) return `status ${answer.status}: ${answer.text.slice(0, 300)}`;
  if (!expectBody) return null;
  let body: GraphQLBody;
  try {
    body = JSON.parse(answer.text) as GraphQLBody;
  } catch {
    return `status ${answer.status}, body is not JSON: ${answer.text.slice(0, 200)}`;
  }
  if (typeof body !== 'object' || body === null) return `body is not an object: ${answer.text.slice(0, 200)}`;
  if (body.errors === undefined) return body.data === undefined ? 'neither data nor errors' : null;
  if (!Array.isArray(body.errors) || body.errors.length === 0) return 'errors is not a non-empty list';
  for (const error of body.errors) {
    if (typeof error.message !== 'string') return `error without message: ${JSON.stringify(error).slice(0, 200)}`;
    if (typeof error.extensions?.code !== 'string') {
      return `error without extensions.code: ${JSON.stringify(error).slice(0, 300)}`;
    }
    if (error.extensions.code === 'INTERNAL_SERVER_ERROR') return `internal error: ${error.message}`;
  }
  return null;
}

/** A value for an argument's type, hostile or (when `hostile` is false) plausible. */
function valueFor(type: GraphQLInputType, random: SeededRandom, hostile: boolean, depth = 0): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, random, hostile, depth);
  if (isListType(type)) {
    if (hostile && random.next() < 0.2)
      return Array.from({ length: 1_000 }, () => random.pick(HOSTILE_STRINGS.slice(0, 10)));
    return [valueFor(type.ofType, random, hostile, depth + 1)];
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const target = hostile && fields.length > 0 ? random.pick(fields).name : undefined;
    const value: Record<string, unknown> = {};
    for (const field of fields) {
      if (field.name === target) value[field.name] = valueFor(field.type, random, true, depth + 1);
      else if (isNonNullType(field.type) && depth < 4)
        value[field.name] = valueFor(field.type, random, false, depth + 1);
    }
    return value;
  }
  if (isEnumType(type)) {
    return hostile ? random.pick([...HOSTILE_STRINGS.slice(0, 5), 'NOT_A_VALUE', 1]) : type.getValues()[0]!.value;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return hostile ? random.pick(HOSTILE_INTS) : 1;
      case 'Float':
        return hostile ? random.pick(HOSTILE_FLOATS) : 1;
      case 'Boolean':
        return hostile ? random.pick(HOSTILE_BOOLEANS) : false;
      case 'String':
      case 'ID':
        return hostile ? random.pick(HOSTILE_STRINGS) : 'en-zhang-jian';
      default:
        // Custom scalars (JSON and the like): anything at all.
        return hostile ? random.pick([...HOSTILE_STRINGS.slice(0, 6), ...WRONG_SHAPES]) : {};
    }
  }
  return null;
}

/** Every hostile value meant for one argument's type, so each argument meets each of them once. */
function hostileValuesFor(argument: GraphQLArgument, random: SeededRandom): unknown[] {
  const named = getNamedType(argument.type);
  let base: unknown[];
  if (isScalarType(named) && (named.name === 'String' || named.name === 'ID')) base = HOSTILE_STRINGS;
  else if (isScalarType(named) && named.name === 'Int') base = HOSTILE_INTS;
  else if (isScalarType(named) && named.name === 'Float') base = HOSTILE_FLOATS;
  else if (isScalarType(named) && named.name === 'Boolean') base = HOSTILE_BOOLEANS;
  else base = Array.from({ length: 8 }, () => valueFor(named, random, true));
  const wrap = (value: unknown) =>
    isListType(isNonNullType(argument.type) ? argument.type.ofType : argument.type) ? [value] : value;
  return [...base.map(wrap), ...WRONG_SHAPES.slice(0, 3), valueFor(argument.type, random, true)];
}

interface OperationCase {
  label: string;
  query: string;
  variables: Record<string, unknown>;
  mutation: boolean;
  field: string;
}

/** One operation calling `field`, with `hostile` in `target` and plausible values in its other required arguments. */
function operationFor(
  operation: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  target: GraphQLArgument | undefined,
  hostile: unknown,
  random: SeededRandom,
): OperationCase {
  const variables: Record<string, unknown> = {};
  const declarations: string[] = [];
  const uses: string[] = [];
  for (const argument of field.args) {
    if (argument !== target && !isNonNullType(argument.type)) continue;
    declarations.push(`$${argument.name}: ${String(argument.type)}`);
    uses.push(`${argument.name}: $${argument.name}`);
    variables[argument.name] = argument === target ? hostile : valueFor(argument.type, random, false);
  }
  const selection =
    isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? '' : ' { __typename }';
  const query =
    `${operation} Fuzz${declarations.length > 0 ? `(${declarations.join(', ')})` : ''} ` +
    `{ ${field.name}${uses.length > 0 ? `(${uses.join(', ')})` : ''}${selection} }`;
  return {
    label: `${operation}.${field.name}(${target?.name ?? ''})`,
    query,
    variables,
    mutation: operation === 'mutation',
    field: field.name,
  };
}

/** The schema sweep: every argument of every query and mutation, with every hostile value for its type. */
function schemaCases(schema: GraphQLSchema, random: SeededRandom): OperationCase[] {
  const cases: OperationCase[] = [];
  for (const [operation, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (field.args.length === 0) cases.push(operationFor(operation, field, undefined, undefined, random));
      for (const argument of field.args) {
        for (const hostile of hostileValuesFor(argument, random)) {
          cases.push(operationFor(operation, field, argument, hostile, random));
        }
      }
    }
  }
  return cases;
}

const TOKENS = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  '...',
  '$',
  ':',
  '@',
  '!',
  '=',
  '|',
  '&',
  'query',
  'mutation',
  'fragment',
  'on',
  'search',
  'entity',
  'id',
  'name',
  '__typename',
  '__schema',
  '"str"',
  '"""block"""',
  '"unterminated',
  '1',
  '-1.5e9',
  'null',
  'true',
  '#comment\n',
  ',',
  '\u0000',
  '\uD800',
  '\\u',
  '"\\uD800"',
  '"\\u0000"',
  'Query',
  'subscription',
  'schema',
  'extend',
];

const VALID_QUERY = '{ search(query: "张謇", first: 5) { total hits { entity { id name } } } }';

/** Bodies and requests that are broken at the level of the document or of HTTP. */
function randomRequest(random: SeededRandom, url: string): { label: string; init: RequestInit; expectBody: boolean } {
  const post = (body: BodyInit, contentType = 'application/json'): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': contentType, accept: 'application/graphql-response+json' },
    body,
  });
  const json = (payload: unknown) => post(JSON.stringify(payload));
  const kind = random.int(14);
  switch (kind) {
    case 0: {
      const query = Array.from({ length: 1 + random.int(40) }, () => random.pick(TOKENS)).join(' ');
      return { label: `random tokens ${JSON.stringify(query.slice(0, 80))}`, init: json({ query }), expectBody: true };
    }
    case 1: {
      const query = VALID_QUERY.slice(0, random.int(VALID_QUERY.length));
      return { label: `truncated ${JSON.stringify(query)}`, init: json({ query }), expectBody: true };
    }
    case 2: {
      const open = random.int(300);
      const query = `${'{'.repeat(open)} search(query: "x") ${'}'.repeat(random.int(300))}`;
      return { label: `unbalanced braces (${open} open)`, init: json({ query }), expectBody: true };
    }
    case 3: {
      const depth = 10 + random.int(3_000);
      const query = `{ ${'entity(id: "en-zhang-jian") { '.repeat(1)}${'relationships { node { '.repeat(depth)}id${' } }'.repeat(depth)} } }`;
      return { label: `deep nesting ${depth}`, init: json({ query }), expectBody: true };
    }
    case 4: {
      const count = 16 + random.int(5_000);
      const query = `{ ${Array.from({ length: count }, (_, i) => `a${i}: __typename`).join(' ')} }`;
      return { label: `alias bomb ${count}`, init: json({ query }), expectBody: true };
    }
    case 5: {
      const levels = 5 + random.int(40);
      const fragments = Array.from(
        { length: levels },
        (_, i) =>
          `fragment F${i} on Query { ${i + 1 < levels ? `...F${i + 1} ...F${i + 1} ...F${i + 1}` : '__typename'} }`,
      );
      return {
        label: `fragment bomb ${levels} levels`,
        init: json({ query: `{ ...F0 } ${fragments.join(' ')}` }),
        expectBody: true,
      };
    }
    case 6: {
      const size = 2 + random.int(6);
      const fragments = Array.from(
        { length: size },
        (_, i) => `fragment C${i} on Query { __typename ...C${(i + 1) % size} }`,
      );
      return {
        label: `fragment cycle of ${size}`,
        init: json({ query: `{ ...C0 } ${fragments.join(' ')}` }),
        expectBody: true,
      };
    }
    case 7: {
      const literal = JSON.stringify(random.pick(HOSTILE_STRINGS));
      const query = `{ search(query: ${literal}, first: 5) { total } entity(id: ${literal}) { id } }`;
      return { label: `hostile literal ${literal.slice(0, 40)}`, init: json({ query }), expectBody: true };
    }
    case 8: {
      const payloads: unknown[] = [
        { query: VALID_QUERY, variables: [] },
        { query: VALID_QUERY, variables: 'x' },
        { query: VALID_QUERY, variables: 12 },
        { query: 12 },
        { query: null },
        { query: ['{ __typename }'] },
        { query: VALID_QUERY, operationName: {} },
        { query: VALID_QUERY, extensions: 'x' },
        { query: 'query Q($q: String!) { search(query: $q) { total } }', variables: { q: { a: [[[[[[1]]]]]] } } },
        [],
        [{ query: VALID_QUERY }, { query: VALID_QUERY }],
        'just a string',
        null,
      ];
      if (random.next() < 0.1) {
        // Nested past what a recursive JSON.stringify survives, so written out by hand.
        const depth = 5_000 + random.int(50_000);
        const body = `{"query":"query Q($q: String!) { search(query: $q) { total } }","variables":{"q":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
        return { label: `variable nested ${depth} deep`, init: post(body), expectBody: true };
      }
      const payload = random.pick(payloads);
      return {
        label: `wrong JSON types ${JSON.stringify(payload).slice(0, 80)}`,
        init: json(payload),
        expectBody: true,
      };
    }
    case 9: {
      const bytes = new Uint8Array(1_048_576 + 1 + random.int(1_000));
      bytes.fill(0x20);
      bytes.set(new TextEncoder().encode('{"query":"'), 0);
      return { label: `body of ${bytes.length} bytes`, init: post(bytes), expectBody: true };
    }
    case 10: {
      const invalid = [[0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]];
      const start = new TextEncoder().encode('{"query":"{ search(query: \\"');
      const end = new TextEncoder().encode('\\") { total } }"}');
      const middle = Uint8Array.from(random.pick(invalid));
      const bytes = new Uint8Array([...start, ...middle, ...end]);
      return { label: `invalid UTF-8 ${Array.from(middle).join(',')}`, init: post(bytes), expectBody: true };
    }
    case 11: {
      const method = random.pick([
        'PUT',
        'DELETE',
        'PATCH',
        'OPTIONS',
        'HEAD',
        'TRACE'.toLowerCase() === 'trace' ? 'PUT' : 'PUT',
      ]);
      return {
        label: `method ${method}`,
        init: {
          method,
          headers: { 'content-type': 'application/json' },
          ...(method === 'HEAD' || method === 'OPTIONS' ? {} : { body: JSON.stringify({ query: VALID_QUERY }) }),
        },
        expectBody: method !== 'HEAD' && method !== 'OPTIONS',
      };
    }
    case 12: {
      const contentType = random.pick([
        'text/plain',
        'multipart/form-data; boundary=x',
        'application/x-www-form-urlencoded',
        'application/graphql',
        'application/xml',
        '',
        'application/json; charset=latin1',
      ]);
      return {
        label: `content type ${JSON.stringify(contentType)}`,
        init: post(JSON.stringify({ query: VALID_QUERY }), contentType),
        expectBody: true,
      };
    }
    default: {
      const query = random.pick(['{ __typename }', VALID_QUERY, 'mutation { deleteNarrative(id: "x") }', '{', '%%%']);
      const params = new URLSearchParams({ query });
      if (random.next() < 0.5) params.set('variables', random.pick(['{', '[]', '"x"', '{"a":1}']));
      const csrf: Record<string, string> = random.next() < 0.5 ? { 'x-graphql-yoga-csrf': '1' } : {};
      return {
        label: `GET ${query.slice(0, 40)}`,
        init: { method: 'GET', headers: { accept: 'application/json', ...csrf } },
        expectBody: true,
        ...{ url: `${url}?${params}` },
      };
    }
  }
}

describe('GraphQL endpoint under fuzzed input', () => {
  let service: TestService;
  let schema: GraphQLSchema;
  let curatorToken: string;

  beforeAll(async () => {
    service = await startTestService();
    const introspection = await graphql<IntrospectionQuery>(service.url, getIntrospectionQuery());
    expect(introspection.body.errors).toBeUndefined();
    schema = buildClientSchema(introspection.body.data!);
    curatorToken = (await createCuratorToken(service.dataDir, '模糊测试')).token;
  }, 120_000);

  afterAll(async () => {
    await service?.dispose();
  });

  async function stored() {
    return { graph: await service.graph.counts(), documents: (await service.searchIndex.stats()).numberOfDocuments };
  }

  async function send(url: string, init: RequestInit): Promise<Answer> {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(15_000) });
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      text: await response.text(),
    };
  }

  async function healthy(): Promise<boolean> {
    return (await fetch(`${service.url}/healthz`, { signal: AbortSignal.timeout(15_000) })).status === 200;
  }

  describe('cases the fuzzing found, kept as regressions', () => {
    it('refuses a fragment bomb (fragments spreading the next three times, 40 levels) quickly', async () => {
      const fragments = Array.from(
        { length: 40 },
        (_, i) => `fragment F${i} on Query { ${i + 1 < 40 ? `...F${i + 1} ...F${i + 1} ...F${i + 1}` : '__typename'} }`,
      );
      const started = Date.now();
      const { status, body } = await graphql(
        service.url,
        `
          {
            ...F0
          }
          ${fragments.join(' ')}
        `,
      );
      expect(status).toBeLessThan(500);
      // Spreads of __typename only: cheap once each fragment is measured once, so it may be answered.
      expect(body.data ?? body.errors?.[0]?.extensions?.code).toBeDefined();
      expect(Date.now() - started).toBeLessThan(5_000);
    });

    it('refuses variables nested 20,000 deep with BAD_USER_INPUT instead of overflowing the stack', async () => {
      const response = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `{"query":"query Q($q: String!) { search(query: $q) { total } }","variables":{"q":${'['.repeat(20_000)}${']'.repeat(20_000)}}}`,
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as GraphQLBody;
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('answers an empty id with BAD_USER_INPUT, not an internal error', async () => {
      const { body } = await graphql(service.url, 'query Q($id: ID!) { entity(id: $id) { id } }', { id: '' });
      expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    });
  });

  it('answers hostile values in every argument, broken documents and broken HTTP with well-formed errors, storing nothing', async () => {
    const random = createSeededRandom(SEED);
    const endpoint = `${service.url}/graphql`;
    const before = await stored();
    const failures: string[] = [];
    let tried = 0;
    const check = async (label: string, url: string, init: RequestInit, expectBody: boolean) => {
      tried += 1;
      let answer: Answer;
      try {
        answer = await send(url, init);
      } catch (error) {
        failures.push(`${label}: request failed: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
      const breach = contractBreach(answer, expectBody);
      if (breach) failures.push(`${label}: ${breach}`);
      if (tried % 50 === 0 && !(await healthy())) failures.push(`after ${label}: /healthz is not 200`);
      return answer;
    };
    const postOperation = (operation: OperationCase, headers: Record<string, string> = {}): RequestInit => ({
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify({ query: operation.query, variables: operation.variables }),
    });

    // 1. Every argument of every operation, without a token: reads answer or refuse; mutations are refused.
    const sweep = schemaCases(schema, random);
    for (const operation of sweep) {
      const answer = await check(
        `${operation.label} ${JSON.stringify(operation.variables).slice(0, 60)}`,
        endpoint,
        postOperation(operation),
        true,
      );
      if (answer && operation.mutation) {
        const body = JSON.parse(answer.text) as GraphQLBody;
        if (body.data?.[operation.field] != null)
          failures.push(`${operation.label}: a mutation without a token succeeded`);
      }
    }

    // 2. Random broken documents and requests.
    for (let index = 0; index < RANDOM_CASES; index += 1) {
      const request = randomRequest(random, endpoint) as ReturnType<typeof randomRequest> & { url?: string };
      if (process.env.FUZZ_TRACE) console.log(`case ${index}: ${request.label}`);
      await check(request.label, request.url ?? endpoint, request.init, request.expectBody);
    }

    const afterAnonymous = await stored();
    expect(failures).toEqual([]);
    expect(afterAnonymous).toEqual(before);

    // 3. Mutations with a curator's token and hostile inputs: refused with a code, or a well-formed record.
    const mutations = sweep.filter((operation) => operation.mutation);
    let written = 0;
    for (const operation of mutations) {
      const answer = await check(
        `${operation.label} as curator`,
        endpoint,
        postOperation(operation, { authorization: `Bearer ${curatorToken}` }),
        true,
      );
      if (!answer) continue;
      const body = JSON.parse(answer.text) as GraphQLBody;
      if (body.data?.[operation.field] != null) written += 1;
    }
    const after = await stored();
    // Hostile ids match no stored record, so nothing is ever removed; at most one record per accepted write.
    expect(after.graph.nodes).toBeGreaterThanOrEqual(before.graph.nodes);
    expect(after.graph.nodes - before.graph.nodes).toBeLessThanOrEqual(written);
    expect(after.graph.relationships).toBeGreaterThanOrEqual(before.graph.relationships);
    if (written === 0) expect(after).toEqual(before);
    expect(await healthy()).toBe(true);

    console.log(
      `GraphQL fuzz (seed ${SEED}): ${tried} cases — ${sweep.length} schema-driven over every argument, ` +
        `${RANDOM_CASES} random documents and requests, ${mutations.length} curator mutations (${written} accepted); ` +
        `${failures.length} failures; nodes ${before.graph.nodes} → ${after.graph.nodes}, relationships ` +
        `${before.graph.relationships} → ${after.graph.relationships}, documents ${before.documents} → ${after.documents}`,
    );
    expect(failures).toEqual([]);
  }, 900_000);
});
