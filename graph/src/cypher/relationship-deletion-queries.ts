import { cypher, type CypherQuery } from './cypher-query.ts';
import { requireIds } from './query-arguments.ts';

/**
 * The relationships among `ids` that are stored, as id, ends and type. `r.id IN $ids` is one pass for the whole
 * list: a range-index seek in Neo4j (relates_id), one scan of the relationship table in LadybugDB, which keeps no
 * index on relationship properties (an UNWIND with one MATCH per id would scan it once per id).
 */
export function relatesLinksByIdQuery(ids: readonly string[]): CypherQuery {
  return cypher(
    [
      'MATCH (a:Entity)-[r:RELATES]->(b:Entity)',
      'WHERE r.id IN $ids',
      'RETURN r.id AS id, r.type AS type, a.id AS fromId, b.id AS toId',
    ],
    { ids: requireIds(ids, 'ids') },
  );
}

/** Deletes the relationships with these ids; their ends stay. */
export function deleteRelatesByIdQuery(ids: readonly string[]): CypherQuery {
  return cypher(['MATCH (a:Entity)-[r:RELATES]->(b:Entity)', 'WHERE r.id IN $ids', 'DELETE r'], {
    ids: requireIds(ids, 'ids'),
  });
}
