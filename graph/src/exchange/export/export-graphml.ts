import type { GraphNode } from '../../model/graph-records.ts';
import { bestSourceQuality } from '../../model/source-quality.ts';
import { verificationStatusOf } from '../../model/verification.ts';
import type { GraphSnapshot } from '../graph-snapshot.ts';
import type { ExportMetadata } from './export-metadata.ts';

/**
 * Text for XML 1.0 character data and attribute values. XML cannot carry most C0 control
 * characters (or U+FFFE/U+FFFF) even escaped, so those become U+FFFD; the JSON export is the
 * lossless one.
 */
export function xmlText(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (char === '&') out += '&amp;';
    else if (char === '<') out += '&lt;';
    else if (char === '>') out += '&gt;';
    else if (char === '"') out += '&quot;';
    else if (char === "'") out += '&apos;';
    else if (char === '\r') out += '&#13;';
    else if (char === '\t') out += '&#9;';
    else if (char === '\n') out += '&#10;';
    else if (code < 0x20 || code === 0xfffe || code === 0xffff || (code >= 0xd800 && code <= 0xdfff)) out += '\uFFFD';
    else out += char;
  }
  return out;
}

interface Key {
  id: string;
  for: 'node' | 'edge' | 'graph';
  type: 'string' | 'double';
}

/**
 * Attributes Gephi shows: `label` (the name, or the type for edges) plus every field. Aliases,
 * properties and sources are JSON text; coordinates, when a node has numeric `lat`/`lng`, are also
 * doubles so a geo layout can use them.
 */
const KEYS: readonly Key[] = [
  { id: 'datasetVersion', for: 'graph', type: 'string' },
  { id: 'exportedAt', for: 'graph', type: 'string' },
  { id: 'label', for: 'node', type: 'string' },
  { id: 'kind', for: 'node', type: 'string' },
  { id: 'name', for: 'node', type: 'string' },
  { id: 'aliases', for: 'node', type: 'string' },
  { id: 'province', for: 'node', type: 'string' },
  { id: 'city', for: 'node', type: 'string' },
  { id: 'description', for: 'node', type: 'string' },
  { id: 'lat', for: 'node', type: 'double' },
  { id: 'lng', for: 'node', type: 'double' },
  { id: 'properties', for: 'node', type: 'string' },
  { id: 'sources', for: 'node', type: 'string' },
  { id: 'verification', for: 'node', type: 'string' },
  { id: 'sourceQuality', for: 'node', type: 'string' },
  { id: 'e_label', for: 'edge', type: 'string' },
  { id: 'type', for: 'edge', type: 'string' },
  { id: 'e_properties', for: 'edge', type: 'string' },
  { id: 'e_sources', for: 'edge', type: 'string' },
  { id: 'e_verification', for: 'edge', type: 'string' },
  { id: 'e_sourceQuality', for: 'edge', type: 'string' },
];

/** attr.name shown in Gephi; edge keys need distinct ids from node keys but the same names. */
const attributeName = (key: Key) => key.id.replace(/^e_/, '');

const data = (key: string, value: string | number) => `<data key="${key}">${xmlText(String(value))}</data>`;

function coordinate(node: GraphNode, key: 'lat' | 'lng'): number | undefined {
  const value = node.properties[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** GraphML (http://graphml.graphdrawing.org), as Gephi, yEd and NetworkX read it; directed edges. */
export function* graphmlExportChunks(snapshot: GraphSnapshot, metadata: ExportMetadata): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ';
  yield 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ';
  yield 'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const key of KEYS) {
    yield `  <key id="${key.id}" for="${key.for}" attr.name="${attributeName(key)}" attr.type="${key.type}"/>\n`;
  }
  yield '  <graph id="industrial-culture-graph" edgedefault="directed">\n';
  yield `    ${data('datasetVersion', metadata.datasetVersion)}\n`;
  yield `    ${data('exportedAt', metadata.exportedAt)}\n`;
  for (const node of snapshot.nodes) {
    const fields = [
      data('label', node.name),
      data('kind', node.kind),
      data('name', node.name),
      data('aliases', JSON.stringify(node.aliases)),
      ...(node.province === null ? [] : [data('province', node.province)]),
      ...(node.city === null ? [] : [data('city', node.city)]),
      ...(node.description === null ? [] : [data('description', node.description)]),
      ...(['lat', 'lng'] as const).flatMap((key) => {
        const value = coordinate(node, key);
        return value === undefined ? [] : [data(key, value)];
      }),
      data('properties', JSON.stringify(node.properties)),
      data('sources', JSON.stringify(node.sources)),
      data('verification', verificationStatusOf(node)),
      data('sourceQuality', bestSourceQuality(node.sources)),
    ];
    yield `    <node id="${xmlText(node.id)}">${fields.join('')}</node>\n`;
  }
  for (const relationship of snapshot.relationships) {
    const fields = [
      data('e_label', relationship.type),
      data('type', relationship.type),
      data('e_properties', JSON.stringify(relationship.properties)),
      data('e_sources', JSON.stringify(relationship.sources)),
      data('e_verification', verificationStatusOf(relationship)),
      data('e_sourceQuality', bestSourceQuality(relationship.sources)),
    ];
    yield (
      `    <edge id="${xmlText(relationship.id)}" source="${xmlText(relationship.from)}" ` +
      `target="${xmlText(relationship.to)}">${fields.join('')}</edge>\n`
    );
  }
  yield '  </graph>\n</graphml>\n';
}
