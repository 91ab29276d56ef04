import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPH_BACKENDS, graphql, startTestService, type TestService } from '@icg/api/testing';
import { API_LIMITS } from '../src/plugins/api-limits.ts';

/** The entity the adversarial test aimed at: the province every Jiangsu city is LOCATED_IN. */
const HUB = 'province-jiangsu';

/** The anonymous query of the adversarial test: 14 aliases, each three relationship lists deep around the hub. */
const HUB_QUERY = `{ ${Array.from(
  { length: 14 },
  (_, i) =>
    `a${i}: entity(id: "${HUB}") { relationships { from { relationships { to { relationships { id from { id } to { id } } } } } } }`,
).join(' ')} }`;

const RELATIONSHIP_PAGE = /* GraphQL */ `
  query RelationshipPage($id: ID!, $first: Int, $after: ID) {
    entity(id: $id) {
      relationshipCount
      relationships(first: $first, after: $after) {
        id
      }
    }
  }
`;

const ENTITY_DEGREES = /* GraphQL */ `
  query EntityDegrees($after: String) {
    entities(first: 100, after: $after) {
      edges {
        node {
          id
          relationshipCount
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

interface EntityPage {
  edges: { node: { id: string; relationshipCount: number } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const TIMELINE_PAGE = /* GraphQL */ `
  query TimelinePage($province: String, $first: Int, $after: String) {
    timelineCount(province: $province)
    timeline(province: $province, first: $first, after: $after) {
      cursor
      year
      label
      entity {
        id
      }
    }
  }
`;

interface Answer<T> {
  status: number;
  body: {
    data?: T | null;
    errors?: { message: string; extensions?: { code?: string; argument?: string; limit?: string; actual?: number } }[];
  };
}

describe.each(GRAPH_BACKENDS)('lists that fan out, on the %s graph store', (backend) => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService({ GRAPH_BACKEND: backend });
  });
  afterAll(async () => {
    await service?.dispose();
  });

  const post = <T>(query: string, variables: Record<string, unknown> = {}) =>
    graphql<T>(service.url, query, variables) as Promise<Answer<T>>;

  it('prices the adversarial 14-alias hub query by its pages and refuses it before running anything', async () => {
    const { status, body } = await post(HUB_QUERY);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: 'cost',
      maximum: API_LIMITS.cost,
    });
    // 14 × (1 + 1 + 50 × (1 + 1 + 50 × (1 + 1 + 50 × 5))): the default page, three times over.
    expect(body.errors![0]!.extensions!.actual).toBe(14 * (2 + 50 * (2 + 50 * (2 + 50 * 5))));
  });

  /** The seed entity with the most relationships, found a page of entities at a time. */
  async function bestConnected(): Promise<string> {
    let best = { id: '', count: -1 };
    let after: string | null = null;
    for (;;) {
      const { body }: Answer<{ entities: EntityPage }> = await post(ENTITY_DEGREES, { after });
      expect(body.errors).toBeUndefined();
      for (const { node } of body.data!.entities.edges) {
        if (node.relationshipCount > best.count) best = { id: node.id, count: node.relationshipCount };
      }
      if (!body.data!.entities.pageInfo.hasNextPage) return best.id;
      after = body.data!.entities.pageInfo.endCursor;
    }
  }

  it('pages through the relationships of a hub completely, without duplicates, in id order', async () => {
    const hub = await bestConnected();
    // The centre's own relationships by type, counted by the neighbourhood: a second, independent count.
    const around = await post<{ neighborhood: { countsByType: { count: number }[] } }>(
      'query ($id: ID!) { neighborhood(id: $id) { countsByType { count } } }',
      { id: hub },
    );
    expect(around.body.errors).toBeUndefined();
    const degree = around.body.data!.neighborhood.countsByType.reduce((sum, { count }) => sum + count, 0);
    expect(degree).toBeGreaterThan(3 * 7);

    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page += 1) {
      const { body }: Answer<{ entity: { relationshipCount: number; relationships: { id: string }[] } }> = await post(
        RELATIONSHIP_PAGE,
        { id: hub, first: 7, after },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!.entity.relationshipCount).toBe(degree);
      const batch = body.data!.entity.relationships.map((rel) => rel.id);
      expect(batch.length).toBeLessThanOrEqual(7);
      ids.push(...batch);
      if (batch.length < 7) break;
      after = batch[batch.length - 1]!;
    }
    expect(ids).toHaveLength(degree);
    expect(new Set(ids).size).toBe(degree);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    // Without `first`, one page of the default size.
    const { body } = await post<{ entity: { relationships: { id: string }[] } }>(RELATIONSHIP_PAGE, { id: hub });
    expect(body.data!.entity.relationships.map((rel) => rel.id)).toEqual(ids.slice(0, 50));
  });

  it.each([0, 101, -1])('refuses a relationship page of %i as BAD_USER_INPUT naming first', async (first) => {
    const { body } = await post(RELATIONSHIP_PAGE, { id: HUB, first });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('pages through the timeline completely, without duplicates, oldest first', async () => {
    const seen: { cursor: string; year: number }[] = [];
    let total = 0;
    let after: string | null = null;
    for (let page = 0; page < 100; page += 1) {
      const { body }: Answer<{ timelineCount: number; timeline: { cursor: string; year: number }[] }> = await post(
        TIMELINE_PAGE,
        { first: 40, after },
      );
      expect(body.errors).toBeUndefined();
      total = body.data!.timelineCount;
      seen.push(...body.data!.timeline);
      if (body.data!.timeline.length < 40) break;
      after = body.data!.timeline[body.data!.timeline.length - 1]!.cursor;
    }
    expect(total).toBeGreaterThan(100);
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((event) => event.cursor)).size).toBe(total);
    const years = seen.map((event) => event.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it.each(['', ' ', '\u3000'])(
    'refuses the timeline province %j as BAD_USER_INPUT naming province',
    async (province) => {
      for (const query of [
        'query ($province: String) { timeline(province: $province) { year } }',
        'query ($province: String) { timelineCount(province: $province) }',
      ]) {
        const { body } = await post(query, { province });
        expect(body.data ?? null).toBeNull();
        expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'province' });
      }
    },
  );

  it('refuses a timeline cursor it did not give', async () => {
    const { body } = await post(TIMELINE_PAGE, { after: 'not-a-cursor' });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});
