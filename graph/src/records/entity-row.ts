import { isEntityKind } from '../model/entity-kinds.ts';
import type { GraphNode, JsonValue, Source } from '../model/graph-records.ts';
import { GraphStoreError } from '../graph-store-error.ts';
import {
  invalidRecord,
  parseJsonColumn,
  requireProperties,
  requireNonEmptyString,
  requireNullableString,
  requireSources,
  requireStringArray,
} from './record-checks.ts';
import { requireKindProperties } from './kind-properties.ts';

/** One row of the Entity table as both engines store it: kind-specific data as JSON text. */
export interface EntityRow {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  province: string | null;
  city: string | null;
  description: string | null;
  properties: string;
  sources: string;
}

/** The columns every node query returns, in this order and under these names. */
export const ENTITY_COLUMNS = [
  'id',
  'kind',
  'name',
  'aliases',
  'province',
  'city',
  'description',
  'properties',
  'sources',
] as const satisfies readonly (keyof EntityRow)[];

/** Validates a node and turns it into a row; fails with INVALID_RECORD naming the node and field. */
export function toEntityRow(node: GraphNode, index: number): EntityRow {
  const candidate: Partial<Record<keyof GraphNode, unknown>> = typeof node === 'object' && node !== null ? node : {};
  const label = typeof candidate.id === 'string' && candidate.id !== '' ? `node "${candidate.id}"` : `node #${index}`;
  const id = requireNonEmptyString(candidate.id, label, 'id');
  if (!isEntityKind(candidate.kind)) {
    throw invalidRecord(label, `kind ${JSON.stringify(candidate.kind)} is not one of ENTITY_KINDS`);
  }
  requireKindProperties(candidate.kind, candidate.properties, label);
  return {
    id,
    kind: candidate.kind,
    name: requireNonEmptyString(candidate.name, label, 'name'),
    aliases: requireStringArray(candidate.aliases, label, 'aliases'),
    province: requireNullableString(candidate.province, label, 'province'),
    city: requireNullableString(candidate.city, label, 'city'),
    description: requireNullableString(candidate.description, label, 'description'),
    properties: JSON.stringify(requireProperties(candidate.properties, label)),
    sources: JSON.stringify(requireSources(candidate.sources, label)),
  };
}

function nullableText(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function fromEntityRow(row: Readonly<Record<string, unknown>>): GraphNode {
  const id = String(row.id);
  const what = `node "${id}"`;
  if (!isEntityKind(row.kind)) {
    throw new GraphStoreError(
      'QUERY_FAILED',
      `${what} has kind ${JSON.stringify(row.kind)}, which is not allow-listed`,
    );
  }
  const aliases = Array.isArray(row.aliases) ? row.aliases.filter((a): a is string => typeof a === 'string') : [];
  return {
    id,
    kind: row.kind,
    name: String(row.name ?? ''),
    aliases,
    province: nullableText(row.province),
    city: nullableText(row.city),
    description: nullableText(row.description),
    properties: parseJsonColumn(row.properties, what, {}) as Record<string, JsonValue>,
    sources: parseJsonColumn(row.sources, what, []) as Source[],
  };
}
