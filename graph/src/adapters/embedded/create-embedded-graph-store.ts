import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, realpath, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import lbug, { type Connection, type LbugValue, type PreparedStatement, type QueryResult } from '@ladybugdb/core';
import { GraphStoreError } from '../../graph-store-error.ts';
import type { GraphStore } from '../../graph-store.ts';
import type { CypherQuery } from '../../cypher/cypher-query.ts';
import { ladybugTablesQuery, SCHEMA_TABLES } from '../../cypher/schema-statements.ts';
import {
  createCypherGraphStore,
  type BulkCopy,
  type CypherTransactions,
  type Row,
  type RunCypher,
} from '../cypher-graph-store.ts';
import { copyEntitiesStatement, copyRelatesStatement, exportStatement } from '../../cypher/bulk-copy-statements.ts';
import { upsertEntitiesQuery } from '../../cypher/entity-queries.ts';
import { isCopyableEntityRow, parseCsvLine, writeEntityCopyFile, writeRelatesCopyFile } from './copy-files.ts';
import { isIoFailure, lockedError, toEmbeddedGraphStoreError, writesSuspendedError } from './embedded-errors.ts';
import { createSerialQueue } from './serial-queue.ts';

export interface EmbeddedGraphStoreOptions {
  /**
   * Directory for the database. LadybugDB keeps a database in one file, here `graph.lbug`, with
   * `graph.lbug.wal` and friends beside it while open; the directory is created if missing.
   */
  dataDir: string;
  /**
   * Buffer pool size. LadybugDB's own default takes a large share of the machine's memory. Only pages read are
   * resident, so a pool larger than the database costs nothing (100,000 entities take about 62 MiB on disk), but
   * a bulk load needs room: loading 100,000 entities fails with "the buffer pool is full" at 128 MiB.
   * @default 268_435_456 (256 MiB)
   */
  bufferPoolBytes?: number;
  /**
   * Open without taking the write lock, beside a process that has the database open for writing.
   * The database must already exist, and the store sees it as it was when opened: later commits
   * by the writer show only after reopening.
   * @default false
   */
  readOnly?: boolean;
  /**
   * Longest a single statement may run before LadybugDB interrupts it.
   * @default 30_000
   */
  queryTimeoutMs?: number;
  /**
   * Longest a single statement of a bulk load (one COPY of up to 100,000 rows, or the scan of
   * stored relationships) may run.
   * @default 600_000
   */
  bulkQueryTimeoutMs?: number;
  /**
   * Where a bulk load writes its temporary CSV files (in a fresh subdirectory, removed afterwards).
   * Its path may hold only letters, digits, `_`, `-`, `.` and `/`, since COPY takes it as text.
   * @default the system's temporary directory (os.tmpdir())
   */
  bulkTempDir?: string;
}

/** The database file inside DATA_DIR. */
export const EMBEDDED_DATABASE_FILE = 'graph.lbug';

const DEFAULT_BUFFER_POOL_BYTES = 256 * 1024 * 1024;
const DEFAULT_QUERY_TIMEOUT_MS = 30_000;
const DEFAULT_BULK_QUERY_TIMEOUT_MS = 600_000;

/**
 * Rows read synchronously before yielding to the event loop. The driver's async `getAll` costs a
 * thread-pool round trip per row (measured: 100,000 one-column rows in 3.3 s, against 0.1 s
 * synchronously), so rows are read synchronously in slices that keep the loop responsive.
 */
const ROWS_PER_SLICE = 2_000;

/** Rows per UNWIND for the rows a bulk load cannot COPY, as for ordinary upserts. */
const UPSERT_BATCH_SIZE = 1_000;

/**
 * LadybugDB's file lock is per process, so a second read-write open from the same process would
 * succeed and two writers would share one file. Directories open for writing here are tracked.
 */
const writableDirsInThisProcess = new Set<string>();

function requirePositiveInteger(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new GraphStoreError('INVALID_ARGUMENT', `${name} must be a positive integer, got ${String(value)}`);
  }
  return value;
}

async function collectRows(result: QueryResult | QueryResult[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const part of Array.isArray(result) ? result : [result]) {
    try {
      let inSlice = 0;
      while (part.hasNext()) {
        const row = part.getNextSync();
        if (row) rows.push(row);
        if (++inSlice === ROWS_PER_SLICE) {
          inSlice = 0;
          await yieldToEventLoop();
        }
      }
    } finally {
      part.close();
    }
  }
  return rows;
}

/**
 * A GraphStore over LadybugDB in this process. Every query goes through one connection, one at
 * a time; write batches run in an explicit transaction, so a failing batch leaves nothing behind.
 */
