import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, startTestService, type TestService } from '@icg/api/testing';
import { API_LIMITS } from '../src/plugins/api-limits.ts';

interface ErrorBody {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string; limit?: string; maximum?: number; actual?: number } }[];
}

let service: TestService;
let taskId: string;

beforeAll(async () => {
  service = await startTestService();
  const { body } = await graphql<{ policyDocuments: { sections: { tasks: { id: string }[] }[] }[] }>(
    service.url,
    /* GraphQL */ `
      {
        policyDocuments {
          sections {
            tasks {
              id
            }
          }
        }
      }
    `,
  );
  const id = body.data?.policyDocuments.flatMap((d) => d.sections).flatMap((s) => s.tasks)[0]?.id;
  if (!id) throw new Error('the seeds hold no policy task');
  taskId = id;
}, 120_000);

afterAll(async () => {
  await service?.dispose();
});

async function post(query: string, variables: Record<string, unknown> = {}) {
  return graphql(service.url, query, variables) as Promise<{ status: number; body: ErrorBody }>;
}

/** A refusal names the limit and its figure, carries LIMIT_EXCEEDED and ran nothing. */
function expectRefused(answer: { status: number; body: ErrorBody }, limit: string, maximum: number, status = 400) {
  expect(answer.status).toBe(status);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors).toHaveLength(1);
  const [error] = answer.body.errors!;
  expect(error!.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit, maximum });
  expect(error!.message).toContain(`limit ${limit} is ${maximum}`);
}

