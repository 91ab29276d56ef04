import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCuratorToken,
  curatorTokensPath,
  listCurators,
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
    expect(await verifyCuratorToken(file, token)).toEqual(curator);
    expect(await verifyCuratorToken(file, `${token}x`)).toBeNull();
    expect(await verifyCuratorToken(file, 'not-a-token')).toBeNull();
    expect(await revokeCuratorToken(dataDir, curator.id)).toBe(true);
    expect(await verifyCuratorToken(file, token)).toBeNull();
    expect(await revokeCuratorToken(dataDir, 'cur-unknown')).toBe(false);
    const listed = await listCurators(dataDir);
    expect(listed.find((c) => c.id === curator.id)?.revokedAt).toBeDefined();
    expect(JSON.stringify(listed)).not.toContain('sha256');
  });

  it('answers null when no curator was ever created', async () => {
    expect(await verifyCuratorToken(join(dataDir, 'missing.json'), 'icg_x')).toBeNull();
  });
});
