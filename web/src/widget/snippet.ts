/** A run of snippet text, and whether the search engine marked it as a matched word. */
export interface SnippetPart {
  text: string;
  marked: boolean;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Turns the API's HTML escapes back into the characters they stand for. */
export function decodeHtmlEntities(escaped: string): string {
  return escaped.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith('#')) {
      const hex = body[1] === 'x' || body[1] === 'X';
      const codePoint = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

/**
 * Splits an HTML-escaped snippet into plain and marked runs. Only `<mark>` and `</mark>` carry meaning;
 * anything else that looks like markup stays text, so a page can build the nodes itself and never
 * hand the API's text to an HTML parser.
 */
export function snippetParts(escaped: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  let start = 0;
  const push = (raw: string) => {
    if (raw === '') return;
    const text = decodeHtmlEntities(raw);
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  for (const tag of escaped.matchAll(/<(\/?)mark>/gi)) {
    push(escaped.slice(start, tag.index));
    marked = tag[1] === '';
    start = tag.index + tag[0].length;
  }
  push(escaped.slice(start));
  return parts;
}
