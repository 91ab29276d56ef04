import { Agent, request } from 'node:http';

export interface Exchange {
  status: number;
  bytes: number;
  milliseconds: number;
  /** The first error code of the answer, if any (LIMIT_EXCEEDED, RATE_LIMITED …), or the network error's. */
  code?: string;
  retryAfterSeconds?: number;
}

/**
 * A GraphQL client on its own loopback address (127.0.0.x), with kept-alive connections (one unless
 * asked): the service tells clients apart by address, as it would tell apart clients on the internet.
 */
export function createGraphqlClient(url: string, localAddress: string, timeoutMs: number, connections = 1) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections, localAddress });
  const target = new URL('/graphql', url);
  return {
    post(query: string): Promise<Exchange> {
      const body = JSON.stringify({ query });
      const started = performance.now();
      return new Promise((resolve) => {
        const finish = (exchange: Omit<Exchange, 'milliseconds'>) =>
          resolve({ ...exchange, milliseconds: performance.now() - started });
        const outgoing = request(
          target,
          {
            method: 'POST',
            agent,
            headers: {
              'content-type': 'application/json',
              accept: 'application/graphql-response+json',
              'content-length': Buffer.byteLength(body),
            },
            timeout: timeoutMs,
          },
          (response) => {
            const chunks: Buffer[] = [];
            let bytes = 0;
            response.on('data', (chunk: Buffer) => {
              bytes += chunk.length;
              // Only the head is kept: an answer of many megabytes need not be held to find its error code.
              if (bytes <= 4096) chunks.push(chunk);
            });
            response.on('end', () => {
              const head = Buffer.concat(chunks).toString('utf8');
              const code = /"code":"([A-Z_]+)"/.exec(head)?.[1];
              const retryAfter = response.headers['retry-after'];
              finish({
                status: response.statusCode ?? 0,
                bytes,
                ...(code ? { code } : {}),
                ...(retryAfter ? { retryAfterSeconds: Number(retryAfter) } : {}),
              });
            });
            response.on('error', (error: NodeJS.ErrnoException) =>
              finish({ status: 0, bytes, code: error.code ?? 'ERROR' }),
            );
          },
        );
        outgoing.on('timeout', () => outgoing.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
        outgoing.on('error', (error: NodeJS.ErrnoException) =>
          finish({ status: 0, bytes: 0, code: error.code ?? 'ERROR' }),
        );
        outgoing.end(body);
      });
    },
    close: () => agent.destroy(),
  };
}
