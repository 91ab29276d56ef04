import { fileURLToPath } from 'node:url';
import { readPinnedText } from '../pinned-file.ts';
import { SeedError } from '../seed-error.ts';
import { type CuratedData, parseCuratedEntities, parseCuratedRelations } from './curated-records.ts';

export interface CuratedFile {
  /** File under seeds/data/curated/. */
  file: string;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
}

/** The title the curated files go by in sources, from the heading of their README. */
export const CURATED_DATA_TITLE = 'Curated industrial-culture records (Jiangsu and Anhui)';

/**
 * When the curated facts were taken from their web pages, as precisely as we can say. The README gives no
 * date; the files were delivered on 2026-11-23 (the date the seed documents carry too), so every curated
 * source says "2026-11", the month, rather than a day we cannot vouch for.
 */
export const CURATED_TAKEN_AT = '2026-11';

/**
 * The curated data as delivered, copied byte for byte from the shared data folder. The README is pinned
 * with the records: it states how the facts were sourced, which is part of what the sources mean.
 */
export const CURATED_FILES = [
  { file: 'entities.json', sha256: 'd1f01be576c7071088884651591ea07c0378671ac7e6fef580197714264d9d2f' },
  { file: 'relations.json', sha256: 'a6323768aa3006fba713a1cdce191ee7c5a0f6d39dd62004efe73cb13bc232f4' },
  { file: 'README.md', sha256: 'bf6b7adb54388d6bdc51e46d41ba5d7db987805a639766633eb42ba9f5ca2647' },
] as const satisfies readonly CuratedFile[];

export type CuratedFileName = (typeof CURATED_FILES)[number]['file'];

export interface ReadCuratedDataOptions {
  /**
   * Folder holding the three files, for reading a copy elsewhere.
   * @default seeds/data/curated/ of this package
   */
  directory?: string;
}

const curatedDirectory = fileURLToPath(new URL('../../data/curated/', import.meta.url));

/**
 * Reads one curated file and checks it against CURATED_FILES.
 * @throws SeedError `CHECKSUM_MISMATCH` when its bytes changed, `MALFORMED_DOCUMENT` when they are not UTF-8.
 */
export async function readCuratedFile(
  name: CuratedFileName,
  { directory = curatedDirectory }: ReadCuratedDataOptions = {},
): Promise<string> {
  const entry: CuratedFile | undefined = CURATED_FILES.find(({ file }) => file === name);
  if (!entry) throw new SeedError('UNKNOWN_SEED_DOCUMENT', `no curated file named "${name}"`);

  return readPinnedText(
    directory,
    entry.file,
    entry.sha256,
    'the importer and its history notes were checked against the recorded copy, so review the new data ' +
      '(and the issues buildCuratedGraph reports for it) before updating the manifest',
  );
}

/**
 * Reads entities.json and relations.json, after checking all three curated files against their checksums.
 * @throws SeedError `CHECKSUM_MISMATCH`, or `MALFORMED_DOCUMENT` for bytes that are not UTF-8 JSON of the
 * documented shape.
 */
export async function readCuratedData(options: ReadCuratedDataOptions = {}): Promise<CuratedData> {
  const [entitiesText, relationsText] = await Promise.all(
    CURATED_FILES.map(({ file }) => readCuratedFile(file, options)),
  );
  return {
    entities: parseCuratedEntities(parseJson(entitiesText ?? '', 'entities.json')),
    relations: parseCuratedRelations(parseJson(relationsText ?? '', 'relations.json')),
  };
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new SeedError('MALFORMED_DOCUMENT', `${file} is not valid JSON`, undefined, { cause });
  }
}
