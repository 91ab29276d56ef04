import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The file under DATA_DIR that changes whenever a tool writes to the graph behind the service's back (an import,
 * a restore). Whatever is derived from the graph and kept across restarts (the search indexes) records the
 * revision it was built from, and is rebuilt when the revision differs. The service's own writes do not change it:
 * they reach the derived data through their own channel (the search index's outbox).
 */
export const GRAPH_REVISION_FILE = 'graph-revision';

/** The current revision; `initial` when no tool has written yet. */
export async function readGraphRevision(dataDir: string): Promise<string> {
  try {
    return (await readFile(path.join(dataDir, GRAPH_REVISION_FILE), 'utf8')).trim() || 'initial';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'initial';
    throw error;
  }
}

/** Records that the graph changed: a fresh revision, written whole (temporary file, then rename). */
export async function markGraphChanged(dataDir: string): Promise<string> {
  const revision = `${new Date().toISOString()} ${randomUUID()}`;
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, GRAPH_REVISION_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${revision}\n`);
  await rename(temporary, file);
  return revision;
}
