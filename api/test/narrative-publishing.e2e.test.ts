import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPH_BACKENDS, createCuratorToken, graphql, startTestService, type TestService } from '@icg/api/testing';

/**
 * A narrative is a curator's document, not a surveyed entity: a draft stays out of every public list, and a
 * published one is found by search as a narrative, whose id opens the narrative (never an entity page).
 */

interface GraphQLError {
  message: string;
  extensions?: { code?: string; reason?: string; currentVersion?: number; argument?: string };
}

interface Narrative {
  id: string;
  title: string;
  version: number;
  publishedAt: string | null;
  publishedBy: string | null;
  editable: boolean;
}

const NARRATIVE_FIELDS = 'id title version publishedAt publishedBy editable';

const CREATE = /* GraphQL */ `
  mutation ($input: NarrativeInput!) { createNarrative(input: $input) { ${NARRATIVE_FIELDS} } }
`;
const UPDATE = /* GraphQL */ `
  mutation ($id: ID!, $version: Int!, $input: NarrativeInput!) {
    updateNarrative(id: $id, version: $version, input: $input) { ${NARRATIVE_FIELDS} }
  }
`;
const PUBLISH = /* GraphQL */ `
  mutation ($id: ID!, $version: Int!) { publishNarrative(id: $id, version: $version) { ${NARRATIVE_FIELDS} } }
`;
const UNPUBLISH = /* GraphQL */ `
  mutation ($id: ID!, $version: Int!) { unpublishNarrative(id: $id, version: $version) { ${NARRATIVE_FIELDS} } }
`;
const READ = /* GraphQL */ `
  query ($id: ID!) {
    narrative(id: $id) { ${NARRATIVE_FIELDS} items { entity { id } } }
    entity(id: $id) { id }
  }
`;
const SEARCH = /* GraphQL */ `
  query ($query: String!) {
    search(query: $query, first: 20) {
      hits {
        entity {
          __typename
          id
          kind
          name
        }
      }
      facets {
        kinds {
          value
          count
        }
      }
    }
  }
`;
const SUGGEST = /* GraphQL */ `
  query ($prefix: String!) {
    suggest(prefix: $prefix, limit: 20) {
      text
      entity {
        id
        kind
      }
    }
  }
`;
const UPSERT = /* GraphQL */ `
  mutation ($input: UpsertEntityInput!) {
    upsertEntity(input: $input) {
      entity {
        id
      }
    }
  }
`;
const PUBLIC_LISTS = /* GraphQL */ `
  {
    narrativesAsEntities: entities(kinds: [Narrative], first: 100) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
    everything: entities(first: 100) {
      totalCount
    }
    stats {
      nodes
      relationships
      byKind {
        kind
        count
      }
      byRelationType {
        type
        count
      }
      byProvince {
        province
        count
        byKind {
          kind
          count
        }
      }
    }
  }
`;

