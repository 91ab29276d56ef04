import type { Direction } from '../graph-store.ts';
import type { RelatesRow } from '../records/relates-row.ts';
import { cypher, type CypherQuery } from './cypher-query.ts';
import { requireCount, requireDirection, requireId, requireIds, requireRelationTypes } from './query-arguments.ts';

const RETURN_RELATES =
  'RETURN r.id AS id, r.type AS type, a.id AS fromId, b.id AS toId, r.properties AS properties, r.sources AS sources';

/**
 * Ends are matched, never created, so a missing end drops the row; `written` lets the caller
 * notice that and roll back. The store checks the ends beforehand to name the missing ids.
 *
 * Two MATCH clauses, not one with a comma: LadybugDB plans `MATCH (a {…}), (b {…})` as a join
 * over a scan of Entity (about 1,000 rows/s on 10k nodes) but each separate MATCH as a
 * primary-key lookup (about 15,000 rows/s). Neo4j plans both forms alike.
 */
export function upsertRelationshipsQuery(rows: readonly RelatesRow[]): CypherQuery {
  return cypher(
    [
      'UNWIND $rows AS row',
      'MATCH (a:Entity {id: row.from})',
      'MATCH (b:Entity {id: row.to})',
      'MERGE (a)-[r:RELATES {id: row.id}]->(b)',
      'SET r.type = row.type, r.properties = row.properties, r.sources = row.sources',
      'RETURN count(*) AS written',
    ],
    { rows },
  );
}

export interface RelationshipsArguments {
  nodeIds: readonly string[];
  direction: Direction;
  types?: readonly unknown[] | undefined;
}

/**
 * One query per end: `both` is the outgoing and the incoming queries, which the store merges by
 * id. The asked end's nodes are found first (`WHERE n.id IN $ids`, through the primary key) and
 * expanded in a second MATCH. Measured in LadybugDB on 500k relationships, for 1 / 500 ids:
 * `a.id IN $ids OR b.id IN $ids` over the pattern 172 ms / 2.3 s (a scan of every relationship);
 * UNWIND with `{id: id}` about 0.6 s whatever the count; this form 18–107 ms / about 1 s.
 */
export function relationshipsQueries({ nodeIds, direction, types }: RelationshipsArguments): CypherQuery[] {
  const checked = requireDirection(direction);
  const ends: ('a' | 'b')[] = checked === 'out' ? ['a'] : checked === 'in' ? ['b'] : ['a', 'b'];
  return ends.map((end) => {
    const params: Record<string, unknown> = { ids: requireIds(nodeIds, 'nodeIds') };
    if (types !== undefined) params.types = requireRelationTypes(types);
    return cypher(
      [
        `MATCH (${end}:Entity) WHERE ${end}.id IN $ids`,
        end === 'a' ? 'MATCH (a)-[r:RELATES]->(b:Entity)' : 'MATCH (a:Entity)-[r:RELATES]->(b)',
        ...(types !== undefined ? ['WHERE r.type IN $types'] : []),
        RETURN_RELATES,
      ],
      params,
    );
  });
}

/**
 * Every relationship with both ends in `ids`: the edges of the subgraph those nodes induce. The start ends are
 * found through the primary key and expanded; filtering the whole pattern by both ends scanned every relationship
 * (about 100 ms a call on 500k).
 */
export function relationshipsAmongQuery(ids: readonly string[], types?: readonly unknown[]): CypherQuery {
  const params: Record<string, unknown> = { ids: requireIds(ids, 'ids') };
  const conditions = ['b.id IN $ids'];
  if (types !== undefined) {
    conditions.push('r.type IN $types');
    params.types = requireRelationTypes(types);
  }
  return cypher(
    [
      'MATCH (a:Entity) WHERE a.id IN $ids',
      'MATCH (a)-[r:RELATES]->(b:Entity)',
      `WHERE ${conditions.join(' AND ')}`,
      RETURN_RELATES,
      'ORDER BY id',
    ],
    params,
  );
}

export interface FindRelatesArguments {
  first: number;
  afterId?: string | undefined;
  types?: readonly unknown[] | undefined;
}

/**
 * Every relationship, keyset-paged by id (for export). Like findEntitiesQuery, absent filters
 * leave their clause out instead of passing null.
 */
export function findRelatesQuery({ first, afterId, types }: FindRelatesArguments): CypherQuery {
  const conditions: string[] = [];
  const params: Record<string, unknown> = { first: requireCount(first, 'first') };
  if (afterId !== undefined) {
    conditions.push('r.id > $afterId');
    params.afterId = requireId(afterId, 'afterId');
  }
  if (types !== undefined) {
    conditions.push('r.type IN $types');
    params.types = requireRelationTypes(types);
  }
  return cypher(
    [
      'MATCH (a:Entity)-[r:RELATES]->(b:Entity)',
      ...(conditions.length > 0 ? [`WHERE ${conditions.join(' AND ')}`] : []),
      RETURN_RELATES,
      'ORDER BY id',
      'LIMIT $first',
    ],
    params,
  );
}

/**
 * Every stored relationship in one scan, for the bulk loader to tell new ids from stored ones.
 * RELATES has no index on id in LadybugDB, so one scan beats a lookup per incoming id.
 */
export function allRelatesQuery(): CypherQuery {
  return cypher(['MATCH (a:Entity)-[r:RELATES]->(b:Entity)', RETURN_RELATES]);
}

/** Deletes every relationship of one type going out of one node (the first half of a replace). */
export function deleteOutgoingRelatesQuery(fromId: string, type: unknown): CypherQuery {
  const [checkedType] = requireRelationTypes([type]);
  return cypher(['MATCH (a:Entity {id: $fromId})-[r:RELATES]->(b:Entity)', 'WHERE r.type = $type', 'DELETE r'], {
    fromId: requireId(fromId, 'fromId'),
    type: checkedType,
  });
}

/** One page of nodes in id order as id and kind: what an in-memory adjacency index is built from. */
export function nodeKindsPageQuery(first: number, afterId?: string): CypherQuery {
  const params: Record<string, unknown> = { first: requireCount(first, 'first') };
  if (afterId !== undefined) params.afterId = requireId(afterId, 'afterId');
  return cypher(
    [
      'MATCH (n:Entity)',
      ...(afterId !== undefined ? ['WHERE n.id > $afterId'] : []),
      'RETURN n.id AS id, n.kind AS kind',
      'ORDER BY id',
      'LIMIT $first',
    ],
    params,
  );
}

/** The relationships leaving `ids`, as ends, type and id only. */
export function linksFromQuery(ids: readonly string[]): CypherQuery {
  return cypher(
    [
      'MATCH (a:Entity) WHERE a.id IN $ids',
      'MATCH (a)-[r:RELATES]->(b:Entity)',
      'RETURN a.id AS fromId, b.id AS toId, r.type AS type, r.id AS id',
    ],
    { ids: requireIds(ids, 'ids') },
  );
}

/** Every node's id and kind, and every relationship's ends, type and id: the graph's shape, with no parameters. */
export function graphShapeQueries(): { nodes: CypherQuery; links: CypherQuery } {
  return {
    nodes: cypher(['MATCH (n:Entity)', 'RETURN n.id AS id, n.kind AS kind']),
    links: cypher([
      'MATCH (a:Entity)-[r:RELATES]->(b:Entity)',
      'RETURN a.id AS fromId, b.id AS toId, r.type AS type, r.id AS id',
    ]),
  };
}
