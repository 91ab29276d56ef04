import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMeilisearch } from '@icg/search-indexer';
import { graphql, makeTempDataDir, startTestService, type TestService } from './testing/index.ts';

const SEARCH = /* GraphQL */ `
  query Search($query: String!, $first: Int) {
    search(query: $query, first: $first) {
      totalHits
      processingTimeMs
      hits {
        snippet
        entity {
          id
          kind
          name
          province
          ... on PolicyTask {
            number
            section {
              name
            }
            leadDepartments {
              name
            }
            participatingDepartments {
              name
            }
          }
        }
      }
    }
  }
`;

interface SearchData {
  search: {
    totalHits: number;
    hits: {
      snippet: string | null;
      entity: {
        id: string;
        kind: string;
        name: string;
        province: string | null;
        number?: number;
        section?: { name: string };
        leadDepartments?: { name: string }[];
        participatingDepartments?: { name: string }[];
      };
    }[];
  };
}

/** A stand-in for web/dist: the static file server is under test here, not the build. */
async function makeWebDist(): Promise<string> {
  const dir = await makeTempDataDir('icg-webdist-');
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  await writeFile(join(dir, 'assets', 'app-1234.js'), 'console.log(1)');
  return dir;
}

describe('the service on its embedded defaults', () => {
  let service: TestService;
  let webDist: string;

  beforeAll(async () => {
    webDist = await makeWebDist();
    service = await startTestService({}, { webDist });
  });
  afterAll(async () => {
    await service?.dispose();
    await rm(webDist, { recursive: true, force: true });
  });

  it('reports both stores up on /healthz', async () => {
    const response = await fetch(`${service.url}/healthz`);
    expect(response.status).toBe(200);
    const report = await response.json();
    expect(report).toMatchObject({
      status: 'ok',
      graph: { status: 'up', backend: 'embedded' },
      search: { status: 'up' },
    });
  });

  it('finds Jiangsu tasks about 工业遗产, with their departments and a highlighted snippet', async () => {
    const { status, body } = await graphql<SearchData>(service.url, SEARCH, { query: '工业遗产' });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const hits = body.data!.search.hits;
    const tasks = hits.filter((h) => h.entity.kind === 'PolicyTask' && h.entity.province === '江苏');
    expect(tasks.length).toBeGreaterThanOrEqual(2);

    const task6 = tasks.find((h) => h.entity.number === 6);
    expect(task6?.entity.name).toBe('培育工业遗产重点项目');
    expect(task6?.entity.section?.name).toBe('工业遗产保护利用工程');
    expect(task6?.entity.leadDepartments?.map((d) => d.name)).toEqual(['江苏省工业和信息化厅']);
    expect(task6?.entity.participatingDepartments?.map((d) => d.name)).toEqual([
      '江苏省发展和改革委员会',
      '江苏省文化和旅游厅',
      '江苏省人民政府国有资产监督管理委员会',
    ]);
    expect(task6?.snippet).toMatch(/<mark>工业遗产<\/mark>/);
  });

  it('answers a task by id with every responsibility role', async () => {
    const { body } = await graphql<{ entity: Record<string, unknown> }>(
      service.url,
      /* GraphQL */ `
        query {
          entity(id: "policy-jiangsu-2021-2025-t10") {
            name
            sources {
              document
              locator
            }
            ... on PolicyTask {
              leadDepartments {
                name
              }
              participatingDepartments {
                name
              }
            }
          }
        }
      `,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.entity).toMatchObject({
      name: '培养工业文化专业人才',
      leadDepartments: [{ name: '江苏省工业和信息化厅' }, { name: '江苏省人力资源和社会保障厅' }],
      participatingDepartments: [{ name: '江苏省教育厅' }],
      sources: [{ locator: '序号 10' }],
    });
  });

  it('finds a curated heritage site with the URLs its facts were taken from', async () => {
    const { body } = await graphql<{
      search: { hits: { entity: { id: string; kind: string; sources: { url: string | null }[] } }[] };
    }>(
      service.url,
      /* GraphQL */ `
        {
          search(query: "大生纱厂", first: 5) {
            hits {
              entity {
                id
                kind
                sources {
                  url
                  locator
                }
              }
            }
          }
        }
      `,
    );
    const site = body.data!.search.hits.find((h) => h.entity.id === 'hs-dasheng-cotton-mill');
    expect(site?.entity.kind).toBe('HeritageSite');
    expect(site?.entity.sources.length).toBeGreaterThan(0);
    expect(site?.entity.sources.every((s) => s.url?.startsWith('http'))).toBe(true);
  });

  it('reaches today’s enterprise through a former name', async () => {
    const { body } = await graphql<SearchData>(service.url, SEARCH, { query: '保兴面粉厂', first: 5 });
    expect(body.data!.search.hits[0]?.entity).toMatchObject({ id: 'ent-maoxin', kind: 'Enterprise' });
  });

  it('refuses a page size outside 1–100 and an empty query with BAD_USER_INPUT', async () => {
    for (const variables of [{ query: '工业', first: 0 }, { query: '工业', first: 101 }, { query: '   ' }]) {
      const { body } = await graphql(service.url, SEARCH, variables);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('serves the web app at /, with security headers', async () => {
    const response = await fetch(`${service.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await response.text()).toContain('<div id="root">');
  });

  it('serves hashed assets as immutable, any other path as the app, and nothing outside its folder', async () => {
    const asset = await fetch(`${service.url}/assets/app-1234.js`);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');

    const view = await fetch(`${service.url}/entity/policy-jiangsu-2021-2025-t06`);
    expect(await view.text()).toContain('<div id="root">');

    const escape = await fetch(`${service.url}/..%2f..%2f..%2fetc%2fpasswd`);
    expect(await escape.text()).not.toContain('root:');
  });
});

describe('when one store is down', () => {
  let service: TestService;
  let meili: Awaited<ReturnType<typeof startMeilisearch>>;

  beforeAll(async () => {
    // An external Meilisearch (MEILI_URL), so the test can stop it under the running service.
    meili = await startMeilisearch({ dataDir: await makeTempDataDir('icg-meili-') });
    service = await startTestService({ MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey });
  });
  afterAll(async () => {
    await service?.dispose();
    await meili?.stop();
  });

  it('answers search with SEARCH_UNAVAILABLE, keeps the rest working, and /healthz names the search engine', async () => {
    await meili.stop();

    const health = await fetch(`${service.url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({
      status: 'unavailable',
      graph: { status: 'up' },
      search: { status: 'down' },
    });

    const search = await graphql(service.url, SEARCH, { query: '工业遗产' });
    expect(search.body.errors?.[0]?.extensions?.code).toBe('SEARCH_UNAVAILABLE');

    const stats = await graphql<{ stats: { nodes: number } }>(service.url, '{ stats { nodes } }');
    expect(stats.body.errors).toBeUndefined();
    expect(stats.body.data!.stats.nodes).toBeGreaterThan(0);
  });

  it('reports the graph store down on /healthz when it is closed', async () => {
    await service.graph.close();
    const health = await fetch(`${service.url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ graph: { status: 'down', backend: 'embedded' } });
  });
});
