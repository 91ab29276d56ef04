import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCuratorToken,
  graphql,
  startStoppableMeilisearch,
  startTestService,
  type StoppableMeilisearch,
  type TestService,
} from '@icg/api/testing';

/**
 * /metrics scraped around real requests: each series named in README.md ("Observability") exists and moves with what
 * the service did, and only the holder of METRICS_TOKEN may read it (the loopback rule is in metrics-access.test.ts).
 */

const TOKEN = 'metrics-scraper-0123456789';
const AUTH = { authorization: `Bearer ${TOKEN}` };

let meili: StoppableMeilisearch;
let service: TestService;

beforeAll(async () => {
  meili = await startStoppableMeilisearch();
  // Two searches at once, then one a minute: the third search in a row is refused.
  service = await startTestService({ ...meili.env, METRICS_TOKEN: TOKEN, RATE_LIMITS: 'search=1/min:2' });
}, 180_000);

afterAll(async () => {
  await service?.dispose();
  await meili?.dispose();
});

async function scrape(headers: Record<string, string> = AUTH): Promise<string> {
  const response = await fetch(`${service.url}/metrics`, { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

/** The value of one series (`name{labels}` exactly as exposed), or undefined when it is not there. */
function valueOf(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

const moved = (before: string, after: string, series: string) =>
  (valueOf(after, series) ?? 0) - (valueOf(before, series) ?? 0);

const post = (query: string, variables: Record<string, unknown> = {}) => graphql(service.url, query, variables);

describe('/metrics', () => {
  it('answers 403 without the token or with a wrong one, and the Prometheus text format with it', async () => {
    expect((await fetch(`${service.url}/metrics`)).status).toBe(403);
    const wrong = await fetch(`${service.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.status).toBe(403);
    expect(await wrong.text()).not.toContain('icg_');
    const text = await scrape();
    expect(text).toContain('# TYPE icg_graphql_requests_total counter');
    expect(text).toContain('# TYPE icg_graphql_request_duration_seconds histogram');
    expect(valueOf(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('counts requests and their latency by operation name, errors by code, and rate-limit refusals', async () => {
    const before = await scrape();
    for (let i = 0; i < 3; i += 1) await post('query MetricsProbe { __typename }');
    await post('{ __typename }');
    await post('{ search(');
    await post('query A { __typename } query B { __typename }');
    await post('query Ghost { noSuchField }');
    const refusals = [];
    for (let i = 0; i < 4; i += 1) {
      const { body } = await post('query Searching { search(query: "南京", first: 1) { totalHits } }');
      refusals.push(body.errors?.some((error) => error.extensions?.code === 'RATE_LIMITED') ?? false);
    }
    const refused = refusals.filter(Boolean).length;
    expect(refused).toBeGreaterThan(0);
    const after = await scrape();

    expect(moved(before, after, 'icg_graphql_requests_total{operation="MetricsProbe"}')).toBe(3);
    expect(moved(before, after, 'icg_graphql_request_duration_seconds_count{operation="MetricsProbe"}')).toBe(3);
    expect(moved(before, after, 'icg_graphql_request_duration_seconds_sum{operation="MetricsProbe"}')).toBeGreaterThan(
      0,
    );
    expect(moved(before, after, 'icg_graphql_requests_total{operation="(anonymous)"}')).toBe(1);
    // The unparsable, the ambiguous and the invalid document ran nothing; "Ghost" gets no series of its own.
    expect(moved(before, after, 'icg_graphql_requests_total{operation="(none)"}')).toBe(3);
    expect(after).not.toContain('operation="Ghost"');
    expect(moved(before, after, 'icg_graphql_requests_total{operation="Searching"}')).toBe(4);

    expect(moved(before, after, 'icg_graphql_errors_total{code="GRAPHQL_PARSE_FAILED"}')).toBe(1);
    expect(moved(before, after, 'icg_graphql_errors_total{code="OPERATION_RESOLUTION_FAILURE"}')).toBe(1);
    expect(moved(before, after, 'icg_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    expect(moved(before, after, 'icg_graphql_errors_total{code="RATE_LIMITED"}')).toBe(refused);
    expect(moved(before, after, 'icg_rate_limit_refusals_total')).toBe(refused);
  });

  it('reports each engine up or down and the search outbox depth, and both follow an outage', async () => {
    const healthy = await scrape();
    expect(valueOf(healthy, 'icg_engine_up{engine="search"}')).toBe(1);
    expect(valueOf(healthy, 'icg_engine_up{engine="graph"}')).toBe(1);
    expect(valueOf(healthy, 'icg_search_outbox_depth')).toBe(0);

    const { token } = await createCuratorToken(service.dataDir, '指标测试');
    await meili.stop();
    try {
      const { body } = await graphql(
        service.url,
        /* GraphQL */ `
          mutation Upsert($input: UpsertEntityInput!) {
            upsertEntity(input: $input) {
              entity {
                id
              }
            }
          }
        `,
        { input: { kind: 'Enterprise', name: `指标测试纱厂${Date.now()}`, sources: [{ document: '指标测试' }] } },
        { authorization: `Bearer ${token}` },
      );
      expect(body.errors).toBeUndefined();
      const down = await scrape();
      expect(valueOf(down, 'icg_engine_up{engine="search"}')).toBe(0);
      expect(valueOf(down, 'icg_engine_up{engine="graph"}')).toBe(1);
      expect(valueOf(down, 'icg_search_outbox_depth')).toBeGreaterThanOrEqual(1);
    } finally {
      await meili.restart();
    }
    const deadline = Date.now() + 60_000;
    let recovered = await scrape();
    while (
      (valueOf(recovered, 'icg_search_outbox_depth') !== 0 ||
        valueOf(recovered, 'icg_engine_up{engine="search"}') !== 1) &&
      Date.now() < deadline
    ) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      recovered = await scrape();
    }
    expect(valueOf(recovered, 'icg_engine_up{engine="search"}')).toBe(1);
    expect(valueOf(recovered, 'icg_search_outbox_depth')).toBe(0);
  }, 120_000);

  it('keeps the operation label bounded: past 100 names, operations are counted as (other)', async () => {
    const before = await scrape();
    for (let i = 0; i < 105; i += 1) await post(`query Invented${i} { __typename }`);
    const after = await scrape();
    const operations = new Set(
      [...after.matchAll(/^icg_graphql_requests_total\{operation="([^"]*)"\}/gm)].map((match) => match[1]),
    );
    expect(operations.size).toBeLessThanOrEqual(100 + 3);
    expect(operations).toContain('(other)');
    const named = [...operations].filter((name) => name?.startsWith('Invented')).length;
    expect(moved(before, after, 'icg_graphql_requests_total{operation="(other)"}')).toBe(105 - named);
  });
});
