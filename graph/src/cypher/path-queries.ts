import { GraphStoreError } from '../graph-store-error.ts';
import { MAX_PATH_HOPS } from '../graph-store.ts';
import { cypher, type CypherDialect, type CypherQuery } from './cypher-query.ts';
import { requireCount, requireId, requireRelationTypes } from './query-arguments.ts';

export interface ShortestPathsArguments {
  from: string;
  to: string;
  maxHops: number;
  /** Most rows the engine returns; the store sorts them and keeps the first `limit`. */
  cap: number;
  relationTypes?: readonly unknown[] | undefined;
}

/** Like depth, the hop bound is written into the query text, so it must be a small integer. */
export function requireMaxHops(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_PATH_HOPS) {
    throw new GraphStoreError(
      'INVALID_ARGUMENT',
      `maxHops must be an integer from 1 to ${MAX_PATH_HOPS}, got ${String(value)}`,
    );
  }
  return value;
}

/** A relation type as a Cypher string literal: allow-listed names are upper-case words, checked again here. */
function typeLiteral(type: string): string {
  if (!/^[A-Z][A-Z_]*$/.test(type)) throw new GraphStoreError('INVALID_ARGUMENT', 'Unexpected relation type name');
  return `'${type}'`;
}

/**
 * All shortest paths between two nodes, in either direction, of at most `maxHops` hops: each
 * row has the ids of the nodes strictly between the ends (`innerIds`), the relationship ids in
 * hop order (`relIds`) and the length. Only paths of the minimum length come back; both engines
 * search breadth-first, so the cost stays small on a graph with hubs.
 *
 * LadybugDB: `ALL SHORTEST` over the recursive relationship `r`; `nodes(r)` holds only the
 * inner nodes. A type filter must act during the search (a WHERE after it would drop every
 * shortest path and find no longer one), so it is a recursive-pattern predicate, and since the
 * binder rejects `$param` there, the types are written into the text as literals: they are
 * allow-listed names (like labels), checked by requireRelationTypes and once more right here.
 * The ends are two MATCH clauses so each is a primary-key lookup.
 *
 * Neo4j: `allShortestPaths` with a universal predicate on relationships, which the planner
 * evaluates during the search; the types stay a parameter.
 */
export function shortestPathsQuery(dialect: CypherDialect, args: ShortestPathsArguments): CypherQuery {
  const maxHops = requireMaxHops(args.maxHops);
  const params: Record<string, unknown> = {
    from: requireId(args.from, 'from'),
    to: requireId(args.to, 'to'),
    cap: requireCount(args.cap, 'cap'),
  };
  const types = args.relationTypes === undefined ? undefined : requireRelationTypes(args.relationTypes);

  if (dialect === 'ladybug') {
    const predicate = types ? ` (e, n | WHERE e.type IN [${types.map(typeLiteral).join(', ')}])` : '';
    return cypher(
      [
        'MATCH (a:Entity {id: $from})',
        'MATCH (b:Entity {id: $to})',
        `MATCH (a)-[r:RELATES* ALL SHORTEST 1..${maxHops}${predicate}]-(b)`,
        "RETURN properties(nodes(r), 'id') AS innerIds, properties(rels(r), 'id') AS relIds, length(r) AS length",
        'LIMIT $cap',
      ],
      params,
    );
  }
  if (types) params.types = types;
  return cypher(
    [
      'MATCH (a:Entity {id: $from})',
      'MATCH (b:Entity {id: $to})',
      `MATCH p = allShortestPaths((a)-[:RELATES*1..${maxHops}]-(b))`,
      ...(types ? ['WHERE all(rel IN relationships(p) WHERE rel.type IN $types)'] : []),
      'RETURN [n IN nodes(p)[1..-1] | n.id] AS innerIds, [rel IN relationships(p) | rel.id] AS relIds, length(p) AS length',
      'LIMIT $cap',
    ],
    params,
  );
}

export interface PathsOfLengthArguments {
  from: string;
  to: string;
  /** Exact number of hops, 2 to MAX_LONGER_PATH_HOPS. */
  length: number;
  cap: number;
  relationTypes?: readonly unknown[] | undefined;
}

/**
 * Paths one hop longer than the shortest are the next thing a reader wants when there are few
 * shortest ones; a fixed-length pattern joins from both ends, and its cost grows with the product
 * of the degrees on the way, so it is offered only up to this many hops.
 */
export const MAX_LONGER_PATH_HOPS = 3;

/**
 * Every simple path of exactly `length` hops between two nodes, in either direction, as a
 * fixed-length pattern: the same text in both dialects, and the type filter stays a parameter
 * because it sits in an ordinary WHERE, not in a recursive-pattern predicate. The pattern text
 * depends only on `length`, a checked small integer.
 */
export function pathsOfLengthQuery(args: PathsOfLengthArguments): CypherQuery {
  const length = args.length;
  if (!Number.isInteger(length) || length < 2 || length > MAX_LONGER_PATH_HOPS) {
    throw new GraphStoreError('INVALID_ARGUMENT', `length must be an integer from 2 to ${MAX_LONGER_PATH_HOPS}`);
  }
  const params: Record<string, unknown> = {
    from: requireId(args.from, 'from'),
    to: requireId(args.to, 'to'),
    cap: requireCount(args.cap, 'cap'),
  };
  const inner = Array.from({ length: length - 1 }, (_, i) => `n${i + 1}`);
  const rels = Array.from({ length }, (_, i) => `r${i + 1}`);
  const walk = ['a', ...inner, 'b'];
  const pattern = rels.map((rel, i) => `-[${rel}:RELATES]-(${walk[i + 1]}${i + 1 < length ? ':Entity' : ''})`).join('');
  // A simple path: no node twice (the ends are distinct already, as shortestPaths skips from = to).
  const conditions = walk.flatMap((left, i) =>
    walk.slice(i + 1).flatMap((right) => (left === 'a' && right === 'b' ? [] : [`${left}.id <> ${right}.id`])),
  );
  if (args.relationTypes !== undefined) {
    params.types = requireRelationTypes(args.relationTypes);
    conditions.push(...rels.map((rel) => `${rel}.type IN $types`));
  }
  return cypher(
    [
      'MATCH (a:Entity {id: $from})',
      'MATCH (b:Entity {id: $to})',
      `MATCH (a)${pattern}`,
      `WHERE ${conditions.join(' AND ')}`,
      `RETURN [${inner.map((n) => `${n}.id`).join(', ')}] AS innerIds, [${rels.map((rel) => `${rel}.id`).join(', ')}] AS relIds`,
      'LIMIT $cap',
    ],
    params,
  );
}
