import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIndexOutbox, entityUid, type SearchIndex } from '@icg/search-indexer';
import { graphql, startTestService, type TestService } from '@icg/api/testing';
import { createCuratorToken } from '../src/auth/curator-tokens.ts';
import { INDEX_OUTBOX_FILE } from '../src/service.ts';

type Scope = 'ALL' | 'STORIES' | 'PROFILES';

interface SearchData {
  search: { totalHits: number; hits: { entity: { id: string; kind: string; name: string } }[] };
}
interface SuggestData {
  suggest: { text: string; entity: { id: string; kind: string } }[];
}

const SEARCH = /* GraphQL */ `
  query ScopedSearch($query: String!, $scope: SearchScope, $kinds: [EntityKind!], $first: Int) {
    search(query: $query, scope: $scope, kinds: $kinds, first: $first) {
      totalHits
      hits {
        entity {
          id
          kind
          name
        }
      }
    }
  }
`;
const SUGGEST = /* GraphQL */ `
  query ScopedSuggest($prefix: String!, $scope: SearchScope) {
    suggest(prefix: $prefix, scope: $scope, limit: 20) {
      text
      entity {
        id
        kind
      }
    }
  }
`;
const UPSERT_ENTITY = /* GraphQL */ `
  mutation UpsertStory($input: UpsertEntityInput!) {
    upsertEntity(input: $input) {
      entity {
        id
        kind
      }
    }
  }
`;

const PEOPLE = ['Entrepreneur', 'Craftsman'];

describe('search scopes: entities, stories and profiles over HTTP', () => {
  let service: TestService;
  let curator: string;

  beforeAll(async () => {
    service = await startTestService();
    curator = (await createCuratorToken(service.dataDir, '王策展')).token;
  });
  afterAll(async () => {
    await service?.dispose();
  });

  async function search(query: string, scope?: Scope, kinds?: string[]) {
    const { body } = await graphql<SearchData>(service.url, SEARCH, { query, scope, kinds, first: 100 });
    expect(body.errors).toBeUndefined();
    return body.data!.search;
  }
  const idsIn = async (query: string, scope: Scope) => (await search(query, scope)).hits.map((hit) => hit.entity.id);

  /** Another process's graph write: the outbox file is how it reaches the running service's sync loop. */
  async function changedOutsideTheApi(ids: string[]): Promise<void> {
    await createIndexOutbox(join(service.dataDir, INDEX_OUTBOX_FILE)).append(ids);
  }

  it('holds in each scoped index exactly the graph nodes of its kinds, and every kind in entities', async () => {
    const stories = await service.graph.countNodes({ kinds: ['Story'] });
    const people = await service.graph.countNodes({ kinds: ['Entrepreneur', 'Craftsman'] });
    const { nodes } = await service.graph.counts();
    expect(stories).toBeGreaterThan(0);
    expect(people).toBeGreaterThan(0);
    expect((await service.searchIndexes.stories.stats()).numberOfDocuments).toBe(stories);
    expect((await service.searchIndexes.profiles.stats()).numberOfDocuments).toBe(people);
    expect((await service.searchIndexes.all.stats()).numberOfDocuments).toBe(nodes);
  });

  it('scope STORIES returns only stories, as many as the Story nodes that match', async () => {
    const scoped = await search('张謇', 'STORIES');
    const storiesInAll = await search('张謇', 'ALL', ['Story']);
    expect(scoped.hits.length).toBeGreaterThan(0);
    expect(new Set(scoped.hits.map((hit) => hit.entity.kind))).toEqual(new Set(['Story']));
    expect(scoped.totalHits).toBe(storiesInAll.totalHits);
    expect(scoped.hits.map((hit) => hit.entity.id).sort()).toEqual(
      storiesInAll.hits.map((hit) => hit.entity.id).sort(),
    );
    // The same words over every kind find the entrepreneur too.
    expect((await search('张謇')).hits.some((hit) => hit.entity.kind === 'Entrepreneur')).toBe(true);
  });

  it('scope PROFILES returns only entrepreneurs and craftsmen', async () => {
    const scoped = await search('宣纸', 'PROFILES');
    const peopleInAll = await search('宣纸', 'ALL', PEOPLE);
    expect(scoped.hits.length).toBeGreaterThan(0);
    for (const hit of scoped.hits) expect(PEOPLE).toContain(hit.entity.kind);
    expect(scoped.totalHits).toBe(peopleInAll.totalHits);
    expect((await search('宣纸')).totalHits).toBeGreaterThan(scoped.totalHits);
  });

  it('suggests from the scope asked for only', async () => {
    const { body } = await graphql<SuggestData>(service.url, SUGGEST, { prefix: 'zhang', scope: 'PROFILES' });
    expect(body.errors).toBeUndefined();
    expect(body.data!.suggest.map((s) => s.text)).toContain('张謇');
    for (const suggestion of body.data!.suggest) expect(PEOPLE).toContain(suggestion.entity.kind);
  });

  it("a curator's new story reaches STORIES within 2 s, moves to PROFILES when its kind changes, and goes when deleted", async () => {
    const started = performance.now();
    const { body } = await graphql<{ upsertEntity: { entity: { id: string; kind: string } } }>(
      service.url,
      UPSERT_ENTITY,
      {
        input: {
          kind: 'Story',
          name: '铁画锻工夜校的故事',
          province: '安徽',
          city: '芜湖市',
          description: '芜湖铁画厂的老艺人在夜校里教青工锻打铁画。',
          sources: [{ document: '芜湖铁画厂厂志', locator: '第3页' }],
        },
      },
      { authorization: `Bearer ${curator}` },
    );
    expect(body.errors).toBeUndefined();
    const id = body.data!.upsertEntity.entity.id;
    // Looser attempts may add other 铁画 entities to the hits; what matters is where this story is.
    const foundIn = async (scope: Scope) => (await idsIn('铁画锻工夜校', scope)).includes(id);
    await expect.poll(() => foundIn('STORIES'), { timeout: 2000, interval: 50 }).toBe(true);
    console.info(
      `A curated story was found in STORIES ${Math.round(performance.now() - started)} ms after the mutation`,
    );
    expect(await foundIn('ALL')).toBe(true);
    expect(await foundIn('PROFILES')).toBe(false);

    // Curators cannot change a kind; a data fix in the graph can, and the sync follows it.
    const [stored] = await service.graph.getNodes([id]);
    await service.graph.upsertNodes([{ ...stored!, kind: 'Craftsman' }]);
    await changedOutsideTheApi([id]);
    await expect.poll(() => foundIn('PROFILES'), { timeout: 5000, interval: 50 }).toBe(true);
    expect(await foundIn('STORIES')).toBe(false);
    expect(await foundIn('ALL')).toBe(true);

    // The API hides a hit whose entity is gone, so the indexes are asked directly.
    const indexedIn = (index: SearchIndex) =>
      service.meili.getDocument(index.uid, entityUid(id)).then(
        () => true,
        (error: { meiliCode?: string }) => (error.meiliCode === 'document_not_found' ? false : Promise.reject(error)),
      );
    await service.graph.deleteNodes([id]);
    await changedOutsideTheApi([id]);
    await expect.poll(() => indexedIn(service.searchIndexes.profiles), { timeout: 5000, interval: 50 }).toBe(false);
    expect(await indexedIn(service.searchIndexes.all)).toBe(false);
    expect(await indexedIn(service.searchIndexes.stories)).toBe(false);
  });

  it('rejects an unknown scope as bad input', async () => {
    const { body } = await graphql(service.url, SEARCH, { query: '张謇', scope: 'MUSEUMS' });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
