import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** One curator as stored: never the token, only its SHA-256. */
export interface CuratorRecord {
  id: string;
  label: string;
  /** Hex SHA-256 of the token. */
  sha256: string;
  createdAt: string;
  revokedAt?: string;
}

/** The curator a request acts for. */
export interface Curator {
  id: string;
  label: string;
}

/** Every token starts with this, so one found in a log or a paste is recognisable (and greppable). */
export const CURATOR_TOKEN_PREFIX = 'icg_';

export const CURATOR_TOKENS_FILE = 'curators.json';

export function curatorTokensPath(dataDir: string): string {
  return join(dataDir, CURATOR_TOKENS_FILE);
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export async function readCuratorRecords(file: string): Promise<CuratorRecord[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const parsed = JSON.parse(text) as { curators?: unknown };
  return Array.isArray(parsed.curators) ? (parsed.curators as CuratorRecord[]) : [];
}

/** Written to a temporary file (mode 0600) and renamed over, so a reader never sees half a file. */
async function writeCuratorRecords(file: string, curators: readonly CuratorRecord[]): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(`${JSON.stringify({ curators }, null, 2)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
}

/**
 * Creates a curator and returns its token: the only time the token exists outside the caller's hands.
 * 32 random bytes, base64url, behind CURATOR_TOKEN_PREFIX.
 */
export async function createCuratorToken(dataDir: string, label: string): Promise<{ curator: Curator; token: string }> {
  const cleanLabel = label.toWellFormed().normalize('NFC').trim();
  if (cleanLabel === '') throw new Error('A curator needs a label');
  const file = curatorTokensPath(dataDir);
  const token = `${CURATOR_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const record: CuratorRecord = {
    id: `cur-${randomBytes(6).toString('hex')}`,
    label: cleanLabel,
    sha256: sha256(token),
    createdAt: new Date().toISOString(),
  };
  await writeCuratorRecords(file, [...(await readCuratorRecords(file)), record]);
  return { curator: { id: record.id, label: record.label }, token };
}

export async function listCurators(dataDir: string): Promise<Omit<CuratorRecord, 'sha256'>[]> {
  return (await readCuratorRecords(curatorTokensPath(dataDir))).map(({ sha256: _hash, ...rest }) => rest);
}

/** Marks a curator's token revoked; false when there is no such curator. Revoking twice keeps the first date. */
export async function revokeCuratorToken(dataDir: string, id: string): Promise<boolean> {
  const file = curatorTokensPath(dataDir);
  const curators = await readCuratorRecords(file);
  const record = curators.find((c) => c.id === id);
  if (!record) return false;
  record.revokedAt ??= new Date().toISOString();
  await writeCuratorRecords(file, curators);
  return true;
}

/**
 * The curator a token belongs to, or null (unknown or revoked). The file is read on every call, so a
 * revocation takes effect on the next request; every stored hash is compared, in constant time.
 */
export async function verifyCuratorToken(file: string, token: string): Promise<Curator | null> {
  if (!token.startsWith(CURATOR_TOKEN_PREFIX)) return null;
  const presented = Buffer.from(sha256(token), 'hex');
  let match: CuratorRecord | undefined;
  for (const record of await readCuratorRecords(file)) {
    const stored = Buffer.from(String(record.sha256), 'hex');
    if (stored.length === presented.length && timingSafeEqual(stored, presented)) match = record;
  }
  if (!match || match.revokedAt) return null;
  return { id: match.id, label: match.label };
}
