/**
 * Cypher literals, for the one place values are written into Cypher text: the export script,
 * a file people run in Neo4j (cypher-shell -f), never a query this package sends. Queries we run
 * always pass values as $parameters.
 */

const hex4 = (code: number) => code.toString(16).padStart(4, '0');

/**
 * A single-quoted string literal. Backslash and quote are escaped, and so is every control
 * character (C0, DEL, C1) and the line and paragraph separators, so a literal is always one line
 * of plain text; everything else, astral characters included, is written as itself (the file is
 * UTF-8). Neo4j and LadybugDB read the same escapes (\\, \', \n, \r, \t, \uXXXX).
 */
export function cypherString(value: string): string {
  let out = "'";
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (char === '\\') out += '\\\\';
    else if (char === "'") out += "\\'";
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029) {
      out += `\\u${hex4(code)}`;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      // An unpaired surrogate (records are checked for these; never write one into a file).
      out += '\\ufffd';
    } else out += char;
  }
  return `${out}'`;
}

/** Property keys of the literal maps the export writes: fixed, so only plain identifiers pass. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export type CypherLiteral =
  string | number | boolean | null | readonly CypherLiteral[] | { readonly [key: string]: CypherLiteral };

export function cypherLiteral(value: CypherLiteral): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cannot write ${value} as a Cypher literal`);
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map((item: CypherLiteral) => cypherLiteral(item)).join(', ')}]`;
  const entries = Object.entries(value as { readonly [key: string]: CypherLiteral }).map(([key, item]) => {
    if (!IDENTIFIER.test(key)) throw new Error(`Map key ${JSON.stringify(key)} is not a plain identifier`);
    return `${key}: ${cypherLiteral(item)}`;
  });
  return `{${entries.join(', ')}}`;
}
