import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, startTestService, type TestService } from '@icg/api/testing';

const KEYWORD_SEARCH = /* GraphQL */ `
  query KeywordSearch($query: String!, $keywords: [String!]) {
    search(query: $query, keywords: $keywords, first: 100) {
      totalHits
      facets {
        keywords {
          value
          count
        }
      }
      hits {
        entity {
          id
        }
      }
    }
  }
`;

const MENTIONS = /* GraphQL */ `
  query Mentions($id: ID!) {
    entity(id: $id) {
      relationships(types: ["MENTIONS"], direction: OUT) {
        id
        properties
        to {
          id
          name
        }
        sources {
          url
          locator
        }
      }
    }
  }
`;

interface KeywordSearchData {
  search: {
    totalHits: number;
    facets: { keywords: { value: string; count: number }[] };
    hits: { entity: { id: string } }[];
  };
}

interface MentionsData {
  entity: {
    relationships: {
      id: string;
      properties: string;
      to: { id: string; name: string };
      sources: { url: string | null; locator: string | null }[];
    }[];
  } | null;
}

let service: TestService;

beforeAll(async () => {
  service = await startTestService();
});

afterAll(async () => {
  await service?.dispose();
});

async function keywordSearch(variables: { query: string; keywords?: string[] }) {
  const { status, body } = await graphql<KeywordSearchData>(service.url, KEYWORD_SEARCH, variables);
  expect(status).toBe(200);
  return body;
}

async function mentionsOf(id: string) {
  const { body } = await graphql<MentionsData>(service.url, MENTIONS, { id });
  expect(body.errors).toBeUndefined();
  return body.data!.entity!.relationships;
}

describe('keywords in search', () => {
  it('counts hits per keyword in SearchFacets.keywords, most frequent first', async () => {
    const body = await keywordSearch({ query: '宣纸' });
    expect(body.errors).toBeUndefined();
    const facet = body.data!.search.facets.keywords;
    expect(facet.find(({ value }) => value === '宣纸制作技艺')?.count).toBeGreaterThanOrEqual(3);
    const counts = facet.map(({ count }) => count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('keeps only hits tagged with every keyword asked for', async () => {
    const all = await keywordSearch({ query: '宣纸' });
    const body = await keywordSearch({ query: '宣纸', keywords: ['宣纸制作技艺'] });
    expect(body.errors).toBeUndefined();
    const tagged = all.data!.search.facets.keywords.find(({ value }) => value === '宣纸制作技艺')!;
    expect(body.data!.search.totalHits).toBe(tagged.count);
    expect(body.data!.search.facets.keywords[0]).toEqual({ value: '宣纸制作技艺', count: tagged.count });
  });

  it.each([
    [{ query: '宣纸', keywords: [' '] }, 'an empty keyword'],
    [{ query: '宣纸', keywords: Array.from({ length: 11 }, (_, i) => `关键词${i}`) }, 'more than ten keywords'],
  ])('refuses %s with BAD_USER_INPUT naming keywords (%s)', async (variables) => {
    const body = await keywordSearch(variables);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'keywords' });
  });
});

describe('MENTIONS found by entity linking', () => {
  it('links the story of the Dasheng mill to 张謇 and to the mill 大生纱厂, with the story’s sources', async () => {
    const mentions = await mentionsOf('story-dasheng-founding');
    const byTarget = new Map(mentions.map((mention) => [mention.to.id, mention]));

    expect(byTarget.get('en-zhang-jian')).toMatchObject({
      id: 'story-dasheng-founding|MENTIONS|en-zhang-jian',
      to: { name: '张謇' },
    });
    const mill = byTarget.get('ent-dasheng');
    expect(JSON.parse(mill!.properties)).toEqual({ asWritten: '大生纱厂', count: 2 });
    expect(mill!.sources.length).toBeGreaterThan(0);
    for (const source of mill!.sources) {
      expect(source).toMatchObject({ locator: 'entity linking: 大生纱厂', url: expect.stringMatching(/^https?:/) });
    }
  });

  it('links a profile to a person it names whom no stated relationship joins: 范旭东 → 侯德榜', async () => {
    const mentions = await mentionsOf('en-fan-xudong');
    expect(mentions.map((mention) => mention.to.id)).toContain('en-hou-debang');
  });
});
