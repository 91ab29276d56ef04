const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * NFC with unpaired surrogates replaced by U+FFFD, applied to everything sent to Meilisearch: it rejects a
 * whole document batch over one lone surrogate, and Neo4j stores U+FFFD, so both sides agree on the string.
 */
export function normalizeText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').normalize('NFC');
}
