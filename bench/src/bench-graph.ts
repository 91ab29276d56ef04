import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  createGraphStore,
  createNeo4jGraphStore,
  graphStoreConfigFromEnv,
  startLocalNeo4j,
  type GraphStore,
  type LocalNeo4jServer,
} from '@icg/graph';
import { wipeNeo4j } from '@icg/graph/testing';

export const BENCH_BACKENDS = ['embedded', 'neo4j'] as const;
export type BenchBackend = (typeof BENCH_BACKENDS)[number];

/** The graph store one backend of the bench runs on, and how a service reaches it. */
export interface BenchGraph {
  backend: BenchBackend;
  /** A store on an empty graph: a new embedded database in `dataDir`, or the bench's Neo4j emptied. */
  openEmpty(dataDir: string): Promise<GraphStore>;
  /** A store on what is there now. */
  open(dataDir: string): Promise<GraphStore>;
  /** GRAPH_BACKEND and, for Neo4j, NEO4J_*: what a service on this graph is given. */
  serviceEnv: Record<string, string>;
  /** The engine's own process, when it has one (Neo4j's JVM): its resident size is reported apart. */
  enginePid: number | undefined;
  /** Engine settings worth printing beside the figures. */
  settings: Record<string, number>;
  /**
   * Bytes the engine's database takes on disk (store and transaction logs), when the engine keeps it apart from the
   * bench's DATA_DIR (Neo4j).
   */
  storeBytes(): Promise<number | undefined>;
  close(): Promise<void>;
}

/**
 * The size of the files of every directory named `name` under a `databases` or `transactions` directory below
 * `dir`, in bytes: Neo4j keeps a database's store in `…/data/databases/neo4j` and what has not been checkpointed
 * into it yet (the first checkpoint comes 15 minutes after the writes) in `…/data/transactions/neo4j`.
 */
async function bytesOf(dir: string, name: string, inside = false): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const database = entry.name === name && (dir.endsWith('databases') || dir.endsWith('transactions'));
    if (entry.isDirectory()) total += await bytesOf(path, name, inside || database);
    else if (inside && entry.isFile()) total += (await stat(path)).size;
  }
  return total;
}

/**
 * Neo4j's heap and page cache for the bench, in MiB, unless NEO4J_HEAP_MB / NEO4J_PAGECACHE_MB say otherwise. Both
 * grow by 1 GiB per 100,000 entities (MERGE of 500,000 relationships needs a heap of more than 512 MiB), up to caps
 * that keep the JVM near 7 GiB on a 24 GiB machine it shares with the bench's own Node process (about 6 GiB at
 * 1,000,000 entities, the synthetic graph and its rows), Meilisearch and the service. The heap holds one
 * transaction of 10,000 MERGEd records and a query's working set, which do not grow with the graph: 2 GiB leaves
 * room for path searches around hubs ten times larger than at 100,000. The page cache is the store's working set;
 * at 1,000,000 entities the store is larger than 4 GiB (measured and printed as `store.mib`), and what does not
 * fit is read through the operating system's file cache.
 */
export function neo4jBenchMemory(scale: number, env: NodeJS.ProcessEnv = process.env) {
  const grow = (perHundredThousand: number, floor: number, cap: number) =>
    Math.min(cap, Math.max(floor, Math.ceil((scale / 100_000) * perHundredThousand)));
  return {
    heapMb: Number(env['NEO4J_HEAP_MB'] ?? grow(1024, 512, 2048)),
    pageCacheMb: Number(env['NEO4J_PAGECACHE_MB'] ?? grow(1024, 256, 4096)),
  };
}

/**
 * The embedded graph, or a Neo4j of the bench's own (started once, emptied between rounds). Both get page caches
 * that grow with the scale: at 100,000 entities and 500,000 relationships the embedded bulk load fails with "the
 * buffer pool is full" below 2 GiB; Neo4j's are set by neo4jBenchMemory.
 */
export async function openBenchGraph(backend: BenchBackend, workDir: string, scale: number): Promise<BenchGraph> {
  const grow = (perHundredThousand: number, floor: number) =>
    Math.max(floor, Math.ceil((scale / 100_000) * perHundredThousand));
  if (backend === 'embedded') {
    const bufferPoolMb = Number(process.env['GRAPH_BUFFER_POOL_MB'] ?? grow(2048, 256));
    const config = (dataDir: string) =>
      graphStoreConfigFromEnv({
        DATA_DIR: dataDir,
        GRAPH_BACKEND: 'embedded',
        GRAPH_BUFFER_POOL_MB: String(bufferPoolMb),
      });
    return {
      backend,
      openEmpty: (dataDir) => createGraphStore(config(dataDir)),
      open: (dataDir) => createGraphStore(config(dataDir)),
      // The service keeps its own buffer pool setting (256 MiB by default): that is what is measured.
      serviceEnv: { GRAPH_BACKEND: 'embedded' },
      enginePid: undefined,
      settings: { bulkBufferPoolMb: bufferPoolMb },
      // The embedded store lives in the DATA_DIR the service opens; its size is not the engine's apart.
      storeBytes: async () => undefined,
      close: async () => undefined,
    };
  }
  const { heapMb, pageCacheMb } = neo4jBenchMemory(scale);
  const serverDir = join(workDir, 'neo4j-server');
  const server: LocalNeo4jServer = await startLocalNeo4j({
    dataDir: serverDir,
    heapMb,
    pageCacheMb,
    startTimeoutMs: 300_000,
  });
  const connect = () =>
    createNeo4jGraphStore({
      uri: server.uri,
      user: server.user,
      password: server.password,
      database: server.database,
      // A bulk batch of 10,000 relationships MERGEd on a cold page cache can take a while.
      transactionTimeoutMs: 600_000,
    });
  return {
    backend,
    async openEmpty() {
      await wipeNeo4j(server);
      return connect();
    },
    open: async () => connect(),
    serviceEnv: {
      GRAPH_BACKEND: 'neo4j',
      NEO4J_URI: server.uri,
      NEO4J_USER: server.user,
      NEO4J_PASSWORD: server.password,
      NEO4J_DATABASE: server.database,
    },
    enginePid: server.pid,
    settings: { neo4jHeapMb: heapMb, neo4jPageCacheMb: pageCacheMb },
    storeBytes: () => bytesOf(serverDir, server.database),
    close: () => server.stop(),
  };
}
