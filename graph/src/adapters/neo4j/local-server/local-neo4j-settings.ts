/** Memory of the local Neo4j: the JVM heap (queries, transactions) and the page cache (the store's files). */
export interface LocalNeo4jMemory {
  /** NEO4J_HEAP_MB. @default 512 */
  heapMb: number;
  /** NEO4J_PAGECACHE_MB. @default 256 */
  pageCacheMb: number;
}

/**
 * Two cores and 24 GiB shared with Node, Meilisearch and the tests' second server: 512 MiB of heap runs the seeds and
 * a 100,000-entity graph, and 256 MiB of page cache holds the seeds whole and the hot part of a large store.
 */
export const DEFAULT_LOCAL_NEO4J_MEMORY: LocalNeo4jMemory = { heapMb: 512, pageCacheMb: 256 };

export function resolveLocalNeo4jMemory(memory: Partial<LocalNeo4jMemory> = {}): LocalNeo4jMemory {
  return {
    heapMb: memory.heapMb ?? DEFAULT_LOCAL_NEO4J_MEMORY.heapMb,
    pageCacheMb: memory.pageCacheMb ?? DEFAULT_LOCAL_NEO4J_MEMORY.pageCacheMb,
  };
}

/**
 * The settings file the launcher hands to Neo4j's DBMS builder, written anew at each start. Neo4j validates it
 * strictly: a misspelt setting stops the start with a message naming it.
 */
export function localNeo4jSettings(port: number, memory: LocalNeo4jMemory): string {
  return [
    '# Written by the service at each start of its own Neo4j; edits here are overwritten.',
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${port}`,
    `server.bolt.advertised_address=127.0.0.1:${port}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.memory.pagecache.size=${memory.pageCacheMb}m`,
    // Query logs would hold every query's parameters: curators' text and tokens' hashes have no place there.
    'db.logs.query.enabled=OFF',
    // Transaction logs are not preallocated (256 MiB a file) and only the last two are kept: a local server's disk
    // holds the store, not weeks of history. Backups go through `pnpm backup`.
    'db.tx_log.preallocate=false',
    'db.tx_log.rotation.retention_policy=2 files',
    'dbms.usage_report.enabled=false',
    // Bolt's network threads wait a quiet period of 5 s, twice, before they end: a stop took 10 s longer than the
    // databases needed to close.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
    '',
  ].join('\n');
}
