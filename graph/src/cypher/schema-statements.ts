import { cypher, type CypherDialect, type CypherQuery } from './cypher-query.ts';
import { writeLeaseConstraint } from './lock-queries.ts';

/**
 * One node table and one relationship table in both engines: kind and type are property values,
 * so no label or relationship type ever has to be spliced into query text.
 */
export function schemaStatements(dialect: CypherDialect): CypherQuery[] {
  if (dialect === 'ladybug') {
    return [
      cypher([
        'CREATE NODE TABLE IF NOT EXISTS Entity(',
        '  id STRING, kind STRING, name STRING, aliases STRING[], province STRING, city STRING,',
        '  description STRING, properties STRING, sources STRING, PRIMARY KEY (id))',
      ]),
      cypher([
        'CREATE REL TABLE IF NOT EXISTS RELATES(',
        '  FROM Entity TO Entity, id STRING, type STRING, properties STRING, sources STRING)',
      ]),
    ];
  }
  return [
    cypher(['CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE']),
    cypher(['CREATE RANGE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)']),
    cypher(['CREATE RANGE INDEX relates_id IF NOT EXISTS FOR ()-[r:RELATES]-() ON (r.id)']),
    cypher(['CREATE RANGE INDEX relates_type IF NOT EXISTS FOR ()-[r:RELATES]-() ON (r.type)']),
  ];
}

/**
 * The graph's schema and what the store itself keeps beside it: on Neo4j, the leases of GraphStore.withLock
 * (adapters/store-locks.ts), one node per held key. An export carries the graph's schema only.
 */
export function storeSchemaStatements(dialect: CypherDialect): CypherQuery[] {
  return dialect === 'ladybug' ? schemaStatements(dialect) : [...schemaStatements(dialect), writeLeaseConstraint()];
}

/** Tables that must exist before any query runs: what ensureSchema checks on a read-only open. */
export const SCHEMA_TABLES = ['Entity', 'RELATES'] as const;

/** LadybugDB's catalogue of tables, one row per table with its `name`. */
export function ladybugTablesQuery(): CypherQuery {
  return cypher(['CALL show_tables() RETURN name']);
}
