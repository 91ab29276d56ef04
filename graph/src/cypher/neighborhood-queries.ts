import { cypher, type CypherDialect, type CypherQuery } from './cypher-query.ts';
import { requireCount, requireDepth, requireId, requireRelationTypes } from './query-arguments.ts';

export interface NeighborIdsArguments {
  id: string;
  depth: number;
  limit: number;
  relationTypes?: readonly unknown[] | undefined;
}

/**
 * Ids of the nodes within `depth` hops of `id` in either direction, nearest first, then by id.
 *
 * The dialects differ here. LadybugDB names the path by its relationship variable and matches
 * walks (a relationship may repeat), so the centre itself can come back and is filtered out;
 * `list_has_all` filters types because a `$param` inside a recursive-pattern predicate
 * (`(e, n | WHERE …)`) or a list comprehension is rejected by its binder. Neo4j names the path
 * and uses `all(… IN relationships(p) …)`.
 */
export function neighborIdsQuery(dialect: CypherDialect, args: NeighborIdsArguments): CypherQuery {
  const depth = requireDepth(args.depth);
  const params: Record<string, unknown> = {
    id: requireId(args.id, 'id'),
    limit: requireCount(args.limit, 'limit'),
  };
  const conditions = ['m.id <> $id'];
  if (args.relationTypes !== undefined) params.types = requireRelationTypes(args.relationTypes);

  if (dialect === 'ladybug') {
    if (params.types) conditions.push("list_has_all($types, properties(rels(r), 'type'))");
    return cypher(
      [
        `MATCH (s:Entity {id: $id})-[r:RELATES*1..${depth}]-(m:Entity)`,
        `WHERE ${conditions.join(' AND ')}`,
        'RETURN m.id AS id, min(length(r)) AS depth',
        'ORDER BY depth, id',
        'LIMIT $limit',
      ],
      params,
    );
  }
  if (params.types) conditions.push('all(rel IN relationships(p) WHERE rel.type IN $types)');
  return cypher(
    [
      `MATCH p = (s:Entity {id: $id})-[:RELATES*1..${depth}]-(m:Entity)`,
      `WHERE ${conditions.join(' AND ')}`,
      'RETURN m.id AS id, min(length(p)) AS depth',
      'ORDER BY depth, id',
      'LIMIT $limit',
    ],
    params,
  );
}
