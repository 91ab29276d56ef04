/**
 * Strings are normalised once, where they enter the system, so the graph and the search index
 * never disagree about one: unpaired surrogates become U+FFFD and the text is NFC.
 */
export function normalizeText(value: string): string {
  return toWellFormed(value).normalize('NFC');
}

function toWellFormed(value: string): string {
  // String.prototype.toWellFormed exists from Node 20; keep a fallback for older runtimes.
  const native = (value as { toWellFormed?: () => string }).toWellFormed;
  if (typeof native === 'function') return native.call(value);
  return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
