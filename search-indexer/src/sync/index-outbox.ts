import { open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/** What the outbox holds now: every pending entity id once, and how many bytes of the file that covers. */
export interface OutboxSnapshot {
  ids: string[];
  /** Pass to `remove` once the ids are synced; later appends stay. */
  bytes: number;
}

/**
 * A durable queue of changed entity ids, one JSON line per append (`{"ids":[…],"at":"…"}`) in an append-only
 * file. `append` resolves only after fsync, so an acknowledged change survives a crash of the process (and of
 * Meilisearch, which never sees the file). Operations run one at a time within the process.
 */
export interface IndexOutbox {
  readonly path: string;
  append(entityIds: readonly string[]): Promise<void>;
  read(): Promise<OutboxSnapshot>;
  /** Drops the first `bytes` bytes (entries already synced): the rest is written to a new file, fsynced, renamed over. */
  remove(bytes: number): Promise<void>;
}

export function createIndexOutbox(path: string): IndexOutbox {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  async function readAll(): Promise<Buffer> {
    try {
      return await readFile(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return Buffer.alloc(0);
      throw error;
    }
  }

  return {
    path,
    append: (entityIds) =>
      serial(async () => {
        if (entityIds.length === 0) return;
        const handle = await open(path, 'a+', 0o600);
        try {
          // After a crash mid-append the file may end inside a line: start a new one so this entry stays whole.
          const { size } = await handle.stat();
          const last = Buffer.alloc(1);
          if (size > 0) await handle.read(last, 0, 1, size - 1);
          const separator = size > 0 && last[0] !== 0x0a ? '\n' : '';
          await handle.write(`${separator}${JSON.stringify({ ids: entityIds, at: new Date().toISOString() })}\n`);
          await handle.sync();
        } finally {
          await handle.close();
        }
      }),

    read: () =>
      serial(async () => {
        const content = await readAll();
        // Only whole lines count: a line cut short by a crash is skipped for good once a later drain removes it.
        const end = content.lastIndexOf(0x0a) + 1;
        const ids = new Set<string>();
        for (const line of content.subarray(0, end).toString('utf8').split('\n')) {
          if (line.trim() === '') continue;
          try {
            const entry = JSON.parse(line) as { ids?: unknown };
            if (Array.isArray(entry.ids)) for (const id of entry.ids) if (typeof id === 'string') ids.add(id);
          } catch {
            // A torn line from a crash mid-append: its change was never acknowledged.
          }
        }
        return { ids: [...ids], bytes: end };
      }),

    remove: (bytes) =>
      serial(async () => {
        const rest = (await readAll()).subarray(bytes);
        if (rest.length === 0) {
          await rm(path, { force: true });
          return;
        }
        const temporary = `${path}.tmp`;
        const handle = await open(temporary, 'w', 0o600);
        try {
          await handle.write(rest);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temporary, path);
        await syncDirectory(dirname(path));
      }),
  };
}

/** Makes a rename durable; some platforms cannot open a directory, which then only costs durability of the rename. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => undefined);
  if (!handle) return;
  try {
    await handle.sync().catch(() => undefined);
  } finally {
    await handle.close();
  }
}
