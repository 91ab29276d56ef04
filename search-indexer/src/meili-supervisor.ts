import { superviseServer, type SupervisorEvents } from '@icg/runtime';
import { startMeilisearch, type StartMeilisearchOptions } from './meili-server.ts';

export type { SupervisorEvents } from '@icg/runtime';

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

/**
 * The service's own Meilisearch, started again whenever it exits by itself (killed by the OOM killer, a crash), on
 * the same port, data and key, so the client's URL stays right and search recovers without a restart of the
 * service. Attempts back off up to 10 s apart and go on until `stop()`.
 */
export async function superviseMeilisearch(
  options: StartMeilisearchOptions,
  events: SupervisorEvents = {},
): Promise<SupervisedMeilisearch> {
  const first = await startMeilisearch(options);
  const port = Number(new URL(first.url).port);
  const supervised = await superviseServer(first, () => startMeilisearch({ ...options, port }), events);
  return {
    url: first.url,
    masterKey: first.masterKey,
    dataDir: first.dataDir,
    logFile: first.logFile,
    get pid() {
      return supervised.current.pid;
    },
    stop: () => supervised.stop(),
  };
}
