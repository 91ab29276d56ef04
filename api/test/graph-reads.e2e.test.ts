import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPH_BACKENDS, graphql, startTestService, type TestService } from '@icg/api/testing';
import { createCuratorToken } from '../src/auth/curator-tokens.ts';

/** Real facts of the curated seeds: 张謇 founded 大生纱厂, whose works are the 大生纱厂旧址 heritage site. */
const ZHANG_JIAN = 'en-zhang-jian';
const DASHENG = 'ent-dasheng';
const DASHENG_NAME = '大生纱厂（江苏大生集团有限公司）';
const DASHENG_MILL_SITE = 'hs-dasheng-cotton-mill';

interface GraphError {
  message: string;
  extensions?: { code?: string; argument?: string };
}

interface EntityRef {
  id: string;
  name: string;
}

interface Source {
  document: string | null;
  url: string | null;
}

interface Relationship {
  id: string;
  type: string;
  typeLabel: string;
  from: EntityRef;
  to: EntityRef;
  properties: string;
  sources: Source[];
}

interface PathResult {
  length: number;
  nodes: EntityRef[];
  edges: Relationship[];
  explanation: string;
}

let service: TestService;

async function query<T>(document: string, variables: Record<string, unknown> = {}) {
  const { status, body } = await graphql<T>(service.url, document, variables);
  return { status, data: body.data, errors: (body.errors ?? []) as GraphError[] };
}

/** The one error a refused request carries. */
async function refusal(document: string, variables: Record<string, unknown> = {}): Promise<GraphError> {
  const { errors } = await query(document, variables);
  expect(errors).toHaveLength(1);
  return errors[0]!;
}

const RELATIONSHIP_FIELDS = /* GraphQL */ `
  fragment RelationshipFields on Relationship {
    id
    type
    typeLabel
    from {
      id
      name
    }
    to {
      id
      name
    }
    properties
    sources {
      document
      url
    }
  }
`;

