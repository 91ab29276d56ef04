import { GraphStoreError } from '../../graph-store-error.ts';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

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
  if (message.startsWith('IO exception')) {
    return new GraphStoreError(
      'GRAPH_UNAVAILABLE',
      `Cannot use the graph database in DATA_DIR (${dataDir}): ${message}`,
      {
        cause: error,
      },
    );
  }
  return new GraphStoreError('QUERY_FAILED', `Embedded graph query failed: ${message}`, { cause: error });
}
