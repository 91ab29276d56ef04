import { Pool } from 'undici';
import type {
  EnqueuedTask,
  IndexInfo,
  IndexSettings,
  IndexStats,
  MeiliErrorBody,
  MultiSearchQuery,
  SearchParams,
  SearchResponse,
  Task,
  VersionInfo,
} from './meili-types.ts';
import { SearchEngineError, redactSecrets, sanitizeCause } from './search-engine-error.ts';

export interface MeiliClientOptions {
  /** Base URL of Meilisearch, e.g. `http://127.0.0.1:7700`; a path prefix (behind a proxy) is kept. */
  url: string;
  /** Master, admin or search key; sent as a Bearer token and never put into errors. */
  apiKey?: string;
  /**
   * Per request: connecting, waiting for the answer and reading it.
   * @default 5000
   */
  timeoutMs?: number;
  /**
   * Upper bound on concurrent connections to Meilisearch.
   * @default 16
   */
  connections?: number;
}

export interface WaitForTaskOptions {
  /** @default 60000 */
  timeoutMs?: number;
  /** First polling interval; it grows to 200 ms. @default 10 */
  intervalMs?: number;
  /**
   * Keep waiting past `timeoutMs` for as long as Meilisearch is processing a task (this one, or one it waits
   * behind), so that `timeoutMs` bounds the time without progress. For bulk indexing: Meilisearch merges queued
   * additions into one batch, and at a million documents one batch runs for most of an hour.
   * @default false
   */
  whileProcessing?: boolean;
}

export interface MeiliClient {
  readonly url: string;
  /** `timeoutMs` bounds this one call (a liveness check wants a shorter bound than the client's). */
  health(options?: { timeoutMs?: number }): Promise<{ status: string }>;
  version(): Promise<VersionInfo>;
  createIndex(uid: string, options?: { primaryKey?: string }): Promise<EnqueuedTask>;
  getIndex(uid: string): Promise<IndexInfo>;
  getIndexStats(uid: string): Promise<IndexStats>;
  deleteIndex(uid: string): Promise<EnqueuedTask>;
  getSettings(uid: string): Promise<IndexSettings>;
  updateSettings(uid: string, settings: IndexSettings): Promise<EnqueuedTask>;
  addOrReplaceDocuments(
    uid: string,
    documents: readonly object[],
    options?: { primaryKey?: string },
  ): Promise<EnqueuedTask>;
  /** One stored document by primary key; rejects with `document_not_found` when absent. */
  getDocument<T extends object>(uid: string, documentId: string): Promise<T>;
  deleteDocuments(uid: string, ids: readonly string[]): Promise<EnqueuedTask>;
  getTask(taskUid: number): Promise<Task>;
  /**
   * Polls until the task succeeds. A failed or canceled task rejects with SEARCH_REQUEST_FAILED and the
   * task's error code; one still pending after `timeoutMs` (without progress, with `whileProcessing`) rejects with
   * SEARCH_UNAVAILABLE.
   */
  waitForTask(task: number | EnqueuedTask, options?: WaitForTaskOptions): Promise<Task>;
  search<T extends object>(uid: string, params: SearchParams): Promise<SearchResponse<T>>;
  multiSearch<T extends object>(queries: readonly MultiSearchQuery[]): Promise<{ results: SearchResponse<T>[] }>;
  /** Atomically exchanges the contents of each pair of indexes (used to publish a rebuilt index). */
  swapIndexes(pairs: readonly (readonly [string, string])[]): Promise<EnqueuedTask>;
  /** Closes the keep-alive connections; the client is unusable afterwards. */
  close(): Promise<void>;
}

/**
 * A small Meilisearch client on an undici Pool. Node's global fetch is avoided on purpose: on Node 20 every
 * keep-alive response above about 0.5 KB arrived about 44 ms late (measured with Meilisearch 1.21).
 */
