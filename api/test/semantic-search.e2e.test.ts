import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCuratorToken, graphql, makeTempDataDir, startTestService, type TestService } from '@icg/api/testing';

// Search by meaning over HTTP: the real bge-small-zh model, the real Meilisearch, the seeded graph.

const SEARCH = /* GraphQL */ `
  query SemanticSearch($query: String!, $mode: SearchMode, $semanticRatio: Float, $literal: [String!], $first: Int) {
    search(query: $query, mode: $mode, semanticRatio: $semanticRatio, literal: $literal, first: $first) {
      totalHits
      mode
      matchedBy
      understood {
        word
        field
        values
      }
      facets {
        kinds {
          value
          count
        }
      }
      hits {
        matchedBy
        similarity
        entity {
          id
          name
        }
      }
    }
  }
`;

const RELATED = /* GraphQL */ `
  query Related($id: ID!, $first: Int) {
    entity(id: $id) {
      related(first: $first) {
        similarity
        entity {
          id
        }
      }
      relationships {
        from {
          id
        }
        to {
          id
        }
      }
    }
  }
`;

interface Hit {
  matchedBy: 'WORDS' | 'MEANING' | 'BOTH';
  similarity: number | null;
  entity: { id: string; name: string };
}

interface SearchResult {
  totalHits: number;
  mode: string;
  matchedBy: string;
  understood: { word: string; field: string; values: string[] }[];
  facets: { kinds: { value: string; count: number }[] };
  hits: Hit[];
}

async function search(service: TestService, variables: Record<string, unknown>): Promise<SearchResult> {
  const { body } = await graphql<{ search: SearchResult }>(service.url, SEARCH, { first: 10, ...variables });
  expect(body.errors).toBeUndefined();
  return body.data!.search;
}

const ids = (result: SearchResult) => result.hits.map((hit) => hit.entity.id);

