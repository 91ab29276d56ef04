import { simplifiedAligned } from '../chinese-variants.ts';
import { hasHan, pinyinForms, pinyinSpans } from '../pinyin.ts';
import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from '../snippet.ts';

/** Names a pinyin search looks at before the near-miss check; Meilisearch's default ceiling of hits. */
export const MAX_PINYIN_CANDIDATES = 1000;

/**
 * True when every Chinese word of the query is read, in `name`, by characters of which at least half are the
 * query's own, in place: 芜湖铁化 is a near miss of 芜湖铁画 (3 of 4), 景点 is not one of 经典 (0 of 2).
 */
export function isNearMiss(name: string, queryWords: readonly string[]): boolean {
  const text = simplifiedAligned(name);
  return queryWords.filter(hasHan).every((word) => {
    const wanted = [...word];
    return pinyinSpans(text, pinyinForms(word).joined).some((span) => {
      const found = [...text.slice(span.start, span.end)];
      if (found.length !== wanted.length) return false;
      const same = found.filter((char, i) => char === wanted[i]).length;
      return same * 2 >= wanted.length;
    });
  });
}

/** The pinyin of each query word holding Chinese characters; words of digits or Latin letters add nothing. */
export function queryPinyin(words: readonly string[]): { spaced: string; joined: string }[] {
  return words.filter(hasHan).map((word) => {
    const { spaced, joined } = pinyinForms(word);
    return { spaced, joined };
  });
}

/** `text` with the runs read as one of `words` (or as adjacent ones) between highlight markers. */
export function markPinyinMatches(text: string, words: readonly string[]): string {
  const spans = words.flatMap((word) => pinyinSpans(text, word)).sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    // Adjacent spans join, so `da sheng` marks 大生 as one word rather than two single characters.
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  let out = '';
  let at = 0;
  for (const span of merged) {
    out += text.slice(at, span.start) + HIGHLIGHT_PRE + text.slice(span.start, span.end) + HIGHLIGHT_POST;
    at = span.end;
  }
  return out + text.slice(at);
}
