import type { EntityRow } from '../records/entity-row.ts';
import { ENTITY_COLUMNS } from '../records/entity-row.ts';
import { cypher, type CypherQuery } from './cypher-query.ts';
import { entityFilterConditions, matchFilteredEntities, type EntityFilterArguments } from './entity-filter.ts';
import { requireCount, requireId, requireIds } from './query-arguments.ts';

const RETURN_ENTITY = `RETURN ${ENTITY_COLUMNS.map((column) => `n.${column} AS ${column}`).join(', ')}`;

const SET_ENTITY = `SET ${ENTITY_COLUMNS.filter((column) => column !== 'id')
  .map((column) => `n.${column} = row.${column}`)
  .join(', ')}`;

/** MERGE on the key, then SET every column: re-running a load overwrites instead of duplicating. */
export function upsertEntitiesQuery(rows: readonly EntityRow[]): CypherQuery {
  return cypher(['UNWIND $rows AS row', 'MERGE (n:Entity {id: row.id})', SET_ENTITY], { rows });
}

/** Rows come back in no particular order; callers re-order them by id. */
export function entitiesByIdQuery(ids: readonly string[]): CypherQuery {
  return cypher(['UNWIND $ids AS id', 'MATCH (n:Entity {id: id})', RETURN_ENTITY], {
    ids: requireIds(ids, 'ids'),
  });
}

export function missingEntityIdsQuery(ids: readonly string[]): CypherQuery {
  return cypher(
    ['UNWIND $ids AS id', 'OPTIONAL MATCH (n:Entity {id: id})', 'WITH id, n', 'WHERE n IS NULL', 'RETURN id'],
    { ids: requireIds(ids, 'ids') },
  );
}

export interface FindEntitiesArguments extends EntityFilterArguments {
  first: number;
  afterId?: string | undefined;
}

/**
 * Keyset pagination by id. Absent filters leave their clause out rather than passing null:
 * LadybugDB cannot infer a type for `$kinds IS NULL OR n.kind IN $kinds` when $kinds is null.
 */
export function findEntitiesQuery({ first, afterId, ...filter }: FindEntitiesArguments): CypherQuery {
  const { conditions, params } = entityFilterConditions(filter);
  params.first = requireCount(first, 'first');
  if (afterId !== undefined) {
    conditions.push('n.id > $afterId');
    params.afterId = requireId(afterId, 'afterId');
  }
  return cypher([...matchFilteredEntities(conditions, params), RETURN_ENTITY, 'ORDER BY id', 'LIMIT $first'], params);
}

/** DETACH DELETE by id: the nodes go with every relationship touching them; unknown ids are skipped. */
export function deleteEntitiesQuery(ids: readonly string[]): CypherQuery {
  return cypher(['UNWIND $ids AS id', 'MATCH (n:Entity {id: id})', 'DETACH DELETE n'], {
    ids: requireIds(ids, 'ids'),
  });
}
