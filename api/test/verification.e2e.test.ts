import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCuratorToken, GRAPH_BACKENDS, graphql, startTestService, type TestService } from '@icg/api/testing';

interface Verification {
  status: string;
  by: string | null;
  at: string | null;
  note: string | null;
  source: { document: string | null; url: string | null } | null;
}

const VERIFICATION = /* GraphQL */ `status by at note source { document url }`;

const SET_VERIFICATION = /* GraphQL */ `
  mutation SetVerification($input: SetVerificationInput!) {
    setVerification(input: $input) {
      target { id }
      verification { ${VERIFICATION} }
    }
  }
`;
const CORRECT_SOURCE_QUALITY = /* GraphQL */ `
  mutation CorrectSourceQuality($input: CorrectSourceQualityInput!) {
    correctSourceQuality(input: $input) {
      target {
        id
      }
      sources {
        url
        quality {
          class
          setBy
          by
          reason
        }
      }
    }
  }
`;
const ENTITY = /* GraphQL */ `
  query Entity($id: ID!) {
    entity(id: $id) {
      id
      verification { ${VERIFICATION} }
      bestSourceQuality
      sources { url document quality { class setBy reason by } }
      relationships(types: ["FOUNDED"], direction: OUT) { id verification { ${VERIFICATION} } }
      verifiedRelationships: relationships(verifiedOnly: true) { id }
    }
  }
`;
const VERIFIED_ENTITIES = /* GraphQL */ `
  query VerifiedEntities {
    entities(verifiedOnly: true, first: 100) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
    all: entities(first: 1) {
      totalCount
    }
  }
`;
const VERIFIED_SEARCH = /* GraphQL */ `
  query VerifiedSearch($query: String!, $verifiedOnly: Boolean) {
    search(query: $query, verifiedOnly: $verifiedOnly, first: 50) {
      totalHits
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
const COMPLETENESS = /* GraphQL */ `
  query Completeness {
    completeness {
      facts {
        entities {
          facts
          verified
          unverified
          disputed
          byBestSourceQuality {
            class
            count
          }
        }
        relationships {
          facts
          verified
        }
      }
    }
  }
