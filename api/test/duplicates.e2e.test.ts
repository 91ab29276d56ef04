import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPH_BACKENDS, graphql, startTestService, type TestService } from '@icg/api/testing';
import { createCuratorToken } from '../src/auth/curator-tokens.ts';
import { serviceConfigFromEnv } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { startService, type RunningService } from '../src/service.ts';

interface Candidate {
  id: string;
  name: string;
  province: string | null;
  city: string | null;
}

interface GraphQLError {
  message: string;
  extensions?: { code?: string; reason?: string; argument?: string; candidates?: Candidate[] };
}

interface Retraction {
  id: string;
  fact: 'ENTITY' | 'RELATIONSHIP';
  target: string;
  name: string;
  reason: string;
  retractedBy: string;
  relationshipCount: number;
}

const UPSERT_ENTITY = /* GraphQL */ `
  mutation UpsertEntity($input: UpsertEntityInput!) {
    upsertEntity(input: $input) {
      created
      entity {
        id
        name
        description
        city
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
      }
    }
  }
`;
const RETRACTION_FIELDS = 'id fact target name reason retractedBy relationshipCount';
const RETRACT_ENTITY = /* GraphQL */ `
  mutation RetractEntity($id: ID!, $reason: String!) { retractEntity(id: $id, reason: $reason) { ${RETRACTION_FIELDS} } }
`;
const RETRACT_RELATIONSHIP = /* GraphQL */ `
  mutation RetractRelationship($id: ID!, $reason: String!) {
    retractRelationship(id: $id, reason: $reason) { ${RETRACTION_FIELDS} }
  }
`;
const RESTORE = /* GraphQL */ `
  mutation Restore($id: ID!) { restoreRetraction(id: $id) { ${RETRACTION_FIELDS} } }
`;
const RETRACTIONS = /* GraphQL */ `
  query Retractions { retractions { ${RETRACTION_FIELDS} } }
`;
const RETRACTABLE = /* GraphQL */ `
  query Retractable($id: ID!) {
    retractable(id: $id)
  }
`;
const VERIFY = /* GraphQL */ `
  mutation Verify($input: SetVerificationInput!) {
    setVerification(input: $input) {
      verification {
        status
      }
    }
  }
`;
const PATHS = /* GraphQL */ `
  query Paths($from: ID!, $to: ID!) {
    paths(from: $from, to: $to, maxHops: 1, limit: 1) {
      length
    }
  }
`;
const SEARCH = /* GraphQL */ `
  query Search($query: String!) {
    search(query: $query, first: 20) {
      hits {
        entity {
          id
        }
      }
    }
  }
`;

const SOURCE = { document: '南通市志', locator: '第3卷 第12页', takenAt: '2024-05-01' };
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const codesOf = (errors: GraphQLError[] | undefined) => (errors ?? []).map((e) => e.extensions?.code);
/** The first error's extensions, with the fields these refusals carry. */
const refusalOf = (errors: readonly unknown[] | undefined) => (errors?.[0] as GraphQLError | undefined)?.extensions;

async function isFound(url: string, query: string, id: string): Promise<boolean> {
  const { body } = await graphql<{ search: { hits: { entity: { id: string } }[] } }>(url, SEARCH, { query });
  return body.data?.search.hits.some((hit) => hit.entity.id === id) ?? false;
}

