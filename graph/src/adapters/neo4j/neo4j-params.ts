import neo4j from 'neo4j-driver';

/**
 * JavaScript numbers reach Neo4j as floats, and `LIMIT 10.0` is an error. The only top-level
 * numbers our queries pass are counts, so whole numbers become Neo4j integers; values nested in
 * rows (all strings, or JSON text) are left alone.
 */
export function toNeo4jParams(params: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const converted: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    converted[name] = typeof value === 'number' && Number.isSafeInteger(value) ? neo4j.int(value) : value;
  }
  return converted;
}