describe.each(GRAPH_BACKENDS)('graph reads on the %s graph store', (backend) => {
  beforeAll(async () => {
    service = await startTestService({ GRAPH_BACKEND: backend });
  }, 180_000);

  afterAll(async () => {
    await service?.dispose();
  });

  describe('entity and node', () => {
    const ENTITY = /* GraphQL */ `
      query Entity($id: ID!, $types: [String!], $direction: RelationshipDirection) {
        entity(id: $id) {
          __typename
          id
          kind
          name
          province
          city
          properties
          sources {
            document
            url
          }
          relationships(types: $types, direction: $direction) {
            ...RelationshipFields
          }
        }
      }
      ${RELATIONSHIP_FIELDS}
    `;

    it('returns an entity by its global id with its sources, properties and relationships', async () => {
      const { data, errors } = await query<{
        entity: EntityRef & {
          __typename: string;
          kind: string;
          properties: string;
          sources: Source[];
          relationships: Relationship[];
        };
      }>(ENTITY, { id: ZHANG_JIAN, types: ['FOUNDED'], direction: 'OUT' });
      expect(errors).toEqual([]);
      const entity = data!.entity;
      expect(entity).toMatchObject({ __typename: 'BasicEntity', id: ZHANG_JIAN, kind: 'Entrepreneur', name: '张謇' });
      expect(entity.sources.length).toBeGreaterThan(0);
      expect(typeof JSON.parse(entity.properties)).toBe('object');

      const founded = entity.relationships.find((rel) => rel.to.id === DASHENG);
      expect(founded).toMatchObject({
        id: `${ZHANG_JIAN}|FOUNDED|${DASHENG}`,
        type: 'FOUNDED',
        typeLabel: '创办',
        from: { id: ZHANG_JIAN, name: '张謇' },
        to: { id: DASHENG, name: DASHENG_NAME },
      });
      expect(founded!.sources.length).toBeGreaterThan(0);
      expect(entity.relationships.every((rel) => rel.type === 'FOUNDED' && rel.from.id === ZHANG_JIAN)).toBe(true);
    });

    it('keeps only relationships in the asked direction', async () => {
      const { data } = await query<{ entity: { relationships: Relationship[] } }>(ENTITY, {
        id: DASHENG,
        direction: 'IN',
      });
      const relationships = data!.entity.relationships;
      expect(relationships.map((rel) => rel.from.id)).toContain(ZHANG_JIAN);
      expect(relationships.every((rel) => rel.to.id === DASHENG)).toBe(true);
    });

    it('gives policy types the same graph fields', async () => {
      const { data, errors } = await query<{
        entity: {
          __typename: string;
          number: number;
          sources: Source[];
          properties: string;
          relationships: Relationship[];
        };
      }>(
        /* GraphQL */ `
          query Task($id: ID!) {
            entity(id: $id) {
              __typename
              ... on PolicyTask {
                number
              }
              sources {
                document
              }
              properties
              relationships(types: ["LEADS"]) {
                typeLabel
                from {
                  name
                }
              }
            }
          }
        `,
        { id: 'policy-jiangsu-2021-2025-t06' },
      );
      expect(errors).toEqual([]);
      expect(data!.entity).toMatchObject({ __typename: 'PolicyTask', number: 6 });
      expect(data!.entity.sources.length).toBeGreaterThan(0);
      expect(JSON.parse(data!.entity.properties)).toMatchObject({ number: 6 });
      expect(data!.entity.relationships.length).toBeGreaterThan(0);
      expect(data!.entity.relationships.every((rel) => rel.typeLabel === '牵头')).toBe(true);
    });

    it('answers null for an unknown id', async () => {
      const { data, errors } = await query(/* GraphQL */ `
        {
          entity(id: "no-such-entity") {
            id
          }
          node(id: "no-such-entity") {
            id
          }
        }
      `);
      expect(errors).toEqual([]);
      expect(data).toEqual({ entity: null, node: null });
    });

    it('resolves entity and relationship ids through node', async () => {
      const { data, errors } = await query<{
        entity: { __typename: string; id: string };
        rel: Relationship & { __typename: string };
      }>(
        /* GraphQL */ `
          query Nodes($entity: ID!, $rel: ID!) {
            entity: node(id: $entity) {
              __typename
              id
            }
            rel: node(id: $rel) {
              __typename
              ... on Relationship {
                ...RelationshipFields
              }
            }
          }
          ${RELATIONSHIP_FIELDS}
        `,
        { entity: 'city-nanjing', rel: `${ZHANG_JIAN}|FOUNDED|${DASHENG}` },
      );
      expect(errors).toEqual([]);
      expect(data!.entity).toEqual({ __typename: 'BasicEntity', id: 'city-nanjing' });
      expect(data!.rel).toMatchObject({ __typename: 'Relationship', type: 'FOUNDED', from: { name: '张謇' } });
    });

    it('refuses an unknown relation type in relationships(types:)', async () => {
      const error = await refusal(ENTITY, { id: ZHANG_JIAN, types: ['FOUNDED', 'INVENTED'] });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'types' });
      expect(error.message).toContain('INVENTED');
    });
  });

  describe('entities', () => {
    const ENTITIES = /* GraphQL */ `
      query Entities(
        $kinds: [EntityKind!]
        $province: String
        $city: String
        $text: String
        $first: Int
        $after: String
      ) {
        entities(kinds: $kinds, province: $province, city: $city, text: $text, first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
              kind
              name
              province
              city
            }
          }
        }
      }
    `;

    interface Page {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { cursor: string; node: EntityRef & { kind: string; province: string | null; city: string | null } }[];
    }

    it('pages through every match in id order with opaque cursors', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let totalCount = -1;
      for (let page = 0; page < 50; page += 1) {
        const variables: Record<string, unknown> = { kinds: ['Entrepreneur'], first: 7, after };
        const { data, errors } = await query<{ entities: Page }>(ENTITIES, variables);
        expect(errors).toEqual([]);
        const { edges, pageInfo } = data!.entities;
        totalCount = data!.entities.totalCount;
        expect(edges.every((edge) => edge.node.kind === 'Entrepreneur')).toBe(true);
        expect(pageInfo.endCursor).toBe(edges.at(-1)?.cursor ?? null);
        expect(edges.every((edge) => !edge.cursor.includes(edge.node.id))).toBe(true);
        seen.push(...edges.map((edge) => edge.node.id));
        if (!pageInfo.hasNextPage) break;
        after = pageInfo.endCursor;
      }
      expect(totalCount).toBeGreaterThan(7);
      expect(seen).toHaveLength(totalCount);
      expect(new Set(seen).size).toBe(totalCount);
      expect(seen).toEqual([...seen].sort());
    });

    it('filters by province, city and text together', async () => {
      const { data, errors } = await query<{ entities: Page }>(ENTITIES, {
        province: '江苏',
        city: '南通市',
        text: '大生',
        first: 100,
      });
      expect(errors).toEqual([]);
      const ids = data!.entities.edges.map((edge) => edge.node.id);
      expect(ids).toEqual(expect.arrayContaining([DASHENG, DASHENG_MILL_SITE]));
      expect(data!.entities.totalCount).toBe(ids.length);
      expect(data!.entities.edges.every((edge) => edge.node.city === '南通市' && edge.node.name.includes('大生'))).toBe(
        true,
      );
    });

    it('matches nothing for an empty list of kinds', async () => {
      const { data, errors } = await query<{ entities: Page }>(ENTITIES, { kinds: [] });
      expect(errors).toEqual([]);
      expect(data!.entities).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    });

    it('defaults to 10 entities per page', async () => {
      const { data } = await query<{ entities: Page }>(ENTITIES);
      expect(data!.entities.edges).toHaveLength(10);
      expect(data!.entities.pageInfo.hasNextPage).toBe(true);
      expect(data!.entities.totalCount).toBeGreaterThan(400);
    });

    it.each([
      ['first: 0', { first: 0 }, 'first'],
      ['first: 101', { first: 101 }, 'first'],
      ['a cursor it did not issue', { after: 'bm90LWEtY3Vyc29y' }, 'after'],
      ['a cursor that is not base64url', { after: '***' }, 'after'],
      ['an empty province', { province: '' }, 'province'],
      ['an empty city', { city: '' }, 'city'],
      ['a blank text', { text: '   ' }, 'text'],
    ])('refuses %s with BAD_USER_INPUT', async (_, variables, argument) => {
      const error = await refusal(ENTITIES, variables);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    });

    it('refuses an unknown kind before running', async () => {
      const error = await refusal(ENTITIES, { kinds: ['Spaceship'] });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain('Spaceship');
    });
  });

  describe('neighborhood', () => {
    const NEIGHBORHOOD = /* GraphQL */ `
      query Neighborhood($id: ID!, $depth: Int, $relationTypes: [String!], $limit: Int) {
        neighborhood(id: $id, depth: $depth, relationTypes: $relationTypes, limit: $limit) {
          nodes {
            id
            name
            sources {
              url
            }
          }
          edges {
            ...RelationshipFields
          }
        }
      }
      ${RELATIONSHIP_FIELDS}
    `;

    interface Subgraph {
      nodes: (EntityRef & { sources: Source[] })[];
      edges: Relationship[];
    }

    it('returns the centre first, its neighbours and the relationships among them, ready to draw', async () => {
      const { data, errors } = await query<{ neighborhood: Subgraph }>(NEIGHBORHOOD, { id: ZHANG_JIAN });
      expect(errors).toEqual([]);
      const { nodes, edges } = data!.neighborhood;
      expect(nodes[0]!.id).toBe(ZHANG_JIAN);
      expect(nodes.map((node) => node.id)).toEqual(expect.arrayContaining([DASHENG, 'city-nantong']));
      const ids = new Set(nodes.map((node) => node.id));
      expect(edges.length).toBeGreaterThanOrEqual(nodes.length - 1);
      expect(edges.every((edge) => ids.has(edge.from.id) && ids.has(edge.to.id))).toBe(true);
      expect(edges.every((edge) => edge.sources.length > 0)).toBe(true);
    });

    it('keeps only the asked relation types and honours limit and depth', async () => {
      const { data, errors } = await query<{ neighborhood: Subgraph }>(NEIGHBORHOOD, {
        id: ZHANG_JIAN,
        depth: 2,
        relationTypes: ['FOUNDED', 'LOCATED_IN'],
        limit: 3,
      });
      expect(errors).toEqual([]);
      const { nodes, edges } = data!.neighborhood;
      expect(nodes).toHaveLength(4);
      expect(edges.every((edge) => edge.type === 'FOUNDED' || edge.type === 'LOCATED_IN')).toBe(true);
    });

    it('answers NOT_FOUND for an unknown id', async () => {
      const error = await refusal(NEIGHBORHOOD, { id: 'no-such-entity' });
      expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'id' });
    });

    it.each([
      ['depth: 0', { depth: 0 }, 'depth'],
      ['depth: 4', { depth: 4 }, 'depth'],
      ['limit: 0', { limit: 0 }, 'limit'],
      ['limit: 101', { limit: 101 }, 'limit'],
      ['an unknown relation type', { relationTypes: ['INVENTED'] }, 'relationTypes'],
      ["narratives' INCLUDES", { relationTypes: ['INCLUDES'] }, 'relationTypes'],
      ['an empty list of relation types', { relationTypes: [] }, 'relationTypes'],
    ])('refuses %s with BAD_USER_INPUT', async (_, variables, argument) => {
      const error = await refusal(NEIGHBORHOOD, { id: ZHANG_JIAN, ...variables });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    });

    it('names the unknown relation type', async () => {
      const error = await refusal(NEIGHBORHOOD, { id: ZHANG_JIAN, relationTypes: ['FOUNDED', 'INVENTED'] });
      expect(error.message).toContain('INVENTED');
    });
  });

  describe('paths', () => {
    const PATHS = /* GraphQL */ `
      query Paths($from: ID!, $to: ID!, $maxHops: Int, $limit: Int, $relationTypes: [String!]) {
        paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit, relationTypes: $relationTypes) {
          length
          nodes {
            id
            name
          }
          edges {
            ...RelationshipFields
          }
          explanation
        }
      }
      ${RELATIONSHIP_FIELDS}
    `;

    it('explains a direct relationship in one Chinese clause, then the two-hop ways round', async () => {
      const { data, errors } = await query<{ paths: PathResult[] }>(PATHS, { from: ZHANG_JIAN, to: DASHENG });
      expect(errors).toEqual([]);
      expect(data!.paths.length).toBeGreaterThan(1);
      expect(data!.paths.map((path) => path.length)).toEqual([1, ...data!.paths.slice(1).map(() => 2)]);
      const [path] = data!.paths;
      expect(path).toMatchObject({
        length: 1,
        nodes: [{ id: ZHANG_JIAN }, { id: DASHENG }],
        explanation: `张謇 创办 ${DASHENG_NAME}。`,
      });
      expect(path!.edges[0]!.sources.length).toBeGreaterThan(0);
    });

    it('tells a hop walked against its direction in the passive', async () => {
      const { data } = await query<{ paths: PathResult[] }>(PATHS, { from: DASHENG, to: ZHANG_JIAN });
      expect(data!.paths[0]!.explanation).toBe(`${DASHENG_NAME} 由 张謇 创办。`);
    });

    it('lists the shortest paths first, each with its nodes, edges and one clause per hop', async () => {
      const { data, errors } = await query<{ paths: PathResult[] }>(PATHS, { from: ZHANG_JIAN, to: DASHENG_MILL_SITE });
      expect(errors).toEqual([]);
      const paths = data!.paths;
      expect(paths.length).toBeLessThanOrEqual(5);
      const lengths = paths.map((path) => path.length);
      expect(lengths.filter((length) => length === 2).length).toBeGreaterThan(1);
      expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
      for (const path of paths) {
        expect([2, 3]).toContain(path.length);
        expect(path.nodes[0]!.id).toBe(ZHANG_JIAN);
        expect(path.nodes.at(-1)!.id).toBe(DASHENG_MILL_SITE);
        expect(new Set(path.nodes.map((node) => node.id)).size).toBe(path.length + 1);
        expect(path.edges).toHaveLength(path.length);
        expect(path.edges.every((edge) => edge.sources.length > 0)).toBe(true);
        expect(path.explanation.split('；')).toHaveLength(path.length);
      }
      expect(paths.map((path) => path.explanation)).toContain(
        `张謇 创办 ${DASHENG_NAME}；大生纱厂旧址 曾作为 ${DASHENG_NAME}。`,
      );
    });

    it('keeps to the asked relation types, limit and maxHops', async () => {
      const typed = await query<{ paths: PathResult[] }>(PATHS, {
        from: ZHANG_JIAN,
        to: DASHENG_MILL_SITE,
        relationTypes: ['FOUNDED', 'OPERATED_AS'],
      });
      expect(typed.data!.paths.map((path) => path.edges.map((edge) => edge.type))).toEqual([
        ['FOUNDED', 'OPERATED_AS'],
      ]);

      const one = await query<{ paths: PathResult[] }>(PATHS, { from: ZHANG_JIAN, to: DASHENG_MILL_SITE, limit: 1 });
      expect(one.data!.paths).toHaveLength(1);

      const tooShort = await query<{ paths: PathResult[] }>(PATHS, {
        from: ZHANG_JIAN,
        to: DASHENG_MILL_SITE,
        maxHops: 1,
      });
      expect(tooShort.errors).toEqual([]);
      expect(tooShort.data!.paths).toEqual([]);
    });

    it('answers an empty list from an entity to itself', async () => {
      const { data, errors } = await query<{ paths: PathResult[] }>(PATHS, { from: ZHANG_JIAN, to: ZHANG_JIAN });
      expect(errors).toEqual([]);
      expect(data!.paths).toEqual([]);
    });

    it.each([
      ['from', { from: 'no-such-entity', to: DASHENG }],
      ['to', { from: ZHANG_JIAN, to: 'no-such-entity' }],
    ])('answers NOT_FOUND for an unknown %s', async (argument, variables) => {
      const error = await refusal(PATHS, variables);
      expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', argument });
      expect(error.message).toContain('no-such-entity');
    });

    it.each([
      ['maxHops: 0', { maxHops: 0 }, 'maxHops'],
      ['maxHops: 7', { maxHops: 7 }, 'maxHops'],
      ['limit: 0', { limit: 0 }, 'limit'],
      ['limit: 21', { limit: 21 }, 'limit'],
      ['an unknown relation type', { relationTypes: ['INVENTED'] }, 'relationTypes'],
    ])('refuses %s with BAD_USER_INPUT', async (_, variables, argument) => {
      const error = await refusal(PATHS, { from: ZHANG_JIAN, to: DASHENG, ...variables });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    });
  });

  describe('narratives', () => {
    const TITLE = '张謇与大生纱厂叙事';
    let narrativeId: string;

    beforeAll(async () => {
      const { token } = await createCuratorToken(service.dataDir, '图谱读取测试');
      const { body } = await graphql<{ createNarrative: { id: string } }>(
        service.url,
        /* GraphQL */ `
          mutation CreateNarrative($input: NarrativeInput!) {
            createNarrative(input: $input) {
              id
            }
          }
        `,
        { input: { title: TITLE, items: [{ entityId: ZHANG_JIAN }, { entityId: DASHENG }] } },
        { authorization: `Bearer ${token}` },
      );
      expect(body.errors).toBeUndefined();
      narrativeId = body.data!.createNarrative.id;
    });

    it("are curators' documents, not entities: no entity, node or page holds one", async () => {
      const { data, errors } = await query<{
        entity: null;
        node: null;
        entities: { totalCount: number };
        zhang: { relationships: Relationship[] };
      }>(
        /* GraphQL */ `
          query Narrative($id: ID!, $title: String!, $zhang: ID!) {
            entity(id: $id) {
              id
            }
            node(id: $id) {
              id
            }
            entities(text: $title) {
              totalCount
            }
            zhang: entity(id: $zhang) {
              relationships {
                type
                from {
                  id
                }
              }
            }
          }
        `,
        { id: narrativeId, title: TITLE, zhang: ZHANG_JIAN },
      );
      expect(errors).toEqual([]);
      expect(data).toMatchObject({ entity: null, node: null, entities: { totalCount: 0 } });
      expect(data!.zhang.relationships.some((rel) => rel.type === 'INCLUDES')).toBe(false);
    });

    it('neither join a neighbourhood or a path nor centre one', async () => {
      const around = await query<{ neighborhood: { nodes: EntityRef[] } }>(
        /* GraphQL */ `
          query Around($id: ID!) {
            neighborhood(id: $id, depth: 2) {
              nodes {
                id
              }
            }
          }
        `,
        { id: DASHENG },
      );
      expect(around.errors).toEqual([]);
      expect(around.data!.neighborhood.nodes.map((node) => node.id)).not.toContain(narrativeId);

      const via = await query<{ paths: PathResult[] }>(
        /* GraphQL */ `
          query Via($from: ID!, $to: ID!) {
            paths(from: $from, to: $to) {
              nodes {
                id
              }
            }
          }
        `,
        { from: ZHANG_JIAN, to: DASHENG_MILL_SITE },
      );
      expect(via.errors).toEqual([]);
      expect(via.data!.paths.flatMap((path) => path.nodes.map((node) => node.id))).not.toContain(narrativeId);

      const centred = await refusal(
        /* GraphQL */ `
          query Centred($id: ID!) {
            neighborhood(id: $id) {
              nodes {
                id
              }
            }
          }
        `,
        { id: narrativeId },
      );
      expect(centred.extensions?.code).toBe('NOT_FOUND');
    });
  });
});
