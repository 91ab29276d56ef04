import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANDIDATE_IDS } from '@icg/seeds';
import {
  createCuratorToken,
  GRAPH_BACKENDS,
  graphql,
  importCandidates,
  makeTempDataDir,
  startTestService,
  type TestService,
} from '@icg/api/testing';

/** Every candidate's id, as the converter gives them. */
const CANDIDATE_ID_LIST = Object.values(CANDIDATE_IDS);

const SEARCH = /* GraphQL */ `
  query Search($query: String!) {
    search(query: $query, first: 5) {
      hits {
        verification
        sourceQuality
        entity {
          id
        }
      }
    }
  }
`;
const ENTITY = /* GraphQL */ `
  query Entity($id: ID!) {
    entity(id: $id) {
      id
      properties
      verification {
        status
      }
      bestSourceQuality
      relationships(direction: OUT) {
        id
      }
    }
  }
`;

const REVIEW_QUEUE = /* GraphQL */ `
  query ReviewQueue($after: String) {
    reviewQueue(first: 100, after: $after, filter: { fact: ENTITY }) {
      items {
        id
        reason
        since
      }
      hasNextPage
      endCursor
    }
  }
`;

interface ReviewPage {
  reviewQueue: {
    items: { id: string; reason: string; since: string | null }[];
    hasNextPage: boolean;
    endCursor: string;
  };
}

interface SearchData {
  search: { hits: { verification: string; sourceQuality: string; entity: { id: string } }[] };
}

async function topHits(url: string, query: string): Promise<SearchData['search']['hits']> {
  const { body } = await graphql<SearchData>(url, SEARCH, { query });
  expect(body.errors).toBeUndefined();
  return body.data!.search.hits;
}

describe.each(GRAPH_BACKENDS)('candidates imported out of band reach search, on the %s graph store', (backend) => {
  let dataDir: string;
  let service: TestService | undefined;
  let importOutput = '';

  beforeAll(async () => {
    dataDir = await makeTempDataDir('icg-candidates-e2e-');
    const first = await startTestService({ DATA_DIR: dataDir, GRAPH_BACKEND: backend });
    const graphEnv = first.graphEnv;
    expect((await topHits(first.url, '双沟老窖池群')).map((hit) => hit.entity.id)).not.toContain(
      'hs-shuanggou-cellars',
    );
    // The embedded graph has one writer: the service is stopped for the import, as docs/import-export.md says.
    await first.stop();
    importOutput = await importCandidates(dataDir, graphEnv);
    service = await startTestService({ DATA_DIR: dataDir, ...graphEnv });
  }, 300_000);

  afterAll(async () => {
    await service?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('the import created all 41, and the restarted service rebuilt its indexes because a tool wrote to the graph', () => {
    expect(importOutput).toContain('Nodes: 41 new, 0 changed, 0 unchanged');
    expect(service!.logLines.join('\n')).toContain('the graph was written by another tool (an import)');
  });

  it.each([
    ['双沟老窖池群', 'hs-shuanggou-cellars'],
    ['蒋蓉', 'cr-jiang-rong'],
    ['祁门红茶制作技艺', 'tech-black-tea-keemun'],
    ['盐城中国海盐博物馆', 'mu-china-sea-salt'],
  ])('search finds %s as an unverified candidate', async (query, id) => {
    const hits = await topHits(service!.url, query);
    expect(hits.map((hit) => hit.entity.id)).toContain(id);
    expect(hits.find((hit) => hit.entity.id === id)?.verification).toBe('UNVERIFIED');
  });

  it('lists every candidate in the review queue, waiting since the import, as resting on reposts or imported', async () => {
    const { token } = await createCuratorToken(dataDir, '王策展');
    const queued = new Map<string, { reason: string; since: string | null }>();
    let after: string | undefined;
    for (;;) {
      const { body } = await graphql<ReviewPage>(service!.url, REVIEW_QUEUE, after ? { after } : {}, {
        authorization: `Bearer ${token}`,
      });
      expect(body.errors).toBeUndefined();
      for (const item of body.data!.reviewQueue.items) queued.set(item.id, item);
      if (!body.data!.reviewQueue.hasNextPage) break;
      after = body.data!.reviewQueue.endCursor;
    }
    const { body } = await graphql<{ entity: { properties: string } }>(service!.url, ENTITY, { id: 'cr-jiang-rong' });
    const importedAt = (JSON.parse(body.data!.entity.properties) as { importedAt: string }).importedAt;
    for (const id of CANDIDATE_ID_LIST) {
      expect(queued.get(id), id).toEqual({
        id,
        reason: expect.stringMatching(/^(REPOST_ONLY|IMPORTED)$/),
        since: importedAt,
      });
    }
  });

  it('serves a candidate with its designation, import stamps, sources and links', async () => {
    const { body } = await graphql<{
      entity: {
        properties: string;
        verification: { status: string };
        bestSourceQuality: string;
        relationships: { id: string }[];
      };
    }>(service!.url, ENTITY, { id: 'cr-jiang-rong' });
    expect(body.errors).toBeUndefined();
    const entity = body.data!.entity;
    expect(entity.verification.status).toBe('UNVERIFIED');
    const properties = JSON.parse(entity.properties) as Record<string, unknown>;
    expect(properties['designations']).toEqual([
      { list: '中国工艺美术大师', level: 'national', year: 1993, note: '批次未见于来源' },
    ]);
    expect(properties['importedFrom']).toBe('candidates.Craftsman.csv');
    expect(properties['importedAt']).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(entity.relationships.map((link) => link.id).sort()).toEqual([
      'cr-jiang-rong|ACTIVE_IN|city-wuxi',
      'cr-jiang-rong|PRACTICES|tech-yixing-zisha',
    ]);
  });
});
