import { normalizeText } from '@icg/graph';

/**
 * Format characters that show nothing and carry no letter: soft hyphen, the Arabic letter mark and Mongolian vowel
 * separator, zero-width space, non-joiner and joiner, the left-to-right and right-to-left marks, the bidi embeddings
 * and overrides (U+202A–U+202E), word joiner and invisible operators (U+2060–U+2064), the bidi isolates
 * (U+2066–U+2069) and the byte order mark. Pasted from web pages and chat apps, they sit between the characters of a
 * name (张\u200b謇) and would keep it from matching.
 */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Runs of characters other than punctuation: the ones compatibility forms are folded in. */
const FOLDED_RUN = /[^\p{P}]+/gu;

/**
 * The one form in which search reads text, for documents (the `*_seg` fields, name keys and prefixes) and for what
 * a reader types (`search` queries, `suggest` prefixes) alike, so the two always meet:
 *
 * - well-formed and NFC, as every string of the service (`normalizeText`);
 * - without the invisible format characters of `INVISIBLE`;
 * - NFKC, so full-width letters and digits from an input method in full-width mode (ｊｉｎｌｉｎｇ, ＤＳ, ２０２１),
 *   the ideographic space, Kangxi radicals (⼯ from PDF text), circled or Roman numerals and unit symbols read as
 *   what they stand for; CJK compatibility ideographs (金 U+F90A) already become the unified ones under NFC;
 * - except punctuation, kept as written: jieba splits Chinese text at full-width punctuation (，。（）), and folded
 *   to ASCII it cut 51 of the 426 seed texts holding such punctuation differently.
 */
export function foldSearchText(text: string): string {
  const visible = normalizeText(text).replace(INVISIBLE, '');
  // Most text is already in its folded form: one pass to check, none to rebuild.
  if (visible.normalize('NFKC') === visible) return visible;
  return visible.replace(FOLDED_RUN, (run) => run.normalize('NFKC'));
}
