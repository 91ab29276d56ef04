import { fileURLToPath } from 'node:url';
import { readPinnedText } from './pinned-file.ts';
import { SeedError } from './seed-error.ts';

export interface SeedDocument {
  /** Name used to ask for the document. */
  name: string;
  /** File under seeds/documents/. */
  file: string;
  /** The document's own title. */
  title: string;
  province: string;
  /** ISO date the copy was taken; every record parsed from it carries this date. */
  takenAt: string;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
}

/**
 * The source documents the seed graph is parsed from. The checksum pins each copy: a parser is
 * written against exact text, so an edited file must fail loudly rather than parse differently.
 */
export const SEED_DOCUMENTS = [
  {
    name: 'jiangsu-task-division-2021-2025',
    file: 'jiangsu-task-division-2021-2025.txt',
    title: '江苏省贯彻《推进工业文化发展实施方案（2021-2025年）》行动计划任务分工表',
    province: '江苏',
    takenAt: '2026-11-23',
    sha256: 'da0d769015bc324245054c9c797a2305e863b8defb45537fb3b557523e71b4cc',
  },
  {
    // Checked with the others, but no parser reads it yet.
    name: 'anhui-action-plan-2021-2025',
    file: 'anhui-action-plan-2021-2025.txt',
    title: '关于印发《安徽省推进工业文化发展行动方案(2021—2025年)》的通知',
    province: '安徽',
    takenAt: '2026-11-23',
    sha256: '6b903507c6d51601fb8992696959719afbd8fb13c9aa93bbb8b20597a968a590',
  },
] as const satisfies readonly SeedDocument[];

export type SeedDocumentName = (typeof SEED_DOCUMENTS)[number]['name'];

export interface SeedDocumentText {
  document: SeedDocument;
  text: string;
}

export interface ReadSeedDocumentOptions {
  /**
   * Folder holding the files, for reading a copy elsewhere.
   * @default seeds/documents/ of this package
   */
  directory?: string;
}

const documentsDirectory = fileURLToPath(new URL('../documents/', import.meta.url));

/**
 * Reads a seed document and checks it against the manifest.
 * @throws SeedError `UNKNOWN_SEED_DOCUMENT` for a name not in SEED_DOCUMENTS, `CHECKSUM_MISMATCH`
 * when the file's bytes changed, `MALFORMED_DOCUMENT` when they are not valid UTF-8.
 */
export async function readSeedDocument(
  name: SeedDocumentName,
  { directory = documentsDirectory }: ReadSeedDocumentOptions = {},
): Promise<SeedDocumentText> {
  const document: SeedDocument | undefined = SEED_DOCUMENTS.find((candidate) => candidate.name === name);
  if (!document) {
    const known = SEED_DOCUMENTS.map((candidate) => candidate.name).join(', ');
    throw new SeedError('UNKNOWN_SEED_DOCUMENT', `no seed document named "${name}" (known: ${known})`);
  }

  const text = await readPinnedText(
    directory,
    document.file,
    document.sha256,
    'the parser was written against the recorded copy, so check the new text before updating the manifest',
  );
  return { document, text };
}
