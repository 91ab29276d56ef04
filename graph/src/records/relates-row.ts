import { isRelationType } from '../model/relation-types.ts';
import type { GraphRelationship, JsonValue, Source } from '../model/graph-records.ts';
import { GraphStoreError } from '../graph-store-error.ts';
import {
  invalidRecord,
  parseJsonColumn,
  requireProperties,
  requireNonEmptyString,
  requireSources,
} from './record-checks.ts';

/** One RELATES relationship as written: `from` and `to` are Entity ids, JSON columns as text. */
export interface RelatesRow {
  id: string;
  from: string;
  to: string;
  type: string;
  properties: string;
  sources: string;
}

/** Validates a relationship and turns it into a row; fails with INVALID_RECORD naming it. */
export function toRelatesRow(relationship: GraphRelationship, index: number): RelatesRow {
  const candidate: Partial<Record<keyof GraphRelationship, unknown>> =
    typeof relationship === 'object' && relationship !== null ? relationship : {};
  const label =
    typeof candidate.id === 'string' && candidate.id !== ''
      ? `relationship "${candidate.id}"`
      : `relationship #${index}`;
  const id = requireNonEmptyString(candidate.id, label, 'id');
  if (!isRelationType(candidate.type)) {
    throw invalidRecord(label, `type ${JSON.stringify(candidate.type)} is not one of RELATION_TYPES`);
  }
  return {
    id,
    from: requireNonEmptyString(candidate.from, label, 'from'),
    to: requireNonEmptyString(candidate.to, label, 'to'),
    type: candidate.type,
    properties: JSON.stringify(requireProperties(candidate.properties, label)),
    sources: JSON.stringify(requireSources(candidate.sources, label)),
  };
}

/** Reads the columns every relationship query returns: id, type, fromId, toId, properties, sources. */
export function fromRelatesRow(row: Readonly<Record<string, unknown>>): GraphRelationship {
  const id = String(row.id);
  const what = `relationship "${id}"`;
  if (!isRelationType(row.type)) {
    throw new GraphStoreError(
      'QUERY_FAILED',
      `${what} has type ${JSON.stringify(row.type)}, which is not allow-listed`,
    );
  }
  return {
    id,
    type: row.type,
    from: String(row.fromId),
    to: String(row.toId),
    properties: parseJsonColumn(row.properties, what, {}) as Record<string, JsonValue>,
    sources: parseJsonColumn(row.sources, what, []) as Source[],
  };
}
