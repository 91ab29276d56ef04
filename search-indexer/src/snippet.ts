import { JIEBA_SEPARATORS } from './segmenter.ts';

/**
 * Markers asked of Meilisearch around highlights: private-use code points, so no text is mistaken for markup.
 * A text that contains them itself only loses Meilisearch's highlights (see engineSpans).
 */
export const HIGHLIGHT_PRE = '\uE000';
export const HIGHLIGHT_POST = '\uE001';

export interface SnippetInput {
  /** The display text, exactly as stored. */
  text: string;
  /**
   * A form of `text` of the same length in which query words are looked for: its simplified twin when it is
   * written in traditional characters, since queries are simplified. Ignored when the lengths differ.
   * @default text
   */
  comparable?: string;
  /** `text` (or `comparable`) with Meilisearch's HIGHLIGHT_PRE/POST markers, when it was highlighted. */
  highlighted?: string;
  /** The query, segmented the way documents are. */
  queryWords: readonly string[];
  /**
   * The word boundaries: jieba's pieces of `comparable` (or `text`), concatenating back to it, or jieba itself
   * (`Segmenter.pieces`). Given jieba, only the stretches between JIEBA_SEPARATORS that hold a highlight or an
   * end of the crop are cut, which for a long description is a fraction of it, with the same boundaries.
   */
  pieces: readonly string[] | ((stretch: string) => readonly string[]);
  /**
   * Length of the cropped snippet in UTF-16 units, markers and ellipses not counted.
   * @default 80
   */
  maxLength?: number;
}

interface Span {
  start: number;
  end: number;
}

/**
 * A cropped, HTML-escaped excerpt with whole words wrapped in `<mark>`. Meilisearch highlights the pieces its
 * own tokenizer made (工业|遗产, single digits of 1865 glued to Chinese, 秀[带] for a query 锈带), so its
 * highlights are only one source: each query word found in the text is another, single-character
 * highlights are dropped unless the query has nothing longer, highlights are widened to the jieba words they
 * touch (see widen), then adjacent ones are merged. The crop prefers the window with the most whole query
 * words: Meilisearch's pieces of a word (工业 of 工业锈带) may be many, and the word itself is what was asked.
 */
export function buildSnippet(input: SnippetInput): string {
  const { text } = input;
  const comparable = input.comparable?.length === text.length ? input.comparable : text;
  const maxLength = input.maxLength ?? 80;
  const bounds =
    typeof input.pieces === 'function'
      ? lazyWordBounds(comparable, input.pieces)
      : wordBounds(comparable, input.pieces);
  const longQueryWords = input.queryWords.filter((word) => [...word].length > 1);
  const usableWords = longQueryWords.length > 0 ? longQueryWords : input.queryWords;
  const minLength = longQueryWords.length > 0 ? 2 : 1;

  const whole = usableWords.flatMap((word) => occurrences(comparable, word));
  const found: Span[] = [...whole];
  for (const span of engineSpans([text, comparable], input.highlighted)) {
    if ([...text.slice(span.start, span.end)].length >= minLength) found.push(span);
  }

  const spans = mergeSpans(found.map((span) => widen(span, bounds)));
  const window = chooseWindow(text, spans, whole, bounds, maxLength);
  return render(text, spans, window);
}

/** Where words start and end in a text (offsets in UTF-16 units); 0 and the text's length always are bounds. */
interface WordBounds {
  /** The last bound at or before `at`. */
  floor(at: number): number;
  /** The first bound at or after `at`. */
  ceil(at: number): number;
  /** The first bound after `at`; `at` itself past the end. */
  next(at: number): number;
}

/** Start offsets of `pieces` plus the end, from `start`; one word per code point if the pieces do not fit. */
function boundsOf(text: string, pieces: readonly string[], start = 0): number[] {
  const bounds = [start];
  let at = start;
  if (pieces.join('') === text) {
    for (const piece of pieces) {
      at += piece.length;
      bounds.push(at);
    }
  } else {
    for (const char of text) {
      at += char.length;
      bounds.push(at);
    }
  }
  return bounds;
}

function floorIn(bounds: readonly number[], at: number): number {
  let result = bounds[0] ?? 0;
  for (const bound of bounds) {
    if (bound > at) break;
    result = bound;
  }
  return result;
}

function ceilIn(bounds: readonly number[], at: number): number {
  for (const bound of bounds) if (bound >= at) return bound;
  return bounds[bounds.length - 1] ?? at;
}

function nextIn(bounds: readonly number[], at: number): number {
  for (const bound of bounds) if (bound > at) return bound;
  return at;
}

function wordBounds(text: string, pieces: readonly string[]): WordBounds {
  const bounds = boundsOf(text, pieces);
  return {
    floor: (at) => floorIn(bounds, at),
    ceil: (at) => ceilIn(bounds, at),
    next: (at) => nextIn(bounds, at),
  };
}

