/**
 * The engines that read our Cypher. LadybugDB (the Kuzu fork) and Neo4j share almost all of it;
 * builders switch on the dialect only for schema DDL and variable-length patterns.
 */
export type CypherDialect = 'ladybug' | 'neo4j';

/** Query text built only from constants, plus the values it needs as `$params`. */
export interface CypherQuery {
  readonly text: string;
  readonly params: Readonly<Record<string, unknown>>;
}

export function cypher(lines: readonly string[], params: Readonly<Record<string, unknown>> = {}): CypherQuery {
  return { text: lines.join('\n'), params };
}
