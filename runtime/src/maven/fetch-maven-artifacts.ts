import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

/** A set of files that one `pom.xml` declares, copied out of Maven's repository into a folder of its own. */
export interface MavenArtifactSet {
  /** Folder name under the cache, with the version in it: `neo4j-5.26.30`. */
  readonly id: string;
  /** What progress lines and errors call it: `Neo4j Community 5.26.30`. */
  readonly label: string;
  /** Folder holding the `pom.xml` that declares the artifacts (and, for a model, `excludeTransitive`). */
  readonly pomDir: string;
}

export interface FetchedFile {
  name: string;
  size: number;
  sha256: string;
}

/** What a fetch leaves beside the files, so the next call reuses them without asking Maven. */
export interface FetchManifest {
  id: string;
  /** SHA-256 of the pom the files were fetched with: another pom (another version) fetches again. */
  pomSha256: string;
  files: FetchedFile[];
  fetchedAt: string;
}

export interface FetchedArtifacts {
  /** Folder holding the copied files (`lib/`) and `manifest.json`. */
  dir: string;
  /** Folder of the copied files themselves. */
  libDir: string;
  manifest: FetchManifest;
  /** False when the files were already there and were reused. */
  fetched: boolean;
}

export interface FetchOptions {
  /** @default ICG_ARTIFACTS_DIR, or `.cache/artifacts` at the repository root */
  cacheDir?: string;
  /** Progress lines for a terminal: how many files Maven has downloaded so far. */
  onProgress?: (line: string) => void;
}

export class ArtifactFetchError extends Error {
  override readonly name = 'ArtifactFetchError';
}

const REPOSITORY_ROOT = resolve(import.meta.dirname, '../../..');

export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['ICG_ARTIFACTS_DIR'] || join(REPOSITORY_ROOT, '.cache', 'artifacts'));
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function readManifest(dir: string): Promise<FetchManifest | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as FetchManifest;
  } catch {
    return undefined;
  }
}

/** Every file the manifest lists is there with its size: enough to trust a folder only this code writes. */
async function isComplete(dir: string, manifest: FetchManifest): Promise<boolean> {
  for (const file of manifest.files) {
    try {
      if ((await stat(join(dir, 'lib', file.name))).size !== file.size) return false;
    } catch {
      return false;
    }
  }
  return manifest.files.length > 0;
}

/**
 * Maven prints a line per file it downloads; a fresh machine downloads a few hundred. They become one progress line
 * every `every` files, and Maven's errors are kept for the message if it fails.
 */
function runMaven(args: readonly string[], label: string, onProgress: (line: string) => void): Promise<void> {
  return new Promise((resolveRun, reject) => {
    let child;
    try {
      child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (cause) {
      reject(new ArtifactFetchError(`Could not run Maven (mvn) to fetch ${label}`, { cause }));
      return;
    }
    let downloaded = 0;
    let kilobytes = 0;
    const errors: string[] = [];
    const every = 25;
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const done = /^(?:\[INFO\] )?Downloaded from [^:]+: \S+ \(([\d.,]+) (kB|MB|B)/.exec(line);
      if (done) {
        downloaded += 1;
        const size = Number(done[1]!.replace(/,/g, ''));
        kilobytes += done[2] === 'MB' ? size * 1024 : done[2] === 'kB' ? size : size / 1024;
        if (downloaded % every === 0) {
          onProgress(`Fetching ${label} from Maven Central: ${downloaded} files, ${(kilobytes / 1024).toFixed(1)} MB`);
        }
      } else if (/^\[ERROR\]/.test(line)) {
        errors.push(line);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => errors.push(chunk.toString('utf8').trim()));
    child.once('error', (cause) => {
      const missing = (cause as NodeJS.ErrnoException).code === 'ENOENT';
      reject(
        new ArtifactFetchError(
          missing
            ? `Maven (mvn) is not installed; it fetches ${label} from Maven Central (Debian: apt-get install maven)`
            : `Could not run Maven (mvn) to fetch ${label}`,
          { cause },
        ),
      );
    });
    child.once('close', (code) => {
      if (downloaded % every !== 0) {
        onProgress(`Fetching ${label} from Maven Central: ${downloaded} files, ${(kilobytes / 1024).toFixed(1)} MB`);
      }
      if (code === 0) resolveRun();
      else {
        const detail = errors.filter(Boolean).slice(0, 8).join('\n');
        reject(new ArtifactFetchError(`Maven could not fetch ${label} (exit code ${code}):\n${detail}`));
      }
    });
  });
}

/**
 * The files of `set`, fetched once with Maven (`dependency:copy-dependencies`, checksums checked strictly) into
 * `<cacheDir>/<id>/lib/` and reused afterwards. Files are copied into a temporary folder that is renamed into place
 * only when complete, so an interrupted fetch leaves nothing half-written, and running it again resumes from what
 * Maven already holds in `~/.m2`.
 */
export async function fetchMavenArtifacts(
  set: MavenArtifactSet,
  options: FetchOptions = {},
): Promise<FetchedArtifacts> {
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const dir = join(cacheDir, set.id);
  const libDir = join(dir, 'lib');
  const pomPath = join(set.pomDir, 'pom.xml');
  const pomSha256 = await sha256File(pomPath);

  const existing = await readManifest(dir);
  if (existing && existing.pomSha256 === pomSha256 && (await isComplete(dir, existing))) {
    return { dir, libDir, manifest: existing, fetched: false };
  }

  await mkdir(cacheDir, { recursive: true });
  const partial = `${dir}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  const onProgress = options.onProgress ?? (() => undefined);
  onProgress(`Fetching ${set.label} from Maven Central…`);
  await runMaven(
    [
      '-B',
      '--strict-checksums',
      '-f',
      pomPath,
      'dependency:copy-dependencies',
      `-DoutputDirectory=${join(partial, 'lib')}`,
    ],
    set.label,
    onProgress,
  ).catch(async (error: unknown) => {
    await rm(partial, { recursive: true, force: true });
    throw error;
  });

  const names = (await readdir(join(partial, 'lib'))).sort();
  if (names.length === 0) throw new ArtifactFetchError(`Maven copied no files for ${set.label}`);
  const files: FetchedFile[] = [];
  for (const name of names) {
    const path = join(partial, 'lib', name);
    files.push({ name, size: (await stat(path)).size, sha256: await sha256File(path) });
  }
  const manifest: FetchManifest = { id: set.id, pomSha256, files, fetchedAt: new Date().toISOString() };
  await writeFile(join(partial, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  await rm(dir, { recursive: true, force: true });
  try {
    await rename(partial, dir);
  } catch (error) {
    // Another process finished the same fetch first: use its folder.
    await rm(partial, { recursive: true, force: true });
    const theirs = await readManifest(dir);
    if (!theirs || !(await isComplete(dir, theirs))) throw error;
    return { dir, libDir, manifest: theirs, fetched: false };
  }
  const megabytes = files.reduce((sum, file) => sum + file.size, 0) / 1024 / 1024;
  onProgress(`Fetched ${set.label}: ${files.length} files, ${megabytes.toFixed(1)} MB in ${dir}`);
  return { dir, libDir, manifest, fetched: true };
}
