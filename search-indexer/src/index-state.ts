import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDEX_SCOPES, type IndexScope } from './index-graph.ts';
import type { MeiliClient } from './meili-client.ts';
import { buildingIndexUid } from './reindex.ts';
import { SearchEngineError } from './search-engine-error.ts';

/** Under DATA_DIR: what the live search indexes were built from, so that a restart can reuse them. */
export const INDEX_STATE_FILE = 'search-index-state.json';

const STATE_FORMAT = 1;

/**
 * What a set of live indexes was built from. Indexes are derived data: they are current exactly when the code
 * that builds documents, the graph's content and the engine that holds them are those recorded here. The
 * service's own writes after the build are not recorded: they reach the indexes through the outbox.
 */
export interface IndexState {
  format: typeof STATE_FORMAT;
  /** `documentBuilderFingerprint()` when the documents were built. */
  builder: string;
  /** Dataset version of the seeds in the graph (`SeedLoadSummary.fingerprint`); `unknown` when not known. */
  seeds: string;
  /** The graph revision (`readGraphRevision`) when the graph was read: tools that write to the graph change it. */
  graphRevision: string;
  /** Which Meilisearch holds the indexes: `local` for the one under DATA_DIR, else its URL. */
  engine: string;
  /** The embedding model the documents' vectors came from (`Embedder.modelId`), or `none` when they have none. */
  embedder: string;
  uids: Record<IndexScope, string>;
  documentsByScope: Record<IndexScope, number>;
  /** The names and aliases the documents were segmented with; queries must be cut with the same words. */
  terms: string[];
  builtAt: string;
}

/** What the live indexes must have been built from to be reused. */
export type ExpectedIndexState = Pick<
  IndexState,
  'builder' | 'seeds' | 'graphRevision' | 'engine' | 'embedder' | 'uids'
>;

const PACKAGE_ROOT = fileURLToPath(new URL('../', import.meta.url));
const LOCKFILE = path.join(PACKAGE_ROOT, '..', 'pnpm-lock.yaml');

let builderFingerprint: Promise<string> | undefined;

/**
 * A SHA-256 over this package's source (tests excluded), its dictionaries and the workspace lockfile: everything
 * that decides what a document holds and how the index is set up (segmentation, conversions, pinyin, settings, the
 * versions of jieba and OpenCC). Any change to them makes existing indexes stale.
 */
export function documentBuilderFingerprint(): Promise<string> {
  builderFingerprint ??= (async () => {
    const files = [...(await sourceFiles(path.join(PACKAGE_ROOT, 'src'))), LOCKFILE].sort();
    const hash = createHash('sha256');
    for (const file of files) {
      let content: Buffer;
      try {
        content = await readFile(file);
      } catch (error) {
        // An installed copy without a lockfile beside it: the package's own files still decide.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT' && file === LOCKFILE) continue;
        throw error;
      }
      hash.update(`${path.relative(PACKAGE_ROOT, file)}\u0000${content.length}\u0000`).update(content);
    }
    return `sha256:${hash.digest('hex')}`;
  })();
  return builderFingerprint;
}

async function sourceFiles(directory: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await sourceFiles(full)));
    else if (/\.(ts|txt)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) files.push(full);
  }
  return files;
}

/** The recorded state, or undefined when there is none or it cannot be read (then the indexes are rebuilt). */
export async function readIndexState(dataDir: string): Promise<IndexState | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(dataDir, INDEX_STATE_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const state = JSON.parse(text) as Partial<IndexState>;
    if (state.format !== STATE_FORMAT || !Array.isArray(state.terms)) return undefined;
    return state as IndexState;
  } catch {
    return undefined;
  }
}

/** Written whole (temporary file, then rename): a crash leaves the previous state or the new one. */
export async function writeIndexState(dataDir: string, state: Omit<IndexState, 'format'>): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, INDEX_STATE_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  const terms = [...new Set(state.terms)];
  await writeFile(temporary, JSON.stringify({ format: STATE_FORMAT, ...state, terms }));
  await rename(temporary, file);
}

/** Forgets the state, before a rebuild starts: if the rebuild dies, the next start rebuilds again. */
export async function clearIndexState(dataDir: string): Promise<void> {
  await rm(path.join(dataDir, INDEX_STATE_FILE), { force: true });
}

/**
 * Why the live indexes cannot be reused, or undefined when they can: the recorded state must match what is expected
 * field by field, and the engine must hold every live index, none of them emptied, and no building index left by
 * an interrupted reindex.
 */
export async function indexStaleness(
  state: IndexState | undefined,
  expected: ExpectedIndexState,
  client: MeiliClient,
): Promise<string | undefined> {
  if (!state) return 'no record of a finished build';
  if (state.builder !== expected.builder) return 'the document builder, its dictionaries or settings changed';
  if (state.seeds !== expected.seeds) return 'the seed data changed';
  if (state.graphRevision !== expected.graphRevision) return 'the graph was written by another tool (an import)';
  if (state.engine !== expected.engine) return `the indexes were built in another Meilisearch (${state.engine})`;
  if ((state.embedder ?? 'none') !== expected.embedder) {
    return expected.embedder === 'none'
      ? 'the documents have vectors of a model this start does not have'
      : `the documents have no vectors of ${expected.embedder} yet`;
  }
  for (const scope of INDEX_SCOPES) {
    const uid = expected.uids[scope];
    if (state.uids[scope] !== uid) return `the ${scope} index is now ${uid}, built as ${state.uids[scope]}`;
    const stats = await indexStats(client, uid);
    if (!stats) return `the index ${uid} is missing`;
    if (stats.numberOfDocuments === 0 && state.documentsByScope[scope] > 0) return `the index ${uid} is empty`;
    if (await indexStats(client, buildingIndexUid(uid))) return `an interrupted reindex left ${buildingIndexUid(uid)}`;
  }
  return undefined;
}

async function indexStats(client: MeiliClient, uid: string): Promise<{ numberOfDocuments: number } | undefined> {
  try {
    return await client.getIndexStats(uid);
  } catch (error) {
    if (error instanceof SearchEngineError && error.meiliCode === 'index_not_found') return undefined;
    throw error;
  }
}