export function createMeiliClient(options: MeiliClientOptions): MeiliClient {
  const base = new URL(options.url);
  const origin = base.origin;
  const prefix = base.pathname.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 5_000;
  const secrets = options.apiKey ? [options.apiKey] : [];
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;

  const pool = new Pool(origin, {
    connections: options.connections ?? 16,
    connect: { timeout: timeoutMs },
    // Below actix-web's 5 s keep-alive, so a pooled socket is never reused just as the server closes it.
    keepAliveTimeout: 4_000,
    keepAliveMaxTimeout: 4_000,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });

  type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

  async function call<T>(method: Method, path: string, body?: unknown, callTimeoutMs = timeoutMs): Promise<T> {
    const fullPath = `${prefix}${path}`;
    const where = { method, path: fullPath };
    let statusCode: number;
    let text: string;
    try {
      const response = await pool.request({
        method,
        path: fullPath,
        headers,
        body: body === undefined ? null : JSON.stringify(body),
        signal: AbortSignal.timeout(callTimeoutMs),
      });
      statusCode = response.statusCode;
      text = await response.body.text();
    } catch (error) {
      const reason = redactSecrets(describeTransportError(error, callTimeoutMs), secrets);
      throw new SearchEngineError(
        'SEARCH_UNAVAILABLE',
        `Meilisearch at ${origin} is unavailable (${method} ${fullPath}): ${reason}`,
        where,
        { cause: sanitizeCause(error, secrets) },
      );
    }

    if (statusCode >= 200 && statusCode < 300) {
      if (!text) return undefined as T;
      try {
        return JSON.parse(text) as T;
      } catch (cause) {
        throw new SearchEngineError(
          'SEARCH_UNAVAILABLE',
          `Meilisearch answered ${method} ${fullPath} with invalid JSON`,
          { ...where, status: statusCode },
          { cause: sanitizeCause(cause, secrets) },
        );
      }
    }

    const meiliError = parseMeiliError(text);
    const message = redactSecrets(meiliError?.message ?? text.slice(0, 200), secrets);
    const status = meiliError ? `${statusCode} ${meiliError.code}` : String(statusCode);
    throw new SearchEngineError(
      statusCode >= 500 ? 'SEARCH_UNAVAILABLE' : 'SEARCH_REQUEST_FAILED',
      `Meilisearch answered ${method} ${fullPath} with ${status}: ${message}`,
      { ...where, status: statusCode, meiliCode: meiliError?.code, meiliType: meiliError?.type },
    );
  }

  /** Whether Meilisearch is working: on `task` itself, or on another task that `task` is queued behind. */
  const isProcessing = async (task: Task): Promise<boolean> =>
    task.status === 'processing' ||
    (await call<{ total: number | null; results: unknown[] }>('GET', '/tasks?statuses=processing&limit=1')).results
      .length > 0;

  const indexPath = (uid: string): string => `/indexes/${encodeURIComponent(uid)}`;
  const withPrimaryKey = (path: string, primaryKey?: string): string =>
    primaryKey ? `${path}?primaryKey=${encodeURIComponent(primaryKey)}` : path;

  const client: MeiliClient = {
    url: options.url,
    health: (healthOptions) => call('GET', '/health', undefined, healthOptions?.timeoutMs),
    version: () => call('GET', '/version'),
    createIndex: (uid, createOptions) =>
      call('POST', '/indexes', { uid, primaryKey: createOptions?.primaryKey ?? null }),
    getIndex: (uid) => call('GET', indexPath(uid)),
    getIndexStats: (uid) => call('GET', `${indexPath(uid)}/stats`),
    deleteIndex: (uid) => call('DELETE', indexPath(uid)),
    getSettings: (uid) => call('GET', `${indexPath(uid)}/settings`),
    updateSettings: (uid, settings) => call('PATCH', `${indexPath(uid)}/settings`, settings),
    addOrReplaceDocuments: (uid, documents, addOptions) =>
      call('POST', withPrimaryKey(`${indexPath(uid)}/documents`, addOptions?.primaryKey), documents),
    getDocument: (uid, documentId) => call('GET', `${indexPath(uid)}/documents/${encodeURIComponent(documentId)}`),
    deleteDocuments: (uid, ids) => call('POST', `${indexPath(uid)}/documents/delete-batch`, ids),
    getTask: (taskUid) => call('GET', `/tasks/${taskUid}`),
    async waitForTask(task, waitOptions) {
      const taskUid = typeof task === 'number' ? task : task.taskUid;
      const waitTimeoutMs = waitOptions?.timeoutMs ?? 60_000;
      let deadline = Date.now() + waitTimeoutMs;
      let interval = waitOptions?.intervalMs ?? 10;
      for (;;) {
        const current = await client.getTask(taskUid);
        if (current.status === 'succeeded') return current;
        if (current.status === 'failed' || current.status === 'canceled') {
          throw new SearchEngineError(
            'SEARCH_REQUEST_FAILED',
            `Meilisearch task ${taskUid} (${current.type} on ${current.indexUid ?? 'no index'}) ${current.status}` +
              (current.error ? `: ${current.error.code}: ${redactSecrets(current.error.message, secrets)}` : ''),
            { taskUid, meiliCode: current.error?.code, meiliType: current.error?.type },
          );
        }
        if (Date.now() >= deadline && waitOptions?.whileProcessing && (await isProcessing(current))) {
          deadline = Date.now() + waitTimeoutMs;
        }
        if (Date.now() >= deadline) {
          throw new SearchEngineError(
            'SEARCH_UNAVAILABLE',
            `Meilisearch task ${taskUid} (${current.type}) is still ${current.status} after ${waitTimeoutMs} ms`,
            { taskUid },
          );
        }
        await new Promise((r) => setTimeout(r, interval));
        interval = Math.min(200, Math.ceil(interval * 1.5));
      }
    },
    search: (uid, params) => call('POST', `${indexPath(uid)}/search`, params),
    multiSearch: (queries) => call('POST', '/multi-search', { queries }),
    swapIndexes: (pairs) =>
      call(
        'POST',
        '/swap-indexes',
        pairs.map(([a, b]) => ({ indexes: [a, b] })),
      ),
    close: () => pool.close(),
  };
  return client;
}

function parseMeiliError(text: string): MeiliErrorBody | undefined {
  try {
    const parsed = JSON.parse(text) as Partial<MeiliErrorBody>;
    if (typeof parsed.code === 'string' && typeof parsed.message === 'string') return parsed as MeiliErrorBody;
  } catch {
    // Not JSON: a proxy's error page, for instance.
  }
  return undefined;
}

function describeTransportError(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; code?: string; message?: string; cause?: { code?: string } } | undefined;
  const code = e?.code ?? e?.cause?.code;
  if (
    e?.name === 'TimeoutError' ||
    code === 'UND_ERR_CONNECT_TIMEOUT' ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT'
  ) {
    return `no answer within ${timeoutMs} ms`;
  }
  const message = e?.message ?? String(error);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}
