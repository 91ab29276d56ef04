import { BrokenCircuitError, CircuitState, ConsecutiveBreaker, circuitBreaker, handleType } from 'cockatiel';
import { GraphStoreError } from '../../graph-store-error.ts';

/**
 * How the store tells a hung server (a stopped JVM, a machine that froze) from a slow query. The driver bounds
 * neither: its connection timeout covers connecting, and the transaction timeout is enforced by the server, so a
 * server that stopped answering holds every caller until it answers again. The time it may take is not what is
 * bounded: a transaction that has not answered after `…ProbeAfterMs` makes the store ask the server for `RETURN 1`
 * in a session of its own, and only when that gets no answer either is the transaction given up on. A long read or
 * bulk load on a live server is never cut short.
 */
export interface Neo4jHangDetection {
  /** @default 250 */
  readProbeAfterMs?: number;
  /** How long the liveness check made for a read may take. @default 500 */
  readProbeTimeoutMs?: number;
  /**
   * Writes are given far longer, and so is their check: a large batch of a bulk load or of the seeds can keep a small
   * heap in garbage collection for seconds, during which the server answers nobody, and a load refused for that
   * fails a start. While the circuit is open (a read found the server hung), writes are refused at once anyway.
   * @default 5000
   */
  writeProbeAfterMs?: number;
  /** @default 5000 */
  writeProbeTimeoutMs?: number;
  /** How long transactions are refused at once after the server was found hung, before one is let through to test it. @default 1000 */
  halfOpenAfterMs?: number;
  /**
   * Transactions wait for the server, as a load's do, until this resolves: the service's start (seeds, index build)
   * runs while a freshly started JVM is still compiling and collecting, and a stall of a second there is no hang
   * anyone waits on. @default already armed
   */
  armed?: Promise<void>;
}

const DEFAULTS: Required<Omit<Neo4jHangDetection, 'armed'>> = {
  readProbeAfterMs: 250,
  readProbeTimeoutMs: 500,
  writeProbeAfterMs: 5_000,
  writeProbeTimeoutMs: 5_000,
  halfOpenAfterMs: 1_000,
};

/** One run of a transaction function, which the guard may give up on as long as it has not asked to commit. */
export interface GuardedAttempt {
  /** Throws once the guard gave up on this attempt, so that nothing more of it is sent to the server. */
  checkAbandoned(): void;
  /**
   * Called by a write right before the driver commits. Throws if the guard gave up on the attempt (the driver then
   * rolls back); after it the attempt is never given up on: once COMMIT is sent, only the server knows whether it
   * took, so the caller waits for its answer however long that is.
   */
  beforeCommit(): void;
}

/** The attempt of a transaction nobody gives up on. */
export const NEVER_ABANDONED: GuardedAttempt = { checkAbandoned() {}, beforeCommit() {} };

export interface Neo4jHangGuard {
  read<T>(work: (attempt: GuardedAttempt) => Promise<T>): Promise<T>;
  write<T>(work: (attempt: GuardedAttempt) => Promise<T>): Promise<T>;
  /** `open` while transactions are refused at once; `half-open` while one tests the server. */
  circuit(): 'closed' | 'open' | 'half-open';
}

/** A transaction the server did not answer while it did not answer a liveness check either. */
class ServerHungError extends GraphStoreError {}

/** Thrown inside an attempt the guard gave up on; nobody waits for it any more. */
class AbandonedAttemptError extends Error {}

