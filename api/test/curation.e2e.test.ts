import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPH_BACKENDS, graphql, startTestService, type TestService } from '@icg/api/testing';
import { createCuratorToken, revokeCuratorToken } from '../src/auth/curator-tokens.ts';
import { serviceConfigFromEnv } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { startService, type RunningService } from '../src/service.ts';

interface GraphQLError {
  message: string;
  extensions?: { code?: string; reason?: string; currentVersion?: number; unknownIds?: string[] };
}

const NARRATIVE_FIELDS = /* GraphQL */ `
  id
  title
  description
  version
  createdBy
  createdAt
  updatedAt
  items { position note caption citation citations entity { id name kind } }
`;

const CREATE_NARRATIVE = /* GraphQL */ `
  mutation CreateNarrative($input: NarrativeInput!) { createNarrative(input: $input) { ${NARRATIVE_FIELDS} } }
`;
const UPDATE_NARRATIVE = /* GraphQL */ `
  mutation UpdateNarrative($id: ID!, $version: Int!, $input: NarrativeInput!) {
    updateNarrative(id: $id, version: $version, input: $input) { ${NARRATIVE_FIELDS} }
  }
`;
const DELETE_NARRATIVE = /* GraphQL */ `
  mutation DeleteNarrative($id: ID!, $version: Int) {
    deleteNarrative(id: $id, version: $version)
  }
`;
const FROM_PATH = /* GraphQL */ `
  mutation FromPath($pathOf: [ID!]!, $title: String!) {
    createNarrativeFromPath(pathOf: $pathOf, title: $title) { ${NARRATIVE_FIELDS} }
  }
`;
const NARRATIVE = /* GraphQL */ `
  query Narrative($id: ID!) { narrative(id: $id) { ${NARRATIVE_FIELDS} } }
`;
const UPSERT_ENTITY = /* GraphQL */ `
  mutation UpsertEntity($input: UpsertEntityInput!) {
    upsertEntity(input: $input) {
      created
      entity {
        id
        kind
        name
        province
        city
        description
        sources {
          document
          url
          locator
          takenAt
        }
      }
    }
  }
`;
const ADD_RELATIONSHIP = /* GraphQL */ `
  mutation AddRelationship($input: AddRelationshipInput!) {
    addRelationship(input: $input) {
      created
      relationship {
        id
        type
        typeLabel
        properties
        from {
          id
          name
        }
        to {
          id
          name
        }
        sources {
          document
          url
          locator
          takenAt
        }
      }
    }
  }
`;
const SEARCH = /* GraphQL */ `
  query Search($query: String!) {
    search(query: $query, first: 20) {
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

const SOURCE = { document: '南通市志', locator: '第3卷 第12页', takenAt: '2024-05-01' };
/** The same source as GraphQL answers it: every field present. */
const SOURCE_READ = { ...SOURCE, url: null };

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const codesOf = (errors: GraphQLError[] | undefined) => (errors ?? []).map((e) => e.extensions?.code);

/** Polls `search` until `id` is among the hits; returns how long it took after the mutation answered. */
async function msUntilFound(url: string, query: string, id: string, since: number): Promise<number> {
  for (;;) {
    const { body } = await graphql<{ search: { hits: { entity: { id: string } }[] } }>(url, SEARCH, { query });
    if (body.data?.search.hits.some((hit) => hit.entity.id === id)) return performance.now() - since;
    if (performance.now() - since > 10_000) throw new Error(`${id} not findable by "${query}" after 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe.each(GRAPH_BACKENDS)('curator mutations over HTTP, on the %s graph store', (backend) => {
  let service: TestService;
  let restarted: RunningService | undefined;
  let url: string;
  let alice: string;
  let bob: string;
  let revoked: string;

  beforeAll(async () => {
    service = await startTestService({ GRAPH_BACKEND: backend });
    url = service.url;
    alice = (await createCuratorToken(service.dataDir, '王策展')).token;
    bob = (await createCuratorToken(service.dataDir, '李研究')).token;
    const gone = await createCuratorToken(service.dataDir, '已离职');
    revoked = gone.token;
    await revokeCuratorToken(service.dataDir, gone.curator.id);
  });
  afterAll(async () => {
    await restarted?.stop();
    await service?.dispose();
  });

  describe('authentication', () => {
    const input = { title: '未授权的叙事', items: [{ entityId: 'en-zhang-jian' }] };

    it('refuses a mutation without a token, with a malformed, an unknown or a revoked one (401, nothing written)', async () => {
      for (const headers of [
        {},
        { authorization: 'Basic abc' },
        bearer('icg_not-a-real-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'),
        bearer(revoked),
      ]) {
        const { status, body } = await graphql(url, CREATE_NARRATIVE, { input }, headers);
        expect(codesOf(body.errors)).toEqual(['UNAUTHENTICATED']);
        expect(status).toBe(401);
      }
      const { body } = await graphql<{ narratives: { title: string }[] }>(url, '{ narratives { title } }');
      expect(body.data?.narratives.map((n) => n.title)).not.toContain('未授权的叙事');
    });

    it('refuses every kind of mutation without a token', async () => {
      const operations: [string, Record<string, unknown>][] = [
        [FROM_PATH, { pathOf: ['en-zhang-jian'], title: 't' }],
        [UPDATE_NARRATIVE, { id: 'narrative-x', version: 1, input }],
        [DELETE_NARRATIVE, { id: 'narrative-x' }],
        [UPSERT_ENTITY, { input: { kind: 'Enterprise', name: '某厂', sources: [SOURCE] } }],
        [ADD_RELATIONSHIP, { input: { type: 'FOUNDED', from: 'en-zhang-jian', to: 'ent-dasheng', sources: [SOURCE] } }],
      ];
      for (const [query, variables] of operations) {
        const { body } = await graphql(url, query, variables);
        expect(codesOf(body.errors)).toEqual(['UNAUTHENTICATED']);
      }
    });

    it('keeps reads public', async () => {
      const { status, body } = await graphql<{ narratives: unknown[] }>(url, '{ narratives { id } }');
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(Array.isArray(body.data?.narratives)).toBe(true);
    });

    it('names the curator a token belongs to, null without a token, UNAUTHENTICATED for a revoked one', async () => {
      const query = '{ curator { id label } }';
      const signedIn = await graphql<{ curator: { id: string; label: string } | null }>(url, query, {}, bearer(alice));
      expect(signedIn.body.data?.curator?.label).toBe('王策展');
      const anonymous = await graphql<{ curator: null }>(url, query);
      expect(anonymous.body.errors).toBeUndefined();
      expect(anonymous.body.data?.curator).toBeNull();
      const refused = await graphql(url, query, {}, bearer(revoked));
      expect(codesOf(refused.body.errors)).toEqual(['UNAUTHENTICATED']);
    });

    it('tells each reader whether a narrative is theirs to edit', async () => {
      const created = await graphql<{ createNarrative: { id: string } }>(
        url,
        CREATE_NARRATIVE,
        { input: { title: '谁能编辑', items: [{ entityId: 'en-zhang-jian' }] } },
        bearer(alice),
      );
      const id = created.body.data!.createNarrative.id;
      const editable = async (headers: Record<string, string>) =>
        (
          await graphql<{ narrative: { editable: boolean } }>(
            url,
            'query ($id: ID!) { narrative(id: $id) { editable } }',
            { id },
            headers,
          )
        ).body.data?.narrative.editable;
      expect(await editable(bearer(alice))).toBe(true);
      expect(await editable(bearer(bob))).toBe(false);
      expect(await editable({})).toBe(false);
      expect(await editable(bearer(revoked))).toBe(false);
      await graphql(url, DELETE_NARRATIVE, { id }, bearer(alice));
    });

    it('never writes a token to the log', async () => {
      await graphql(url, CREATE_NARRATIVE, { input }, bearer(revoked));
      expect(service.logLines.join('\n')).not.toContain(revoked.slice(4));
      expect(service.logLines.join('\n')).not.toContain(alice.slice(4));
    });
  });

  describe('narratives', () => {
    it("cites any entity's sources the way a narrative item does", async () => {
      const { body } = await graphql<{
        entity: { citations: string[]; sources: unknown[] };
        createNarrativeFromPath: { items: { citations: string[] }[] };
      }>(
        url,
        `
          mutation {
            createNarrativeFromPath(pathOf: ["en-zhang-jian"], title: "引文对照") {
              id
              items {
                citations
              }
            }
          }
        `,
        {},
        bearer(alice),
      );
      const fromNarrative = body.data!.createNarrativeFromPath.items[0]!.citations;
      const read = await graphql<{ entity: { citations: string[]; sources: unknown[] } }>(
        url,
        '{ entity(id: "en-zhang-jian") { citations sources { url } } }',
      );
      expect(read.body.data!.entity.citations).toEqual(fromNarrative);
      expect(read.body.data!.entity.citations).toHaveLength(read.body.data!.entity.sources.length);
      expect(fromNarrative.length).toBeGreaterThan(0);
    });

    it('creates a narrative with ordered items, notes, captions and GB/T 7714 citations', async () => {
      const { body } = await graphql<{ createNarrative: NarrativeResult }>(
        url,
        CREATE_NARRATIVE,
        {
          input: {
            title: '状元实业之路',
            description: '从张謇到大生纱厂',
            items: [
              { entityId: 'en-zhang-jian', caption: '张謇', note: '1894年状元' },
              { entityId: 'ent-dasheng', note: '1895年创办' },
            ],
          },
        },
        bearer(alice),
      );
      expect(body.errors).toBeUndefined();
      const narrative = body.data!.createNarrative;
      expect(narrative).toMatchObject({ title: '状元实业之路', version: 1, createdBy: '王策展' });
      expect(narrative.createdAt).toBe(narrative.updatedAt);
      expect(narrative.items.map((i) => [i.position, i.entity.id, i.note, i.caption])).toEqual([
        [1, 'en-zhang-jian', '1894年状元', '张謇'],
        [2, 'ent-dasheng', '1895年创办', null],
      ]);
      const citation = narrative.items[0]!.citations[0]!;
      expect(citation).toMatch(/\[EB\/OL\]/);
      expect(citation).toMatch(/https?:\/\//);
      expect(narrative.items[0]!.citation).toBe(narrative.items[0]!.citations.join('\n'));

      const read = await graphql<{ narrative: NarrativeResult }>(url, NARRATIVE, { id: narrative.id });
      expect(read.body.data?.narrative).toEqual(narrative);
    });

    it('refuses unknown entity ids, naming them, and writes nothing', async () => {
      const before = await narrativeCount(url);
      const { body } = await graphql(
        url,
        CREATE_NARRATIVE,
        { input: { title: '有误的叙事', items: [{ entityId: 'en-zhang-jian' }, { entityId: 'no-such-entity' }] } },
        bearer(alice),
      );
      expect(codesOf(body.errors)).toEqual(['BAD_USER_INPUT']);
      expect(body.errors![0]!.message).toContain('no-such-entity');
      expect((body.errors![0] as GraphQLError).extensions?.unknownIds).toEqual(['no-such-entity']);
      expect(await narrativeCount(url)).toBe(before);
    });

    it('updates with optimistic concurrency: the right version wins once, a stale one is a VERSION_CONFLICT', async () => {
      const created = await createNarrative(url, alice, '待修改的叙事', ['en-zhang-jian', 'ent-dasheng']);
      const input = {
        title: '修改后的叙事',
        items: [{ entityId: 'ent-dasheng', note: '先讲工厂' }, { entityId: 'en-zhang-jian' }],
      };
      const updated = await graphql<{ updateNarrative: NarrativeResult }>(
        url,
        UPDATE_NARRATIVE,
        { id: created.id, version: 1, input },
        bearer(alice),
      );
      expect(updated.body.errors).toBeUndefined();
      expect(updated.body.data!.updateNarrative).toMatchObject({
        title: '修改后的叙事',
        version: 2,
        description: null,
      });
      expect(updated.body.data!.updateNarrative.items.map((i) => [i.position, i.entity.id, i.note])).toEqual([
        [1, 'ent-dasheng', '先讲工厂'],
        [2, 'en-zhang-jian', null],
      ]);

      const stale = await graphql(url, UPDATE_NARRATIVE, { id: created.id, version: 1, input }, bearer(alice));
      expect(codesOf(stale.body.errors)).toEqual(['BAD_USER_INPUT']);
      expect(stale.body.errors![0]!.extensions).toMatchObject({ reason: 'VERSION_CONFLICT', currentVersion: 2 });
    });

    it('lets exactly one of two simultaneous updates from the same version win', async () => {
      const created = await createNarrative(url, alice, '并发修改', ['en-zhang-jian']);
      const update = (title: string) =>
        graphql(url, UPDATE_NARRATIVE, { id: created.id, version: 1, input: { title, items: [] } }, bearer(alice));
      const results = await Promise.all([update('甲'), update('乙')]);
      const codes = results.map((r) => codesOf(r.body.errors)[0] ?? 'OK').sort();
      expect(codes).toEqual(['BAD_USER_INPUT', 'OK']);
      const read = await graphql<{ narrative: NarrativeResult }>(url, NARRATIVE, { id: created.id });
      expect(read.body.data?.narrative.version).toBe(2);
    });

    it('lets only its creator update or delete a narrative (FORBIDDEN for another curator)', async () => {
      const created = await createNarrative(url, alice, '王策展的叙事', ['en-zhang-jian']);
      const input = { title: '被改写', items: [] };
      const update = await graphql(url, UPDATE_NARRATIVE, { id: created.id, version: 1, input }, bearer(bob));
      expect(codesOf(update.body.errors)).toEqual(['FORBIDDEN']);
      const remove = await graphql(url, DELETE_NARRATIVE, { id: created.id }, bearer(bob));
      expect(codesOf(remove.body.errors)).toEqual(['FORBIDDEN']);
      const read = await graphql<{ narrative: NarrativeResult }>(url, NARRATIVE, { id: created.id });
      expect(read.body.data?.narrative).toMatchObject({ title: '王策展的叙事', version: 1 });
    });

    it('answers NOT_FOUND for updating or deleting an unknown narrative, and for a non-narrative id', async () => {
      const input = { title: 't', items: [] };
      for (const id of ['narrative-unknown', 'en-zhang-jian']) {
        const update = await graphql(url, UPDATE_NARRATIVE, { id, version: 1, input }, bearer(alice));
        expect(codesOf(update.body.errors)).toEqual(['NOT_FOUND']);
        const remove = await graphql(url, DELETE_NARRATIVE, { id }, bearer(alice));
        expect(codesOf(remove.body.errors)).toEqual(['NOT_FOUND']);
      }
    });

    it('deletes a narrative (checking the version when given), after which it reads as null', async () => {
      const created = await createNarrative(url, alice, '将被删除的叙事', ['en-zhang-jian']);
      const stale = await graphql(url, DELETE_NARRATIVE, { id: created.id, version: 7 }, bearer(alice));
      expect(stale.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VERSION_CONFLICT' });
      const removed = await graphql<{ deleteNarrative: string }>(
        url,
        DELETE_NARRATIVE,
        { id: created.id, version: 1 },
        bearer(alice),
      );
      expect(removed.body).toEqual({ data: { deleteNarrative: created.id } });
      const read = await graphql(url, NARRATIVE, { id: created.id });
      expect(read.body.data).toEqual({ narrative: null });
    });

    it('turns a path into a draft: items in order, captions, a note per directly related pair, citations', async () => {
      const { body } = await graphql<{ createNarrativeFromPath: NarrativeResult }>(
        url,
        FROM_PATH,
        {
          pathOf: ['en-zhang-jian', 'ent-dasheng', 'hs-dasheng-cotton-mill', 'mu-shen-shou'],
          title: '大生纱厂的来龙去脉',
        },
        bearer(alice),
      );
      expect(body.errors).toBeUndefined();
      const draft = body.data!.createNarrativeFromPath;
      expect(draft).toMatchObject({ title: '大生纱厂的来龙去脉', version: 1, createdBy: '王策展' });
      const [zhang, mill, site, shenShou] = draft.items;
      expect(draft.items.map((i) => i.entity.id)).toEqual([
        'en-zhang-jian',
        'ent-dasheng',
        'hs-dasheng-cotton-mill',
        'mu-shen-shou',
      ]);
      expect(zhang!.caption).toBe('张謇（企业家，江苏南通市）');
      expect(zhang!.note).toBeNull();
      expect(mill!.note).toBe('张謇 创办 大生纱厂（江苏大生集团有限公司）。');
      expect(site!.note).toMatch(/^大生纱厂旧址 曾作为 大生纱厂（江苏大生集团有限公司）(；.*)?。$/);
      // 沈寿艺术馆 is not directly related to the site before it: no note is invented.
      expect(shenShou!.note).toBeNull();
      for (const item of draft.items) expect(item.citations.length).toBeGreaterThan(0);
    });

    it('refuses an empty path, more than 100 ids, and unknown ids', async () => {
      const empty = await graphql(url, FROM_PATH, { pathOf: [], title: '空' }, bearer(alice));
      expect(codesOf(empty.body.errors)).toEqual(['BAD_USER_INPUT']);
      const tooMany = await graphql(
        url,
        FROM_PATH,
        { pathOf: Array.from({ length: 101 }, () => 'en-zhang-jian'), title: '太长' },
        bearer(alice),
      );
      expect(codesOf(tooMany.body.errors)).toEqual(['BAD_USER_INPUT']);
      const unknown = await graphql(
        url,
        FROM_PATH,
        { pathOf: ['en-zhang-jian', 'nobody'], title: '有误' },
        bearer(alice),
      );
      expect(codesOf(unknown.body.errors)).toEqual(['BAD_USER_INPUT']);
      expect(unknown.body.errors![0]!.message).toContain('nobody');
    });

    it('makes a narrative findable by search within 2 s of its publication', async () => {
      const created = await createNarrative(url, alice, '运河边的纺织记忆', ['ent-dasheng']);
      const published = await graphql(
        url,
        'mutation ($id: ID!) { publishNarrative(id: $id, version: 1) { version } }',
        { id: created.id },
        bearer(alice),
      );
      expect(published.body.errors).toBeUndefined();
      const delay = await msUntilFound(url, '运河边的纺织记忆', created.id, performance.now());
      console.info(`narrative findable by search after ${delay.toFixed(0)} ms`);
      expect(delay).toBeLessThan(2000);
    });
  });

  describe('entities and relationships', () => {
    it('creates a sourced entity with a stable id, findable by search within 2 s; sending it again updates it', async () => {
      const input = {
        kind: 'Enterprise',
        name: '通州曦光纺织试验厂',
        province: '江苏',
        city: '南通市',
        description: '一家为测试而虚构的纺织厂。',
        sources: [SOURCE],
      };
      const started = performance.now();
      const first = await graphql<{ upsertEntity: { created: boolean; entity: { id: string } } }>(
        url,
        UPSERT_ENTITY,
        { input },
        bearer(alice),
      );
      const answered = performance.now();
      expect(first.body.errors).toBeUndefined();
      expect(first.body.data!.upsertEntity).toMatchObject({
        created: true,
        entity: { kind: 'Enterprise', name: '通州曦光纺织试验厂', sources: [SOURCE_READ] },
      });
      const { id } = first.body.data!.upsertEntity.entity;
      const delay = await msUntilFound(url, '曦光纺织试验厂', id, answered);
      console.info(
        `upsertEntity answered in ${(answered - started).toFixed(0)} ms; findable by search ${delay.toFixed(0)} ms later`,
      );
      expect(delay).toBeLessThan(2000);

      const again = await graphql<{ upsertEntity: { created: boolean; entity: { id: string; sources: unknown[] } } }>(
        url,
        UPSERT_ENTITY,
        { input: { ...input, sources: [{ url: 'https://example.org/xiguang' }] } },
        bearer(alice),
      );
      expect(again.body.data!.upsertEntity).toMatchObject({ created: false, entity: { id } });
      expect(again.body.data!.upsertEntity.entity.sources).toEqual([
        SOURCE_READ,
        { document: null, url: 'https://example.org/xiguang', locator: null, takenAt: null },
      ]);
    });

    it('updates an entity by id, and answers NOT_FOUND for an unknown id', async () => {
      const unknown = await graphql(
        url,
        UPSERT_ENTITY,
        { input: { id: 'ent-no-such', kind: 'Enterprise', name: '无', sources: [SOURCE] } },
        bearer(alice),
      );
      expect(codesOf(unknown.body.errors)).toEqual(['NOT_FOUND']);
      const otherKind = await graphql(
        url,
        UPSERT_ENTITY,
        { input: { id: 'ent-dasheng', kind: 'Museum', name: '大生', sources: [SOURCE] } },
        bearer(alice),
      );
      expect(codesOf(otherKind.body.errors)).toEqual(['BAD_USER_INPUT']);
    });

    it('requires sources and a name (BAD_USER_INPUT, nothing written)', async () => {
      for (const input of [
        { kind: 'Enterprise', name: '无来源的厂', sources: [] },
        { kind: 'Enterprise', name: '无来源的厂', sources: [{ locator: '第1页' }] },
        { kind: 'Enterprise', name: '   ', sources: [SOURCE] },
      ]) {
        const { body } = await graphql(url, UPSERT_ENTITY, { input }, bearer(alice));
        expect(codesOf(body.errors)).toEqual(['BAD_USER_INPUT']);
      }
      expect(await service.graph.findNodes({ text: '无来源的厂', first: 10 })).toEqual([]);
    });

    it('refuses policy-document kinds and narratives (FORBIDDEN)', async () => {
      const [task] = await service.graph.findNodes({ kinds: ['PolicyTask'], first: 1 });
      for (const input of [
        { kind: 'PolicyTask', name: '新任务', sources: [SOURCE] },
        { kind: 'Department', name: '某厅', sources: [SOURCE] },
        { kind: 'Narrative', name: '叙事', sources: [SOURCE] },
        { id: task!.id, kind: 'Enterprise', name: '改名', sources: [SOURCE] },
      ]) {
        const { body } = await graphql(url, UPSERT_ENTITY, { input }, bearer(alice));
        expect(codesOf(body.errors)).toEqual(['FORBIDDEN']);
      }
      const [unchanged] = await service.graph.getNodes([task!.id]);
      expect(unchanged).toEqual(task);
    });

    it('adds a sourced relationship between stored entities, allowed between their kinds', async () => {
      const created = await graphql<{ upsertEntity: { entity: { id: string } } }>(
        url,
        UPSERT_ENTITY,
        { input: { kind: 'Enterprise', name: '通海垦牧公司（测试）', province: '江苏', sources: [SOURCE] } },
        bearer(alice),
      );
      const mill = created.body.data!.upsertEntity.entity.id;
      const { body } = await graphql<{ addRelationship: Record<string, unknown> }>(
        url,
        ADD_RELATIONSHIP,
        { input: { type: 'FOUNDED', from: 'en-zhang-jian', to: mill, properties: '{"year":1901}', sources: [SOURCE] } },
        bearer(alice),
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!.addRelationship).toEqual({
        created: true,
        relationship: {
          id: `en-zhang-jian|FOUNDED|${mill}`,
          type: 'FOUNDED',
          typeLabel: '创办',
          properties: expect.any(String),
          from: { id: 'en-zhang-jian', name: '张謇' },
          to: { id: mill, name: '通海垦牧公司（测试）' },
          sources: [SOURCE_READ],
        },
      });
      // The creating curator is recorded: it is what makes the relationship theirs to retract.
      expect(JSON.parse((body.data!.addRelationship.relationship as { properties: string }).properties)).toEqual({
        year: 1901,
        creation: { person: expect.any(String), by: '王策展', at: expect.any(String) },
      });
      const stored = await service.graph.getRelationships({ nodeIds: [mill], direction: 'in', types: ['FOUNDED'] });
      expect(stored.map((r) => r.from)).toEqual(['en-zhang-jian']);
    });

    it('refuses a relationship without sources, with an unknown end, of an unknown type or between the wrong kinds', async () => {
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ type: 'FOUNDED', from: 'en-zhang-jian', to: 'ent-dasheng', sources: [] }, /source/],
        [{ type: 'FOUNDED', from: 'en-zhang-jian', to: 'ent-nowhere', sources: [SOURCE] }, /ent-nowhere/],
        [{ type: 'INVENTED', from: 'en-zhang-jian', to: 'ent-dasheng', sources: [SOURCE] }, /INVENTED/],
        [{ type: 'FOUNDED', from: 'ent-dasheng', to: 'en-zhang-jian', sources: [SOURCE] }, /cannot join/],
        [{ type: 'INCLUDES', from: 'en-zhang-jian', to: 'ent-dasheng', sources: [SOURCE] }, /narrative/],
      ];
      for (const [input, message] of cases) {
        const { body } = await graphql(url, ADD_RELATIONSHIP, { input }, bearer(alice));
        expect(codesOf(body.errors)).toEqual(['BAD_USER_INPUT']);
        expect(body.errors![0]!.message).toMatch(message);
      }
      const reversed = await service.graph.getRelationships({
        nodeIds: ['ent-dasheng'],
        direction: 'out',
        types: ['FOUNDED'],
      });
      expect(reversed).toEqual([]);
    });
  });

  describe('after a restart on the same data directory', () => {
    it("keeps narratives, and a curator's edit of a seeded entity is not reverted by the seeds", async () => {
      const narrative = await createNarrative(url, alice, '重启之后仍在', ['en-zhang-jian', 'ent-dasheng']);
      const edited = await graphql(
        url,
        UPSERT_ENTITY,
        {
          input: {
            id: 'ent-dasheng',
            kind: 'Enterprise',
            name: '大生纱厂（江苏大生集团有限公司）',
            description: '策展人修订：1895年创办，1899年正式开车。',
            sources: [{ document: '大生纱厂档案', locator: '卷1', takenAt: '2024-06-01' }],
          },
        },
        bearer(alice),
      );
      expect(edited.body.errors).toBeUndefined();

      await service.stop();
      restarted = await startService(
        serviceConfigFromEnv({ DATA_DIR: service.dataDir, PORT: '0', ...service.graphEnv }),
        { logger: createLogger(() => {}) },
      );
      const after = await graphql<{ narrative: NarrativeResult }>(restarted.url, NARRATIVE, { id: narrative.id });
      const { items, ...fields } = narrative;
      expect(after.body.data?.narrative).toMatchObject(fields);
      expect(after.body.data?.narrative.items.map((i) => i.entity.id)).toEqual(items.map((i) => i.entity.id));
      // Citations are built from the entities' current sources, so the curator's new source is cited.
      expect(after.body.data?.narrative.items[1]!.citations).toContain('大生纱厂档案[Z]: 卷1[2024-06-01].');

      const [mill] = await restarted.graph.getNodes(['ent-dasheng']);
      expect(mill!.description).toBe('策展人修订：1895年创办，1899年正式开车。');
      expect(mill!.sources).toContainEqual({ document: '大生纱厂档案', locator: '卷1', takenAt: '2024-06-01' });
      const tokenStillWorks = await graphql(
        restarted.url,
        DELETE_NARRATIVE,
        { id: narrative.id, version: 1 },
        bearer(alice),
      );
      expect(tokenStillWorks.body.errors).toBeUndefined();
    });
  });
});

interface NarrativeResult {
  id: string;
  title: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  items: {
    position: number;
    note: string | null;
    caption: string | null;
    citation: string | null;
    citations: string[];
    entity: { id: string; name: string; kind: string };
  }[];
}

async function createNarrative(url: string, token: string, title: string, ids: string[]): Promise<NarrativeResult> {
  const { body } = await graphql<{ createNarrative: NarrativeResult }>(
    url,
    CREATE_NARRATIVE,
    { input: { title, items: ids.map((entityId) => ({ entityId })) } },
    bearer(token),
  );
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.createNarrative;
}

async function narrativeCount(url: string): Promise<number> {
  const { body } = await graphql<{ narratives: unknown[] }>(url, '{ narratives { id } }');
  return body.data!.narratives.length;
}
