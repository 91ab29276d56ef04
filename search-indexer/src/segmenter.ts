import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodejieba from 'nodejieba';
import { toSimplified } from './chinese-variants.ts';
import { foldSearchText } from './fold-search-text.ts';
import { curatedSynonyms, synonymsSetting as toSynonymsSetting, type SynonymGroup } from './synonyms.ts';

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
  /**
   * Words joined by single spaces, punctuation dropped: the value of a `*_seg` field or of a query. The text is
   * folded first (`foldSearchText`: full-width letters, invisible characters) and traditional characters are
   * converted to simplified, so documents and queries meet in one form and one script.
   */
  segment(text: string): string;
  /** The same words as an array. */
  words(text: string): string[];
  /**
   * jieba's pieces of `text` as given, whitespace and punctuation included, so they concatenate back to it. Those
   * of short texts are kept (see PIECES_CACHE_SIZE); the array must not be changed.
   */
  pieces(text: string): readonly string[];
  /**
   * Adds words to the process-wide dictionary (entity names and aliases read from the graph at index time),
   * under the same rules as `extraTerms`; returns how many were new.
   */
  addTerms(terms: readonly string[]): number;
  /** Every term the process-wide jieba dictionary has been given so far. */
  readonly terms: ReadonlySet<string>;
  /**
   * The synonym words that find `text`: for every group whose target occurs in it, the word that looks for
   * that target (a text naming 江苏省工业和信息化厅 gives 省工信厅). Documents carry them, because
   * Meilisearch's own `synonyms` miss a key its tokenizer cuts into several words (省|工信|厅).
   */
  synonymsOf(text: string): string[];
  /** Adds synonym groups (the departments' short forms read from the graph) to the curated ones. */
  addSynonyms(groups: readonly SynonymGroup[]): void;
  /** The curated groups and those added, as Meilisearch's `synonyms` setting. */
  synonymsSetting(): Record<string, string[]>;
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
  const addTerms = (more: readonly string[]): number => {
    let added = 0;
    for (const term of more.map(cleanTerm).filter(isUsableTerm)) {
      if (!terms.has(term)) {
        nodejieba.insertWord(term);
        terms.add(term);
        added += 1;
      }
    }
    // A new word may join pieces kept from before.
    if (added > 0) piecesCache.clear();
    return added;
  };
  addTerms(wanted);
  const synonymGroups: SynonymGroup[] = curatedSynonyms();
  let synonyms = toSynonymsSetting(synonymGroups);
  const words = (text: string): string[] =>
    nodejieba
      .cut(toSimplified(foldSearchText(text)), true)
      .map((word) => word.trim())
      .filter((word) => word !== '' && !PUNCTUATION_ONLY.test(word));
  return {
    words,
    pieces: cachedPieces,
    segment: (text) => words(text).join(' '),
    addTerms,
    terms,
    synonymsOf(text) {
      const folded = toSimplified(foldSearchText(text)).toLowerCase();
      const found: string[] = [];
      for (const [word, targets] of Object.entries(synonyms)) {
        if (!folded.includes(word) && targets.some((target) => folded.includes(target))) found.push(word);
      }
      return found;
    },
    addSynonyms(groups) {
      // A reindex adds the same departments again.
      const known = new Set(synonymGroups.map((group) => JSON.stringify(group)));
      synonymGroups.push(...groups.filter((group) => !known.has(JSON.stringify(group))));
      synonyms = toSynonymsSetting(synonymGroups);
    },
    synonymsSetting: () => structuredClone(synonyms),
  };
}

let loading: Promise<Set<string>> | undefined;

/**
 * Pieces of short texts kept, least recently used dropped first. Snippets cut the sentences of the hits they show
 * (see JIEBA_SEPARATORS), and the same hits come back for popular and retyped queries: cutting was the largest
 * share of building a page of hits (profiled at about 0.35 ms per search of 10 hits). At most 4,096 texts of up
 * to 200 UTF-16 units, a few MiB. Process-wide like jieba's dictionary, and emptied when a word is added to it.
 */
export const PIECES_CACHE_SIZE = 4_096;
const PIECES_CACHE_MAX_LENGTH = 200;
const piecesCache = new Map<string, readonly string[]>();

function cachedPieces(text: string): readonly string[] {
  if (text.length > PIECES_CACHE_MAX_LENGTH) return nodejieba.cut(text, true);
  let pieces = piecesCache.get(text);
  if (pieces) {
    piecesCache.delete(text);
  } else {
    pieces = nodejieba.cut(text, true);
    if (piecesCache.size >= PIECES_CACHE_SIZE) piecesCache.delete(piecesCache.keys().next().value!);
  }
  piecesCache.set(text, pieces);
  return pieces;
}

/**
 * The characters at which jieba splits a text before segmenting it (cppjieba's pre-filter): each is a piece of
 * its own, and the stretches between them are segmented independently of each other, so a stretch cut alone
 * gives the pieces it gets inside the whole text. Snippets rely on it to cut only the stretches they show.
 */
export const JIEBA_SEPARATORS: ReadonlySet<string> = new Set([' ', '\t', '\n', '，', '。']);

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

// Terms are simplified like the text they are matched in.
function cleanTerm(term: string): string {
  return toSimplified(foldSearchText(term).trim());
}

function isUsableTerm(term: string): boolean {
  return [...term].length >= 2 && !/\s/.test(term);
}