export function createNeo4jHangGuard(options: {
  /** Names the server in messages, without credentials. */
  where: string;
  /** Resolves when the server answers a trivial query; may never settle while it is hung. */
  isAlive: () => Promise<void>;
  detection?: Neo4jHangDetection;
}): Neo4jHangGuard {
  const timing = { ...DEFAULTS, ...options.detection };
  const { where } = options;
  let armed = options.detection?.armed === undefined;
  void options.detection?.armed?.then(() => (armed = true));
  // Only hangs open the circuit: a refused connection or a failing query already answers at once.
  const breaker = circuitBreaker(handleType(ServerHungError), {
    halfOpenAfter: timing.halfOpenAfterMs,
    breaker: new ConsecutiveBreaker(1),
  });
  let hungSince: Date | undefined;
  breaker.onBreak(() => (hungSince ??= new Date()));
  breaker.onReset(() => (hungSince = undefined));

  const checking: Partial<Record<number, Promise<boolean>>> = {};
  /**
   * One liveness check at a time, whoever is waiting. Only silence counts as hung: a check that fails (the connection
   * refused) means the server is gone rather than hung, and the transaction fails by itself within the driver's retries.
   */
  const isSilent = (checkMs: number): Promise<boolean> =>
    (checking[checkMs] ??= silentFor(options.isAlive(), checkMs).finally(() => delete checking[checkMs]));
  /** When any transaction last settled: a server that answers someone is busy, not hung. */
  let lastAnswerAt = Number.NEGATIVE_INFINITY;

  function watched<T>(
    work: (attempt: GuardedAttempt) => Promise<T>,
    { probeAfterMs, checkMs }: { probeAfterMs: number; checkMs: number },
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let phase: 'running' | 'committing' | 'abandoned' | 'settled' = 'running';
      let timer: NodeJS.Timeout | undefined;
      const watch = () => {
        timer = setTimeout(() => {
          const checkedAt = performance.now();
          void isSilent(checkMs).then((silent) => {
            if (phase !== 'running') return;
            if (!silent || lastAnswerAt >= checkedAt) return watch();
            phase = 'abandoned';
            reject(
              new ServerHungError(
                'GRAPH_UNAVAILABLE',
                `${where} did not answer within ${probeAfterMs} ms, nor a liveness check within ${checkMs} ms; ` +
                  'the transaction was given up before its commit',
              ),
            );
          });
        }, probeAfterMs);
      };
      const attempt: GuardedAttempt = {
        checkAbandoned() {
          if (phase === 'abandoned') throw new AbandonedAttemptError(`${where}: a transaction given up on`);
        },
        beforeCommit() {
          attempt.checkAbandoned();
          phase = 'committing';
        },
      };
      watch();
      work(attempt).then(
        (value) => {
          lastAnswerAt = performance.now();
          clearTimeout(timer);
          if (phase === 'abandoned') return;
          phase = 'settled';
          resolve(value);
        },
        (error: unknown) => {
          lastAnswerAt = performance.now();
          clearTimeout(timer);
          if (phase === 'abandoned') return;
          phase = 'settled';
          reject(error as Error);
        },
      );
    });
  }

  async function guarded<T>(
    work: (attempt: GuardedAttempt) => Promise<T>,
    patience: { probeAfterMs: number; checkMs: number; testsServer: boolean },
  ): Promise<T> {
    if (!armed) return work(NEVER_ABANDONED);
    // While one transaction tests the server, the others are refused rather than queued behind it. Only reads test
    // it: a write let through to a server still hung would keep its curator waiting for seconds.
    if (breaker.state === CircuitState.HalfOpen) throw refusal();
    if (!patience.testsServer && breaker.state !== CircuitState.Closed) throw refusal();
    try {
      return await breaker.execute(() => watched(work, patience));
    } catch (error) {
      if (error instanceof BrokenCircuitError) throw refusal();
      throw error;
    }
  }

  const refusal = () =>
    new GraphStoreError(
      'GRAPH_UNAVAILABLE',
      `${where} has not answered since ${(hungSince ?? new Date()).toISOString()}; ` +
        `transactions are refused until one gets an answer (one is let through every ${timing.halfOpenAfterMs} ms)`,
    );

  return {
    read: (work) =>
      guarded(work, { probeAfterMs: timing.readProbeAfterMs, checkMs: timing.readProbeTimeoutMs, testsServer: true }),
    write: (work) =>
      guarded(work, {
        probeAfterMs: timing.writeProbeAfterMs,
        checkMs: timing.writeProbeTimeoutMs,
        testsServer: false,
      }),
    circuit: () =>
      breaker.state === CircuitState.Closed ? 'closed' : breaker.state === CircuitState.HalfOpen ? 'half-open' : 'open',
  };
}

/**
 * Whether `promise` neither resolves nor rejects within `ms`; it is left running either way. The verdict waits for
 * one turn of I/O, so an answer that arrived while this process was busy is heard first, and a timer that fired
 * late (this process, not the engine, was too busy to listen) proves nothing.
 */
function silentFor(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const startedAt = performance.now();
    const timer = setTimeout(() => setImmediate(() => resolve(performance.now() - startedAt < ms * 1.5)), ms);
    const answered = () => {
      clearTimeout(timer);
      resolve(false);
    };
    promise.then(answered, answered);
  });
}
