import { createRequire } from 'node:module';

/** The part of undici's Pool the benchmark uses. */
interface HttpPool {
  request(options: {
    method: 'POST';
    path: string;
    headers: Record<string, string>;
    body: string;
  }): Promise<{ statusCode: number; body: { text(): Promise<string> } }>;
  close(): Promise<void>;
}

// undici is a dependency of search-indexer (its Meilisearch client), not of the repository root.
const undici = createRequire(new URL('../../search-indexer/package.json', import.meta.url))('undici') as {
  Pool: new (origin: string, options: Record<string, unknown>) => HttpPool;
};

/**
 * A JSON POST endpoint on a keep-alive undici pool. Both paths measured use it, so they differ only in what
 * answers; Node's global fetch would add about 44 ms to every response above about 0.5 KB (measured with Meilisearch 1.21).
 */
export interface JsonEndpoint {
  /** Sends the body; rejects on a non-2xx status or an answer `check` refuses. */
  post(body: unknown): Promise<unknown>;
  close(): Promise<void>;
}

export function createJsonEndpoint(
  url: string,
  options: { headers?: Record<string, string>; connections: number; check?: (answer: unknown) => void },
): JsonEndpoint {
  const { origin, pathname } = new URL(url);
  const pool = new undici.Pool(origin, { connections: options.connections, pipelining: 1 });
  const headers = { 'content-type': 'application/json', ...options.headers };
  return {
    async post(body) {
      const request = { method: 'POST' as const, path: pathname, headers, body: JSON.stringify(body) };
      // A pooled connection the server closed while idle (its keep-alive timeout) resets on reuse; the requests are
      // reads, so sending once more on a fresh connection is safe. Seen after long phases of direct engine calls.
      const response = await pool.request(request).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET') throw error;
        return pool.request(request);
      });
      const text = await response.body.text();
      if (response.statusCode < 200 || response.statusCode >= 300) {
        throw new Error(`${url} answered ${response.statusCode}: ${text.slice(0, 200)}`);
      }
      const answer: unknown = JSON.parse(text);
      options.check?.(answer);
      return answer;
    },
    close: () => pool.close(),
  };
}

export interface LatencyFigures {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  /** Completed requests per second of wall time. */
  throughput: number;
}

/** `requests` calls of `send`, `concurrency` at a time; every latency in milliseconds. */
export async function measure(
  send: (index: number) => Promise<unknown>,
  concurrency: number,
  requests: number,
): Promise<{ latencies: number[]; wallMs: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (;;) {
      const index = next++;
      if (index >= requests) return;
      const sent = performance.now();
      await send(index);
      latencies.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, requests) }, worker));
  return { latencies, wallMs: performance.now() - started };
}

export function summarize(latencies: readonly number[], wallMs: number): LatencyFigures {
  const sorted = [...latencies].sort((a, b) => a - b);
  // Nearest rank: the smallest latency that at least p % of requests did not exceed.
  const at = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    requests: sorted.length,
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
    mean: round(sorted.reduce((sum, ms) => sum + ms, 0) / Math.max(1, sorted.length)),
    throughput: Math.round((sorted.length / wallMs) * 1000),
  };
}
