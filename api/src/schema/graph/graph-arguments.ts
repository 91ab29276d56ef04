import {
  ENTITY_KINDS,
  RELATION_TYPE_NAMES,
  isRelationType,
  type EntityKind,
  type GraphNode,
  type NeighborCursor,
  type RelationType,
} from '@icg/graph';
import { badUserInput } from '../../errors.ts';

/**
 * Narratives are curators' documents kept in the graph, not entities: graph reads leave them and
 * the INCLUDES relationships that join them to entities out, so every Entity has a kind the
 * EntityKind enum knows.
 */
export const PUBLIC_KINDS: readonly EntityKind[] = ENTITY_KINDS.filter((kind) => kind !== 'Narrative');

const NARRATIVE_TYPE: RelationType = 'INCLUDES';

export function isPublicEntity(node: GraphNode | null | undefined | Error): node is GraphNode {
  return node != null && !(node instanceof Error) && node.kind !== 'Narrative';
}

export function isPublicRelationType(type: RelationType): boolean {
  return type !== NARRATIVE_TYPE;
}

/** An integer argument within its documented bounds, or BAD_USER_INPUT naming it. */
export function boundedInt(value: number, argument: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(argument, `${argument} must be an integer from ${min} to ${max}; got ${value}`);
  }
  return value;
}

/**
 * Relation types a client names, checked against the allow-list before the store sees them;
 * omitted means every type an entity may have (all but INCLUDES).
 */
export function relationTypesArgument(
  types: readonly string[] | null | undefined,
  argument: string,
): RelationType[] | undefined {
  if (types === null || types === undefined) return undefined;
  if (types.length === 0) {
    throw badUserInput(argument, `${argument} must name at least one relation type, or be left out for all of them`);
  }
  return types.map((type) => {
    if (!isRelationType(type) || !isPublicRelationType(type)) {
      throw badUserInput(argument, `Unknown relation type ${JSON.stringify(type)} in ${argument}`);
    }
    return type;
  });
}

/** What the store is given when a client names no types, so narratives never join a path. */
export const PUBLIC_RELATION_TYPES: readonly RelationType[] = RELATION_TYPE_NAMES.filter(isPublicRelationType);

/** A filter value: absent is no filter, but an empty or blank one is a mistake, not "everything". */
export function filterText(value: string | null | undefined, argument: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value.trim() === '') throw badUserInput(argument, `${argument} must not be empty; leave it out to match all`);
  return value;
}

const CURSOR_PREFIX = 'entity:';
const NEIGHBOR_CURSOR = /^neighbour:([1-9]):(.+)$/s;

/** Cursors are opaque to clients: base64url of the last entity's id, the key the store pages by. */
export function encodeEntityCursor(id: string): string {
  return Buffer.from(`${CURSOR_PREFIX}${id}`).toString('base64url');
}

export function decodeEntityCursor(after: string | null | undefined): string | undefined {
  if (after === null || after === undefined) return undefined;
  const decoded = /^[A-Za-z0-9_-]+$/.test(after) ? Buffer.from(after, 'base64url').toString('utf8') : '';
  // Buffer decoding is lenient, so the cursor must also re-encode to itself.
  if (
    !decoded.startsWith(CURSOR_PREFIX) ||
    decoded.length === CURSOR_PREFIX.length ||
    encodeEntityCursor(decoded.slice(CURSOR_PREFIX.length)) !== after
  ) {
    throw badUserInput('after', 'after is not a cursor returned by this API');
  }
  return decoded.slice(CURSOR_PREFIX.length);
}

/** A neighbourhood page's cursor: base64url of the last neighbour's ring and id, the order pages follow. */
export function encodeNeighborCursor(cursor: NeighborCursor): string {
  return Buffer.from(`neighbour:${cursor.distance}:${cursor.id}`).toString('base64url');
}

export function decodeNeighborCursor(after: string | null | undefined): NeighborCursor | undefined {
  if (after === null || after === undefined) return undefined;
  const decoded = /^[A-Za-z0-9_-]+$/.test(after) ? Buffer.from(after, 'base64url').toString('utf8') : '';
  const match = NEIGHBOR_CURSOR.exec(decoded);
  const cursor = match && { distance: Number(match[1]), id: match[2]! };
  if (!cursor || encodeNeighborCursor(cursor) !== after) {
    throw badUserInput('after', 'after is not a cursor returned by neighborhood');
  }
  return cursor;
}
