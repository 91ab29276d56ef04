import neo4j, { type ManagedTransaction, type Session } from 'neo4j-driver';
import type { GraphStore } from '../../graph-store.ts';
import type { CypherQuery } from '../../cypher/cypher-query.ts';
import { createCypherGraphStore, type CypherTransactions, type Row, type RunCypher } from '../cypher-graph-store.ts';
import { toNeo4jGraphStoreError } from './neo4j-errors.ts';
import { toNeo4jParams } from './neo4j-params.ts';

export interface Neo4jGraphStoreOptions {
  /** For example `neo4j://localhost:7687`. */
  uri: string;
  user: string;
  password: string;
  /** Named explicitly on every session, so the server never has to resolve a default. */
  database: string;
  /**
   * Server-side limit for each transaction; the driver retries transient failures within it.
   * @default 30_000
   */
  transactionTimeoutMs?: number;
  /**
   * How long to wait for a connection to the server before reporting GRAPH_UNAVAILABLE.
   * @default 10_000
   */
  connectionTimeoutMs?: number;
  /**
   * How long the driver keeps retrying a transaction after transient failures, an unreachable
   * server included, before the error is reported. The driver's own default is 30 s, too long
   * for a request or a health check to hang; 2 s covers a dropped connection or a leader change
   * in a cluster, while a request to a server that is down answers GRAPH_UNAVAILABLE in about 3 s.
   * @default 2_000
   */
  maxRetryTimeMs?: number;
}

const DEFAULT_TRANSACTION_TIMEOUT_MS = 30_000;
const DEFAULT_CONNECTION_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_RETRY_TIME_MS = 2_000;

function runIn(tx: ManagedTransaction): RunCypher {
  return async (query: CypherQuery): Promise<Row[]> => {
    const result = await tx.run(query.text, toNeo4jParams(query.params));
    return result.records.map((record) => record.toObject() as Row);
  };
}

/**
 * A GraphStore over a Neo4j server: one driver per store, a short session per operation with an
 * explicit database, and managed transactions (retried by the driver, so the work is idempotent:
 * every write is a MERGE keyed by id).
 */
export function createNeo4jGraphStore(options: Neo4jGraphStoreOptions): GraphStore {
  const target = { uri: options.uri, user: options.user, database: options.database };
  const timeout = options.transactionTimeoutMs ?? DEFAULT_TRANSACTION_TIMEOUT_MS;
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    // Counts and depths are small; plain numbers spare every caller the Integer type.
    disableLosslessIntegers: true,
    connectionTimeout: options.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS,
    maxTransactionRetryTime: options.maxRetryTimeMs ?? DEFAULT_MAX_RETRY_TIME_MS,
  });

  async function withSession<T>(use: (session: Session) => Promise<T>): Promise<T> {
    const session = driver.session({ database: options.database });
    try {
      return await use(session);
    } catch (error) {
      throw toNeo4jGraphStoreError(error, target);
    } finally {
      // A failing close must not hide the outcome of the work itself.
      await session.close().catch(() => undefined);
    }
  }

  const transactions: CypherTransactions = {
    read: (work) => withSession((session) => session.executeRead((tx) => work(runIn(tx)), { timeout })),
    write: (work) => withSession((session) => session.executeWrite((tx) => work(runIn(tx)), { timeout })),
    // Schema commands may not share a transaction with data writes, so each gets its own.
    async ensureSchema(statements) {
      for (const statement of statements) {
        await withSession((session) => session.executeWrite((tx) => runIn(tx)(statement), { timeout }));
      }
    },
    async close() {
      await driver.close();
    },
  };

  return createCypherGraphStore({ backend: 'neo4j', dialect: 'neo4j', transactions });
}
