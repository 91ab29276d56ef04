import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SeedError } from './seed-error.ts';

/**
 * Reads a file whose bytes are pinned by a sha256 in a manifest, as UTF-8 text. The parsers and
 * importers were checked against the recorded copy, so a changed file stops the load.
 * @param reviewHint what to check before updating the manifest, appended to the mismatch message
 * @throws SeedError `CHECKSUM_MISMATCH` when the bytes changed, `MALFORMED_DOCUMENT` when they are not UTF-8.
 */
export async function readPinnedText(
  directory: string,
  file: string,
  sha256: string,
  reviewHint: string,
): Promise<string> {
  const bytes = await readFile(join(directory, file));
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256) {
    throw new SeedError(
      'CHECKSUM_MISMATCH',
      `${file} has sha256 ${actual}, the manifest expects ${sha256}; ${reviewHint}`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new SeedError('MALFORMED_DOCUMENT', `${file} is not valid UTF-8`, undefined, { cause });
  }
}
