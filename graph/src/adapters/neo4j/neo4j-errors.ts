import neo4j, { Neo4jError } from 'neo4j-driver';
import { GraphStoreError } from '../../graph-store-error.ts';

export interface Neo4jTarget {
  uri: string;
  user: string;
  database: string;
}

/** A URI may carry `user:password@`; messages only ever show it without. */
export function redactUri(uri: string): string {
  try {
    const url = new URL(uri);
    url.username = '';
    url.password = '';
    return url.toString().replace(/\/$/, '');
  } catch {
    return '(unparseable NEO4J_URI)';
  }
}

const UNAVAILABLE_CODES: ReadonlySet<string> = new Set([neo4j.error.SERVICE_UNAVAILABLE, neo4j.error.SESSION_EXPIRED]);

/**
 * The driver's connection failures carry a paragraph about encryption settings, or (neo4j:// URIs) a routing-table
 * dump, with the socket error at the end of a "Caused by:" somewhere down the cause chain. The socket error
 * (ECONNREFUSED, ETIMEDOUT, ECONNRESET) is what says what happened.
 */
function unavailableReason(error: Neo4jError): string {
  const messages: string[] = [];
  for (let e: unknown = error; e instanceof Error && messages.length < 5; e = e.cause) messages.push(e.message);
  const socketError = messages.map((m) => /Caused by: (.+)$/s.exec(m)?.[1]?.trim()).find(Boolean);
  if (messages.some((m) => m.startsWith('Failed to connect to server'))) {
    return `cannot connect${socketError ? ` (${socketError})` : ''}`;
  }
  return error.message;
}

/**
 * The one place Neo4j driver errors become GraphStoreErrors. Messages name the server, user and
 * database, never the password; the driver error stays available as `cause`.
 */
export function toNeo4jGraphStoreError(error: unknown, target: Neo4jTarget): GraphStoreError {
  if (error instanceof GraphStoreError) return error;
  const where = `Neo4j at ${redactUri(target.uri)} (database "${target.database}")`;
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(error.code)) {
      return new GraphStoreError('GRAPH_UNAVAILABLE', `${where} is unavailable: ${unavailableReason(error)}`, {
        cause: error,
      });
    }
    if (error.code.startsWith('Neo.ClientError.Security.')) {
      return new GraphStoreError(
        'GRAPH_UNAVAILABLE',
        `${where} refused user "${target.user}"; check NEO4J_USER and NEO4J_PASSWORD`,
        { cause: error },
      );
    }
    if (error.code === 'Neo.ClientError.Database.DatabaseNotFound') {
      return new GraphStoreError('GRAPH_UNAVAILABLE', `${where} does not exist; check NEO4J_DATABASE`, {
        cause: error,
      });
    }
    return new GraphStoreError('QUERY_FAILED', `${where} rejected a query (${error.code}): ${error.message}`, {
      cause: error,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new GraphStoreError('QUERY_FAILED', `${where} failed: ${message}`, { cause: error });
}
