import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** The candidates file the repository ships (a byte-for-byte copy of the shared data folder's). */
export const CANDIDATES_FILE = join(REPO_ROOT, 'seeds/data/candidates/candidates.json');

/** Runs one of the project's command-line tools, as a curator would, and returns its exit code and output. */
export function runRepoTool(script: string, args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

/**
 * Converts the shipped candidates into survey files under `dataDir` and imports them with `pnpm graph import`, the
 * way docs/import-export.md tells a curator to (the service stopped). Fails with the tools' output if either fails.
 */
export async function importCandidates(dataDir: string, graphEnv: Record<string, string>): Promise<string> {
  const out = join(dataDir, 'candidates-survey');
  const converted = await runRepoTool('seeds/src/candidates/candidates-cli.ts', [CANDIDATES_FILE, '--out', out], {});
  if (converted.code !== 0) throw new Error(`The candidates converter failed:\n${converted.output}`);
  const files = ['Craftsman', 'HeritageSite', 'Museum', 'Technique', 'TourismSite', 'relationships'].map((name) =>
    join(out, `candidates.${name}.csv`),
  );
  const imported = await runRepoTool('graph/src/cli/main.ts', ['import', ...files], { DATA_DIR: dataDir, ...graphEnv });
  if (imported.code !== 0) throw new Error(`pnpm graph import failed:\n${imported.output}`);
  return imported.output;
}
