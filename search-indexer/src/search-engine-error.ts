export type SearchEngineErrorCode =
  /** Connection refused or reset, timeout, 5xx, a task that did not finish in time. */
  | 'SEARCH_UNAVAILABLE'
  /** Meilisearch refused the request (4xx) or a task failed; `meiliCode` says why. */
  | 'SEARCH_REQUEST_FAILED';

export interface SearchEngineErrorDetails {
  /** HTTP status, when a response arrived. */
  status?: number;
  /** Meilisearch's own error code, e.g. `index_not_found`, `invalid_api_key`. */
  meiliCode?: string;
  meiliType?: string;
  method?: string;
  /** Request path without the origin; never includes headers. */
  path?: string;
  taskUid?: number;
}

/**
 * The one error type that leaves search-indexer/. HTTP and task errors are translated into it, keeping a
 * `cause` that has been copied field by field so that it can never carry the request headers or the key.
 */
export class SearchEngineError extends Error {
  override readonly name = 'SearchEngineError';
  // Declared, not initialised, so fields without a value stay absent from inspect output and JSON.
  declare readonly status?: number;
  declare readonly meiliCode?: string;
  declare readonly meiliType?: string;
  declare readonly method?: string;
  declare readonly path?: string;
  declare readonly taskUid?: number;

  constructor(
    readonly code: SearchEngineErrorCode,
    message: string,
    details: SearchEngineErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    for (const [key, value] of Object.entries(details)) {
      if (value !== undefined) Object.defineProperty(this, key, { value, enumerable: true });
    }
  }
}

export function isSearchEngineError(error: unknown): error is SearchEngineError {
  return error instanceof SearchEngineError;
}

const COPIED_FIELDS = ['code', 'errno', 'syscall', 'address', 'port'] as const;

/**
 * A copy of an HTTP-layer error made of its message, stack and a few primitive fields, with every secret
 * replaced. Copying instead of filtering means a future undici version that attaches request options to its
 * errors still cannot leak the Authorization header through `cause`.
 */
export function sanitizeCause(error: unknown, secrets: readonly string[], depth = 0): Error {
  const scrub = (text: string): string => redactSecrets(text, secrets);
  if (!(error instanceof Error)) return new Error(scrub(String(error)));
  const nested =
    error instanceof AggregateError && depth < 4 ? error.errors.map((e) => sanitizeCause(e, secrets, depth + 1)) : [];
  const copy = (
    error instanceof AggregateError ? new AggregateError(nested, scrub(error.message)) : new Error(scrub(error.message))
  ) as Error & Record<string, unknown>;
  copy.name = scrub(error.name);
  copy.stack = scrub(error.stack ?? `${error.name}: ${error.message}`);
  const source = error as Error & Record<string, unknown>;
  for (const field of COPIED_FIELDS) {
    const value = source[field];
    if (typeof value === 'string') copy[field] = scrub(value);
    else if (typeof value === 'number') copy[field] = value;
  }
  if (error.cause !== undefined && depth < 4) copy.cause = sanitizeCause(error.cause, secrets, depth + 1);
  return copy;
}

export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) if (secret) result = result.split(secret).join('[redacted]');
  return result;
}
