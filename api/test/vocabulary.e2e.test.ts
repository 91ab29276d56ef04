import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCuratorToken, GRAPH_BACKENDS, graphql, startTestService, type TestService } from '@icg/api/testing';

interface GraphQLError {
  message: string;
  extensions?: { code?: string; argument?: string; closeMatches?: string[] };
}

interface StoredEntity {
  id: string;
  name: string;
  aliases: string[];
  province: string | null;
  city: string | null;
  description: string | null;
}

const UPSERT_ENTITY = /* GraphQL */ `
  mutation UpsertEntity($input: UpsertEntityInput!) {
    upsertEntity(input: $input) {
      entity {
        id
        name
        aliases
        province
        city
        description
      }
    }
  }
`;

const ADD_RELATIONSHIP = /* GraphQL */ `
  mutation AddRelationship($input: AddRelationshipInput!) {
    addRelationship(input: $input) {
      relationship {
        id
      }
    }
  }
`;

const UPSERT_PROJECT = /* GraphQL */ `
  mutation UpsertProject($input: UpsertProjectInput!) {
    upsertProject(input: $input) {
      project {
        id
        province
        city
      }
    }
  }
`;

const BY_CITY = /* GraphQL */ `
  query ByCity($kinds: [EntityKind!]) {
    stats {
      byCity(kinds: $kinds) {
        province
        city
        count
      }
      byProvince {
        province
      }
    }
  }
`;

const SOURCE = { document: '南京市志', locator: '第2卷', takenAt: '2024-05-01' };

