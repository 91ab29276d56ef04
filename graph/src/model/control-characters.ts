/**
 * C0 controls, DEL, C1 controls and the two noncharacters U+FFFE/U+FFFF: none is text a reader can see, and XML
 * (the SVG export) refuses most of them outright. Long text (a description, a note) may hold line breaks and tabs,
 * the only controls XML 1.0 allows.
 */
function isControl(code: number, lineBreaks: boolean): boolean {
  if (lineBreaks && (code === 0x09 || code === 0x0a || code === 0x0d)) return false;
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || code === 0xfffe || code === 0xffff;
}

const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Why `text` cannot be stored as `field` (the first control character and where it is), or undefined. With
 * `lineBreaks`, tab, line feed and carriage return are allowed.
 */
export function controlCharacterProblem(
  field: string,
  text: string,
  { lineBreaks = false }: { lineBreaks?: boolean } = {},
): string | undefined {
  let position = 0;
  for (const character of text) {
    position += 1;
    if (!isControl(character.codePointAt(0)!, lineBreaks)) continue;
    const allowed = lineBreaks ? ' (line breaks and tabs are allowed)' : '';
    return `${field} must not hold control characters${allowed}: ${codePoint(character)} at character ${position}`;
  }
  return undefined;
}
