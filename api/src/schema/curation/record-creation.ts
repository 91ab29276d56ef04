import { isJsonObject, type JsonValue } from '@icg/graph';
import type { Curator } from '../../auth/curator-tokens.ts';

/**
 * The property that says which curator created a record through a curator mutation: what makes it theirs to
 * retract. Seeded and imported records have none, and nobody retracts those (docs/decisions/curation.md).
 */
export const CREATION_PROPERTY = 'creation';

export interface Creation {
  /** The creator's person (see Curator.person): a rotated token still owns what the old one created. */
  person: string;
  /** The creator's label at the time, for readers. */
  by: string;
  /** ISO timestamp. */
  at: string;
}

export function creationFor(curator: Curator, at = new Date().toISOString()): Record<string, JsonValue> {
  return { person: curator.person, by: curator.label, at };
}

export function creationOf(record: { properties: Record<string, JsonValue> }): Creation | null {
  const value = record.properties[CREATION_PROPERTY];
  if (!isJsonObject(value)) return null;
  const { person, by, at } = value;
  return typeof person === 'string' && typeof by === 'string' && typeof at === 'string' ? { person, by, at } : null;
}
