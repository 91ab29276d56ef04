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
  /**
   * The person the token belongs to: what owns narratives. A new token under the label of an earlier one joins its
   * person, so rotating a token (`add`, then `revoke` the old one) keeps the narratives. Absent in files written
   * before persons existed: then the record's own id.
   */
  person?: string;
}

/** `pnpm curator reassign`: from now on, what `from` owned belongs to `to` (both persons). */
export interface Reassignment {
  from: string;
  to: string;
  at: string;
}

/** The curator a request acts for. */
export interface Curator {
  id: string;
  label: string;
  /** The person behind the token (see CuratorRecord.person). */
  person: string;
  /** Whether this curator owns what was created by `createdBy` (a person, or a curator id of older narratives). */
  owns(createdBy: string): boolean;
}

interface CuratorsFile {
  curators: CuratorRecord[];
  reassignments: Reassignment[];
}

/** Every token starts with this, so one found in a log or a paste is recognisable (and greppable). */
export const CURATOR_TOKEN_PREFIX = 'icg_';

export const CURATOR_TOKENS_FILE = 'curators.json';

export function curatorTokensPath(dataDir: string): string {
  return join(dataDir, CURATOR_TOKENS_FILE);
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

async function readCuratorsFile(file: string): Promise<CuratorsFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { curators: [], reassignments: [] };
    throw error;
  }
  const parsed = JSON.parse(text) as { curators?: unknown; reassignments?: unknown };
  return {
    curators: Array.isArray(parsed.curators) ? (parsed.curators as CuratorRecord[]) : [],
    reassignments: Array.isArray(parsed.reassignments) ? (parsed.reassignments as Reassignment[]) : [],
  };
}

export async function readCuratorRecords(file: string): Promise<CuratorRecord[]> {
  return (await readCuratorsFile(file)).curators;
}

export const personOf = (record: CuratorRecord): string => record.person ?? record.id;

/**
 * Who owns what `createdBy` created: its person (a curator id is mapped to its person), then along the
 * reassignments, the latest for each person winning.
 */
export function ownerResolver({ curators, reassignments }: CuratorsFile): (createdBy: string) => string {
  const persons = new Map(curators.map((record) => [record.id, personOf(record)]));
  const moved = new Map(reassignments.map((entry) => [entry.from, entry.to]));
  return (createdBy) => {
    let owner = persons.get(createdBy) ?? createdBy;
    const seen = new Set<string>();
    while (moved.has(owner) && !seen.has(owner)) {
      seen.add(owner);
      owner = moved.get(owner)!;
    }
    return owner;
  };
}

/** Written to a temporary file (mode 0600) and renamed over, so a reader never sees half a file. */
async function writeCuratorsFile(file: string, content: CuratorsFile): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(`${JSON.stringify(content, null, 2)}\n`);
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
  const content = await readCuratorsFile(file);
  const id = `cur-${randomBytes(6).toString('hex')}`;
  // The same label is the same person, unless that person's work was reassigned away (a former curator).
  const reassignedAway = new Set(content.reassignments.map((entry) => entry.from));
  const earlier = content.curators.find((c) => c.label === cleanLabel && !reassignedAway.has(personOf(c)));
  const record: CuratorRecord = {
    id,
    label: cleanLabel,
    sha256: sha256(token),
    createdAt: new Date().toISOString(),
    person: earlier ? personOf(earlier) : id,
  };
  const next = { ...content, curators: [...content.curators, record] };
  await writeCuratorsFile(file, next);
  return { curator: toCurator(record, next), token };
}

function toCurator(record: CuratorRecord, content: CuratorsFile): Curator {
  const person = personOf(record);
  const ownerOf = ownerResolver(content);
  return { id: record.id, label: record.label, person, owns: (createdBy) => ownerOf(createdBy) === person };
}

export async function listCurators(dataDir: string): Promise<(Omit<CuratorRecord, 'sha256'> & { person: string })[]> {
  return (await readCuratorRecords(curatorTokensPath(dataDir))).map(({ sha256: _hash, ...rest }) => ({
    ...rest,
    person: personOf(rest as CuratorRecord),
  }));
}

/** Marks a curator's token revoked; false when there is no such curator. Revoking twice keeps the first date. */
export async function revokeCuratorToken(dataDir: string, id: string): Promise<boolean> {
  const file = curatorTokensPath(dataDir);
  const content = await readCuratorsFile(file);
  const record = content.curators.find((c) => c.id === id);
  if (!record) return false;
  record.revokedAt ??= new Date().toISOString();
  await writeCuratorsFile(file, content);
  return true;
}

/** Why a reassignment was refused, in words for the administrator. */
export class ReassignmentError extends Error {
  override readonly name = 'ReassignmentError';
}

/**
 * Moves ownership of everything `from` owns (narratives) to `to`. Each names a curator id or a person; `from`'s
 * tokens must all be revoked first, or what that curator created afterwards would belong to `to` as well.
 */
export async function reassignCurator(
  dataDir: string,
  from: string,
  to: string,
): Promise<{ from: string; to: string; label: string }> {
  const file = curatorTokensPath(dataDir);
  const content = await readCuratorsFile(file);
  const personNamed = (name: string, role: string) => {
    const record = content.curators.find((c) => c.id === name) ?? content.curators.find((c) => personOf(c) === name);
    if (!record) throw new ReassignmentError(`No curator or person ${name} (${role}); see pnpm curator list`);
    return personOf(record);
  };
  const fromPerson = personNamed(from, 'from');
  const toPerson = ownerResolver(content)(personNamed(to, 'to'));
  if (fromPerson === toPerson) throw new ReassignmentError(`${from} and ${to} are the same person`);
  const active = content.curators.filter((c) => personOf(c) === fromPerson && !c.revokedAt);
  if (active.length > 0) {
    throw new ReassignmentError(
      `Revoke ${active.map((c) => c.id).join(', ')} first: narratives created later with a token of ${fromPerson} would go to ${toPerson} too`,
    );
  }
  const toTokens = content.curators.filter((c) => personOf(c) === toPerson && !c.revokedAt);
  if (toTokens.length === 0) throw new ReassignmentError(`${to} has no active token: reassign to a working curator`);
  content.reassignments.push({ from: fromPerson, to: toPerson, at: new Date().toISOString() });
  await writeCuratorsFile(file, content);
  return { from: fromPerson, to: toPerson, label: toTokens[0]!.label };
}

/**
 * The curator a token belongs to, or null (unknown or revoked). The file is read on every call, so a
 * revocation takes effect on the next request; every stored hash is compared, in constant time.
 */
export async function verifyCuratorToken(file: string, token: string): Promise<Curator | null> {
  if (!token.startsWith(CURATOR_TOKEN_PREFIX)) return null;
  const presented = Buffer.from(sha256(token), 'hex');
  const content = await readCuratorsFile(file);
  let match: CuratorRecord | undefined;
  for (const record of content.curators) {
    const stored = Buffer.from(String(record.sha256), 'hex');
    if (stored.length === presented.length && timingSafeEqual(stored, presented)) match = record;
  }
  if (!match || match.revokedAt) return null;
  return toCurator(match, content);
}
