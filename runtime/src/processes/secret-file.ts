import { randomBytes } from 'node:crypto';
import { chmod, readFile, rename, stat, writeFile } from 'node:fs/promises';

/**
 * The secret kept in `path` (mode 0600), made once with `bytes` random bytes (base64url) when the file is missing or
 * empty. Written beside and renamed, so a crash never leaves a truncated secret behind; a file that others could
 * read is narrowed to 0600.
 */
export async function loadOrCreateSecret(path: string, bytes = 32): Promise<string> {
  try {
    const secret = (await readFile(path, 'utf8')).trim();
    if ((await stat(path)).mode & 0o077) await chmod(path, 0o600);
    if (secret !== '') return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const secret = randomBytes(bytes).toString('base64url');
  const partial = `${path}.${process.pid}.tmp`;
  await writeFile(partial, `${secret}\n`, { mode: 0o600 });
  // `mode` applies only when the file is created, and only as far as the umask allows.
  await chmod(partial, 0o600);
  await rename(partial, path);
  return secret;
}
