import { describe, expect, it } from 'vitest';
import { isGraphStoreError } from '../../graph-store-error.ts';
import { createNeo4jHangGuard, type GuardedAttempt } from './neo4j-hang-guard.ts';

const never = () => new Promise<never>(() => undefined);
const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

function server(armed?: Promise<void>) {
  const state = { frozen: false };
  const guard = createNeo4jHangGuard({
    where: 'Neo4j at bolt://127.0.0.1:7687 (database "neo4j")',
    isAlive: () => (state.frozen ? never() : after(1, undefined)),
    detection: {
      readProbeAfterMs: 20,
      readProbeTimeoutMs: 30,
      writeProbeAfterMs: 60,
      writeProbeTimeoutMs: 30,
      halfOpenAfterMs: 150,
      ...(armed ? { armed } : {}),
    },
  });
  return { state, guard };
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('the Neo4j hang guard', () => {
  it('refuses a read of a hung server with GRAPH_UNAVAILABLE, then every write at once until a read gets an answer', async () => {
    const { state, guard } = server();
    state.frozen = true;
    const startedAt = performance.now();
    const read = await rejection(guard.read(never));
    expect(isGraphStoreError(read) && read.code).toBe('GRAPH_UNAVAILABLE');
    expect(read.message).toBe(
      'Neo4j at bolt://127.0.0.1:7687 (database "neo4j") did not answer within 20 ms, nor a liveness check within ' +
        '30 ms; the transaction was given up before its commit',
    );
    expect(performance.now() - startedAt).toBeLessThan(200);

    let wrote = false;
    const write = await rejection(guard.write(async () => (wrote = true)));
    expect(isGraphStoreError(write) && write.code).toBe('GRAPH_UNAVAILABLE');
    expect(wrote).toBe(false);

    // Past the half-open delay a write still does not test the server; a read does, and closes the circuit.
    state.frozen = false;
    await after(160, null);
    expect(await rejection(guard.write(async () => (wrote = true)))).toMatchObject({ code: 'GRAPH_UNAVAILABLE' });
    expect(await guard.read(async () => 'answered')).toBe('answered');
    expect(guard.circuit()).toBe('closed');
    expect(await guard.write(async () => (wrote = true))).toBe(true);
  });

  it('waits for a silent server until it is armed, and gives up on one from then on', async () => {
    let arm = () => {};
    const { state, guard } = server(new Promise<void>((resolve) => (arm = resolve)));
    state.frozen = true;
    // Silent for ten times the read's patience and its check, yet answered: before arming, nothing is given up on.
    expect(await guard.read(() => after(500, 'answered late'))).toBe('answered late');
    expect(await guard.write(() => after(500, 'written late'))).toBe('written late');
    expect(guard.circuit()).toBe('closed');

    arm();
    await after(0, null);
    expect(await rejection(guard.read(never))).toMatchObject({ code: 'GRAPH_UNAVAILABLE' });
    expect(guard.circuit()).toBe('open');
  });

  it('gives up on a write that has not asked to commit: it can then neither run another statement nor commit', async () => {
    const { state, guard } = server();
    let attempt: GuardedAttempt | undefined;
    let resume: () => void = () => undefined;
    const paused = new Promise<void>((resolve) => (resume = resolve));
    state.frozen = true;
    const write = guard.write(async (a) => {
      attempt = a;
      await paused;
      a.checkAbandoned();
      a.beforeCommit();
      return 'committed';
    });
    const refused = await rejection(write);
    expect(isGraphStoreError(refused) && refused.code).toBe('GRAPH_UNAVAILABLE');
    expect(() => attempt!.checkAbandoned()).toThrow(/given up/);
    expect(() => attempt!.beforeCommit()).toThrow(/given up/);
    resume();
  });

  it('waits for the outcome of a write that asked to commit, however long the server takes to answer', async () => {
    const { state, guard } = server();
    const write = guard.write(async (attempt) => {
      attempt.beforeCommit();
      state.frozen = true;
      // The COMMIT is on its way: only the server knows whether it took.
      await after(300, null);
      return 'committed';
    });
    expect(await write).toBe('committed');
  });

  it('waits for a slow read of a server that answers its liveness check', async () => {
    const { guard } = server();
    expect(await guard.read(() => after(200, 'rows'))).toBe('rows');
    expect(guard.circuit()).toBe('closed');
  });
});