describe.each(GRAPH_BACKENDS)('places, names and dates from a vocabulary, on the %s graph store', (backend) => {
  let service: TestService;
  let headers: Record<string, string>;
  let serial = 0;
  /** A name no other test uses, so no write is taken for another's (or for a likely duplicate of one). */
  const uniqueName = (stem: string) => `${stem}${backend}${(serial += 1)}号`;

  beforeAll(async () => {
    service = await startTestService({ GRAPH_BACKEND: backend });
    headers = { authorization: `Bearer ${(await createCuratorToken(service.dataDir, '王策展')).token}` };
  });
  afterAll(async () => {
    await service?.dispose();
  });

  async function upsert(input: Record<string, unknown>) {
    const { body } = await graphql<{ upsertEntity: { entity: StoredEntity } }>(
      service.url,
      UPSERT_ENTITY,
      { input: { kind: 'HeritageSite', sources: [SOURCE], ...input } },
      headers,
    );
    return body;
  }

  /** The one error of a refused write, after checking that nothing was stored under the name. */
  async function refused(input: Record<string, unknown>): Promise<GraphQLError> {
    const { body } = await graphql(
      service.url,
      UPSERT_ENTITY,
      { input: { kind: 'HeritageSite', sources: [SOURCE], ...input } },
      headers,
    );
    expect(body.errors).toHaveLength(1);
    if (typeof input.name === 'string') {
      expect(await service.graph.countNodes({ text: input.name })).toBe(0);
    }
    return body.errors![0] as GraphQLError;
  }

  const byCity = async (kinds: string[]) => {
    const { body } = await graphql<{
      stats: {
        byCity: { province: string | null; city: string; count: number }[];
        byProvince: { province: string | null }[];
      };
    }>(service.url, BY_CITY, { kinds });
    expect(body.errors).toBeUndefined();
    return body.data!.stats;
  };

  describe('provinces and cities', () => {
    it('stores 江苏省/南京市 as 江苏/南京市, so the map keeps one whole row for 南京市 (QA defect 2)', async () => {
      const before = await byCity(['HeritageSite']);
      const nanjing = before.byCity.find((row) => row.city === '南京市' && row.province === '江苏')!;
      expect(nanjing.count).toBeGreaterThan(0);

      const body = await upsert({ name: uniqueName('词表测试遗址'), province: '江苏省', city: '南京市' });
      expect(body.errors).toBeUndefined();
      expect(body.data!.upsertEntity.entity).toMatchObject({ province: '江苏', city: '南京市' });

      const after = await byCity(['HeritageSite']);
      expect(after.byCity.filter((row) => row.city === '南京市')).toEqual([
        { province: '江苏', city: '南京市', count: nanjing.count + 1 },
      ]);
      expect(after.byProvince.map((row) => row.province)).not.toContain('江苏省');
    });

    it('adds a city’s missing 市 and its province: 南京 → 江苏/南京市; 安徽省/芜湖 → 安徽/芜湖市', async () => {
      const nanjing = await upsert({ name: uniqueName('词表测试遗址'), city: '南京' });
      expect(nanjing.errors).toBeUndefined();
      expect(nanjing.data!.upsertEntity.entity).toMatchObject({ province: '江苏', city: '南京市' });
      const wuhu = await upsert({ name: uniqueName('词表测试遗址'), province: '安徽省', city: '芜湖' });
      expect(wuhu.data!.upsertEntity.entity).toMatchObject({ province: '安徽', city: '芜湖市' });
    });

    it('refuses an unknown city with BAD_USER_INPUT listing the close matches, and stores nothing', async () => {
      const error = await refused({ name: uniqueName('词表测试遗址'), province: '江苏', city: '南经市' });
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'input.city',
        closeMatches: ['南京市', '南通市'],
      });
      expect(error.message).toBe('input.city 南经市 is not a city of 江苏; did you mean 南京市, 南通市?');
      for (const city of ['测试"市', '测试\\市', "测试'市"]) {
        const quoted = await refused({ name: uniqueName('词表测试遗址'), province: '江苏', city });
        expect(quoted.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.city' });
        expect(quoted.message).toContain('南京市');
      }
    });

    it('refuses another province, and a city of the other province', async () => {
      const province = await refused({ name: uniqueName('词表测试遗址'), province: '浙江省', city: null });
      expect(province.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.province' });
      expect(province.message).toMatch(/江苏 or 安徽/);
      const city = await refused({ name: uniqueName('词表测试遗址'), province: '安徽', city: '南京市' });
      expect(city.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.city' });
      expect(city.message).toBe('input.city 南京市 is in 江苏, not 安徽');
    });

    it('checks a changed province against the stored city', async () => {
      const created = await upsert({ name: uniqueName('词表测试遗址'), province: '江苏', city: '无锡市' });
      const { id } = created.data!.upsertEntity.entity;
      const { body } = await graphql(
        service.url,
        UPSERT_ENTITY,
        {
          input: {
            id,
            kind: 'HeritageSite',
            name: created.data!.upsertEntity.entity.name,
            province: '安徽',
            sources: [SOURCE],
          },
        },
        headers,
      );
      expect((body.errors?.[0] as GraphQLError).extensions).toMatchObject({ argument: 'input.city' });
      const [stored] = await service.graph.getNodes([id]);
      expect(stored).toMatchObject({ province: '江苏', city: '无锡市' });
    });

    it('holds upsertProject to the same vocabulary', async () => {
      const project = { type: 'HERITAGE_REUSE', status: 'OPERATING', sources: [SOURCE] };
      const { body } = await graphql<{ upsertProject: { project: { province: string; city: string } } }>(
        service.url,
        UPSERT_PROJECT,
        { input: { ...project, name: uniqueName('词表测试项目'), province: '安徽省', city: '芜湖' } },
        headers,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!.upsertProject.project).toMatchObject({ province: '安徽', city: '芜湖市' });
      const unknown = await graphql(
        service.url,
        UPSERT_PROJECT,
        { input: { ...project, name: uniqueName('词表测试项目'), province: '安徽', city: '合非市' } },
        headers,
      );
      expect((unknown.body.errors?.[0] as GraphQLError).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'input.city',
        closeMatches: ['合肥市'],
      });
    });
  });

  describe('aliases and record size (QA defect 4)', () => {
    it('keeps 50 aliases and refuses 51, naming the limit', async () => {
      const names = Array.from({ length: 51 }, (_, i) => `词表别名${i}`);
      const fifty = await upsert({ name: uniqueName('词表测试遗址'), city: '常州市', aliases: names.slice(0, 50) });
      expect(fifty.errors).toBeUndefined();
      expect(fifty.data!.upsertEntity.entity.aliases).toHaveLength(50);
      const error = await refused({ name: uniqueName('词表测试遗址'), city: '常州市', aliases: names });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.aliases' });
      expect(error.message).toBe('input.aliases may hold at most 50 names; got 51');
    });

    it('refuses aliases over 2,000 characters in all (QA: 1,000 aliases of 100 characters)', async () => {
      const long = Array.from({ length: 11 }, (_, i) => `${i}`.padEnd(190, '名'));
      const error = await refused({ name: uniqueName('词表测试遗址'), city: '常州市', aliases: long });
      expect(error.message).toMatch(/at most 2000 characters in all/);
      const qa = Array.from({ length: 1000 }, (_, i) => `${i}`.padEnd(100, '别'));
      expect((await refused({ name: uniqueName('词表测试遗址'), aliases: qa })).extensions?.argument).toBe(
        'input.aliases',
      );
    });

    it('refuses a record over 64 KiB as stored, naming the limit', async () => {
      const properties = JSON.stringify({ notes: '遗'.repeat(19_000) });
      const error = await refused({
        name: uniqueName('词表测试遗址'),
        city: '常州市',
        description: '述'.repeat(5000),
        properties,
      });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input' });
      expect(error.message).toMatch(/the limit for one record is 65536 bytes/);
    });
  });

  describe('control characters (QA defect 11)', () => {
    it('refuses them in names, aliases and source fields, naming the field', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ name: `QA\u0000空字符${serial}` }, 'input.name'],
        [{ name: uniqueName('词表测试遗址'), aliases: ['别\u0001名'] }, 'input.aliases[0]'],
        [
          { name: uniqueName('词表测试遗址'), sources: [{ ...SOURCE, document: '市志\u0000' }] },
          'input.sources[0].document',
        ],
        [
          { name: uniqueName('词表测试遗址'), sources: [{ ...SOURCE, locator: '第\u001b2卷' }] },
          'input.sources[0].locator',
        ],
        [{ name: uniqueName('词表测试遗址'), description: '响铃\u0007' }, 'input.description'],
        [{ name: `换行\n名称${serial}` }, 'input.name'],
      ];
      for (const [input, argument] of cases) {
        const error = await refused(input);
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
        expect(error.message).toMatch(/must not hold control characters/);
      }
    });

    it('keeps line breaks and tabs in a description', async () => {
      const body = await upsert({ name: uniqueName('词表测试遗址'), description: '第一段\n\t第二段' });
      expect(body.errors).toBeUndefined();
      expect(body.data!.upsertEntity.entity.description).toBe('第一段\n\t第二段');
    });
  });

  describe('properties (QA defect 9)', () => {
    it('answers 1e400 and 3,000 levels of nesting with BAD_USER_INPUT, on entities and relationships', async () => {
      const deep = `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`;
      for (const properties of ['{"a":1e400}', deep]) {
        const entity = await refused({ name: uniqueName('词表测试遗址'), properties });
        expect(entity.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.properties' });
        const { body } = await graphql(
          service.url,
          ADD_RELATIONSHIP,
          { input: { type: 'FOUNDED', from: 'en-zhang-jian', to: 'ent-dasheng', properties, sources: [SOURCE] } },
          headers,
        );
        expect((body.errors?.[0] as GraphQLError).extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          argument: 'input.properties',
        });
      }
      const infinite = await refused({ name: uniqueName('词表测试遗址'), properties: '{"a":1e400}' });
      expect(infinite.message).toBe('input.properties.a must be a finite number (got Infinity)');
      expect((await refused({ name: uniqueName('词表测试遗址'), properties: deep })).message).toMatch(
        /nests deeper than 16 levels/,
      );
    });
  });

  describe('dates (QA defect 10)', () => {
    it.each(['2024-02-30', '2023-02-29', '2024-04-31', '0000-01-01', '9999-12-31'])(
      'refuses takenAt %s',
      async (takenAt) => {
        const error = await refused({ name: uniqueName('词表测试遗址'), sources: [{ ...SOURCE, takenAt }] });
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.sources[0].takenAt' });
      },
    );

    it('accepts a leap day', async () => {
      const body = await upsert({ name: uniqueName('词表测试遗址'), sources: [{ ...SOURCE, takenAt: '2024-02-29' }] });
      expect(body.errors).toBeUndefined();
    });
  });
});