describe('search by meaning and by words, merged', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService();
  }, 240_000);
  afterAll(async () => {
    await service?.dispose();
  });

  it('says in /healthz which model matches by meaning', async () => {
    const health = (await (await fetch(`${service.url}/healthz`)).json()) as { search: { semantic: unknown } };
    expect(health.search.semantic).toEqual({ status: 'up', model: expect.stringMatching(/^bge-small-zh-v1\.5/) });
  });

  it('answers a question by its subject: 谁创办了大生纱厂 finds 张謇 and the mill', async () => {
    const result = await search(service, { query: '谁创办了大生纱厂' });
    expect(result.mode).toBe('HYBRID');
    expect(ids(result).slice(0, 5)).toEqual(expect.arrayContaining(['en-zhang-jian', 'ent-dasheng']));
  });

  it('reads a question’s place, industry and kind words as removable filters, and keeps to them', async () => {
    const result = await search(service, { query: '南通有哪些纺织工业遗产' });
    expect(result.understood).toEqual([
      { word: '南通', field: 'CITY', values: ['南通市'] },
      { word: '纺织', field: 'INDUSTRY', values: expect.arrayContaining(['纺织']) as string[] },
      { word: '工业遗产', field: 'KIND', values: ['HeritageSite'] },
    ]);
    expect(ids(result)[0]).toBe('hs-dasheng-cotton-mill');
    // Heritage sites first (a boost), and every hit in 南通 (a filter).
    const named = await search(service, { query: '南通有哪些纺织工业遗产', first: 50 });
    expect(named.hits.every((hit) => hit.entity.id !== 'hs-jinling-arsenal')).toBe(true);

    // The chip removed: 南通 is a word again, and no longer a filter.
    const literal = await search(service, { query: '南通有哪些纺织工业遗产', literal: ['南通'] });
    expect(literal.understood.map((u) => u.word)).toEqual(['纺织', '工业遗产']);
  });

  it('finds an everyday word for a kind of thing by meaning, where the entities’ text lacks it', async () => {
    // 永利 made fertiliser (硫酸铵); no text of the graph says 化肥厂.
    const byWords = await search(service, { query: '化肥厂', mode: 'KEYWORD' });
    expect(ids(byWords)).not.toContain('ent-yongli');
    const result = await search(service, { query: '化肥厂' });
    const yongli = result.hits.find((hit) => hit.entity.id === 'ent-yongli');
    expect(yongli).toMatchObject({ matchedBy: 'MEANING' });
    expect(yongli!.similarity).toBeGreaterThan(0.68);
  });

  it('splits words run together into the graph’s names: 马钢高炉 finds the blast furnace', async () => {
    const result = await search(service, { query: '马钢高炉' });
    expect(ids(result)).toEqual(expect.arrayContaining(['hs-masteel-bf9', 'ent-masteel']));
  });

  it('never lets a homophone through: 景点 finds no 经典, by words or by meaning', async () => {
    for (const mode of ['KEYWORD', 'SEMANTIC', 'HYBRID']) {
      const result = await search(service, { query: '景点', mode, first: 50 });
      expect(result.hits.filter((hit) => hit.entity.name.includes('经典'))).toEqual([]);
    }
  });

  it('matches by words only, by meaning only, or both, as asked, and counts kinds over the merged hits', async () => {
    const words = await search(service, { query: '云锦', mode: 'KEYWORD', first: 50 });
    expect(words.mode).toBe('KEYWORD');
    expect(new Set(words.hits.map((hit) => hit.matchedBy))).toEqual(new Set(['WORDS']));

    const meaning = await search(service, { query: '云锦', mode: 'SEMANTIC', first: 50 });
    expect(meaning.hits.length).toBeGreaterThan(0);
    expect(meaning.hits.every((hit) => hit.matchedBy !== 'WORDS' && hit.similarity! >= 0.68)).toBe(true);

    const both = await search(service, { query: '云锦', first: 50 });
    expect(both.hits.some((hit) => hit.matchedBy === 'BOTH')).toBe(true);
    expect(both.totalHits).toBeGreaterThanOrEqual(words.totalHits);
    expect(both.facets.kinds.reduce((sum, kind) => sum + kind.count, 0)).toBe(both.totalHits);
  });

  it('refuses a blend ratio outside 0–1, naming it', async () => {
    const { body } = await graphql(service.url, SEARCH, { query: '云锦', semanticRatio: 1.5 });
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'semanticRatio' } });
  });

  it('lists the entities nearest one in meaning that are not its neighbours in the graph', async () => {
    const { body } = await graphql<{
      entity: {
        related: { similarity: number; entity: { id: string } }[];
        relationships: { from: { id: string }; to: { id: string } }[];
      };
    }>(service.url, RELATED, { id: 'ent-dasheng', first: 5 });
    expect(body.errors).toBeUndefined();
    const { related, relationships } = body.data!.entity;
    expect(related.length).toBeGreaterThan(0);
    expect(related.length).toBeLessThanOrEqual(5);
    const neighbours = new Set(relationships.flatMap((rel) => [rel.from.id, rel.to.id]));
    for (const entry of related) {
      expect(neighbours.has(entry.entity.id)).toBe(false);
      expect(entry.similarity).toBeGreaterThanOrEqual(0.68);
    }
    const scores = related.map((entry) => entry.similarity);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('makes a curator’s new entity findable by meaning within 2 s', async () => {
    const { token } = await createCuratorToken(service.dataDir, '语义测试');
    const created = await graphql<{ upsertEntity: { entity: { id: string } } }>(
      service.url,
      /* GraphQL */ `
        mutation Add($input: UpsertEntityInput!) {
          upsertEntity(input: $input) {
            entity {
              id
            }
          }
        }
      `,
      {
        input: {
          kind: 'Enterprise',
          name: '临江机器铸造厂',
          province: '江苏',
          city: '镇江市',
          description: '民国时期铸造蒸汽机与纺织机械的工厂，后并入地方国营企业。',
          sources: [{ document: '镇江工业志', locator: '第4章' }],
        },
      },
      { authorization: `Bearer ${token}` },
    );
    expect(created.body.errors).toBeUndefined();
    const id = created.body.data!.upsertEntity.entity.id;
    const startedAt = performance.now();
    let found: Hit | undefined;
    while (!found && performance.now() - startedAt < 2_000) {
      const result = await search(service, { query: '做机器的老厂', mode: 'SEMANTIC', first: 50 });
      found = result.hits.find((hit) => hit.entity.id === id);
      if (!found) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(found?.matchedBy).toBe('MEANING');
  });

  it('embeds nothing again when a reindex finds the same content', async () => {
    await service.reindex();
    expect(service.logLines.join('\n')).toMatch(/vectors: 0 texts embedded, \d+ from the cache/);
  });
});

describe('without the embedding model', () => {
  let service: TestService;

  beforeAll(async () => {
    // An artifacts folder with nothing in it: the model was never fetched here.
    service = await startTestService({ ICG_ARTIFACTS_DIR: await makeTempDataDir('icg-no-model-') });
  }, 240_000);
  afterAll(async () => {
    await service?.dispose();
  });

  it('starts, says why in the log and in /healthz, and searches by words', async () => {
    expect(service.logLines.join('\n')).toMatch(/Search by meaning is off: .*Searching by words only/);
    const response = await fetch(`${service.url}/healthz`);
    expect(response.status).toBe(200);
    const health = (await response.json()) as { search: { semantic: { status: string; reason: string } } };
    expect(health.search.semantic).toMatchObject({ status: 'off', reason: expect.stringMatching(/model/) });

    const result = await search(service, { query: '谁创办了大生纱厂' });
    expect(result.mode).toBe('KEYWORD');
    expect(ids(result)).toContain('ent-dasheng');
    const { body } = await graphql<{ entity: { related: unknown[] } }>(service.url, RELATED, { id: 'ent-dasheng' });
    expect(body.data!.entity.related).toEqual([]);
  });
});
