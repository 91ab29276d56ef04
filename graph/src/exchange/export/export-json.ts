import type { GraphNode, GraphRelationship } from '../../model/graph-records.ts';
import type { GraphSnapshot } from '../graph-snapshot.ts';
import type { ExportMetadata } from './export-metadata.ts';

export const JSON_EXPORT_FORMAT = 'icg-graph';
export const JSON_EXPORT_FORMAT_VERSION = 1;

/** Fields in the order of the GraphNode type, so files read the same whatever order a store returned. */
function nodeRecord(node: GraphNode): GraphNode {
  const { id, kind, name, aliases, province, city, description, properties, sources } = node;
  return { id, kind, name, aliases, province, city, description, properties, sources };
}

function relationshipRecord(relationship: GraphRelationship): GraphRelationship {
  const { id, type, from, to, properties, sources } = relationship;
  return { id, type, from, to, properties, sources };
}

/**
 * The JSON exchange format, in pieces to write one after another: metadata, then one record per
 * line (diff-friendly, and a 600,000-record graph never becomes one giant string). The import
 * reads exactly this shape, so an export imports back unchanged.
 */
export function* jsonExportChunks(snapshot: GraphSnapshot, metadata: ExportMetadata): Generator<string> {
  const header = {
    format: JSON_EXPORT_FORMAT,
    formatVersion: JSON_EXPORT_FORMAT_VERSION,
    datasetVersion: metadata.datasetVersion,
    exportedAt: metadata.exportedAt,
  };
  yield '{\n';
  for (const [key, value] of Object.entries(header)) yield `  ${JSON.stringify(key)}: ${JSON.stringify(value)},\n`;
  yield '  "nodes": [';
  for (const [index, node] of snapshot.nodes.entries()) {
    yield `${index === 0 ? '\n' : ',\n'}    ${JSON.stringify(nodeRecord(node))}`;
  }
  yield snapshot.nodes.length > 0 ? '\n  ],\n' : '],\n';
  yield '  "relationships": [';
  for (const [index, relationship] of snapshot.relationships.entries()) {
    yield `${index === 0 ? '\n' : ',\n'}    ${JSON.stringify(relationshipRecord(relationship))}`;
  }
  yield snapshot.relationships.length > 0 ? '\n  ]\n}\n' : ']\n}\n';
}