interface SearchData {
  search: { hits: { entity: { __typename: string; id: string; kind: string; name: string } }[]; facets: Facets };
}
interface Facets {
  kinds: { value: string; count: number }[];
}
interface PublicLists {
  narrativesAsEntities: { totalCount: number; edges: { node: { id: string } }[] };
  everything: { totalCount: number };
  stats: {
    nodes: number;
    relationships: number;
    byKind: { kind: string; count: number }[];
    byRelationType: { type: string; count: number }[];
    byProvince: { province: string | null; count: number; byKind: { kind: string; count: number }[] }[];
  };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const codesOf = (errors: GraphQLError[] | undefined) => (errors ?? []).map((e) => e.extensions?.code);
const SOURCE = { document: '测试档案', locator: '第1页', takenAt: '2024-05-01' };

/** Titles with words no seeded entity has, so a search for them finds the narrative or nothing of ours. */
const TITLE = '青砖烟囱下的纺织长歌';
const PREFIX = '青砖烟囱下';

describe.each(GRAPH_BACKENDS)('publishing narratives over HTTP, on the %s graph store', (backend) => {
  let service: TestService;
  let url: string;
  let alice: string;
  let bob: string;
  let draft: Narrative;

  async function send<T>(query: string, variables: Record<string, unknown> = {}, token?: string) {
    const { body } = await graphql<T>(url, query, variables, token ? bearer(token) : {});
    return body as { data?: T; errors?: GraphQLError[] };
  }

  async function searchIds(
    query: string,
  ): Promise<{ ids: string[]; hits: SearchData['search']['hits']; facets: Facets }> {
    const body = await send<SearchData>(SEARCH, { query });
    expect(body.errors).toBeUndefined();
    const { hits, facets } = body.data!.search;
    return { ids: hits.map((hit) => hit.entity.id), hits, facets };
  }

  async function suggestedIds(prefix: string): Promise<string[]> {
    const body = await send<{ suggest: { entity: { id: string } }[] }>(SUGGEST, { prefix });
    expect(body.errors).toBeUndefined();
    return body.data!.suggest.map((s) => s.entity.id);
  }

  /** Polls search until `id` is among the hits for `query` (or, with `present` false, is not); the ms it took. */
  async function msUntil(query: string, id: string, present: boolean, since: number): Promise<number> {
    for (;;) {
      if ((await searchIds(query)).ids.includes(id) === present) return performance.now() - since;
      if (performance.now() - since > 10_000)
        throw new Error(`${id} still ${present ? 'absent' : 'present'} after 10 s`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /**
   * Waits until every change notified so far has reached the index: the search sync takes changes in the order
   * they were made, so once an entity upserted now is findable, the narrative written before it has been synced.
   */
  async function waitForSync(name: string): Promise<void> {
    const body = await send<{ upsertEntity: { entity: { id: string } } }>(
      UPSERT,
      { input: { kind: 'Enterprise', name, province: '江苏', city: '南通市', sources: [SOURCE] } },
      alice,
    );
    expect(body.errors).toBeUndefined();
    await msUntil(name, body.data!.upsertEntity.entity.id, true, performance.now());
  }

  async function publicLists(): Promise<PublicLists> {
    const body = await send<PublicLists>(PUBLIC_LISTS);
    expect(body.errors).toBeUndefined();
    return body.data!;
  }

  /** What no public list or count may hold: narratives, their INCLUDES links, their province-less row. */
  async function expectNoNarrativeIn(lists: PublicLists): Promise<void> {
    const narratives = await service.graph.countNodes({ kinds: ['Narrative'] });
    expect(narratives).toBeGreaterThan(0);
    const counts = await service.graph.counts();
    const includes = counts.relationshipsByType['INCLUDES'] ?? 0;
    expect(includes).toBeGreaterThan(0);

    expect(lists.narrativesAsEntities).toEqual({ totalCount: 0, edges: [] });
    expect(lists.everything.totalCount).toBe(counts.nodes - narratives);
    expect(lists.stats.nodes).toBe(counts.nodes - narratives);
    expect(lists.stats.byKind.map((k) => k.kind)).not.toContain('Narrative');
    expect(lists.stats.byKind.reduce((sum, k) => sum + k.count, 0)).toBe(lists.stats.nodes);
    expect(lists.stats.relationships).toBe(counts.relationships - includes);
    expect(lists.stats.byRelationType.map((r) => r.type)).not.toContain('INCLUDES');
    expect(lists.stats.byRelationType.reduce((sum, r) => sum + r.count, 0)).toBe(lists.stats.relationships);
    expect(lists.stats.byProvince.reduce((sum, p) => sum + p.count, 0)).toBe(lists.stats.nodes);
    for (const row of lists.stats.byProvince) expect(row.byKind.map((k) => k.kind)).not.toContain('Narrative');
  }

  beforeAll(async () => {
    service = await startTestService({ GRAPH_BACKEND: backend });
    url = service.url;
    alice = (await createCuratorToken(service.dataDir, '王策展')).token;
    bob = (await createCuratorToken(service.dataDir, '李研究')).token;
    const created = await send<{ createNarrative: Narrative }>(
      CREATE,
      { input: { title: TITLE, items: [{ entityId: 'en-zhang-jian' }, { entityId: 'ent-dasheng' }] } },
      alice,
    );
    expect(created.errors).toBeUndefined();
    draft = created.data!.createNarrative;
  });
  afterAll(async () => {
    await service?.dispose();
  });

  it('creates a narrative as an unpublished draft', () => {
    expect(draft).toMatchObject({ title: TITLE, version: 1, publishedAt: null, publishedBy: null, editable: true });
  });

  it('keeps a draft out of search, suggest, the kind facet, entities and stats', async () => {
    await waitForSync('曦光试验纺纱一厂');
    const found = await searchIds(TITLE);
    expect(found.ids).not.toContain(draft.id);
    expect(found.facets.kinds.map((k) => k.value)).not.toContain('Narrative');
    expect(await suggestedIds(PREFIX)).not.toContain(draft.id);
    await expectNoNarrativeIn(await publicLists());
  });

  it('lets only its creator publish it, at its current version, and only with a token', async () => {
    const anonymous = await send(PUBLISH, { id: draft.id, version: 1 });
    expect(codesOf(anonymous.errors)).toEqual(['UNAUTHENTICATED']);
    const other = await send(PUBLISH, { id: draft.id, version: 1 }, bob);
    expect(codesOf(other.errors)).toEqual(['FORBIDDEN']);
    const stale = await send(PUBLISH, { id: draft.id, version: 7 }, alice);
    expect(codesOf(stale.errors)).toEqual(['BAD_USER_INPUT']);
    expect(stale.errors![0]!.extensions).toMatchObject({ reason: 'VERSION_CONFLICT', currentVersion: 1 });
    for (const id of ['narrative-unknown', 'en-zhang-jian']) {
      const missing = await send(PUBLISH, { id, version: 1 }, alice);
      expect(codesOf(missing.errors)).toEqual(['NOT_FOUND']);
    }
    const read = await send<{ narrative: Narrative }>(READ, { id: draft.id });
    expect(read.data!.narrative).toMatchObject({ version: 1, publishedAt: null });
  });

  it('publishes it: findable by search within 2 s as a narrative, whose id opens the narrative, not an entity', async () => {
    const started = performance.now();
    const published = await send<{ publishNarrative: Narrative }>(PUBLISH, { id: draft.id, version: 1 }, alice);
    const answered = performance.now();
    expect(published.errors).toBeUndefined();
    const narrative = published.data!.publishNarrative;
    expect(narrative).toMatchObject({ id: draft.id, title: TITLE, version: 2, publishedBy: '王策展' });
    expect(Date.parse(narrative.publishedAt!)).toBeGreaterThanOrEqual(
      Math.floor(started + performance.timeOrigin) - 1000,
    );

    const delay = await msUntil(TITLE, draft.id, true, answered);
    console.info(`published narrative findable after ${delay.toFixed(0)} ms on ${backend}`);
    expect(delay).toBeLessThan(2000);

    const { hits, facets } = await searchIds(TITLE);
    const hit = hits.find((h) => h.entity.id === draft.id)!;
    expect(hit.entity).toMatchObject({ kind: 'Narrative', name: TITLE });
    expect(facets.kinds).toContainEqual({ value: 'Narrative', count: 1 });
    expect(await suggestedIds(PREFIX)).toContain(draft.id);

    // The id a hit carries opens the narrative (what /narrative/<id> shows) and is no entity.
    const read = await send<{ narrative: Narrative & { items: unknown[] }; entity: null }>(READ, { id: draft.id });
    expect(read.errors).toBeUndefined();
    expect(read.data!.entity).toBeNull();
    expect(read.data!.narrative).toMatchObject({ publishedBy: '王策展', version: 2, editable: false });
    expect(read.data!.narrative.items).toHaveLength(2);

    // Published or not, a narrative is no surveyed entity: the lists and counts stay as they were.
    await expectNoNarrativeIn(await publicLists());
  });

  it('keeps it published through an update of its content', async () => {
    const input = { title: TITLE, description: '修订后的说明', items: [{ entityId: 'ent-dasheng' }] };
    const updated = await send<{ updateNarrative: Narrative }>(UPDATE, { id: draft.id, version: 2, input }, alice);
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateNarrative).toMatchObject({ version: 3, publishedBy: '王策展' });
    expect(updated.data!.updateNarrative.publishedAt).not.toBeNull();
  });

  it('unpublishes it: gone from search within 2 s, a draft again that its creator still edits', async () => {
    const stale = await send(UNPUBLISH, { id: draft.id, version: 2 }, alice);
    expect(stale.errors![0]!.extensions).toMatchObject({ reason: 'VERSION_CONFLICT', currentVersion: 3 });
    const other = await send(UNPUBLISH, { id: draft.id, version: 3 }, bob);
    expect(codesOf(other.errors)).toEqual(['FORBIDDEN']);

    const unpublished = await send<{ unpublishNarrative: Narrative }>(UNPUBLISH, { id: draft.id, version: 3 }, alice);
    const answered = performance.now();
    expect(unpublished.errors).toBeUndefined();
    expect(unpublished.data!.unpublishNarrative).toMatchObject({ version: 4, publishedAt: null, publishedBy: null });

    const delay = await msUntil(TITLE, draft.id, false, answered);
    console.info(`unpublished narrative gone from search after ${delay.toFixed(0)} ms on ${backend}`);
    expect(delay).toBeLessThan(2000);
    expect(await suggestedIds(PREFIX)).not.toContain(draft.id);
    const { facets } = await searchIds(TITLE);
    expect(facets.kinds.map((k) => k.value)).not.toContain('Narrative');

    const edited = await send<{ updateNarrative: Narrative }>(
      UPDATE,
      { id: draft.id, version: 4, input: { title: TITLE, items: [] } },
      alice,
    );
    expect(edited.data!.updateNarrative).toMatchObject({ version: 5, publishedAt: null });
  });
});
