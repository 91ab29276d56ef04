import { createServer } from 'node:net';

/**
 * A seeded random generator (mulberry32): small, fast and deterministic, so a fuzz run, a workload or a synthetic
 * corpus can be repeated exactly from its seed.
 */
export function createSeededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}

export type SeededRandom = ReturnType<typeof createSeededRandom>;

/**
 * A free TCP port on 127.0.0.1, bound once and released: for servers that must be told their port up front, and,
 * left unused, a port where nothing listens, so a refused connection is real rather than stubbed.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export { wipeNeo4j } from './wipe-neo4j.ts';
