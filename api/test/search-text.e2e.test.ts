import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPH_BACKENDS, graphql, startTestService, type TestService } from '@icg/api/testing';

/**
 * What a reader types is read the same way by `search` and by `suggest`: full-width letters from an input method in
 * full-width mode are the letters they stand for, and characters that show nothing (zero-width spaces and joiners,
 * bidi marks) are not there at all. Empty filters are refused, as `entities` refuses them.
 */

const SEARCH = /* GraphQL */ `
  query SearchText($query: String!, $province: String, $city: String, $keywords: [String!], $industry: [String!]) {
    search(query: $query, province: $province, city: $city, keywords: $keywords, industry: $industry, first: 20) {
      totalHits
      matchedBy
      hits {
        snippet
        highlights {
          field
          snippet
        }
        entity {
          id
          name
        }
      }
    }
  }
`;

const SUGGEST = /* GraphQL */ `
  query SuggestText($prefix: String!) {
    suggest(prefix: $prefix, limit: 20) {
      text
      matchedBy
      entity {
        id
      }
    }
  }
`;

interface SearchData {
  search: {
    totalHits: number;
    matchedBy: string;
    hits: {
      snippet: string | null;
      highlights: { field: string; snippet: string }[];
      entity: { id: string; name: string };
    }[];
  };
}

interface SuggestData {
  suggest: { text: string; matchedBy: string; entity: { id: string } }[];
}

interface GraphError {
  message: string;
  extensions?: { code?: string; argument?: string };
}

describe.each(GRAPH_BACKENDS)('search text read alike by search and suggest, on the %s graph store', (backend) => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService({ GRAPH_BACKEND: backend });
  }, 240_000);

  afterAll(async () => {
    await service?.dispose();
  });

  async function search(query: string) {
    const { body } = await graphql<SearchData>(service.url, SEARCH, { query });
    expect(body.errors).toBeUndefined();
    return body.data!.search;
  }

  async function suggest(prefix: string) {
    const { body } = await graphql<SuggestData>(service.url, SUGGEST, { prefix });
    expect(body.errors).toBeUndefined();
    return body.data!.suggest;
  }

  async function refusal(query: string, variables: Record<string, unknown>): Promise<GraphError> {
    const { body } = await graphql<Record<string, unknown>>(service.url, query, variables);
    expect(Object.values(body.data ?? {}).every((value) => value === null)).toBe(true);
    expect(body.errors).toHaveLength(1);
    return body.errors![0] as GraphError;
  }

  describe('full-width Latin letters are the letters they stand for', () => {
    it.each([
      ['ｊｉｎｌｉｎｇ', 'jinling'],
      ['ＪＩＮＬＩＮＧ', 'jinling'],
      ['ＤＳ', 'DS'],
    ])('%s finds and suggests what %s does', async (typed, plain) => {
      const expected = await search(plain);
      expect(expected.totalHits).toBeGreaterThan(0);
      expect(await search(typed)).toEqual(expected);

      const suggested = await suggest(plain);
      expect(suggested.length).toBeGreaterThan(0);
      expect(await suggest(typed)).toEqual(suggested);
    });
  });

  describe('characters that show nothing are not there', () => {
    it.each([
      ['张\u200d謇', '张謇', 'a zero-width joiner'],
      ['张\u200b謇', '张謇', 'a zero-width space'],
      ['\u202e张謇', '张謇', 'a right-to-left override'],
      ['\u200f工业遗产', '工业遗产', 'a right-to-left mark'],
      ['张\u00ad謇', '张謇', 'a soft hyphen'],
      ['\ufeff张\u2060謇', '张謇', 'a byte order mark and a word joiner'],
      ['\u2066张謇\u2069', '张謇', 'a bidi isolate'],
    ])('%j finds and suggests what %s does (%s)', async (typed, plain) => {
      const expected = await search(plain);
      expect(expected.totalHits).toBeGreaterThan(0);
      expect(await search(typed)).toEqual(expected);

      const suggested = await suggest(plain);
      expect(suggested.length).toBeGreaterThan(0);
      expect(await suggest(typed)).toEqual(suggested);
    });

    it('refuses a query or a prefix of invisible characters only as empty, naming it', async () => {
      expect((await refusal(SEARCH, { query: '\u200b\u200f' })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'query',
      });
      expect((await refusal(SUGGEST, { prefix: '\u200b' })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'prefix',
      });
    });
  });

  it('reads a CJK compatibility ideograph as the unified one in both: \\uF90A陵 is 金陵', async () => {
    const suggested = await suggest('金陵');
    expect(suggested.map((s) => s.text)).toContain('金陵船厂');
    expect(await suggest('\uF90A陵')).toEqual(suggested);
    const found = await search('金陵船厂');
    expect(found.hits.map((hit) => hit.entity.name)).toContain('金陵船厂');
    expect(await search('\uF90A陵船厂')).toEqual(found);
  });

  describe('empty filters', () => {
    it.each([
      ['province', { province: '' }],
      ['province', { province: ' ' }],
      ['province', { province: '\u3000' }],
      ['city', { city: '' }],
      ['city', { city: '  ' }],
      ['keywords', { keywords: [''] }],
      ['industry', { industry: [' '] }],
    ])('refuses an empty %s with BAD_USER_INPUT naming it (%j)', async (argument, filter) => {
      for (const query of ['工业遗产', '']) {
        const error = await refusal(SEARCH, { query, ...filter });
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
        expect(error.message).toContain(argument);
      }
    });

    it('still filters by a province given with spaces around it', async () => {
      const spaced = await graphql<SearchData>(service.url, SEARCH, { query: '工业遗产', province: ' 安徽 ' });
      const plain = await graphql<SearchData>(service.url, SEARCH, { query: '工业遗产', province: '安徽' });
      expect(spaced.body.errors).toBeUndefined();
      expect(plain.body.data!.search.totalHits).toBeGreaterThan(0);
      expect(spaced.body.data).toEqual(plain.body.data);
    });
  });
});
