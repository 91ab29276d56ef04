import { GraphStoreError } from '../../graph-store-error.ts';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const EMBEDDED_WAL_FILE = 'graph.lbug.wal';

export function lockedError(
  dataDir: string,
  holder: 'another process' | 'this process',
  cause?: unknown,
): GraphStoreError {
  const advice =
    holder === 'this process'
      ? 'Close the store that has it open before opening another.'
      : 'Stop that process (for example the running API) or send the write through it; ' +
        'tools that only read can open DATA_DIR read-only beside it.';
  return new GraphStoreError(
    'LOCKED',
    `The graph database in DATA_DIR (${dataDir}) is already open for writing in ${holder}. ${advice}`,
    { cause },
  );
}

/** LadybugDB's failure to read or write its files: a full disk, a failing device, a file removed under it. */
export function isIoFailure(error: unknown): boolean {
  return messageOf(error).startsWith('IO exception');
}

/**
 * LadybugDB's own message for a failed write(2) ends in "Error: Success" (errno was not kept), so it cannot say
 * which; a full disk is by far the likeliest cause, and its check is cheap for whoever reads the message.
 */
function ioFailureMessage(dataDir: string, error: unknown): string {
  const detail = messageOf(error).replace(/\s*Error: Success\.?$/, '');
  return `Cannot read or write the graph database in DATA_DIR (${dataDir}); is the disk full? (${detail})`;
}

/** Writes are refused until a checkpoint succeeds; see `walFault` in the embedded store. */
export function writesSuspendedError(
  dataDir: string,
  fault: { error: unknown; since: Date },
  checkpointError: unknown,
): GraphStoreError {
  return new GraphStoreError(
    'GRAPH_UNAVAILABLE',
    `Writes to the graph database in DATA_DIR (${dataDir}) are suspended since ${fault.since.toISOString()}, ` +
      `when a write failed: ${ioFailureMessage(dataDir, fault.error)}. They resume by themselves once a checkpoint ` +
      `succeeds (the last attempt: ${messageOf(checkpointError)}); reads keep working.`,
    { cause: checkpointError },
  );
}

/** The one place LadybugDB errors become GraphStoreErrors. */
export function toEmbeddedGraphStoreError(error: unknown, dataDir: string): GraphStoreError {
  if (error instanceof GraphStoreError) return error;
  const message = messageOf(error);
  if (message.includes('Could not set lock on file')) return lockedError(dataDir, 'another process', error);
  if (message.includes('Cannot create an empty database under READ ONLY mode')) {
    return new GraphStoreError(
      'GRAPH_UNAVAILABLE',
      `There is no graph database in DATA_DIR (${dataDir}) to open read-only; load the graph first`,
      { cause: error },
    );
  }
  if (message.includes('Cannot execute write operations in a read-only database')) {
    return new GraphStoreError('QUERY_FAILED', `The graph store on DATA_DIR (${dataDir}) was opened read-only`, {
      cause: error,
    });
  }
  if (/(Connection|Database) is closed/.test(message)) {
    return new GraphStoreError('GRAPH_UNAVAILABLE', 'The embedded graph database is closed', { cause: error });
  }
  if (isIoFailure(error)) {
    return new GraphStoreError('GRAPH_UNAVAILABLE', ioFailureMessage(dataDir, error), { cause: error });
  }
  if (message.includes('the WAL file is corrupted')) {
    // Seen when the process died while its last WAL write was torn (a full disk), before a checkpoint succeeded.
    return new GraphStoreError(
      'GRAPH_UNAVAILABLE',
      `The graph database in DATA_DIR (${dataDir}) cannot be opened: its write-ahead log (${EMBEDDED_WAL_FILE}) ` +
        'ends in a damaged record, as a crash while the disk was full leaves it. Keep a copy of DATA_DIR, then ' +
        'restore a backup or reload the graph (seeds and imports).',
      { cause: error },
    );
  }
  if (message.includes('The buffer pool is full')) {
    // Measured: the shortest paths between two entities joined through hubs by hundreds of paths, at 256 MiB.
    return new GraphStoreError(
      'TOO_COSTLY',
      'The query needs more memory than the graph store may use (GRAPH_BUFFER_POOL_MB); fewer hops or fewer ' +
        'relationship types may pass',
      { cause: error },
    );
  }
  return new GraphStoreError('QUERY_FAILED', `Embedded graph query failed: ${message}`, { cause: error });
}
