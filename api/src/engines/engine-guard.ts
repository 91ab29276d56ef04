import { BrokenCircuitError, CircuitState, ConsecutiveBreaker, circuitBreaker, handleType } from 'cockatiel';

/**
 * How a call to an engine that stopped answering (a stopped process, a frozen machine) is told from a slow one. A
 * call that has not answered after `probeAfterMs` makes the guard ask the engine whether it is alive; only when that
 * check gets no answer within `probeTimeoutMs` either is the call given up on, and the circuit opens: calls are then
 * refused at once until, every `halfOpenAfterMs`, one is let through to test the engine. A slow answer from a live
 * engine is waited for, so heavy work is never cut short.
 */
export interface EngineHangDetection {
  /** @default 250 */
  probeAfterMs?: number;
  /** @default 400 */
  probeTimeoutMs?: number;
  /** @default 1000 */
  halfOpenAfterMs?: number;
}

/** Together well under a second: a request that meets a hung engine is answered within one. */
export const DEFAULT_HANG_DETECTION = { probeAfterMs: 250, probeTimeoutMs: 400, halfOpenAfterMs: 1_000 } as const;

export type CircuitName = 'closed' | 'open' | 'half-open';

export interface EngineGuard {
  /** Runs `work`, or refuses it with the engine's own "unavailable" error while the engine is known to be hung. */
  run<T>(work: () => Promise<T>): Promise<T>;
  circuit(): CircuitName;
}

export interface EngineGuardOptions extends EngineHangDetection {
  /** Resolves when the engine answers a trivial request; may never settle while it is hung. */
  isAlive: () => Promise<unknown>;
  /** The engine's own "unavailable" error, so the boundary that already maps it keeps doing so. */
  unavailable: (reason: string) => Error;
}

class EngineHungError extends Error {
  constructor(readonly reported: Error) {
    super(reported.message);
  }
}

export function createEngineGuard(options: EngineGuardOptions): EngineGuard {
  const probeAfterMs = options.probeAfterMs ?? DEFAULT_HANG_DETECTION.probeAfterMs;
  const probeTimeoutMs = options.probeTimeoutMs ?? DEFAULT_HANG_DETECTION.probeTimeoutMs;
  const halfOpenAfterMs = options.halfOpenAfterMs ?? DEFAULT_HANG_DETECTION.halfOpenAfterMs;
  // Only silence opens the circuit: a refused connection or an engine error already answers at once.
  const breaker = circuitBreaker(handleType(EngineHungError), {
    halfOpenAfter: halfOpenAfterMs,
    breaker: new ConsecutiveBreaker(1),
  });
  let hungSince: Date | undefined;
  breaker.onBreak(() => (hungSince ??= new Date()));
  breaker.onReset(() => (hungSince = undefined));

  let checking: Promise<boolean> | undefined;
  /** One check at a time, whoever waits; a check that fails (connection refused) means gone, not hung. */
  const isSilent = (): Promise<boolean> =>
    (checking ??= silentFor(options.isAlive(), probeTimeoutMs).finally(() => (checking = undefined)));
  /** When any call last settled: an engine that answers someone is busy, not hung. */
  let lastAnswerAt = Number.NEGATIVE_INFINITY;

  function watched<T>(work: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      let timer: NodeJS.Timeout | undefined;
      const watch = () => {
        timer = setTimeout(() => {
          const checkedAt = performance.now();
          void isSilent().then((silent) => {
            if (settled) return;
            if (!silent || lastAnswerAt >= checkedAt) return watch();
            settled = true;
            reject(
              new EngineHungError(
                options.unavailable(
                  `no answer within ${probeAfterMs} ms, nor to a liveness check within ${probeTimeoutMs} ms`,
                ),
              ),
            );
          });
        }, probeAfterMs);
      };
      watch();
      // Given up on, the call still runs to its own timeout; its outcome is then nobody's.
      work().then(
        (value) => {
          lastAnswerAt = performance.now();
          clearTimeout(timer);
          if (settled) return;
          settled = true;
          resolve(value);
        },
        (error: unknown) => {
          lastAnswerAt = performance.now();
          clearTimeout(timer);
          if (settled) return;
          settled = true;
          reject(error as Error);
        },
      );
    });
  }

  const refusal = () =>
    options.unavailable(
      `no answer since ${(hungSince ?? new Date()).toISOString()}; refused until a test request gets one ` +
        `(one every ${halfOpenAfterMs} ms)`,
    );

  return {
    async run(work) {
      // While one call tests the engine, the others are refused rather than queued behind it.
      if (breaker.state === CircuitState.HalfOpen) throw refusal();
      try {
        return await breaker.execute(() => watched(work));
      } catch (error) {
        if (error instanceof BrokenCircuitError) throw refusal();
        if (error instanceof EngineHungError) throw error.reported;
        throw error;
      }
    },
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
