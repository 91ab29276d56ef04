import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeCuratorToken } from '../src/auth/curator-tokens.ts';
import {
  createCuratorToken,
  GRAPH_BACKENDS,
  graphql,
  runRepoTool,
  startTestService,
  type TestService,
} from '../src/testing/index.ts';

const CREATE = /* GraphQL */ `
  mutation RotationCreate($input: NarrativeInput!) {
    createNarrative(input: $input) {
      id
      version
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation RotationUpdate($id: ID!, $version: Int!, $input: NarrativeInput!) {
    updateNarrative(id: $id, version: $version, input: $input) {
      version
      editable
    }
  }
`;

type Errors = { extensions?: { code?: string } }[] | undefined;
const codeOf = (errors: Errors) => errors?.[0]?.extensions?.code;

describe.each(GRAPH_BACKENDS)('a curator token rotated or reassigned keeps the narratives owned (%s)', (backend) => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService({ GRAPH_BACKEND: backend });
  });
  afterAll(() => service?.dispose());

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const items = [{ entityId: 'en-zhang-jian' }];

  async function update(token: string, id: string, version: number, title: string) {
    return graphql<{ updateNarrative: { version: number; editable: boolean } }>(
      service.url,
      UPDATE,
      { id, version, input: { title, items } },
      bearer(token),
    );
  }

  it('lets the new token of the same curator change a narrative the revoked one created', async () => {
    const { token: first, curator } = await createCuratorToken(service.dataDir, '轮换策展人');
    const created = await graphql<{ createNarrative: { id: string; version: number } }>(
      service.url,
      CREATE,
      { input: { title: '轮换前的叙事', items } },
      bearer(first),
    );
    expect(created.body.errors).toBeUndefined();
    const { id } = created.body.data!.createNarrative;
    await revokeCuratorToken(service.dataDir, curator.id);
    const { token: second } = await createCuratorToken(service.dataDir, '轮换策展人');
    const { body } = await update(second, id, 1, '轮换后的叙事');
    expect(body.errors).toBeUndefined();
    expect(body.data!.updateNarrative).toEqual({ version: 2, editable: true });
  });

  it('moves a narrative to another curator with pnpm curator reassign, and the former owner loses it', async () => {
    const { token: leaving, curator: leaver } = await createCuratorToken(service.dataDir, '离任策展人');
    const { token: heir, curator: heirCurator } = await createCuratorToken(service.dataDir, '接任策展人');
    const created = await graphql<{ createNarrative: { id: string } }>(
      service.url,
      CREATE,
      { input: { title: '将要转交的叙事', items } },
      bearer(leaving),
    );
    const { id } = created.body.data!.createNarrative;
    expect(codeOf((await update(heir, id, 1, '未转交时改不了')).body.errors)).toBe('FORBIDDEN');

    const refused = await runRepoTool('api/src/auth/curator-tokens-cli.ts', ['reassign', leaver.id, heirCurator.id], {
      DATA_DIR: service.dataDir,
    });
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(`Revoke ${leaver.id} first`);

    await revokeCuratorToken(service.dataDir, leaver.id);
    const moved = await runRepoTool('api/src/auth/curator-tokens-cli.ts', ['reassign', leaver.id, heirCurator.id], {
      DATA_DIR: service.dataDir,
    });
    expect(moved.code, moved.output).toBe(0);
    expect(moved.output).toContain(`now belongs to ${heirCurator.person} (接任策展人)`);
    const { body } = await update(heir, id, 1, '转交后的叙事');
    expect(body.errors).toBeUndefined();
    expect(body.data!.updateNarrative.version).toBe(2);
    // A new token under the former owner's label is someone new: it owns nothing that was moved.
    const { token: returning } = await createCuratorToken(service.dataDir, '离任策展人');
    expect(codeOf((await update(returning, id, 2, '不该成功')).body.errors)).toBe('FORBIDDEN');
  });
});
