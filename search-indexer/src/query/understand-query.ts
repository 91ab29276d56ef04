import type { EntityKind } from '@icg/graph';
import { isStopWord, QUESTION_WORDS } from './stop-words.ts';
import {
  cityForms,
  ERA_WORDS,
  KIND_WORDS,
  provinceForms,
  ROLE_WORDS,
  type IndexVocabulary,
} from './query-vocabulary.ts';

/** What a word of the query was read as. */
export type UnderstoodField = 'kind' | 'province' | 'city' | 'industry' | 'era';

/**
 * What a word read as a filter does: a place keeps every hit to it (`filter`: 南京有哪些工业遗产 means in 南京); a kind,
 * an industry or a period ranks the hits that have it first and keeps the others after them (`boost`: 南通 纺织
 * 工业遗产 wants the heritage sites first, but the mill's enterprise and the textile museum too).
 */
export type UnderstoodEffect = 'filter' | 'boost';

/** One word of the query read as a filter: what the web app shows as a removable chip (南通市 ×). */
export interface UnderstoodWord {
  /** The word as it stood in the query. */
  word: string;
  field: UnderstoodField;
  /** The filter values it stands for: kinds, a province, a city, industries or an era. */
  values: string[];
  effect: UnderstoodEffect;
}

/** Fields whose word stays among the words to match: an industry's name is often in the text (罗盘 in 罗盘制作). */
const KEPT_AS_WORD: ReadonlySet<UnderstoodField> = new Set(['industry']);
const FILTERING: ReadonlySet<UnderstoodField> = new Set(['province', 'city']);

export interface QueryUnderstanding {
  /** The words every keyword hit must have: the query's, less stop words and the words read as filters. */
  words: string[];
  /** Words read as filters, in query order. */
  understood: UnderstoodWord[];
  /** Stop words taken out (谁, 哪些, 了 …). */
  dropped: string[];
}

export interface UnderstandOptions {
  vocabulary: IndexVocabulary;
  /** Words the user asked to keep as words (a chip removed): never read as filters. */
  literal?: readonly string[];
  /** Fields the caller filters on already: a word is not read as a second, competing filter on them. */
  fixed?: ReadonlySet<UnderstoodField>;
  /** Read place, kind, industry and period words as filters; without, only stop words go and run-together words split. @default true */
  readFilters?: boolean;
  /**
   * Terms of the segmenter's dictionary (entity names, aliases, domain terms), to split a word run together from
   * two of them (马钢高炉 → 马钢 高炉) that jieba's model kept as one.
   */
  terms?: ReadonlySet<string>;
}

/** The longest term looked for when splitting a word: longer names are rare, and longer windows cost more. */
const MAX_TERM_LENGTH = 12;

/**
 * `word` cut into dictionary terms from the left, longest first, when the whole of it is covered by terms of two
 * characters or more (马钢高炉 → 马钢 高炉); otherwise the word itself. A word the dictionary knows whole stays whole.
 */
export function splitRunTogether(word: string, terms: ReadonlySet<string>): string[] {
  const chars = [...word];
  if (chars.length < 4 || terms.has(word)) return [word];
  const parts: string[] = [];
  let at = 0;
  while (at < chars.length) {
    let found = '';
    for (let end = Math.min(chars.length, at + MAX_TERM_LENGTH); end >= at + 2; end--) {
      const candidate = chars.slice(at, end).join('');
      if (terms.has(candidate)) {
        found = candidate;
        break;
      }
    }
    if (found === '') return [word];
    parts.push(found);
    at += [...found].length;
  }
  return parts;
}

/**
 * Reads a segmented query the way a person meant it: stop words out; in a question, place, kind, industry and period
 * words as filters (南通有哪些纺织工业遗产 → 南通市 × 纺织 × 工业遗产); words run together split into the graph's
 * names and terms. Only a word standing alone is read as a filter: an entity name that contains one
 * (中国丝业博物馆) is a single word to jieba, whose dictionary holds every name.
 */
export function understandQuery(words: readonly string[], options: UnderstandOptions): QueryUnderstanding {
  const literal = new Set(options.literal ?? []);
  const fixed = options.fixed ?? new Set<UnderstoodField>();
  const { vocabulary } = options;
  const understood: UnderstoodWord[] = [];
  const dropped: string[] = [];
  const kept: string[] = [];
  const split = words.flatMap((word) => (options.terms ? splitRunTogether(word, options.terms) : [word]));
  // Filters are read from questions only: 南京有哪些工业遗产 asks for a set; 省工信厅 工业遗产 names words to find.
  const readFilters = options.readFilters !== false && split.some((word) => QUESTION_WORDS.has(word));
  for (const word of split) {
    if (literal.has(word)) {
      kept.push(word);
      continue;
    }
    if (isStopWord(word)) {
      dropped.push(word);
      continue;
    }
    const role = options.readFilters !== false && ROLE_WORDS.has(word);
    const reading = readFilters || role ? readWord(word, vocabulary) : undefined;
    if (reading && !fixed.has(reading.field) && !understood.some((u) => u.field === reading.field)) {
      understood.push({ word, ...reading, effect: FILTERING.has(reading.field) ? 'filter' : 'boost' });
      if (KEPT_AS_WORD.has(reading.field) || (role && !readFilters)) kept.push(word);
      continue;
    }
    kept.push(word);
  }
  // A question made only of stop words (谁是谁) keeps them: matching something beats matching nothing.
  if (kept.length === 0 && understood.length === 0 && dropped.length > 0)
    return { words: [...words], understood, dropped: [] };
  return { words: kept, understood, dropped };
}

function readWord(word: string, vocabulary: IndexVocabulary): Omit<UnderstoodWord, 'word' | 'effect'> | undefined {
  const kinds: readonly EntityKind[] | undefined = KIND_WORDS[word];
  if (kinds) return { field: 'kind', values: [...kinds] };
  const province = vocabulary.provinces.find((value) => provinceForms(value).includes(word));
  if (province) return { field: 'province', values: [province] };
  const city = vocabulary.cities.find((value) => cityForms(value).includes(word));
  if (city) return { field: 'city', values: [city] };
  const era = ERA_WORDS[word];
  if (era) return { field: 'era', values: [era] };
  // An industry word names every industry that contains it: 纺织 is 棉纺织 and 纺织 both.
  if ([...word].length >= 2) {
    const industries = vocabulary.industries.filter((value) => value.includes(word));
    if (industries.length > 0) return { field: 'industry', values: industries };
  }
  return undefined;
}
