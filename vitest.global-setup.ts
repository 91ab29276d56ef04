import type { TestProject } from 'vitest/node';
import { startTestNeo4jPool } from './graph/src/testing/test-neo4j-pool.ts';

/**
 * Servers the whole run shares: one real Neo4j per worker, started on a test's first request. Meilisearch and the
 * embedded graph are started by each test file itself, as they start in well under a second.
 */
export default async function setup(project: TestProject) {
  const pool = await startTestNeo4jPool({ onProgress: (line) => console.info(line) });
  project.provide('testNeo4jPool', pool.url);
  return () => pool.close();
}
