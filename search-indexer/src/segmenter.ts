import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodejieba from 'nodejieba';
import { normalizeText } from '@icg/graph';

export interface SegmenterOptions {
  /**
   * Words to keep whole besides the curated list in `dictionary/terms.txt`, typically entity names from the
   * graph. Words containing whitespace or shorter than two characters are ignored (jieba's user dictionary
   * cannot express them, and single characters need no entry).
   * @default []
   */
  extraTerms?: readonly string[];
}

export interface Segmenter {
  /** Words joined by single spaces, punctuation dropped: the value of a `*_seg` field or of a query. */
  segment(text: string): string;
  /** The same words as an array. */
  words(text: string): string[];
  /** jieba's pieces of `text` as given, whitespace and punctuation included, so they concatenate back to it. */
  pieces(text: string): string[];
  /** Every term the process-wide jieba dictionary has been given so far. */
  readonly terms: ReadonlySet<string>;
}

/**
 * nodejieba keeps one dictionary per process (native state shared by every importer), and `load` rebuilds the
 * whole trie from disk, so the dictionary is loaded once, by the first `createSegmenter` call, with the terms
 * known at that moment. Terms passed to later calls are added through `insertWord`, which gives them the same
 * weight as bare user-dictionary lines; they change segmentation for every segmenter in the process, and
 * documents indexed before keep their old `*_seg` values until re-indexed. So: create the segmenter at start-up
 * with all known names, and let nothing else in the process call `nodejieba.load`.
 */
export async function createSegmenter(options: SegmenterOptions = {}): Promise<Segmenter> {
  const wanted = [...curatedTerms(), ...(options.extraTerms ?? [])].map(cleanTerm).filter(isUsableTerm);
  loading ??= loadDictionary(wanted).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  const terms = await loading;
  for (const term of wanted) {
    if (!terms.has(term)) {
      nodejieba.insertWord(term);
      terms.add(term);
    }
  }
  const words = (text: string): string[] =>
    nodejieba
      .cut(normalizeText(text), true)
      .map((word) => word.trim())
      .filter((word) => word !== '' && !PUNCTUATION_ONLY.test(word));
  return {
    words,
    pieces: (text) => nodejieba.cut(text, true),
    segment: (text) => words(text).join(' '),
    terms,
  };
}

let loading: Promise<Set<string>> | undefined;

// Meilisearch would drop these anyway; keeping them out makes `*_seg` fields and logged queries readable.
const PUNCTUATION_ONLY = /^[\p{P}\p{S}\p{Z}\p{C}]+$/u;

let curated: string[] | undefined;

/** The curated domain vocabulary (`dictionary/terms.txt`), without comments and blank lines. */
export function curatedTerms(): string[] {
  curated ??= readFileSync(new URL('./dictionary/terms.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  return [...curated];
}

async function loadDictionary(terms: readonly string[]): Promise<Set<string>> {
  const unique = new Set(terms);
  // cppjieba reads the user dictionary from a path once, during load; '|' and ';' would split the path.
  const dir = await mkdtemp(join(tmpdir(), 'icg-jieba-'));
  const userDict = join(dir, 'user.dict.utf8');
  try {
    await writeFile(userDict, [...unique].join('\n') + '\n', 'utf8');
    nodejieba.load({ userDict });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return unique;
}

function cleanTerm(term: string): string {
  return normalizeText(term).trim();
}

function isUsableTerm(term: string): boolean {
  return [...term].length >= 2 && !/\s/.test(term);
}
