import { Converter } from 'opencc-js';

let convert: ((text: string) => string) | undefined;

/**
 * Traditional characters (and Taiwan and Hong Kong variants) written as simplified ones: 蘇繡 → 苏绣, 鐵畫 → 铁画.
 * Meilisearch unifies only a few variants itself (measured with Meilisearch 1.21), so documents and queries are both converted
 * here, the same way. Simplified text comes back unchanged. Most conversions replace one character by one, so
 * offsets in the converted text usually match the original; a phrase entry may change the length, which
 * `simplifiedAligned` checks before anyone relies on it.
 */
export function toSimplified(text: string): string {
  // Building the converter loads its dictionaries: done once, on first use.
  const converter = (convert ??= Converter({ from: 'tw', to: 'cn' }));
  return converter(text);
}

/**
 * The simplified form of `text` when it has the same length in UTF-16 units, so that a span found in it marks
 * the same characters in `text`; otherwise `text` itself.
 */
export function simplifiedAligned(text: string): string {
  const simplified = toSimplified(text);
  return simplified.length === text.length ? simplified : text;
}
