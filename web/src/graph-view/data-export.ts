import type { Scene } from './scene.ts';

/** The scene's data as JSON: entities, and relationships with the sources that attest them. */
export function sceneToJson(scene: Scene): string {
  return `${JSON.stringify({ nodes: scene.nodes, edges: scene.edges }, null, 2)}\n`;
}

/**
 * A CSV field, quoted when it holds a separator, a quote or a line break (RFC 4180). A field that a spreadsheet would
 * run as a formula (it starts with = + - @, a tab or a carriage return) gets a `'` in front, as OWASP advises: names
 * and sources are curators' text, and a scholar opening the file in Excel or WPS must get text, not live formulas.
 */
export function csvField(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One row per relationship with both ends' names, for a spreadsheet; a UTF-8 byte order mark first
 * so spreadsheet programs read the Chinese correctly. Sources are joined with " | ".
 */
export function sceneToCsv(scene: Scene): string {
  const names = new Map(scene.nodes.map((node) => [node.id, node.name]));
  const header = ['from_id', 'from_name', 'type', 'type_label', 'to_id', 'to_name', 'sources'];
  const rows = scene.edges.map((edge) => [
    edge.from,
    names.get(edge.from) ?? '',
    edge.type,
    edge.typeLabel,
    edge.to,
    names.get(edge.to) ?? '',
    edge.sources
      .map((source) => [source.document, source.locator, source.url].filter((part) => part).join(' '))
      .join(' | '),
  ]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
