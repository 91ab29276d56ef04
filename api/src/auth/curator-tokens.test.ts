import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCuratorToken,
  curatorTokensPath,
  listCurators,
  reassignCurator,
  ReassignmentError,
  revokeCuratorToken,
  verifyCuratorToken,
} from './curator-tokens.ts';

describe('curator tokens', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'icg-curators-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('stores only a hash of the token, in a file only its owner can read', async () => {
    const { token, curator } = await createCuratorToken(dataDir, '张三');
    expect(token).toMatch(/^icg_[A-Za-z0-9_-]{43}$/);
    const file = curatorTokensPath(dataDir);
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(token);
    expect(text).not.toContain(token.slice(4));
    expect(text).toContain(curator.id);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('verifies a token to its curator, and refuses unknown, malformed and revoked ones', async () => {
    const file = curatorTokensPath(dataDir);
    const { token, curator } = await createCuratorToken(dataDir, '李四');
    expect(await verifyCuratorToken(file, token)).toMatchObject({
      id: curator.id,
      label: '李四',
      person: curator.person,
    });
    expect(await verifyCuratorToken(file, `${token}x`)).toBeNull();
    expect(await verifyCuratorToken(file, 'not-a-token')).toBeNull();
    expect(await revokeCuratorToken(dataDir, curator.id)).toBe(true);
    expect(await verifyCuratorToken(file, token)).toBeNull();
    expect(await revokeCuratorToken(dataDir, 'cur-unknown')).toBe(false);
    const listed = await listCurators(dataDir);
    expect(listed.find((c) => c.id === curator.id)?.revokedAt).toBeDefined();
    expect(JSON.stringify(listed)).not.toContain('sha256');
  });

  it('keeps a person across a rotated token: the new token owns what the old one created', async () => {
    const file = curatorTokensPath(dataDir);
    const { token: old, curator: before } = await createCuratorToken(dataDir, '王五');
    expect(before.person).toBe(before.id);
    await revokeCuratorToken(dataDir, before.id);
    const { token: rotated } = await createCuratorToken(dataDir, '王五');
    expect(await verifyCuratorToken(file, old)).toBeNull();
    const after = (await verifyCuratorToken(file, rotated))!;
    expect(after.id).not.toBe(before.id);
    expect(after.person).toBe(before.person);
    // Narratives record the person; those made before persons existed record the curator id. Both are owned.
    expect(after.owns(before.person)).toBe(true);
    expect(after.owns(before.id)).toBe(true);
    const { token: stranger } = await createCuratorToken(dataDir, '王五六');
    expect((await verifyCuratorToken(file, stranger))!.owns(before.person)).toBe(false);
  });

  it('reassigns what a revoked curator owned to another, and refuses while the first still has a token', async () => {
    const file = curatorTokensPath(dataDir);
    const { curator: leaving } = await createCuratorToken(dataDir, '赵六');
    const { token: heirToken, curator: heir } = await createCuratorToken(dataDir, '钱七');
    await expect(reassignCurator(dataDir, leaving.id, heir.id)).rejects.toThrow(/Revoke cur-[0-9a-f]+ first/);
    await revokeCuratorToken(dataDir, leaving.id);
    await expect(reassignCurator(dataDir, leaving.id, 'cur-nobody')).rejects.toBeInstanceOf(ReassignmentError);
    await expect(reassignCurator(dataDir, leaving.id, leaving.person)).rejects.toThrow('the same person');
    expect(await reassignCurator(dataDir, leaving.id, heir.id)).toEqual({
      from: leaving.person,
      to: heir.person,
      label: '钱七',
    });
    expect((await verifyCuratorToken(file, heirToken))!.owns(leaving.person)).toBe(true);
    // Someone later given the label 赵六 is a new person and owns none of it.
    const { token: newcomer } = await createCuratorToken(dataDir, '赵六');
    const again = (await verifyCuratorToken(file, newcomer))!;
    expect(again.person).not.toBe(leaving.person);
    expect(again.owns(leaving.person)).toBe(false);
  });

  it('answers null when no curator was ever created', async () => {
    expect(await verifyCuratorToken(join(dataDir, 'missing.json'), 'icg_x')).toBeNull();
  });
});
