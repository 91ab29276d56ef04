import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { graphStoreConfigFromEnv, isGraphStoreError } from '@icg/graph';
import { createBackup, isBackupError, restoreBackup } from './backup.ts';

const USAGE = `Usage:
  pnpm backup <dir>             take a backup of the graph and the curator files into a new directory
  pnpm restore <dir> [--force]  restore one; --force replaces a graph or curator files already there
The graph and DATA_DIR are those the service uses (DATA_DIR, GRAPH_BACKEND, NEO4J_*; default ./.data).
Progress goes to stderr; the exit code is 1 on any error, 2 on a usage error.`;

/** What an operator should do about a failure, or the failure itself when it was not expected. */
export function describeBackupFailure(error: unknown, command: 'backup' | 'restore'): string {
  if (isBackupError(error)) return `${error.code}: ${error.message}`;
  if (isGraphStoreError(error)) {
    if (error.code === 'LOCKED') {
      return (
        `LOCKED: ${error.message}\n\nThe service (pnpm start) holds the embedded graph. Stop it, run ` +
        `pnpm ${command} again, then start the service.`
      );
    }
    return `${error.code}: ${error.message}`;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export async function runBackupCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  stderr: (text: string) => void = (text) => process.stderr.write(text),
): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'backup' && command !== 'restore') {
    stderr(`${USAGE}\n`);
    return 2;
  }
  let parsed: ReturnType<typeof parseArgs<{ options: { force: { type: 'boolean' } }; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...rest], options: { force: { type: 'boolean' } }, allowPositionals: true });
  } catch (error) {
    stderr(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const [dir, ...extra] = parsed.positionals;
  if (!dir || extra.length > 0 || (command === 'backup' && parsed.values.force)) {
    stderr(`${USAGE}\n`);
    return 2;
  }

  const dataDir = resolve(env['DATA_DIR'] || './.data');
  const onProgress = (line: string) => stderr(`${line}\n`);
  try {
    const graph = graphStoreConfigFromEnv({ ...env, DATA_DIR: dataDir });
    if (command === 'backup') {
      await createBackup({ target: dir, dataDir, graph, onProgress });
    } else {
      await restoreBackup({ source: dir, dataDir, graph, force: parsed.values.force ?? false, onProgress });
    }
    return 0;
  } catch (error) {
    stderr(`${describeBackupFailure(error, command)}\n`);
    return 1;
  }
}

// Run as a command (pnpm backup / pnpm restore), not when a test imports runBackupCli.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runBackupCli(process.argv.slice(2));
}
