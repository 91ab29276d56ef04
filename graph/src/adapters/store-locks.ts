import { randomBytes } from 'node:crypto';
import { GraphStoreError } from '../graph-store-error.ts';
import type { CypherDialect } from '../cypher/cypher-query.ts';
import {
  claimLeaseQuery,
  releaseLeaseQuery,
  renewLeaseQuery,
  takeLeaseQuery,
  writeLeaseConstraint,
} from '../cypher/lock-queries.ts';
import type { CypherTransactions } from './cypher-graph-store.ts';

export interface StoreLockOptions {
  /** How long a lease outlives a holder that stopped renewing it (a killed process). @default 15000 */
  leaseMs?: number;
  /** Longest wait for a key before giving up with GRAPH_UNAVAILABLE. @default 30000 */
  maxWaitMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Named locks over the store (docs/decisions/replicas.md). Within a process, callers of one key queue one behind
 * the other, so each process sends at most one contender per key to the database. On Neo4j the head of the queue
 * then takes a lease node shared by every process on the database: a short transaction sets the holder when the
 * lease is free or expired, a timer renews it while `work` runs, and it is deleted afterwards. A holder that dies
 * stops renewing, and its lease expires after `leaseMs`. LadybugDB is opened by one process only, so the queue is
 * the whole lock there.
 */
export function createStoreLocks(
  dialect: CypherDialect,
  transactions: CypherTransactions,
  options: StoreLockOptions = {},
) {
  const leaseMs = options.leaseMs ?? 15_000;
  const defaultMaxWaitMs = options.maxWaitMs ?? 30_000;
  const processId = `${process.pid}-${randomBytes(6).toString('hex')}`;
  const queues = new Map<string, Promise<unknown>>();
  let constraint: Promise<void> | undefined;
  let taken = 0;

  async function withLease<T>(key: string, work: () => Promise<T>, maxWaitMs: number): Promise<T> {
    constraint ??= transactions.ensureSchema([writeLeaseConstraint()]).catch((error: unknown) => {
      constraint = undefined;
      throw error;
    });
    await constraint;
    const holder = `${processId}-${++taken}`;
    const startedAt = Date.now();
    for (let pause = 2; ; pause = Math.min(pause * 2, 40)) {
      const free = await transactions.write(async (run) => {
        await run(claimLeaseQuery(key));
        const [row] = await run(takeLeaseQuery(key, holder, leaseMs));
        return row?.free === true;
      });
      if (free) break;
      if (Date.now() - startedAt > maxWaitMs) {
        throw new GraphStoreError(
          'GRAPH_UNAVAILABLE',
          `The store lock ${JSON.stringify(key)} stayed held for ${maxWaitMs} ms`,
        );
      }
      await sleep(pause);
    }
    const renewal = setInterval(() => {
      transactions.write((run) => run(renewLeaseQuery(key, holder, leaseMs))).catch(() => undefined);
    }, leaseMs / 3);
    renewal.unref();
    try {
      return await work();
    } finally {
      clearInterval(renewal);
      // Should the release fail, the lease expires by itself.
      await transactions.write((run) => run(releaseLeaseQuery(key, holder))).catch(() => undefined);
    }
  }

  return {
    withLock<T>(key: string, work: () => Promise<T>, lockOptions: { maxWaitMs?: number } = {}): Promise<T> {
      const maxWaitMs = lockOptions.maxWaitMs ?? defaultMaxWaitMs;
      const locked = dialect === 'neo4j' ? () => withLease(key, work, maxWaitMs) : work;
      const previous = queues.get(key) ?? Promise.resolve();
      const next = previous.then(locked, locked);
      const settled = next.catch(() => undefined);
      queues.set(key, settled);
      void settled.then(() => {
        if (queues.get(key) === settled) queues.delete(key);
      });
      return next;
    },
  };
}
