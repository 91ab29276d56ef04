import { cypherLiteral } from '../../cypher/cypher-literals.ts';
import { schemaStatements } from '../../cypher/schema-statements.ts';
import { toEntityRow } from '../../records/entity-row.ts';
import { toRelatesRow } from '../../records/relates-row.ts';
import type { GraphSnapshot } from '../graph-snapshot.ts';
import type { ExportMetadata } from './export-metadata.ts';

/** Rows per UNWIND statement of the script. */
const ROWS_PER_STATEMENT = 500;

function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/**
 * A Cypher script that recreates the graph in Neo4j in this project's model: `:Entity` nodes keyed
 * by a uniqueness constraint on `id`, `RELATES` relationships with a `type` property, properties
 * and sources as JSON text, exactly as the Neo4j adapter writes them. Every statement MERGEs by
 * id, so the script can run again, or into a database that already has some of the graph.
 *
 * Values are literals here (a script file must stand alone); they are written only by
 * cypherLiteral, which escapes every string, and each statement ends with `;` on its own line.
 * Run it with `cypher-shell -d <database> -f graph.cypher`.
 */
export function* cypherExportChunks(snapshot: GraphSnapshot, metadata: ExportMetadata): Generator<string> {
  yield '// Industrial culture graph, exported as a Cypher script for Neo4j 5.\n';
  yield `// datasetVersion: ${metadata.datasetVersion.replace(/[^\w:.-]/g, '')}\n`;
  yield `// exportedAt: ${metadata.exportedAt.replace(/[^\w:.-]/g, '')}\n`;
  yield `// nodes: ${snapshot.nodes.length}, relationships: ${snapshot.relationships.length}\n`;
  yield '// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -d neo4j -f this-file.cypher\n';
  yield '// Every statement merges by id: running the script again changes nothing.\n\n';
  for (const statement of schemaStatements('neo4j')) yield `${statement.text};\n`;

  for (const batch of batches(snapshot.nodes, ROWS_PER_STATEMENT)) {
    yield '\nUNWIND [\n';
    yield batch
      .map((node, index) => {
        const row = toEntityRow(node, index);
        return `  ${cypherLiteral({ ...row })}`;
      })
      .join(',\n');
    yield '\n] AS row\n';
    yield 'MERGE (n:Entity {id: row.id})\n';
    yield 'SET n.kind = row.kind, n.name = row.name, n.aliases = row.aliases, n.province = row.province, ';
    yield 'n.city = row.city, n.description = row.description, n.properties = row.properties, n.sources = row.sources;\n';
  }

  for (const batch of batches(snapshot.relationships, ROWS_PER_STATEMENT)) {
    yield '\nUNWIND [\n';
    yield batch
      .map((relationship, index) => {
        const row = toRelatesRow(relationship, index);
        return `  ${cypherLiteral({ ...row })}`;
      })
      .join(',\n');
    yield '\n] AS row\n';
    yield 'MATCH (a:Entity {id: row.from})\n';
    yield 'MATCH (b:Entity {id: row.to})\n';
    yield 'MERGE (a)-[r:RELATES {id: row.id}]->(b)\n';
    yield 'SET r.type = row.type, r.properties = row.properties, r.sources = row.sources;\n';
  }
}