/** Polls search until `id` is found (or no longer found); how long that took. */
async function msUntilSearch(url: string, query: string, id: string, wanted: boolean): Promise<number> {
  const since = performance.now();
  for (;;) {
    if ((await isFound(url, query, id)) === wanted) return performance.now() - since;
    if (performance.now() - since > 10_000) throw new Error(`${id} still ${wanted ? 'absent' : 'found'} after 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe.each(GRAPH_BACKENDS)(
  'likely duplicates, retraction and restore over HTTP, on the %s graph store',
  (backend) => {
    let service: TestService;
    let restarted: RunningService | undefined;
    let alice: string;
    let bob: string;

    beforeAll(async () => {
      service = await startTestService({ GRAPH_BACKEND: backend });
      alice = (await createCuratorToken(service.dataDir, '王策展')).token;
      bob = (await createCuratorToken(service.dataDir, '李研究')).token;
    });
    afterAll(async () => {
      await restarted?.stop();
      await service?.dispose();
    });

    async function upsert(token: string, input: Record<string, unknown>) {
      const { body } = await graphql<{
        upsertEntity: { created: boolean; entity: { id: string; name: string; description: string | null } };
      }>(service.url, UPSERT_ENTITY, { input: { sources: [SOURCE], ...input } }, bearer(token));
      return body;
    }

    describe('creating an entity that may exist already', () => {
      it('refuses a second 张謇: POSSIBLE_DUPLICATE naming the seeded one, and nothing is written', async () => {
        const before = await service.graph.countNodes({ kinds: ['Entrepreneur'] });
        for (const name of ['张謇', '張謇']) {
          const body = await upsert(alice, { kind: 'Entrepreneur', name, province: '江苏', city: '南通市' });
          expect(codesOf(body.errors)).toEqual(['BAD_USER_INPUT']);
          expect(refusalOf(body.errors)).toMatchObject({ reason: 'POSSIBLE_DUPLICATE', argument: 'input.name' });
          expect(refusalOf(body.errors)?.candidates).toEqual([
            { id: 'en-zhang-jian', name: '张謇', province: '江苏', city: '南通市' },
          ]);
        }
        expect(await service.graph.countNodes({ kinds: ['Entrepreneur'] })).toBe(before);
      });

      it('finds a person by alias and in another city, a place only in its own city', async () => {
        const person = await upsert(alice, {
          kind: 'Craftsman',
          name: '测试匠人甲',
          aliases: ['甲师傅'],
          province: '江苏',
          city: '南通市',
        });
        expect(person.data?.upsertEntity.created).toBe(true);
        const byAlias = await upsert(bob, { kind: 'Craftsman', name: '甲师傅', province: '江苏', city: '苏州市' });
        expect(refusalOf(byAlias.errors)?.candidates?.map((c) => c.id)).toEqual([person.data!.upsertEntity.entity.id]);

        const mill = await upsert(alice, {
          kind: 'Enterprise',
          name: '测试第一棉纺织厂',
          province: '江苏',
          city: '南通市',
        });
        expect(mill.data?.upsertEntity.created).toBe(true);
        const sameCity = await upsert(bob, {
          kind: 'Enterprise',
          name: '测试第一棉纺织厂',
          province: '江苏',
          city: '南通市',
        });
        // The same kind, name, province and city is the same entity sent again: updated, as before.
        expect(sameCity.data?.upsertEntity).toMatchObject({
          created: false,
          entity: { id: mill.data!.upsertEntity.entity.id },
        });
        const otherCity = await upsert(bob, {
          kind: 'Enterprise',
          name: '测试第一棉纺织厂',
          province: '江苏',
          city: '常州市',
        });
        expect(otherCity.errors).toBeUndefined();
        expect(otherCity.data?.upsertEntity.created).toBe(true);
      });

      it('creates it anyway when the client says newEntity, and updates it when the client names its id', async () => {
        const twin = await upsert(bob, {
          kind: 'Craftsman',
          name: '甲师傅',
          province: '江苏',
          city: '苏州市',
          newEntity: true,
        });
        expect(twin.errors).toBeUndefined();
        expect(twin.data?.upsertEntity.created).toBe(true);
        const [original] = await service.graph.findNodes({ kinds: ['Craftsman'], text: '测试匠人甲', first: 5 });
        const named = await upsert(bob, {
          id: original!.id,
          kind: 'Craftsman',
          name: '测试匠人甲',
          description: '补充',
        });
        expect(named.data?.upsertEntity).toMatchObject({
          created: false,
          entity: { id: original!.id, description: '补充' },
        });
      });

      it("never merges into another curator's renamed entity: POSSIBLE_DUPLICATE naming it, or a fresh id", async () => {
        const place = { kind: 'HeritageSite', province: '江苏', city: '南通市' };
        const created = await upsert(alice, { ...place, name: 'QA即时可查遗址4号', description: 'A 的描述' });
        const id = created.data!.upsertEntity.entity.id;
        const renamed = await upsert(alice, { ...place, id, name: 'QA改名后遗址' });
        expect(renamed.data?.upsertEntity).toMatchObject({ created: false, entity: { id, name: 'QA改名后遗址' } });

        const again = await upsert(bob, { ...place, name: 'QA即时可查遗址4号', description: 'B 的描述' });
        expect(codesOf(again.errors)).toEqual(['BAD_USER_INPUT']);
        expect(refusalOf(again.errors)).toMatchObject({
          reason: 'POSSIBLE_DUPLICATE',
          candidates: [{ id, name: 'QA改名后遗址', province: '江苏', city: '南通市' }],
        });
        const [untouched] = await service.graph.getNodes([id]);
        expect(untouched).toMatchObject({ name: 'QA改名后遗址', description: 'A 的描述' });
        expect(untouched!.sources).toHaveLength(1);

        const separate = await upsert(bob, {
          ...place,
          name: 'QA即时可查遗址4号',
          description: 'B 的描述',
          newEntity: true,
        });
        expect(separate.data?.upsertEntity).toMatchObject({ created: true, entity: { name: 'QA即时可查遗址4号' } });
        expect(separate.data!.upsertEntity.entity.id).not.toBe(id);
        expect((await service.graph.getNodes([id]))[0]).toEqual(untouched);
      });
    });

    describe('retracting and restoring', () => {
      let mill: string;
      let founded: string;
      let millRecord: unknown;
      let foundedRecord: unknown;
      let retraction: Retraction;

      beforeAll(async () => {
        const created = await upsert(alice, {
          kind: 'Enterprise',
          name: '撤回测试织布局',
          province: '江苏',
          city: '南通市',
          description: '为测试撤回而虚构的织布局。',
        });
        mill = created.data!.upsertEntity.entity.id;
        const { body } = await graphql<{ addRelationship: { relationship: { id: string } } }>(
          service.url,
          ADD_RELATIONSHIP,
          { input: { type: 'FOUNDED', from: 'en-zhang-jian', to: mill, sources: [SOURCE] } },
          bearer(alice),
        );
        founded = body.data!.addRelationship.relationship.id;
        [millRecord] = await service.graph.getNodes([mill]);
        foundedRecord = (await service.graph.getRelationships({ nodeIds: [mill], direction: 'in' }))[0];
        await msUntilSearch(service.url, '撤回测试织布局', mill, true);
      });

      it('tells a curator what they may retract', async () => {
        const ask = async (id: string, token?: string) =>
          (await graphql<{ retractable: boolean }>(service.url, RETRACTABLE, { id }, token ? bearer(token) : {})).body
            .data?.retractable;
        expect(await ask(mill, alice)).toBe(true);
        expect(await ask(founded, alice)).toBe(true);
        expect(await ask(mill, bob)).toBe(false);
        expect(await ask(mill)).toBe(false);
        expect(await ask('en-zhang-jian', alice)).toBe(false);
      });

      it("refuses another curator's record, a seeded one, and a retraction without a reason", async () => {
        for (const [query, id] of [
          [RETRACT_ENTITY, mill],
          [RETRACT_RELATIONSHIP, founded],
        ] as const) {
          const { body } = await graphql(service.url, query, { id, reason: '我觉得不对' }, bearer(bob));
          expect(codesOf(body.errors)).toEqual(['FORBIDDEN']);
          expect(body.errors![0]!.message).toMatch('王策展');
        }
        const seeded = await graphql(service.url, RETRACT_ENTITY, { id: 'ent-dasheng', reason: '测试' }, bearer(alice));
        expect(codesOf(seeded.body.errors)).toEqual(['FORBIDDEN']);
        const blank = await graphql(service.url, RETRACT_ENTITY, { id: mill, reason: '  ' }, bearer(alice));
        expect(codesOf(blank.body.errors)).toEqual(['BAD_USER_INPUT']);
        expect((await service.graph.getNodes([mill, 'ent-dasheng'])).every(Boolean)).toBe(true);
      });

      it('refuses a verified fact until it is disputed', async () => {
        const verified = await upsert(alice, {
          kind: 'Museum',
          name: '撤回测试陈列馆',
          province: '江苏',
          city: '南通市',
        });
        const id = verified.data!.upsertEntity.entity.id;
        const verify = await graphql(
          service.url,
          VERIFY,
          { input: { target: id, status: 'VERIFIED', source: SOURCE } },
          bearer(bob),
        );
        expect(verify.body.errors).toBeUndefined();
        const refused = await graphql(service.url, RETRACT_ENTITY, { id, reason: '重复' }, bearer(alice));
        expect(codesOf(refused.body.errors)).toEqual(['BAD_USER_INPUT']);
        expect(refusalOf(refused.body.errors)?.reason).toBe('VERIFIED_FACT');
        expect((await service.graph.getNodes([id]))[0]).not.toBeNull();
      });

      it('retracts an entity with its relationships, out of the graph and out of search within 2 s', async () => {
        const { body } = await graphql<{ retractEntity: Retraction }>(
          service.url,
          RETRACT_ENTITY,
          { id: mill, reason: '与大生纱厂重复' },
          bearer(alice),
        );
        expect(body.errors).toBeUndefined();
        retraction = body.data!.retractEntity;
        expect(retraction).toMatchObject({
          fact: 'ENTITY',
          target: mill,
          name: '撤回测试织布局',
          reason: '与大生纱厂重复',
          retractedBy: '王策展',
          relationshipCount: 1,
        });
        expect(await service.graph.getNodes([mill])).toEqual([null]);
        const out = await service.graph.getRelationships({ nodeIds: ['en-zhang-jian'], direction: 'out' });
        expect(out.map((r) => r.id)).not.toContain(founded);
        const delay = await msUntilSearch(service.url, '撤回测试织布局', mill, false);
        console.info(`retracted entity gone from search ${delay.toFixed(0)} ms after the mutation answered`);
        expect(delay).toBeLessThan(2000);
      });

      it('stays retracted after a restart, and only its curator restores it, exactly as it was and searchable', async () => {
        await service.stop();
        restarted = await startService(
          serviceConfigFromEnv({ DATA_DIR: service.dataDir, PORT: '0', ...service.graphEnv }),
          { logger: createLogger(() => {}) },
        );
        const url = restarted.url;
        expect(await restarted.graph.getNodes([mill])).toEqual([null]);
        expect(await isFound(url, '撤回测试织布局', mill)).toBe(false);
        const listed = await graphql<{ retractions: Retraction[] }>(url, RETRACTIONS, {}, bearer(alice));
        expect(listed.body.data?.retractions.map((r) => r.id)).toContain(retraction.id);
        const bobs = await graphql<{ retractions: Retraction[] }>(url, RETRACTIONS, {}, bearer(bob));
        expect(bobs.body.data?.retractions).toEqual([]);

        const byBob = await graphql(url, RESTORE, { id: retraction.id }, bearer(bob));
        expect(codesOf(byBob.body.errors)).toEqual(['FORBIDDEN']);
        const restored = await graphql<{ restoreRetraction: Retraction }>(
          url,
          RESTORE,
          { id: retraction.id },
          bearer(alice),
        );
        expect(restored.body.errors).toBeUndefined();
        expect(await restarted.graph.getNodes([mill])).toEqual([millRecord]);
        expect(await restarted.graph.getRelationships({ nodeIds: [mill], direction: 'in' })).toEqual([foundedRecord]);
        // Right after a start Meilisearch may still be busy with the start's own indexing, so no 2 s bound here.
        const delay = await msUntilSearch(url, '撤回测试织布局', mill, true);
        console.info(`restored entity findable again ${delay.toFixed(0)} ms after the mutation answered`);
        const twice = await graphql(url, RESTORE, { id: retraction.id }, bearer(alice));
        expect(codesOf(twice.body.errors)).toEqual(['NOT_FOUND']);
      });

      it('retracts and restores one relationship, keeping its ends', async () => {
        const url = restarted!.url;
        const { body } = await graphql<{ retractRelationship: Retraction }>(
          url,
          RETRACT_RELATIONSHIP,
          { id: founded, reason: '创办者有误' },
          bearer(alice),
        );
        expect(body.data?.retractRelationship).toMatchObject({
          fact: 'RELATIONSHIP',
          target: founded,
          name: 'FOUNDED',
        });
        expect(await restarted!.graph.getRelationships({ nodeIds: [mill], direction: 'in' })).toEqual([]);
        expect((await restarted!.graph.getNodes([mill, 'en-zhang-jian'])).every(Boolean)).toBe(true);
        // The traversal index forgets it at once: no one-hop path is left.
        const paths = async () =>
          (await graphql<{ paths: { length: number }[] }>(url, PATHS, { from: 'en-zhang-jian', to: mill })).body.data
            ?.paths;
        expect(await paths()).toEqual([]);
        await graphql(url, RESTORE, { id: body.data!.retractRelationship.id }, bearer(alice));
        expect(await restarted!.graph.getRelationships({ nodeIds: [mill], direction: 'in' })).toEqual([foundedRecord]);
        expect(await paths()).toEqual([{ length: 1 }]);
      });
    });
  },
);
