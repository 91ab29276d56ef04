import { cypher, type CypherQuery } from './cypher-query.ts';
import { requireIds } from './query-arguments.ts';

export function entityCountsByKindQuery(): CypherQuery {
  return cypher(['MATCH (n:Entity)', 'RETURN n.kind AS kind, count(*) AS total']);
}

export function entityCountsByProvinceQuery(): CypherQuery {
  return cypher(['MATCH (n:Entity)', 'RETURN n.province AS province, n.kind AS kind, count(*) AS total']);
}

export function relationshipCountsByTypeQuery(): CypherQuery {
  return cypher(['MATCH ()-[r:RELATES]->()', 'RETURN r.type AS type, count(*) AS total']);
}

export function pingQuery(): CypherQuery {
  return cypher(['RETURN 1 AS ok']);
}

/** Totals only: whether a table is empty decides whether the bulk loader needs to look for stored ids. */
export function entityTotalQuery(): CypherQuery {
  return cypher(['MATCH (n:Entity)', 'RETURN count(*) AS total']);
}

export function relationshipTotalQuery(): CypherQuery {
  return cypher(['MATCH ()-[r:RELATES]->()', 'RETURN count(*) AS total']);
}

/**
 * Relationships touching each of `ids` (every node when `ids` is absent), both directions; a node with none has no
 * row. Counting every node is one pass over the relationships, far cheaper than a lookup per page of nodes.
 */
export function degreesQuery(ids?: readonly string[]): CypherQuery {
  if (ids === undefined) {
    return cypher(['MATCH (n:Entity)-[r:RELATES]-(:Entity)', 'RETURN n.id AS id, count(r) AS degree']);
  }
  return cypher(
    ['MATCH (n:Entity) WHERE n.id IN $ids', 'MATCH (n)-[r:RELATES]-(:Entity)', 'RETURN n.id AS id, count(r) AS degree'],
    { ids: requireIds(ids, 'ids') },
  );
}