/** Where the stretches between JIEBA_SEPARATORS start, each separator being a stretch of its own, and the end. */
function stretchStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (!JIEBA_SEPARATORS.has(text[i]!)) continue;
    if (starts[starts.length - 1] !== i) starts.push(i);
    starts.push(i + 1);
  }
  if (starts[starts.length - 1] !== text.length) starts.push(text.length);
  return starts;
}

/**
 * The same bounds as jieba's pieces of the whole text would give, found by cutting only the stretches asked
 * about. jieba splits a text at its separators before segmenting, so each separator is a word of its own and
 * the stretch between two of them is cut alone exactly as inside the whole text.
 */
function lazyWordBounds(text: string, cut: (stretch: string) => readonly string[]): WordBounds {
  const starts = stretchStarts(text);
  const cache = new Map<number, number[]>();
  /** The bounds of the stretch holding `at` (the last stretch for the end of the text). */
  const around = (at: number): number[] => {
    let i = 0;
    while (i + 2 < starts.length && starts[i + 1]! <= at) i += 1;
    const start = starts[i]!;
    let bounds = cache.get(start);
    if (!bounds) {
      const stretch = text.slice(start, starts[i + 1] ?? start);
      bounds =
        stretch === '' ? [start] : boundsOf(stretch, JIEBA_SEPARATORS.has(stretch) ? [stretch] : cut(stretch), start);
      cache.set(start, bounds);
    }
    return bounds;
  };
  return {
    floor: (at) => (at >= text.length ? text.length : floorIn(around(Math.max(at, 0)), Math.max(at, 0))),
    ceil: (at) => (at >= text.length ? text.length : ceilIn(around(Math.max(at, 0)), Math.max(at, 0))),
    next: (at) => (at >= text.length ? at : nextIn(around(Math.max(at, 0)), Math.max(at, 0))),
  };
}

function engineSpans(texts: readonly string[], highlighted: string | undefined): Span[] {
  if (!highlighted) return [];
  const spans: Span[] = [];
  let plain = '';
  let openAt: number | undefined;
  for (const char of highlighted) {
    if (char === HIGHLIGHT_PRE) openAt = plain.length;
    else if (char === HIGHLIGHT_POST) {
      if (openAt !== undefined && plain.length > openAt) spans.push({ start: openAt, end: plain.length });
      openAt = undefined;
    } else plain += char;
  }
  // Different text (a newer document version, cropping): positions would point at the wrong words.
  return texts.includes(plain) ? spans : [];
}

function occurrences(text: string, word: string): Span[] {
  if (!word) return [];
  const pattern = new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
  const spans: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/**
 * Grows a highlight to the jieba words it touches when they are short (up to 4 units) or at most two units
 * longer than the match. Longer dictionary words, entity names such as 宜兴紫砂陶制作技艺, would otherwise
 * light up whole for a query 紫砂; they keep the exact match highlighted instead.
 */
function widen(span: Span, bounds: WordBounds): Span {
  const start = bounds.floor(span.start);
  const end = bounds.ceil(span.end);
  const length = end - start;
  return length <= Math.max(4, span.end - span.start + 2) ? { start, end } : span;
}

function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** The word-aligned window of at most `maxLength` units holding the most highlights, earliest on ties. */
function chooseWindow(
  text: string,
  spans: readonly Span[],
  wholeWords: readonly Span[],
  bounds: WordBounds,
  maxLength: number,
): Span {
  if (text.length <= maxLength) return { start: 0, end: text.length };
  const candidates = spans.length > 0 ? spans.map((span) => Math.max(0, span.start - Math.floor(maxLength / 4))) : [0];
  let best: Span = { start: 0, end: 0 };
  let bestWhole = -1;
  let bestCount = -1;
  const inside = (list: readonly Span[], start: number, end: number) =>
    list.filter((span) => span.start >= start && span.end <= end).length;
  for (const candidate of candidates) {
    const start = bounds.floor(candidate);
    const end = Math.max(bounds.floor(start + maxLength), bounds.next(start));
    // Whole query words first: a window of three pieces of a word loses to one holding the word itself.
    const whole = inside(wholeWords, start, end);
    const count = inside(spans, start, end);
    if (whole > bestWhole || (whole === bestWhole && count > bestCount)) {
      best = { start, end };
      bestWhole = whole;
      bestCount = count;
    }
  }
  // A highlight must not be cut in half by the window's end.
  const straddling = spans.find((span) => span.start < best.end && span.end > best.end);
  if (straddling) best.end = straddling.start > best.start ? straddling.start : straddling.end;
  return best;
}

function render(text: string, spans: readonly Span[], window: Span): string {
  let out = '';
  let at = window.start;
  for (const span of spans) {
    if (span.end <= window.start || span.start >= window.end) continue;
    const start = Math.max(span.start, window.start);
    const end = Math.min(span.end, window.end);
    out += escapeHtml(text.slice(at, start)) + '<mark>' + escapeHtml(text.slice(start, end)) + '</mark>';
    at = end;
  }
  out += escapeHtml(text.slice(at, window.end));
  const body = out.replace(/^\s+|\s+$/g, '');
  return (window.start > 0 ? '…' : '') + body + (window.end < text.length ? '…' : '');
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}
