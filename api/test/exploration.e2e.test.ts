import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPH_BACKENDS, graphql, startTestService, type TestService } from '@icg/api/testing';
import { HOP_PENALTY, type RelationType } from '@icg/graph';
import { createCuratorToken } from '../src/auth/curator-tokens.ts';

/** Real facts of the curated seeds. */
const ZHANG_JIAN = 'en-zhang-jian';
const DASHENG = 'ent-dasheng';
const DASHENG_MILL_SITE = 'hs-dasheng-cotton-mill';
const NANTONG = 'city-nantong';

interface GraphError {
  message: string;
  extensions?: { code?: string; argument?: string };
}

interface Edge {
  id: string;
  type: string;
  from: { id: string };
  to: { id: string };
  sources: { document: string | null }[];
}

interface Page {
  nodes: { id: string; kind: string }[];
  edges: Edge[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
  countsByKind: { kind: string; count: number }[];
  countsByType: { type: string; typeLabel: string; count: number }[];
}

interface PathResult {
  length: number;
  nodes: { id: string; kind: string; name: string }[];
  edges: { type: string }[];
  explanation: string;
}

const NEIGHBORHOOD = /* GraphQL */ `
  query Hub($id: ID!, $depth: Int, $first: Int, $after: String, $limit: Int, $excludeKinds: [EntityKind!]) {
    neighborhood(id: $id, depth: $depth, first: $first, after: $after, limit: $limit, excludeKinds: $excludeKinds) {
      nodes {
        id
        kind
      }
      edges {
        id
        type
        from {
          id
        }
        to {
          id
        }
        sources {
          document
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
      countsByKind {
        kind
        count
      }
      countsByType {
        type
        typeLabel
        count
      }
    }
  }
`;

const PATHS = /* GraphQL */ `
  query Paths(
    $from: ID!
    $to: ID!
    $maxHops: Int
    $limit: Int
    $excludeKinds: [EntityKind!]
    $excludeTypes: [String!]
  ) {
    paths(
      from: $from
      to: $to
      maxHops: $maxHops
      limit: $limit
      excludeKinds: $excludeKinds
      excludeTypes: $excludeTypes
    ) {
      length
      nodes {
        id
        kind
        name
      }
      edges {
        type
      }
      explanation
    }
  }
`;

describe.each(GRAPH_BACKENDS)('exploring the graph on the %s graph store', (backend) => {
  let service: TestService;

  async function query<T>(document: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
    const { body } = await graphql<T>(service.url, document, variables, headers);
    return { data: body.data, errors: (body.errors ?? []) as GraphError[] };
  }

  /** Every page of a neighbourhood, following endCursor. */
  async function allPages(variables: Record<string, unknown>): Promise<Page[]> {
    const pages: Page[] = [];
    let after: string | null = null;
    do {
      const { data, errors } = await query<{ neighborhood: Page }>(NEIGHBORHOOD, { ...variables, after });
      expect(errors).toEqual([]);
      const page: Page = data!.neighborhood;
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && pages.length < 100);
    return pages;
  }

  async function paths(variables: Record<string, unknown>): Promise<PathResult[]> {
    const { data, errors } = await query<{ paths: PathResult[] }>(PATHS, variables);
    expect(errors).toEqual([]);
    return data!.paths;
  }

  beforeAll(async () => {
    service = await startTestService({ GRAPH_BACKEND: backend });
  }, 180_000);

  afterAll(async () => {
    await service?.dispose();
  });

  describe('a hub listed whole', () => {
    it('reaches every neighbour of a city page by page, each once, with counts by kind and type on every page', async () => {
      const pages = await allPages({ id: NANTONG, first: 10 });
      const total = pages[0]!.totalCount;
      expect(total).toBeGreaterThan(10);
      expect(pages.length).toBe(Math.ceil(total / 10));
      const neighbours = pages.flatMap((page) => page.nodes.slice(1).map((node) => node.id));
      expect(neighbours).toHaveLength(total);
      expect(new Set(neighbours).size).toBe(total);
      expect(neighbours).toEqual([...neighbours].sort());
      expect(pages.every((page) => page.nodes[0]!.id === NANTONG && page.totalCount === total)).toBe(true);
      expect(pages.at(-1)!.pageInfo.hasNextPage).toBe(false);

      const { countsByKind, countsByType } = pages[0]!;
      expect(countsByKind.reduce((sum, count) => sum + count.count, 0)).toBe(total);
      expect(countsByKind.map((count) => count.count)).toEqual(
        [...countsByKind.map((count) => count.count)].sort((a, b) => b - a),
      );
      const located = countsByType.find((count) => count.type === 'LOCATED_IN');
      expect(located).toMatchObject({ typeLabel: '位于' });
      expect(located!.count).toBeGreaterThan(5);
      expect(pages.every((page) => JSON.stringify(page.countsByType) === JSON.stringify(countsByType))).toBe(true);
    });

    it("draws each page joined to the centre: every neighbour's edge to the city is on its page, with sources", async () => {
      for (const page of await allPages({ id: NANTONG, first: 25 })) {
        const onPage = new Set(page.nodes.map((node) => node.id));
        for (const node of page.nodes.slice(1)) {
          const joined = page.edges.filter((edge) => edge.from.id === node.id || edge.to.id === node.id);
          expect(joined.length, node.id).toBeGreaterThan(0);
        }
        expect(page.edges.every((edge) => onPage.has(edge.from.id) && onPage.has(edge.to.id))).toBe(true);
        expect(page.edges.every((edge) => edge.sources.length > 0)).toBe(true);
      }
    });

    it('pages a depth-2 neighbourhood ring by ring, and keeps excluded kinds out of it', async () => {
      const pages = await allPages({ id: ZHANG_JIAN, depth: 2, first: 50, excludeKinds: ['Place'] });
      const nodes = pages.flatMap((page) => page.nodes.slice(1));
      expect(nodes).toHaveLength(pages[0]!.totalCount);
      expect(nodes.some((node) => node.kind === 'Place')).toBe(false);
      expect(pages[0]!.countsByKind.some((count) => count.kind === 'Place')).toBe(false);
      // A neighbour of a later ring is joined to one of an earlier page, which the client has drawn already.
      const seen = new Set([ZHANG_JIAN]);
      for (const page of pages) {
        for (const node of page.nodes.slice(1)) seen.add(node.id);
        for (const edge of page.edges) expect(seen.has(edge.from.id) && seen.has(edge.to.id)).toBe(true);
      }
    });

    it.each([
      ['a cursor it did not hand out', { after: 'bm90LWEtY3Vyc29y' }, 'after'],
      ['first: 101', { first: 101 }, 'first'],
      ['both first and its former name limit', { first: 5, limit: 5 }, 'limit'],
    ])('refuses %s with BAD_USER_INPUT', async (_, variables, argument) => {
      const { errors } = await query(NEIGHBORHOOD, { id: NANTONG, ...variables });
      expect(errors).toHaveLength(1);
      expect(errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    });
  });

  describe('paths a scholar can use', () => {
    it('puts what 张謇 did to the mill before two mentions in one story', async () => {
      const [first] = await paths({ from: ZHANG_JIAN, to: DASHENG_MILL_SITE });
      expect(first!.nodes.map((node) => node.id)).toEqual([ZHANG_JIAN, DASHENG, DASHENG_MILL_SITE]);
      expect(first!.explanation).toMatch(/^张謇 创办 大生纱厂/);
    });

    it.each([
      // [from, to, the types a scholar expects first]
      [DASHENG, NANTONG, ['LOCATED_IN']],
      [ZHANG_JIAN, DASHENG, ['FOUNDED']],
    ])('answers %s → %s first by its factual relation', async (from, to, types) => {
      const [first] = await paths({ from, to });
      expect(first!.edges.map((edge) => edge.type)).toEqual(types);
    });

    it('ranks paths of one length by the documented hop penalties: facts, then lists, stories, places', async () => {
      const found = await paths({ from: ZHANG_JIAN, to: DASHENG_MILL_SITE, limit: 10 });
      const twoHops = found.filter((path) => path.length === 2);
      const penalty = (path: PathResult) =>
        path.edges.reduce((sum, edge) => sum + (HOP_PENALTY[edge.type as RelationType] ?? 0), 0);
      expect(twoHops.length).toBeGreaterThan(2);
      expect(twoHops.map(penalty)).toEqual([...twoHops.map(penalty)].sort((a, b) => a - b));
      expect(penalty(twoHops[0]!)).toBe(0);
      expect(penalty(twoHops.at(-1)!)).toBeGreaterThan(0);
    });

    it('finds five simple paths of up to six hops, shortest first', async () => {
      const found = await paths({ from: ZHANG_JIAN, to: DASHENG_MILL_SITE, maxHops: 6, limit: 5 });
      expect(found).toHaveLength(5);
      const lengths = found.map((path) => path.length);
      expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
      for (const path of found) {
        expect(new Set(path.nodes.map((node) => node.id)).size).toBe(path.length + 1);
      }
    });

    it('goes round a city when asked not to pass through one', async () => {
      const found = await paths({ from: DASHENG, to: 'hs-dasheng-cotton-mill', excludeKinds: ['Place'], maxHops: 6 });
      expect(found.length).toBeGreaterThan(0);
      for (const path of found) expect(path.nodes.slice(1, -1).some((node) => node.kind === 'Place')).toBe(false);

      const throughCities = await paths({ from: ZHANG_JIAN, to: NANTONG, excludeTypes: ['LOCATED_IN', 'ACTIVE_IN'] });
      for (const path of throughCities) {
        expect(path.edges.some((edge) => edge.type === 'LOCATED_IN' || edge.type === 'ACTIVE_IN')).toBe(false);
      }
    });

    it('refuses an unknown relation type in excludeTypes', async () => {
      const { errors } = await query(PATHS, { from: ZHANG_JIAN, to: DASHENG, excludeTypes: ['INVENTED'] });
      expect(errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'excludeTypes' });
    });
  });

  it('/healthz says the index traversals are planned on is built, and what it holds', async () => {
    await query(NEIGHBORHOOD, { id: NANTONG, first: 1 });
    const health = (await (await fetch(`${service.url}/healthz`)).json()) as {
      graph: { traversal: { status: string; entities: number; relationships: number } };
    };
    expect(health.graph.traversal).toMatchObject({ status: 'ready' });
    expect(health.graph.traversal.entities).toBeGreaterThan(400);
    expect(health.graph.traversal.relationships).toBeGreaterThan(health.graph.traversal.entities);
  });

  describe("a curator's writes", () => {
    it('are traversable at once: a new relationship joins the neighbourhood and makes a path', async () => {
      const { token } = await createCuratorToken(service.dataDir, '探索测试');
      const headers = { authorization: `Bearer ${token}` };
      const entity = await query<{ upsertEntity: { entity: { id: string } } }>(
        /* GraphQL */ `
          mutation ($input: UpsertEntityInput!) {
            upsertEntity(input: $input) {
              entity {
                id
              }
            }
          }
        `,
        {
          input: {
            kind: 'Museum',
            name: '探索测试纺织陈列室',
            province: '江苏',
            city: '南通市',
            sources: [{ document: '探索测试' }],
          },
        },
        headers,
      );
      expect(entity.errors).toEqual([]);
      const museum = entity.data!.upsertEntity.entity.id;
      expect(await paths({ from: museum, to: DASHENG, maxHops: 1 })).toEqual([]);

      const added = await query(
        /* GraphQL */ `
          mutation ($input: AddRelationshipInput!) {
            addRelationship(input: $input) {
              created
            }
          }
        `,
        { input: { type: 'EXHIBITS', from: museum, to: DASHENG, sources: [{ document: '探索测试' }] } },
        headers,
      );
      expect(added.errors).toEqual([]);

      const [page] = await allPages({ id: DASHENG, first: 100 });
      expect(page!.nodes.map((node) => node.id)).toContain(museum);
      expect(page!.edges.some((edge) => edge.type === 'EXHIBITS' && edge.from.id === museum)).toBe(true);
      const [direct] = await paths({ from: museum, to: DASHENG, maxHops: 1 });
      expect(direct!.edges.map((edge) => edge.type)).toEqual(['EXHIBITS']);
    });
  });
});
