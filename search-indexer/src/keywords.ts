import nodejieba from 'nodejieba';
import { normalizeText } from '@icg/graph';
import { toSimplified } from './chinese-variants.ts';
import type { Segmenter } from './segmenter.ts';

/** Keywords kept per document: enough to tag it, few enough that the facet stays readable. */
export const KEYWORDS_PER_DOCUMENT = 8;

/** `tfidf`: jieba's TF-IDF (`extract`); `textrank`: jieba's TextRank (`textRankExtract`). */
export type KeywordMethod = 'tfidf' | 'textrank';

export interface ExtractKeywordsOptions {
  /**
   * The segmenter whose process-wide jieba dictionary holds the domain vocabulary: jieba's extractors cut with
   * it, so 宣纸制作技艺 and entity names come out whole (without it, the first extraction would load jieba's
   * default dictionary), and its `terms` tell a domain term from a word jieba guessed.
   */
  segmenter: Segmenter;
  /** @default 8 (KEYWORDS_PER_DOCUMENT) */
  topN?: number;
  /**
   * TF-IDF ranks a domain term or a name above common words even in a short description, since jieba gives a
   * word missing from its IDF table the average weight; TextRank needs longer texts to find structure.
   * @default 'tfidf'
   */
  method?: KeywordMethod;
}

/**
 * Words that jieba's own stop-word list keeps but that occur in many descriptions here and say nothing about
 * a particular entity: the vocabulary of dates, founding, listing and of the records themselves.
 */
export const KEYWORD_STOP_WORDS: ReadonlySet<string> = new Set([
  '之一',
  '至今',
  '此后',
  '目前',
  '其中',
  '以及',
  '位于',
  '成为',
  '期间',
  '主要',
  '一批',
  '第一批',
  '第二批',
  '第三批',
  '第四批',
  '第五批',
  '名单',
  '列入',
  '入选',
  '建成',
  '创办',
  '创建',
  '始建',
  '现为',
  '原名',
  '之职',
  '年间',
  '年代',
  '世纪',
  '被誉为',
  '代表性',
  '单位',
  '项目',
  '实体',
  '数据',
  '地级市',
  '上百',
]);

// Years, counts and percentages: a document's year is its own field, and numbers make poor tags.
const NUMBER = /^[\p{N}.,%]+[年月日号个余]?$/u;
const NO_LETTERS = /^[^\p{L}]*$/u;
// Punctuation ends a word: a long entity name written with it (状元办厂：张謇与大生纱厂的创立) is not a tag,
// and kept whole by the dictionary it would hide the names inside it.
const PUNCTUATION = /[\p{P}\p{S}]+/gu;
/**
 * jieba's part-of-speech tags of words that make tags: nouns of every kind (n, nr, ns, nt, nz …), verbal nouns
 * (vn), abbreviations (j) and Latin words (eng). Verbs, numerals (m, 三十余个) and words jieba has no entry for
 * (x: sequences its HMM guessed, 用约, 称其为) are left out, domain terms excepted.
 */
const TAG_WORTHY = /^(n|vn$|j$|eng$)/;

/**
 * The words that best characterise `text`, most characteristic first, at most `topN`: jieba's TF-IDF (or
 * TextRank) over the text in simplified characters, without stop-words, single characters and numbers.
 * Deterministic for a given text and dictionary, so re-indexing gives the same keywords.
 */
export function extractKeywords(text: string, options: ExtractKeywordsOptions): string[] {
  const topN = options.topN ?? KEYWORDS_PER_DOCUMENT;
  if (!Number.isInteger(topN) || topN < 1) throw new RangeError(`topN must be a positive integer, got ${topN}`);
  const simplified = toSimplified(normalizeText(text)).replace(PUNCTUATION, ' ').trim();
  if (simplified === '') return [];
  // Asked for more than wanted, since some candidates are dropped below.
  const candidates =
    options.method === 'textrank'
      ? nodejieba.textRankExtract(simplified, topN * 3)
      : nodejieba.extract(simplified, topN * 3);
  const keywords: string[] = [];
  for (const { word } of candidates) {
    const keyword = word.trim();
    if (!isKeyword(keyword, options.segmenter.terms) || keywords.includes(keyword)) continue;
    keywords.push(keyword);
    if (keywords.length === topN) break;
  }
  return keywords;
}

function isKeyword(word: string, domainTerms: ReadonlySet<string>): boolean {
  if ([...word].length < 2 || NUMBER.test(word) || NO_LETTERS.test(word) || KEYWORD_STOP_WORDS.has(word)) return false;
  return domainTerms.has(word) || isTagWorthy(word, domainTerms.size);
}

/**
 * Whether jieba tags every part of `word` as a worthy part of speech, remembered: the same candidates come back
 * document after document, and tagging one crosses into jieba each time. The dictionary only grows (names are added,
 * never removed), so an answer holds until the number of words in it changes.
 */
const tagWorthiness = new Map<string, boolean>();
let tagWorthinessForTerms = -1;
const TAG_WORTHINESS_LIMIT = 100_000;

function isTagWorthy(word: string, dictionaryTerms: number): boolean {
  if (dictionaryTerms !== tagWorthinessForTerms || tagWorthiness.size >= TAG_WORTHINESS_LIMIT) {
    tagWorthiness.clear();
    tagWorthinessForTerms = dictionaryTerms;
  }
  let worthy = tagWorthiness.get(word);
  if (worthy === undefined) {
    worthy = nodejieba.tag(word).every(({ tag }) => TAG_WORTHY.test(tag));
    tagWorthiness.set(word, worthy);
  }
  return worthy;
}