export async function createEmbeddedGraphStore(options: EmbeddedGraphStoreOptions): Promise<GraphStore> {
  const readOnly = options.readOnly ?? false;
  const bufferPoolBytes = requirePositiveInteger(
    options.bufferPoolBytes ?? DEFAULT_BUFFER_POOL_BYTES,
    'bufferPoolBytes',
  );
  const queryTimeoutMs = requirePositiveInteger(options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS, 'queryTimeoutMs');
  const bulkQueryTimeoutMs = requirePositiveInteger(
    options.bulkQueryTimeoutMs ?? DEFAULT_BULK_QUERY_TIMEOUT_MS,
    'bulkQueryTimeoutMs',
  );
  const dataDir = path.resolve(options.dataDir);
  const bulkTempDir = path.resolve(options.bulkTempDir ?? tmpdir());
  const fail = (error: unknown) => toEmbeddedGraphStoreError(error, dataDir);

  let lockKey: string | undefined;
  if (!readOnly) {
    try {
      await mkdir(dataDir, { recursive: true });
      lockKey = await realpath(dataDir);
    } catch (error) {
      throw new GraphStoreError('GRAPH_UNAVAILABLE', `Cannot create DATA_DIR (${dataDir})`, { cause: error });
    }
    if (writableDirsInThisProcess.has(lockKey)) throw lockedError(dataDir, 'this process');
    writableDirsInThisProcess.add(lockKey);
  }
  const releaseLock = () => {
    if (lockKey) writableDirsInThisProcess.delete(lockKey);
  };

  let database: InstanceType<typeof lbug.Database>;
  let connection: Connection;
  try {
    database = new lbug.Database(path.join(dataDir, EMBEDDED_DATABASE_FILE), bufferPoolBytes, true, readOnly);
    await database.init();
    connection = new lbug.Connection(database);
    connection.setQueryTimeout(queryTimeoutMs);
    await connection.init();
  } catch (error) {
    releaseLock();
    throw fail(error);
  }

  const queue = createSerialQueue();
  const prepared = new Map<string, PreparedStatement>();

  async function statement(text: string): Promise<PreparedStatement> {
    const cached = prepared.get(text);
    if (cached) return cached;
    const fresh = await connection.prepare(text);
    // A failed preparation (say, before ensureSchema) must not stick: the text may work later.
    if (!fresh.isSuccess()) throw new Error(fresh.getErrorMessage());
    prepared.set(text, fresh);
    return fresh;
  }

  const run: RunCypher = async (query: CypherQuery) => {
    const params = { ...query.params } as Record<string, LbugValue>;
    return collectRows(await connection.execute(await statement(query.text), params));
  };

  async function control(text: string): Promise<void> {
    await collectRows(await connection.query(text));
  }

  /** For parameter-free statements whose text is different every time (COPY from a fresh file): not cached. */
  async function runUnprepared(query: CypherQuery): Promise<void> {
    if (Object.keys(query.params).length > 0) throw new Error('runUnprepared takes no parameters');
    await collectRows(await connection.query(query.text));
  }

  /** LadybugDB rolls a transaction back itself when a statement in it fails; ROLLBACK then has nothing to do. */
  async function rollbackQuietly(): Promise<void> {
    try {
      await control('ROLLBACK');
    } catch {
      // "No active transaction for ROLLBACK": already rolled back.
    }
  }

  /**
   * Set when a write failed on an IO error (measured on a full disk: LadybugDB wrote part of a WAL page). The WAL
   * may then end in a torn record, and replay after a crash stops there: a commit acknowledged after it would be
   * lost, or the database would refuse to open ("Checksum verification failed, the WAL file is corrupted").
   * So writes stay fenced off until a CHECKPOINT succeeds, which writes the committed state into the database file
   * and starts a fresh WAL. Reads keep working meanwhile.
   */
  let walFault: { error: unknown; since: Date } | undefined;

  /** Runs inside the queue. Resolves when writes are safe; rejects with GRAPH_UNAVAILABLE while they are not. */
  async function clearWalFault(): Promise<void> {
    const fault = walFault;
    if (!fault) return;
    try {
      await control('CHECKPOINT');
      walFault = undefined;
    } catch (error) {
      throw writesSuspendedError(dataDir, fault, error);
    }
  }

  function inTransaction<T>(
    begin: string,
    work: (run: RunCypher) => Promise<T>,
    access: 'read' | 'write' = 'write',
  ): Promise<T> {
    return queue
      .run(async () => {
        if (access === 'write') await clearWalFault();
        await control(begin);
        try {
          const value = await work(run);
          await control('COMMIT');
          return value;
        } catch (error) {
          await rollbackQuietly();
          if (access === 'write' && isIoFailure(error)) walFault ??= { error, since: new Date() };
          throw error;
        }
      })
      .catch((error: unknown) => {
        throw fail(error);
      });
  }

  /**
   * COPY FROM runs inside the transaction (a ROLLBACK undoes it: checked in the tests), from CSV
   * files in a private temporary directory removed afterwards. The statement timeout is raised
   * for the duration, since one COPY may take longer than an ordinary query.
   */
  function bulkWrite<T>(work: (run: RunCypher, copy: BulkCopy) => Promise<T>): Promise<T> {
    return inTransaction('BEGIN TRANSACTION', async (runInTransaction) => {
      const directory = await mkdtemp(path.join(bulkTempDir, 'icg-bulk-'));
      let files = 0;
      const copy: BulkCopy = {
        async entities(rows) {
          const copyable = rows.filter(isCopyableEntityRow);
          const others = rows.filter((row) => !isCopyableEntityRow(row));
          for (let start = 0; start < others.length; start += UPSERT_BATCH_SIZE) {
            await runInTransaction(upsertEntitiesQuery(others.slice(start, start + UPSERT_BATCH_SIZE)));
          }
          if (copyable.length > 0) {
            const file = path.join(directory, `entities-${++files}.csv`);
            await writeEntityCopyFile(file, copyable);
            await runUnprepared(copyEntitiesStatement(file));
            await rm(file, { force: true });
          }
          return { copied: copyable.length, upserted: others.length };
        },
        async relates(rows) {
          if (rows.length === 0) return { copied: 0, upserted: 0 };
          const file = path.join(directory, `relates-${++files}.csv`);
          await writeRelatesCopyFile(file, rows);
          await runUnprepared(copyRelatesStatement(file));
          await rm(file, { force: true });
          return { copied: rows.length, upserted: 0 };
        },
      };
      connection.setQueryTimeout(bulkQueryTimeoutMs);
      try {
        return await work(runInTransaction, copy);
      } finally {
        connection.setQueryTimeout(queryTimeoutMs);
        await rm(directory, { recursive: true, force: true });
      }
    });
  }

  /**
   * COPY TO writes a query's rows natively: on 500k relationships about 2 s, where reading the same rows through
   * the binding value by value took about a minute. The file is read back line by line and removed.
   */
  async function exportRows(query: CypherQuery, onRow: (fields: readonly string[]) => void): Promise<void> {
    const directory = await mkdtemp(path.join(bulkTempDir, 'icg-export-'));
    try {
      const file = path.join(directory, 'rows.csv');
      await inTransaction('BEGIN TRANSACTION READ ONLY', () => runUnprepared(exportStatement(query, file)), 'read');
      const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
      for await (const line of lines) if (line !== '') onRow(parseCsvLine(line));
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  }

  const transactions: CypherTransactions = {
    // A read-only transaction gives multi-query reads one snapshot even beside a writing process.
    read: (work) => inTransaction('BEGIN TRANSACTION READ ONLY', work, 'read'),
    write: (work) => inTransaction('BEGIN TRANSACTION', work),
    bulkWrite,
    exportRows,
    ensureSchema: (statements) =>
      queue
        .run(async () => {
          if (readOnly) {
            const present = new Set((await run(ladybugTablesQuery())).map((row) => String(row.name)));
            const missing = SCHEMA_TABLES.filter((table) => !present.has(table));
            if (missing.length > 0) {
              throw new GraphStoreError(
                'GRAPH_UNAVAILABLE',
                `The graph database in DATA_DIR (${dataDir}) has no ${missing.join(' or ')} table; ` +
                  'open it read-write once (or load the graph) to create the schema',
              );
            }
            return;
          }
          await clearWalFault();
          // DDL runs in its own auto-committed statements, outside any manual transaction.
          try {
            for (const ddl of statements) await control(ddl.text);
          } catch (error) {
            if (isIoFailure(error)) walFault ??= { error, since: new Date() };
            throw error;
          }
        })
        .catch((error: unknown) => {
          throw fail(error);
        }),
    async close() {
      await queue.drained();
      prepared.clear();
      try {
        await connection.close();
        await database.close();
      } catch (error) {
        throw fail(error);
      } finally {
        releaseLock();
      }
    },
  };

  const store = createCypherGraphStore({ backend: 'embedded', dialect: 'ladybug', transactions });
  return {
    ...store,
    // Reads alone would answer while writes fail; a store that cannot take writes is reported unavailable, and
    // the same call lifts the fence once the disk takes writes again, so health recovers without a restart.
    async ping() {
      await store.ping();
      await queue.run(clearWalFault).catch((error: unknown) => {
        throw fail(error);
      });
    },
  };
}
