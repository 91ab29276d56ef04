import { startMeilisearch, type MeilisearchServer, type StartMeilisearchOptions } from './meili-server.ts';

export interface SupervisorEvents {
  /** The process exited without `stop()`: searches fail until it is back. */
  onExit?: (exit: { pid: number; code: number | null; signal: NodeJS.Signals | null }) => void;
  /** It is healthy again, on the same URL and data. */
  onRestart?: (server: { pid: number; afterMs: number; attempts: number }) => void;
  /** One attempt to start it again failed; the next follows after `retryInMs`. */
  onRestartFailed?: (error: unknown, retryInMs: number) => void;
}

export interface SupervisedMeilisearch {
  readonly url: string;
  readonly masterKey: string;
  readonly dataDir: string;
  readonly logFile: string;
  /** Pid of the process running now (a restart changes it). */
  readonly pid: number;
  /** Stops the process and the supervision: nothing is restarted afterwards. Safe to call more than once. */
  stop(): Promise<void>;
}

/** Waits between attempts to start a crashed server again: quick at first, then at most this. */
const RESTART_DELAYS_MS = [100, 500, 1_000, 2_000, 5_000, 10_000];

/**
 * The service's own Meilisearch, started again whenever it exits by itself (killed by the OOM killer, a crash), on
 * the same port, data and key, so the client's URL stays right and search recovers without a restart of the
 * service. Attempts back off up to 10 s apart and go on until `stop()`.
 */
export async function superviseMeilisearch(
  options: StartMeilisearchOptions,
  events: SupervisorEvents = {},
): Promise<SupervisedMeilisearch> {
  let current: MeilisearchServer = await startMeilisearch(options);
  const port = Number(new URL(current.url).port);
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
          current = await startMeilisearch({ ...options, port });
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
    url: current.url,
    masterKey: current.masterKey,
    dataDir: current.dataDir,
    logFile: current.logFile,
    get pid() {
      return current.pid;
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
