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
  close(): Promise<void>;
}

/**
 * The embedded graph, or a Neo4j of the bench's own (started once, emptied between rounds). Both get page caches
 * that grow with the scale: at 100,000 entities and 500,000 relationships the embedded bulk load fails with "the
 * buffer pool is full" below 2 GiB, and Neo4j's MERGE of 500,000 relationships needs a heap of more than 512 MiB.
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
      close: async () => undefined,
    };
  }
  const heapMb = Number(process.env['NEO4J_HEAP_MB'] ?? grow(1024, 512));
  const pageCacheMb = Number(process.env['NEO4J_PAGECACHE_MB'] ?? grow(1024, 256));
  const server: LocalNeo4jServer = await startLocalNeo4j({
    dataDir: join(workDir, 'neo4j-server'),
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
    close: () => server.stop(),
  };
}
