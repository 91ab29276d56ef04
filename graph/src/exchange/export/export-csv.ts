import { createHash } from 'node:crypto';
import { ENTITY_KINDS, type EntityKind } from '../../model/entity-kinds.ts';
import type { GraphNode, GraphRelationship, JsonValue } from '../../model/graph-records.ts';
import { bestSourceQuality } from '../../model/source-quality.ts';
import { verificationStatusOf } from '../../model/verification.ts';
import { fitsPropertyColumn, formatListCell, formatPropertyCell, formatSourcesCell } from '../csv/cells.ts';
import { formatCsv } from '../csv/csv.ts';
import { nodeHeader, PROPERTY_COLUMNS, relationshipHeader } from '../csv/kind-columns.ts';
import type { GraphSnapshot } from '../graph-snapshot.ts';
import type { ExportMetadata } from './export-metadata.ts';

export const CSV_EXPORT_FORMAT = 'icg-graph-csv';
export const CSV_MANIFEST_FILE = 'manifest.json';
export const CSV_RELATIONSHIPS_FILE = 'relationships.csv';

export interface CsvManifest {
  format: typeof CSV_EXPORT_FORMAT;
  formatVersion: 1;
  datasetVersion: string;
  exportedAt: string;
  files: { name: string; kind?: EntityKind; rows: number; sha256: string }[];
  /**
   * Nodes whose CSV row does not read back exactly (the JSON export is exact for every record):
   * the importer trims cells and reads an empty cell as no value.
   */
  inexact: { id: string; reason: string }[];
}

/** The file a kind's nodes go to: `Enterprise.csv`. The importer recognises the kind by this name. */
export const nodeFileName = (kind: EntityKind) => `${kind}.csv`;

/** Why a node's row would not read back exactly, if it would not. */
export function csvInexactReason(node: GraphNode): string | undefined {
  const texts = { name: node.name, province: node.province, city: node.city, description: node.description };
  for (const [field, value] of Object.entries(texts)) {
    if (value === '') return `${field} is empty text, which reads back as no value`;
    if (value !== null && value !== value.trim()) return `${field} starts or ends with white space, which is trimmed`;
  }
  return undefined;
}

/** The derived cells every row ends with (FACT_COLUMNS): the record's verification status and best source class. */
const factCells = (record: GraphNode | GraphRelationship): string[] => [
  verificationStatusOf(record),
  bestSourceQuality(record.sources),
];

/** One row of a node file: fixed columns, the kind's property columns, the rest as JSON, then the derived cells. */
function nodeRow(node: GraphNode): string[] {
  const columns = PROPERTY_COLUMNS[node.kind];
  const rest: Record<string, JsonValue> = {};
  const inColumns = new Map<string, string>();
  for (const [key, value] of Object.entries(node.properties)) {
    const column = columns.find((candidate) => candidate.key === key);
    if (column && fitsPropertyColumn(column, value)) inColumns.set(key, formatPropertyCell(value, column));
    else rest[key] = value;
  }
  return [
    node.id,
    node.name,
    formatListCell(node.aliases),
    node.province ?? '',
    node.city ?? '',
    node.description ?? '',
    ...columns.map((column) => inColumns.get(column.key) ?? ''),
    Object.keys(rest).length > 0 ? JSON.stringify(rest) : '',
    formatSourcesCell(node.sources),
    ...factCells(node),
  ];
}

/**
 * The CSV exchange format: one file per kind (`<Kind>.csv`), `relationships.csv`, and
 * `manifest.json` naming the dataset version and each file's row count and SHA-256. The files are
 * exactly what the importer reads (and what the templates in docs/templates show), UTF-8 with a
 * byte-order mark so Excel opens them as UTF-8.
 */
export function csvExportFiles(snapshot: GraphSnapshot, metadata: ExportMetadata): Map<string, string> {
  const files = new Map<string, string>();
  const manifest: CsvManifest = {
    format: CSV_EXPORT_FORMAT,
    formatVersion: 1,
    datasetVersion: metadata.datasetVersion,
    exportedAt: metadata.exportedAt,
    files: [],
    inexact: [],
  };
  const add = (name: string, text: string, rows: number, kind?: EntityKind) => {
    files.set(name, text);
    const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
    manifest.files.push({ name, ...(kind ? { kind } : {}), rows, sha256 });
  };
  for (const kind of ENTITY_KINDS) {
    const nodes = snapshot.nodes.filter((node) => node.kind === kind);
    if (nodes.length === 0) continue;
    for (const node of nodes) {
      const reason = csvInexactReason(node);
      if (reason) manifest.inexact.push({ id: node.id, reason });
    }
    add(nodeFileName(kind), formatCsv([nodeHeader(kind), ...nodes.map(nodeRow)]), nodes.length, kind);
  }
  const relationshipRows = snapshot.relationships.map((relationship) => [
    relationship.id,
    relationship.type,
    relationship.from,
    relationship.to,
    Object.keys(relationship.properties).length > 0 ? JSON.stringify(relationship.properties) : '',
    formatSourcesCell(relationship.sources),
    ...factCells(relationship),
  ]);
  add(CSV_RELATIONSHIPS_FILE, formatCsv([relationshipHeader(), ...relationshipRows]), relationshipRows.length);
  files.set(CSV_MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
  return files;
}
