export type GraphStoreErrorCode =
  | 'GRAPH_UNAVAILABLE'
  | 'INVALID_RECORD'
  /** A read option or filter outside its allowed range (depth, page size, unknown kind or type). */
  | 'INVALID_ARGUMENT'
  | 'DANGLING_RELATIONSHIP'
  | 'LOCKED'
  /** A read that needs more memory than the store may use (the embedded buffer pool): narrower input may pass. */
  | 'TOO_COSTLY'
  | 'QUERY_FAILED';

/** The one error type that leaves graph/: driver errors are translated into it, keeping `cause`. */
export class GraphStoreError extends Error {
  override readonly name = 'GraphStoreError';
  constructor(
    readonly code: GraphStoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isGraphStoreError(error: unknown): error is GraphStoreError {
  return error instanceof GraphStoreError;
}
