import { createHash } from 'node:crypto';
import type { GraphNode, GraphRelationship } from '../model/graph-records.ts';

/**
 * JSON with object keys sorted (by UTF-16 code units, at every depth) and no white space: two
 * records with the same content always give the same text, whatever order their keys were in.
 * `undefined` members are left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/** The fields of a record that make up its content: exactly the GraphNode / GraphRelationship fields. */
function nodeContent(node: GraphNode) {
  const { id, kind, name, aliases, province, city, description, properties, sources } = node;
  return { id, kind, name, aliases, province, city, description, properties, sources };
}

function relationshipContent(relationship: GraphRelationship) {
  const { id, type, from, to, properties, sources } = relationship;
  return { id, type, from, to, properties, sources };
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts by id, and by content where ids repeat, so the order never depends on how records were read. */
export function sortRecords<T extends { id: string }>(records: readonly T[], content: (record: T) => string): T[] {
  return records
    .map((record) => ({ record, text: content(record) }))
    .sort((a, b) => byText(a.record.id, b.record.id) || byText(a.text, b.text))
    .map(({ record }) => record);
}

/** Prefix naming the scheme, so a later scheme can never be mistaken for this one. */
export const DATASET_VERSION_PREFIX = 'icg1-sha256:';

/**
 * The dataset version: a SHA-256 over every node and then every relationship, each as canonical
 * JSON of its content on its own line (`N {…}` / `R {…}`), nodes and relationships each sorted by
 * id. It depends on content only: not on the engine, the order records were stored or read in, the
 * key order inside properties, or when the export ran. Same records, same version.
 */
export function datasetVersion(nodes: readonly GraphNode[], relationships: readonly GraphRelationship[]): string {
  const hash = createHash('sha256');
  for (const node of sortRecords(nodes, (n) => canonicalJson(nodeContent(n)))) {
    hash.update(`N ${canonicalJson(nodeContent(node))}\n`);
  }
  for (const relationship of sortRecords(relationships, (r) => canonicalJson(relationshipContent(r)))) {
    hash.update(`R ${canonicalJson(relationshipContent(relationship))}\n`);
  }
  return `${DATASET_VERSION_PREFIX}${hash.digest('hex')}`;
}
