import { GraphStoreError } from '../graph-store-error.ts';
import { MAX_NEIGHBORHOOD_DEPTH, type Direction } from '../graph-store.ts';
import { isEntityKind, type EntityKind } from '../model/entity-kinds.ts';
import { isRelationType, type RelationType } from '../model/relation-types.ts';

function invalidArgument(message: string): GraphStoreError {
  return new GraphStoreError('INVALID_ARGUMENT', message);
}

export function requireKinds(kinds: readonly unknown[]): EntityKind[] {
  return kinds.map((kind) => {
    if (!isEntityKind(kind)) throw invalidArgument(`Unknown entity kind ${JSON.stringify(kind)}`);
    return kind;
  });
}

export function requireRelationTypes(types: readonly unknown[]): RelationType[] {
  return types.map((type) => {
    if (!isRelationType(type)) throw invalidArgument(`Unknown relation type ${JSON.stringify(type)}`);
    return type;
  });
}

/** Page sizes and limits: both engines want a non-negative integer after LIMIT. */
export function requireCount(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw invalidArgument(`${name} must be a non-negative integer, got ${String(value)}`);
  }
  return value;
}

/**
 * Neither engine takes a parameter as a path-length bound, so depth is the one number written
 * into query text: it must be a small integer, checked here right before it is.
 */
export function requireDepth(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_NEIGHBORHOOD_DEPTH) {
    throw invalidArgument(`depth must be an integer from 1 to ${MAX_NEIGHBORHOOD_DEPTH}, got ${String(value)}`);
  }
  return value;
}

export function requireDirection(value: unknown): Direction {
  if (value !== 'out' && value !== 'in' && value !== 'both') {
    throw invalidArgument(`direction must be 'out', 'in' or 'both', got ${JSON.stringify(value)}`);
  }
  return value;
}

export function requireId(value: unknown, name: string): string {
  if (typeof value !== 'string' || value === '') throw invalidArgument(`${name} must be a non-empty string`);
  return value;
}

export function requireIds(values: readonly unknown[], name: string): string[] {
  return values.map((value, index) => requireId(value, `${name}[${index}]`));
}
