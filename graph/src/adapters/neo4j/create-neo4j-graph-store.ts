import neo4j, { type ManagedTransaction, type Session } from 'neo4j-driver';
import type { GraphStore } from '../../graph-store.ts';
import type { CypherQuery } from '../../cypher/cypher-query.ts';
import { createCypherGraphStore, type CypherTransactions, type Row, type RunCypher } from '../cypher-graph-store.ts';
import { pingQuery } from '../../cypher/count-queries.ts';
import { redactUri, toNeo4jGraphStoreError } from './neo4j-errors.ts';
import {
  createNeo4jHangGuard,
  NEVER_ABANDONED,
  type GuardedAttempt,
  type Neo4jHangDetection,
  type Neo4jHangGuard,
} from './neo4j-hang-guard.ts';
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
  /**
   * How a server that stopped answering (a stopped JVM) is told from a slow one, so that callers are refused with
   * GRAPH_UNAVAILABLE instead of waiting for it (see neo4j-hang-guard.ts for the defaults). Off unless given: the
   * API service turns it on for the readers it answers; loads, the CLI and the bench wait for the server instead,
   * since a busy server that stalls for a second would otherwise fail work that nobody is waiting on interactively.
   */
  hangDetection?: Neo4jHangDetection;
}

/** Transactions as they are, never given up on. */
const UNGUARDED: Pick<Neo4jHangGuard, 'read' | 'write'> = {
  read: (work) => work(NEVER_ABANDONED),
  write: (work) => work(NEVER_ABANDONED),
};

const DEFAULT_TRANSACTION_TIMEOUT_MS = 30_000;
const DEFAULT_CONNECTION_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_RETRY_TIME_MS = 2_000;

function runIn(tx: ManagedTransaction, attempt: GuardedAttempt): RunCypher {
  return async (query: CypherQuery): Promise<Row[]> => {
    attempt.checkAbandoned();
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

  const guard =
    options.hangDetection === undefined
      ? UNGUARDED
      : createNeo4jHangGuard({
          where: `Neo4j at ${redactUri(options.uri)} (database "${options.database}")`,
          // Outside the guard, in a session of its own: the question is whether the server answers at all.
          async isAlive() {
            const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
            try {
              await session.run(pingQuery().text);
            } finally {
              void session.close().catch(() => undefined);
            }
          },
          detection: options.hangDetection,
        });

  /** A write whose work is done commits only if the guard has not given up on it; see GuardedAttempt. */
  const committing =
    <T>(work: (run: RunCypher) => Promise<T>, attempt: GuardedAttempt) =>
    async (tx: ManagedTransaction): Promise<T> => {
      const result = await work(runIn(tx, attempt));
      attempt.beforeCommit();
      return result;
    };

  const transactions: CypherTransactions = {
    read: (work) =>
      guard.read((attempt) =>
        withSession((session) => session.executeRead((tx) => work(runIn(tx, attempt)), { timeout })),
      ),
    write: (work) =>
      guard.write((attempt) => withSession((session) => session.executeWrite(committing(work, attempt), { timeout }))),
    // Schema commands may not share a transaction with data writes, so each gets its own.
    async ensureSchema(statements) {
      for (const statement of statements) {
        await guard.write((attempt) =>
          withSession((session) =>
            session.executeWrite(
              committing((run) => run(statement), attempt),
              { timeout },
            ),
          ),
        );
      }
    },
    async close() {
      await driver.close();
    },
  };

  return createCypherGraphStore({ backend: 'neo4j', dialect: 'neo4j', transactions });
}
