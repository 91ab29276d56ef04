import { cypher, type CypherQuery } from './cypher-query.ts';
import { requireCount, requireIds, requireRelationTypes } from './query-arguments.ts';

export interface NeighborLevelArguments {
  /** The nodes reached at the previous level (the centre, at first). */
  frontier: readonly string[];
  /** Every node already reached, the centre included: none of them comes back. */
  seen: readonly string[];
  /** Most ids to return. */
  limit: number;
  relationTypes?: readonly unknown[] | undefined;
}

/**
 * The next ring of a neighbourhood: nodes one hop from `frontier`, in either direction, not in `seen`, by id,
 * at most `limit`. The store calls it once per level, so a neighbourhood costs the relationships of its frontier
 * only. A single variable-length match (`-[*1..depth]-`) enumerates every walk instead: around a hub with
 * 13,000 relationships, depth 2 means millions of walks, and it ran past the query timeout.
 *
 * The frontier's nodes are found through the primary key and expanded in a second MATCH; the text is the same in
 * both engines, and types are a parameter.
 */
export function neighborLevelQuery(args: NeighborLevelArguments): CypherQuery {
  const params: Record<string, unknown> = {
    frontier: requireIds(args.frontier, 'frontier'),
    seen: requireIds(args.seen, 'seen'),
    limit: requireCount(args.limit, 'limit'),
  };
  const conditions = ['NOT (m.id IN $seen)'];
  if (args.relationTypes !== undefined) {
    params.types = requireRelationTypes(args.relationTypes);
    conditions.push('r.type IN $types');
  }
  return cypher(
    [
      'MATCH (f:Entity) WHERE f.id IN $frontier',
      'MATCH (f)-[r:RELATES]-(m:Entity)',
      `WHERE ${conditions.join(' AND ')}`,
      'RETURN DISTINCT m.id AS id',
      'ORDER BY id',
      'LIMIT $limit',
    ],
    params,
  );
}