`;

const NANTONG_GAZETTEER = { document: '南通市志', locator: '第3卷 第12页', takenAt: '2024-05-01' };
const ZHANG_JIAN_REPOST = 'https://p2.ttnews.xyz/amp/5ea35defdc9b5e51b9b22372?lang=zh-hans';
const FOUNDED_DASHENG = 'en-zhang-jian|FOUNDED|ent-dasheng';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const codesOf = (errors: { extensions?: { code?: string } }[] | undefined) =>
  (errors ?? []).map((error) => error.extensions?.code);

/** Polls `search` until `done` holds of its answer: the index follows a curator's write within seconds. */
async function searchUntil<T>(url: string, variables: Record<string, unknown>, done: (data: T) => boolean): Promise<T> {
  const since = performance.now();
  for (;;) {
    const { body } = await graphql<T>(url, VERIFIED_SEARCH, variables);
    if (body.data && done(body.data)) return body.data;
    if (performance.now() - since > 10_000)
      throw new Error(`search never answered as expected: ${JSON.stringify(body)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.each(GRAPH_BACKENDS)('verification and source quality over HTTP, on the %s graph store', (backend) => {
  let service: TestService;
  let url: string;
  let alice: string;

  beforeAll(async () => {
    service = await startTestService({ GRAPH_BACKEND: backend });
    url = service.url;
    alice = (await createCuratorToken(service.dataDir, '王策展')).token;
  });
  afterAll(async () => {
    await service?.dispose();
  });

  const entity = async (id: string) => {
    const { body } = await graphql<{ entity: Record<string, unknown> & { verification: Verification } }>(url, ENTITY, {
      id,
    });
    expect(body.errors).toBeUndefined();
    return body.data!.entity;
  };

  it('shows every fact unverified, and every source with the class its host gives it, before anyone checks', async () => {
    const zhangJian = await entity('en-zhang-jian');
    expect(zhangJian.verification).toEqual({ status: 'UNVERIFIED', by: null, at: null, note: null, source: null });
    expect(zhangJian['sources']).toContainEqual({
      url: ZHANG_JIAN_REPOST,
      // A curated page whose title the data does not give is named by its host.
      document: 'p2.ttnews.xyz',
      quality: { class: 'REPOST', setBy: 'RULE', reason: 'ttnews.xyz: a copy on an unrelated site', by: null },
    });
  });

  it('refuses to verify without the source checked, to dispute without a note, and anyone without a token', async () => {
    const cases = [
      [{ target: 'ent-dasheng', status: 'VERIFIED' }, bearer(alice), 'BAD_USER_INPUT', /source it was checked against/],
      [
        { target: 'ent-dasheng', status: 'DISPUTED', note: ' ' },
        bearer(alice),
        'BAD_USER_INPUT',
        /how the sources disagree/,
      ],
      [{ target: 'ent-dasheng', status: 'DISPUTED', note: '年份不一' }, {}, 'UNAUTHENTICATED', /curator token/],
      [
        { target: 'no-such-entity', status: 'DISPUTED', note: '年份不一' },
        bearer(alice),
        'NOT_FOUND',
        /no-such-entity/,
      ],
      [
        { target: 'policy-jiangsu-2021-2025-t06', status: 'DISPUTED', note: '年份不一' },
        bearer(alice),
        'FORBIDDEN',
        /policy documents/,
      ],
    ] as const;
    for (const [input, headers, code, message] of cases) {
      const { body } = await graphql(url, SET_VERIFICATION, { input }, headers);
      expect(codesOf(body.errors), JSON.stringify(input)).toEqual([code]);
      expect(body.errors?.[0]?.message).toMatch(message);
    }
    expect((await entity('ent-dasheng')).verification.status).toBe('UNVERIFIED');
  });

  it('sets an entity verified against a named source, then disputed with a note, saying who and when', async () => {
    const verified = await graphql<{ setVerification: { verification: Verification } }>(
      url,
      SET_VERIFICATION,
      { input: { target: 'ent-dasheng', status: 'VERIFIED', source: NANTONG_GAZETTEER } },
      bearer(alice),
    );
    expect(verified.body.errors).toBeUndefined();
    expect(verified.body.data!.setVerification.verification).toMatchObject({
      status: 'VERIFIED',
      by: '王策展',
      source: { document: '南通市志', url: null },
    });
    const dasheng = await entity('ent-dasheng');
    expect(dasheng.verification.status).toBe('VERIFIED');
    expect(Date.now() - Date.parse(dasheng.verification.at!)).toBeLessThan(60_000);
    // The source checked joins the fact's sources; a gazetteer without url is reference by its title.
    expect(dasheng['sources']).toContainEqual({
      url: null,
      document: '南通市志',
      quality: expect.objectContaining({ class: 'REFERENCE', setBy: 'RULE' }),
    });

    const disputed = await graphql<{ setVerification: { verification: Verification } }>(
      url,
      SET_VERIFICATION,
      { input: { target: 'ent-dasheng', status: 'DISPUTED', note: '另有来源称创办于1899年开车之年' } },
      bearer(alice),
    );
    expect(disputed.body.errors).toBeUndefined();
    expect((await entity('ent-dasheng')).verification).toMatchObject({
      status: 'DISPUTED',
      by: '王策展',
      note: '另有来源称创办于1899年开车之年',
    });
  });

  it('sets a relationship verified, and an entity lists its verified relationships only when asked', async () => {
    const { body } = await graphql(
      url,
      SET_VERIFICATION,
      {
        input: {
          target: FOUNDED_DASHENG,
          status: 'VERIFIED',
          source: { url: 'https://daj.wuxi.gov.cn/doc/2017/12/26/2426886.shtml' },
        },
      },
      bearer(alice),
    );
    expect(body.errors).toBeUndefined();
    const zhangJian = await entity('en-zhang-jian');
    const founded = zhangJian['relationships'] as { id: string; verification: Verification }[];
    expect(founded.find((rel) => rel.id === FOUNDED_DASHENG)?.verification).toMatchObject({
      status: 'VERIFIED',
      by: '王策展',
    });
    expect(founded.filter((rel) => rel.verification.status === 'VERIFIED')).toHaveLength(1);
    expect(zhangJian['verifiedRelationships']).toEqual([{ id: FOUNDED_DASHENG }]);
  });

  it('lets a curator correct a source’s class, which then wins over the rule', async () => {
    const { body } = await graphql<{
      correctSourceQuality: {
        sources: { url: string | null; quality: { class: string; setBy: string; by: string | null } }[];
      };
    }>(
      url,
      CORRECT_SOURCE_QUALITY,
      {
        input: {
          target: 'en-zhang-jian',
          url: ZHANG_JIAN_REPOST,
          quality: 'PRESS',
          note: '今日头条转载的南通日报原文',
        },
      },
      bearer(alice),
    );
    expect(body.errors).toBeUndefined();
    expect(
      body.data!.correctSourceQuality.sources.find((source) => source.url === ZHANG_JIAN_REPOST)?.quality,
    ).toMatchObject({
      class: 'PRESS',
      setBy: 'CURATOR',
      by: '王策展',
    });
    const zhangJian = await entity('en-zhang-jian');
    expect(zhangJian['bestSourceQuality']).toBe('PRESS');

    const unknownSource = await graphql(
      url,
      CORRECT_SOURCE_QUALITY,
      { input: { target: 'en-zhang-jian', url: 'https://example.org/none', quality: 'PRESS' } },
      bearer(alice),
    );
    expect(codesOf(unknownSource.body.errors)).toEqual(['BAD_USER_INPUT']);
  });

  it('keeps to verified facts in entity lists and in search when asked', async () => {
    await graphql(
      url,
      SET_VERIFICATION,
      { input: { target: 'en-zhang-jian', status: 'VERIFIED', source: NANTONG_GAZETTEER } },
      bearer(alice),
    );
    const { body } = await graphql<{
      entities: { totalCount: number; edges: { node: { id: string } }[] };
      all: { totalCount: number };
    }>(url, VERIFIED_ENTITIES);
    expect(body.errors).toBeUndefined();
    // 大生纱厂 is disputed now: only 张謇 is verified.
    expect(body.data!.entities.edges.map((edge) => edge.node.id)).toEqual(['en-zhang-jian']);
    expect(body.data!.entities.totalCount).toBe(1);
    expect(body.data!.all.totalCount).toBeGreaterThan(300);

    type Result = {
      search: { totalHits: number; hits: { verification: string; sourceQuality: string; entity: { id: string } }[] };
    };
    const verifiedOnly = await searchUntil<Result>(url, { query: '张謇', verifiedOnly: true }, (data) =>
      data.search.hits.some((hit) => hit.entity.id === 'en-zhang-jian'),
    );
    expect(verifiedOnly.search.hits.map((hit) => hit.entity.id)).toEqual(['en-zhang-jian']);
    expect(verifiedOnly.search.hits[0]).toMatchObject({ verification: 'VERIFIED', sourceQuality: 'PRESS' });

    const everyStatus = await searchUntil<Result>(url, { query: '大生纱厂' }, (data) =>
      data.search.hits.some((hit) => hit.entity.id === 'ent-dasheng' && hit.verification === 'DISPUTED'),
    );
    expect(everyStatus.search.hits.length).toBeGreaterThan(1);
    // An empty query with only verifiedOnly browses every verified entity.
    const browsing = await searchUntil<Result>(url, { query: '', verifiedOnly: true }, () => true);
    expect(browsing.search.hits.map((hit) => hit.entity.id)).toEqual(['en-zhang-jian']);
  });

  it('refuses a verification smuggled in through upsertEntity’s properties', async () => {
    const { body } = await graphql(
      url,
      /* GraphQL */ `
        mutation Upsert($input: UpsertEntityInput!) {
          upsertEntity(input: $input) {
            created
          }
        }
      `,
      {
        input: {
          id: 'ent-dasheng',
          kind: 'Enterprise',
          name: '大生纱厂（江苏大生集团有限公司）',
          properties: JSON.stringify({ verification: { status: 'verified', by: 'x', at: '2026-01-01T00:00:00Z' } }),
          sources: [NANTONG_GAZETTEER],
        },
      },
      bearer(alice),
    );
    expect(codesOf(body.errors)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors?.[0]?.message).toMatch(/setVerification/);
  });

  it('counts facts by status and by their best source in the completeness report', async () => {
    const { body } = await graphql<{
      completeness: {
        facts: {
          entities: {
            facts: number;
            verified: number;
            unverified: number;
            disputed: number;
            byBestSourceQuality: { class: string; count: number }[];
          };
          relationships: { facts: number; verified: number };
        };
      };
    }>(url, COMPLETENESS);
    expect(body.errors).toBeUndefined();
    const { entities, relationships } = body.data!.completeness.facts;
    expect(entities).toMatchObject({ verified: 1, disputed: 1 });
    expect(entities.unverified).toBe(entities.facts - 2);
    expect(entities.byBestSourceQuality.map((count) => count.class)).toEqual([
      'OFFICIAL',
      'PRESS',
      'REFERENCE',
      'REPOST',
      'UNKNOWN',
    ]);
    expect(entities.byBestSourceQuality.reduce((sum, count) => sum + count.count, 0)).toBe(entities.facts);
    expect(relationships.verified).toBe(1);
  });
});
