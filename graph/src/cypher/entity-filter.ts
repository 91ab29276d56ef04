import { GraphStoreError } from '../graph-store-error.ts';
import { VERIFIED_MARKER } from '../model/verification.ts';
import { cypher, type CypherQuery } from './cypher-query.ts';
import { requireKinds } from './query-arguments.ts';

export interface EntityFilterArguments {
  kinds?: readonly unknown[] | undefined;
  province?: string | undefined;
  city?: string | undefined;
  text?: string | undefined;
  verifiedOnly?: boolean | undefined;
}

/** Where a filter value must be a string; an empty string matches nothing useful, so it is refused too. */
function requireFilterText(value: unknown, name: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new GraphStoreError('INVALID_ARGUMENT', `${name} must be a non-empty string`);
  }
  return value;
}

/**
 * The WHERE conditions (over `n`) and params shared by findNodes and countNodes. Absent filters
 * leave their condition out rather than passing null (LadybugDB cannot type a null list).
 *
 * `text` matches the name or any alias, case-insensitively, through `toLower` (both engines
 * have it). The aliases are tested with `any(… WHERE … CONTAINS text)` over a variable bound by
 * the WITH that follows the MATCH: LadybugDB's binder rejects a `$param` inside a list predicate.
 *
 * `verifiedOnly` looks for `VERIFIED_MARKER` in the properties' JSON text: the verification lives inside
 * `properties` so that neither store needs a new column, and every write puts its `status` key first.
 */
export function entityFilterConditions(filter: EntityFilterArguments): {
  conditions: string[];
  params: Record<string, unknown>;
} {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.kinds !== undefined) {
    conditions.push('n.kind IN $kinds');
    params.kinds = requireKinds(filter.kinds);
  }
  if (filter.province !== undefined) {
    conditions.push('n.province = $province');
    params.province = requireFilterText(filter.province, 'province');
  }
  if (filter.city !== undefined) {
    conditions.push('n.city = $city');
    params.city = requireFilterText(filter.city, 'city');
  }
  if (filter.text !== undefined) {
    conditions.push('(toLower(n.name) CONTAINS text OR any(alias IN n.aliases WHERE toLower(alias) CONTAINS text))');
    params.text = requireFilterText(filter.text, 'text');
  }
  if (filter.verifiedOnly === true) {
    conditions.push('n.properties CONTAINS $verifiedMarker');
    params.verifiedMarker = VERIFIED_MARKER;
  } else if (filter.verifiedOnly !== undefined && filter.verifiedOnly !== false) {
    throw new GraphStoreError('INVALID_ARGUMENT', 'verifiedOnly must be true or false');
  }
  return { conditions, params };
}

/** `MATCH (n:Entity)` and, when `text` is filtered, the WITH that binds the lower-cased text. */
export function matchFilteredEntities(conditions: readonly string[], params: Readonly<Record<string, unknown>>) {
  const bind = params.text === undefined ? [] : ['WITH n, toLower($text) AS text'];
  return ['MATCH (n:Entity)', ...bind, ...(conditions.length > 0 ? [`WHERE ${conditions.join(' AND ')}`] : [])];
}

/** How many nodes a findNodes filter matches, over all pages. */
export function countEntitiesQuery(filter: EntityFilterArguments): CypherQuery {
  const { conditions, params } = entityFilterConditions(filter);
  return cypher([...matchFilteredEntities(conditions, params), 'RETURN count(*) AS total'], params);
}
