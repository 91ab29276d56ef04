import { pinyin } from 'pinyin-pro';
import { normalizeText } from '@icg/graph';

/**
 * Pinyin is an extra way in, never a replacement for the characters: folding Chinese text to pinyin would
 * make 景点 and 经典 (both jing dian) the same word. Documents carry these forms in fields of their own, and
 * only queries written in Latin letters are looked up in them.
 */
export interface PinyinForms {
  /** Syllables separated by spaces, Latin words kept whole: `jin ling ji qi ju`, `unesco shi jie yi chan`. */
  spaced: string;
  /** The same without spaces: `jinlingjiqiju`. */
  joined: string;
  /** First letter of each syllable, Latin words and numbers kept whole: `jljqj`. */
  initials: string;
}

/** One character's reading, or one run of Latin letters and digits kept whole, with its place in the text. */
export interface Reading {
  start: number;
  end: number;
  /** Syllable without tone (`jin`), or the run's `latinKey`. */
  full: string;
  /** First letter of the syllable, or the whole run. */
  initial: string;
}

/** The readings of `text`, in order; characters with none (punctuation, spaces) are left out. */
export function readings(text: string): Reading[] {
  const result: Reading[] = [];
  let at = 0;
  for (const item of pinyin(text, { type: 'all', toneType: 'none', nonZh: 'consecutive', v: true })) {
    const start = at;
    at += item.origin.length;
    const full = item.isZh ? latinKey(item.pinyin) : latinKey(item.origin);
    if (full === '') continue;
    result.push({ start, end: at, full, initial: item.isZh ? full[0]! : full });
  }
  return result;
}

/** Pinyin of a name, lower-case, without tones; polyphonic characters are read in context (长江 chang, 市长 zhang). */
export function pinyinForms(text: string): PinyinForms {
  const read = readings(normalizeText(text));
  return {
    spaced: read.map((reading) => reading.full).join(' '),
    joined: read.map((reading) => reading.full).join(''),
    initials: read.map((reading) => reading.initial).join(''),
  };
}

/**
 * Where in `text` a word typed in Latin letters is read: runs of characters whose joined pinyin, or whose
 * initials, equal `word` (`dasheng` and `ds` both find 大生 in 大生纱厂). Offsets are UTF-16 units.
 */
export function pinyinSpans(text: string, word: string): { start: number; end: number }[] {
  const key = latinKey(word);
  if (key === '') return [];
  const read = readings(text);
  const spans: { start: number; end: number }[] = [];
  for (let first = 0; first < read.length; first++) {
    let full = '';
    let initials = '';
    for (let last = first; last < read.length; last++) {
      full += read[last]!.full;
      initials += read[last]!.initial;
      if (full === key || initials === key) {
        spans.push({ start: read[first]!.start, end: read[last]!.end });
        break;
      }
      if (!key.startsWith(full) && !key.startsWith(initials)) break;
    }
  }
  return spans;
}

/** Lower-case letters and digits only: the form in which Latin text is compared with pinyin. */
export function latinKey(text: string): string {
  return normalizeText(text)
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** True for a query made only of Latin letters, digits, spaces and apostrophes (xi'an), with at least one letter. */
export function isLatinQuery(text: string): boolean {
  const folded = text.normalize('NFKC');
  return /^[A-Za-z0-9\s'’-]+$/.test(folded) && /[A-Za-z]/.test(folded);
}

/** True when the text holds at least one Han character, i.e. when its pinyin differs from its letters. */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
