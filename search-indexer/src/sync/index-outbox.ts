import { open, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';

/** What the outbox holds now: every pending entity id once, and the entries (whole lines) that hold them. */
export interface OutboxSnapshot {
  ids: string[];
  /** How many bytes of the file the whole lines covered when read. */
  bytes: number;
  /** The entries read, as written; `remove` drops exactly these. */
  entries: string[];
}

/**
 * A durable queue of changed entity ids, one JSON line per append (`{"ids":[…],"at":"…"}`) in an append-only
 * file. `append` resolves only after fsync, so an acknowledged change survives a crash of the process (and of
 * Meilisearch, which never sees the file). Several processes may append to one file (the API's replicas on one
 * DATA_DIR) without any lock: each entry is one write to a file opened for appending, and an append that landed in
 * a file a removal replaced meanwhile is written again to the new one. Removals must come from one process at a
 * time (the index sync's drain holds the store's lock for that).
 */
export interface IndexOutbox {
  readonly path: string;
  append(entityIds: readonly string[]): Promise<void>;
  read(): Promise<OutboxSnapshot>;
  /**
   * Drops the entries of `snapshot` (synced meanwhile) that are still there: the rest, including entries appended
   * since, is written to a new file, fsynced, renamed over; entries appended to the old file during the swap are
   * carried over.
   */
  remove(snapshot: OutboxSnapshot): Promise<void>;
}

/** How often an append follows the file to its replacement before it gives up (only under constant removals). */
const APPEND_ATTEMPTS = 10;

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

  /** Appends whole lines, fsynced; true when the file they went into is still the one at `path`. */
  async function appendOnce(lines: string): Promise<boolean> {
    const handle = await open(path, 'a+', 0o600);
    try {
      // After a crash mid-append the file may end inside a line: start a new one so this entry stays whole.
      const { size, ino } = await handle.stat();
      const last = Buffer.alloc(1);
      if (size > 0) await handle.read(last, 0, 1, size - 1);
      const separator = size > 0 && last[0] !== 0x0a ? '\n' : '';
      await handle.write(`${separator}${lines}`);
      await handle.sync();
      const current = await stat(path).catch(() => undefined);
      return current?.ino === ino;
    } finally {
      await handle.close();
    }
  }

  async function appendLines(lines: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      if (await appendOnce(lines)) return;
      // A removal replaced the file after this append opened it; the entry may or may not have been carried over,
      // and writing it twice costs one more sync of the same ids.
      if (attempt >= APPEND_ATTEMPTS) throw new Error(`The outbox ${path} kept being replaced while appending`);
    }
  }

  async function readRest(handle: FileHandle, from: number): Promise<Buffer> {
    const { size } = await handle.stat();
    if (size <= from) return Buffer.alloc(0);
    const rest = Buffer.alloc(size - from);
    await handle.read(rest, 0, rest.length, from);
    return rest;
  }

  return {
    path,
    append: (entityIds) =>
      serial(async () => {
        if (entityIds.length === 0) return;
        await appendLines(`${JSON.stringify({ ids: entityIds, at: new Date().toISOString() })}\n`);
      }),

    read: () =>
      serial(async () => {
        const content = await readAll();
        // Only whole lines count: a line cut short by a crash is skipped for good once a later drain removes it.
        const end = content.lastIndexOf(0x0a) + 1;
        const ids = new Set<string>();
        const entries: string[] = [];
        for (const line of content.subarray(0, end).toString('utf8').split('\n')) {
          if (line.trim() === '') continue;
          entries.push(line);
          try {
            const entry = JSON.parse(line) as { ids?: unknown };
            if (Array.isArray(entry.ids)) for (const id of entry.ids) if (typeof id === 'string') ids.add(id);
          } catch {
            // A torn line from a crash mid-append: its change was never acknowledged.
          }
        }
        return { ids: [...ids], bytes: end, entries };
      }),

    remove: (snapshot) =>
      serial(async () => {
        const old = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return undefined;
          throw error;
        });
        if (!old) return;
        try {
          const content = await readRest(old, 0);
          // Only whole lines are entries; a line torn by a crash (and closed by a later append) is dropped here.
          const end = content.lastIndexOf(0x0a) + 1;
          const synced = new Map<string, number>();
          for (const entry of snapshot.entries) synced.set(entry, (synced.get(entry) ?? 0) + 1);
          const kept: string[] = [];
          for (const line of content.subarray(0, end).toString('utf8').split('\n')) {
            if (line.trim() === '') continue;
            const left = synced.get(line) ?? 0;
            if (left > 0) synced.set(line, left - 1);
            else if (isEntry(line)) kept.push(line);
          }
          const rest = Buffer.concat([
            Buffer.from(kept.map((line) => `${line}\n`).join(''), 'utf8'),
            content.subarray(end),
          ]);
          if (rest.length === content.length) return;
          if (rest.length === 0) {
            await rm(path, { force: true });
          } else {
            const temporary = `${path}.${process.pid}.tmp`;
            const handle = await open(temporary, 'w', 0o600);
            try {
              await handle.write(rest);
              await handle.sync();
            } finally {
              await handle.close();
            }
            await rename(temporary, path);
          }
          await syncDirectory(dirname(path));
          // Entries appended to the old file after it was read: carried over (their appenders may add them too).
          const late = await readRest(old, content.length);
          const lines = late.subarray(0, late.lastIndexOf(0x0a) + 1).toString('utf8');
          if (lines.trim() !== '') await appendLines(lines.startsWith('\n') ? lines.slice(1) : lines);
        } finally {
          await old.close();
        }
      }),
  };
}

function isEntry(line: string): boolean {
  try {
    return Array.isArray((JSON.parse(line) as { ids?: unknown }).ids);
  } catch {
    return false;
  }
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