/** POSTs a body in 64 KiB chunks without a Content-Length, on a connection of its own. */
function postChunked(body: string): Promise<{ status: number; body: ErrorBody }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${service.url}/graphql`, {
      method: 'POST',
      agent: false,
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        'transfer-encoding': 'chunked',
      },
    });
    request.on('error', reject);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as ErrorBody,
        }),
      );
    });
    const bytes = Buffer.from(body);
    for (let at = 0; at < bytes.length; at += 65_536) request.write(bytes.subarray(at, at + 65_536));
    request.end();
  });
}

function expectServed(answer: { status: number; body: ErrorBody }) {
  expect(answer.body.errors).toBeUndefined();
  expect(answer.status).toBe(200);
  expect(answer.body.data).toBeDefined();
}

/**
 * policyTask → section → document → (sections → tasks → section → document)… → name: every
 * extra hop adds one level; the cost stays far below its limit.
 */
function taskQueryOfDepth(depth: number): string {
  const hops = ['section', 'document', 'sections', 'tasks'];
  let selection = 'name';
  for (let level = depth - 1; level >= 2; level -= 1) selection = `${hops[(level - 2) % 4]} { ${selection} }`;
  return `query Deep($id: ID!) { policyTask(id: $id) { ${selection} } }`;
}

describe('limits, refused before execution with LIMIT_EXCEEDED', () => {
  it(`serves an operation ${API_LIMITS.depth} fields deep and refuses one level more`, async () => {
    expectServed(await post(taskQueryOfDepth(API_LIMITS.depth), { id: taskId }));
    const refused = await post(taskQueryOfDepth(API_LIMITS.depth + 1), { id: taskId });
    expectRefused(refused, 'depth', API_LIMITS.depth);
    expect(refused.body.errors![0]!.extensions!.actual).toBe(API_LIMITS.depth + 1);
  });

  it(`serves ${API_LIMITS.aliases} aliases and refuses one more`, async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `d${i}: policyDocuments { id }`).join(' ')} }`;
    expectServed(await post(aliases(API_LIMITS.aliases)));
    expectRefused(await post(aliases(API_LIMITS.aliases + 1)), 'aliases', API_LIMITS.aliases);
  });

  it(`serves ${API_LIMITS.directives} directives and refuses one more`, async () => {
    const directives = (n: number) =>
      `{ policyDocuments { ${Array.from({ length: n }, () => '... @include(if: true) { id }').join(' ')} } }`;
    expectServed(await post(directives(API_LIMITS.directives)));
    expectRefused(await post(directives(API_LIMITS.directives + 1)), 'directives', API_LIMITS.directives);
  });

  it(`serves a document of ${API_LIMITS.tokens} tokens and refuses one token more`, async () => {
    // `{ timeline(kinds: [` n × Museum `]) { __typename } }`: n + 12 tokens, costing 1 (kinds form a set).
    const tokens = (n: number) => `{ timeline(kinds: [${' Museum'.repeat(n - 12)} ]) { __typename } }`;
    expectServed(await post(tokens(API_LIMITS.tokens)));
    expectRefused(await post(tokens(API_LIMITS.tokens + 1)), 'tokens', API_LIMITS.tokens);
  });

  it(`serves an operation costing 7,031 and refuses one costing 10,156 (limit ${API_LIMITS.cost})`, async () => {
    // documents → sections → tasks → themes → tasks, 5 assumed in each list: 781 + 3,125 per field at the end.
    const walk = (fields: string) => `{ policyDocuments { sections { tasks { themes { tasks { ${fields} } } } } } }`;
    expectServed(await post(walk('id name')));
    const refused = await post(walk('id name number'));
    expectRefused(refused, 'cost', API_LIMITS.cost);
    expect(refused.body.errors![0]!.extensions!.actual).toBe(10_156);
  });

  it('counts the page size a variable asks for', async () => {
    // 2 + 157 per hit: each hit walks themes → tasks → themes.
    const query = /* GraphQL */ `
      query Hits($first: Int) {
        search(query: "工业", first: $first) {
          hits {
            entity {
              ... on PolicyTask {
                themes {
                  tasks {
                    themes {
                      id
                    }
                  }
                }
              }
            }
          }
        }
      }
    `;
    expectServed(await post(query, { first: 50 }));
    const refused = await post(query, { first: 100 });
    expectRefused(refused, 'cost', API_LIMITS.cost);
    expect(refused.body.errors![0]!.extensions!.actual).toBe(15_702);
  });

  it('refuses a page above 100 as BAD_USER_INPUT, whatever its size, and serves 100', async () => {
    const query = `query Page($first: Int) { search(query: "工业", first: $first) { hits { entity { id } } } }`;
    expectServed(await post(query, { first: 100 }));
    for (const first of [101, 100_000]) {
      const { status, body } = await post(query, { first });
      expect(status).toBe(200);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(/first must be an integer from 1 to 100/);
      // `search` is nullable: the refusal nulls that field only.
      expect((body.data as { search?: unknown } | null)?.search ?? null).toBeNull();
    }
  });

  it(`serves a body of exactly ${API_LIMITS.bodyBytes} bytes and refuses one byte more with HTTP 413`, async () => {
    const bodyOf = (bytes: number) => {
      const empty = JSON.stringify({ query: '{ __typename }', variables: { padding: '' } });
      return JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(bytes - empty.length) } });
    };
    const send = async (body: string) => {
      const response = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body,
      });
      return { status: response.status, body: (await response.json()) as ErrorBody };
    };
    expectServed(await send(bodyOf(API_LIMITS.bodyBytes)));
    expectRefused(await send(bodyOf(API_LIMITS.bodyBytes + 1)), 'bodyBytes', API_LIMITS.bodyBytes, 413);

    // Without a Content-Length (chunked), the body is cut off as soon as it passes the limit.
    expectRefused(await postChunked(bodyOf(2 * API_LIMITS.bodyBytes)), 'bodyBytes', API_LIMITS.bodyBytes, 413);
  });

  it('refuses a batch of operations: batching is off, one operation per request', async () => {
    const response = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ stats { __typename } }' }]),
    });
    const refused = { status: response.status, body: (await response.json()) as ErrorBody };
    expectRefused(refused, 'batchedOperations', API_LIMITS.batchedOperations);
    expect(refused.body.errors![0]!.message).toMatch(/Batching is off/);
    expectServed(await post('{ __typename }'));
  });
});
