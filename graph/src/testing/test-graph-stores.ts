import { inject } from 'vitest';
import { createEmbeddedGraphStore } from '../adapters/embedded/create-embedded-graph-store.ts';
import { createNeo4jGraphStore } from '../adapters/neo4j/create-neo4j-graph-store.ts';
import type { GraphStore } from '../graph-store.ts';
import type { TestNeo4jConnection } from './test-neo4j-pool.ts';
import { wipeNeo4j } from './wipe-neo4j.ts';

/** A worker's Neo4j, emptied for the test file that asked. */
export interface TestNeo4j {
  uri: string;
  user: 'neo4j';
  password: string;
  database: 'neo4j';
  /** The settings a service or CLI reads: GRAPH_BACKEND=neo4j and NEO4J_*. */
  env: Record<string, string>;
}

/** The graph stores every suite about the graph runs on: `describe.each(GRAPH_BACKENDS)`. */
export const GRAPH_BACKENDS = ['embedded', 'neo4j'] as const;
export type GraphBackend = (typeof GRAPH_BACKENDS)[number];

async function connectionOfThisWorker(): Promise<TestNeo4jConnection> {
  const worker = process.env['VITEST_POOL_ID'] ?? '1';
  const response = await fetch(`${inject('testNeo4jPool')}/neo4j/${worker}`, { method: 'POST' });
  if (!response.ok) throw new Error(`No test Neo4j for worker ${worker}: ${await response.text()}`);
  return (await response.json()) as TestNeo4jConnection;
}

/**
 * The real Neo4j of this test worker, emptied: each worker has its own server and runs one file at a time, so a
 * file that calls this at its start sees no other file's writes. `{ wipe: false }` keeps what is there, for a
 * service started again on the data of an earlier one.
 */
export async function testNeo4j(options: { wipe?: boolean } = {}): Promise<TestNeo4j> {
  const connection = await connectionOfThisWorker();
  if (options.wipe !== false) await wipeNeo4j(connection);
  return {
    uri: connection.uri,
    user: 'neo4j',
    password: connection.password,
    database: 'neo4j',
    env: {
      GRAPH_BACKEND: 'neo4j',
      NEO4J_URI: connection.uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: connection.password,
      NEO4J_DATABASE: 'neo4j',
    },
  };
}

/** An empty store of either backend: embedded under `dataDir`, or this worker's Neo4j, emptied. */
export async function openTestGraphStore(backend: GraphBackend, dataDir: string): Promise<GraphStore> {
  if (backend === 'embedded') return createEmbeddedGraphStore({ dataDir });
  return createNeo4jGraphStore(await testNeo4j());
}
