import { readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';

/** Sends a signal, treating a process that is already gone as done. */
export function signalProcess(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** A zombie counts as gone: it holds no port and no database lock, and only its parent can reap it. */
export async function isGone(pid: number): Promise<boolean> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state === 'Z' || state === 'X';
  } catch {
    return true;
  }
}

export async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await isGone(pid)) return true;
    await sleep(50);
  }
  return isGone(pid);
}

/** The command line of a running process, argument by argument; empty when it is gone. */
export async function commandLineOf(pid: number): Promise<string[]> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').filter((arg) => arg !== '');
  } catch {
    return [];
  }
}

/** The pid a pidfile names, or undefined when there is no such file. */
export async function readPidFile(pidFile: string): Promise<number | undefined> {
  try {
    const pid = Number.parseInt(await readFile(pidFile, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 1 ? pid : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Ends a server left behind by a crashed run, but only if the pidfile still names a process that `isOurs`
 * recognises by its command line (a recycled pid belongs to someone else): SIGTERM, then SIGKILL after `graceMs`.
 * Resolves with the pid it stopped, if any; the pidfile is removed either way.
 */
export async function stopOrphan(
  pidFile: string,
  isOurs: (argv: readonly string[]) => boolean,
  graceMs: number,
): Promise<number | undefined> {
  const pid = await readPidFile(pidFile);
  let stopped: number | undefined;
  if (pid !== undefined && !(await isGone(pid)) && isOurs(await commandLineOf(pid))) {
    signalProcess(pid, 'SIGTERM');
    if (!(await waitUntilGone(pid, graceMs))) {
      signalProcess(pid, 'SIGKILL');
      await waitUntilGone(pid, graceMs);
    }
    stopped = pid;
  }
  await rm(pidFile, { force: true });
  return stopped;
}

/** Removes the pidfile unless another process has written its own pid there since. */
export async function removePidFileIfOurs(pidFile: string, pid: number): Promise<void> {
  if ((await readPidFile(pidFile)) === pid) await rm(pidFile, { force: true });
}

/** The last lines a log file gained after byte `from`: what a start-up failure message quotes. */
export async function readLogTail(logFile: string, from: number, lines = 20): Promise<string> {
  try {
    const text = (await readFile(logFile)).subarray(from).toString('utf8');
    return text.split('\n').filter(Boolean).slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** A port free on 127.0.0.1 right now; another process may still take it before the server binds it. */
export function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
