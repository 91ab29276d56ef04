/** What a supervisor needs of a started server: when it ends, and how to end it. */
export interface SupervisableServer {
  readonly pid: number;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

export interface SupervisorEvents {
  /** The process exited without `stop()`: calls fail until it is back. */
  onExit?: (exit: { pid: number; code: number | null; signal: NodeJS.Signals | null }) => void;
  /** It is running again, on the same address and data. */
  onRestart?: (server: { pid: number; afterMs: number; attempts: number }) => void;
  /** One attempt to start it again failed; the next follows after `retryInMs`. */
  onRestartFailed?: (error: unknown, retryInMs: number) => void;
}

export interface Supervised<T extends SupervisableServer> {
  /** The server running now (a restart replaces it). */
  readonly current: T;
  /** Stops the process and the supervision: nothing is restarted afterwards. Safe to call more than once. */
  stop(): Promise<void>;
}

/** Waits between attempts to start a crashed server again: quick at first, then at most this. */
const RESTART_DELAYS_MS = [100, 500, 1_000, 2_000, 5_000, 10_000];

/**
 * Keeps a child server running: `restart` is called whenever the current one exits by itself (the OOM killer, a
 * crash, a kill), and must start it on the same address and data so that clients need no new settings. Attempts
 * back off up to 10 s apart and go on until `stop()`.
 */
export async function superviseServer<T extends SupervisableServer>(
  first: T,
  restart: () => Promise<T>,
  events: SupervisorEvents = {},
): Promise<Supervised<T>> {
  let current = first;
  let stopped = false;
  let wake: (() => void) | undefined;

  const watch = async (): Promise<void> => {
    while (!stopped) {
      const exit = await current.exited;
      if (stopped) return;
      events.onExit?.({ pid: current.pid, ...exit });
      const exitedAt = performance.now();
      for (let attempt = 1; !stopped; attempt++) {
        try {
          current = await restart();
          if (stopped) {
            await current.stop();
            return;
          }
          events.onRestart?.({ pid: current.pid, afterMs: performance.now() - exitedAt, attempts: attempt });
          break;
        } catch (error) {
          const delay = RESTART_DELAYS_MS[Math.min(attempt - 1, RESTART_DELAYS_MS.length - 1)]!;
          events.onRestartFailed?.(error, delay);
          await new Promise<void>((resolve) => {
            wake = resolve;
            setTimeout(resolve, delay).unref();
          });
        }
      }
    }
  };
  const watching = watch();

  let stopping: Promise<void> | undefined;
  return {
    get current() {
      return current;
    },
    stop: () =>
      (stopping ??= (async () => {
        stopped = true;
        wake?.();
        await current.stop();
        await watching;
        // A start that was under way when stop() came has stopped its own server in `watch`.
        await current.stop();
      })()),
  };
}
