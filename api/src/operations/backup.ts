import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, copyFile, mkdir, open, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import {
  createGraphStore,
  exportGraph,
  isEntityKind,
  isRelationType,
  markGraphChanged,
  readGraphSnapshot,
  snapshotOf,
  type GraphCounts,
  type GraphNode,
  type GraphRelationship,
  type GraphStore,
  type GraphStoreConfig,
} from '@icg/graph';
import { CURATOR_TOKENS_FILE } from '../auth/curator-tokens.ts';
import { CURATOR_EDITS_FILE } from '../schema/curation/curator-edits.ts';
import { REVIEW_DECISIONS_FILE } from '../schema/review/decision-log.ts';

export const BACKUP_FORMAT = 'icg-backup';
/** Raised when the layout of a backup changes; a restore refuses versions it does not know. */
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_MANIFEST_FILE = 'manifest.json';
/** The graph in the JSON exchange format of `pnpm graph export --format json`. */
export const BACKUP_GRAPH_FILE = 'graph.json';
/**
 * The DATA_DIR files a backup carries besides the graph. The search index is not among them: it is
 * derived from the graph, and rebuilt at the next start after a restore. The outbox's name is spelled
 * out rather than imported from the service, so that the backup tool loads neither the search engine
 * nor the segmenter (a test checks it against INDEX_OUTBOX_FILE).
 */
export const BACKUP_DATA_FILES = [
  CURATOR_TOKENS_FILE,
  CURATOR_EDITS_FILE,
  'index-outbox.jsonl',
  REVIEW_DECISIONS_FILE,
] as const;

export interface BackupFileEntry {
  name: string;
  bytes: number;
  sha256: string;
  /** Permission bits the file had in DATA_DIR (0o600 for the curator files), restored with it. */
  mode: number;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  graph: {
    backend: GraphStore['backend'];
    datasetVersion: string;
    nodes: number;
    relationships: number;
    nodesByKind: GraphCounts['nodesByKind'];
    relationshipsByType: GraphCounts['relationshipsByType'];
  };
  /** Every file of the backup but the manifest, with its checksum. */
  files: BackupFileEntry[];
}

export type BackupErrorCode = 'TARGET_EXISTS' | 'NOT_A_BACKUP' | 'DAMAGED' | 'TARGET_NOT_EMPTY' | 'VERIFY_FAILED';

/** An expected failure of a backup or restore, with a message an operator can act on. */
export class BackupError extends Error {
  override readonly name = 'BackupError';
  constructor(
    readonly code: BackupErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isBackupError(error: unknown): error is BackupError {
  return error instanceof BackupError;
}

/** One line of progress for a person watching: the CLI prints it on stderr. */
export type BackupProgress = (line: string) => void;

export interface CreateBackupOptions {
  /** The directory to create; it must not exist yet. */
  target: string;
  /** DATA_DIR of the service: where the curator files are. */
  dataDir: string;
  /** The graph to back up (the service's own settings). */
  graph: GraphStoreConfig;
  onProgress?: BackupProgress;
  /** @default now */
  now?: Date;
}

/**
 * Takes a backup into a new directory. Everything is written under a temporary name beside the target
 * and renamed at the end, so a backup that was killed part-way never looks complete.
 *
 * The embedded graph is opened read-only, which works beside the running service and sees every
 * write it committed before the open (`backup.e2e.test.ts`); the snapshot is that of the open.
 */
export async function createBackup(options: CreateBackupOptions): Promise<BackupManifest> {
  const progress = options.onProgress ?? (() => undefined);
  const target = resolve(options.target);
  if (await exists(target)) {
    throw new BackupError('TARGET_EXISTS', `${target} already exists; a backup is written into a new directory`);
  }
  const partial = join(dirname(target), `.${basename(target)}.partial-${process.pid}`);
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true, mode: 0o700 });
  try {
    const store = await openStore(options.graph, 'read', progress);
    let exported: Awaited<ReturnType<typeof exportGraph>>;
    try {
      exported = await exportGraph(store, {
        format: 'json',
        out: join(partial, BACKUP_GRAPH_FILE),
        ...(options.now ? { now: options.now } : {}),
        onProgress: (phase, done) => progress(`Reading the graph (${phase}): ${done}`),
      });
    } finally {
      await store.close();
    }
    // Read back what was written: a backup is only worth keeping if it parses into the same records.
    await chmod(join(partial, BACKUP_GRAPH_FILE), 0o600);
    const graph = await readGraphFile(join(partial, BACKUP_GRAPH_FILE));
    if (graph.datasetVersion !== exported.datasetVersion) {
      throw new BackupError('VERIFY_FAILED', `${BACKUP_GRAPH_FILE} does not read back as the graph that was exported`);
    }
    progress(`Graph: ${graph.nodes.length} nodes, ${graph.relationships.length} relationships`);

    // After the graph, not before: an edit made meanwhile is then in curator-edits.jsonl even if the graph
    // missed it, and the next start replays it; the other order could lose it.
    const files: BackupFileEntry[] = [await describeFile(partial, BACKUP_GRAPH_FILE)];
    for (const name of BACKUP_DATA_FILES) {
      const from = join(options.dataDir, name);
      const mode = await modeOf(from);
      if (mode === undefined) continue;
      await copyFile(from, join(partial, name));
      await chmod(join(partial, name), mode);
      files.push(await describeFile(partial, name));
      progress(`Copied ${name}`);
    }

    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: (options.now ?? new Date()).toISOString(),
      graph: {
        backend: options.graph.backend,
        datasetVersion: graph.datasetVersion,
        ...countsOf(graph.nodes, graph.relationships),
      },
      files,
    };
    await writeFile(join(partial, BACKUP_MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    // On disk before the rename: after a power cut, a directory under the final name holds complete files.
    for (const name of [...files.map((file) => file.name), BACKUP_MANIFEST_FILE]) await syncToDisk(join(partial, name));
    await syncToDisk(partial);
    await rename(partial, target);
    progress(`Backup complete: ${target}`);
    return manifest;
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
}

export interface RestoreBackupOptions {
  /** A directory written by createBackup. */
  source: string;
  /** DATA_DIR to restore the curator files into. */
  dataDir: string;
  /** The graph to restore into. */
  graph: GraphStoreConfig;
  /**
   * Replace a graph (and curator files) that already hold data. The stored nodes are deleted first,
   * so the graph ends up equal to the backup.
   * @default false
   */
  force?: boolean;
  onProgress?: BackupProgress;
}

export interface RestoreResult {
  manifest: BackupManifest;
  nodes: number;
  relationships: number;
  /** Nodes deleted from a non-empty target (with `force`). */
  replacedNodes: number;
  files: string[];
}

/**
 * Restores a backup. Every checksum is checked before anything is written; the graph is written with the
 * store's bulk load (one transaction on the embedded engine, batches on Neo4j) and compared with the backup
 * afterwards; then the curator files are put in place with their modes. The search index is left to the next
 * start, which rebuilds it from the graph. Writes are keyed by stable id, so a restore interrupted part-way can
 * be run again (with `force`).
 */
export async function restoreBackup(options: RestoreBackupOptions): Promise<RestoreResult> {
  const progress = options.onProgress ?? (() => undefined);
  const source = resolve(options.source);
  const manifest = await readManifest(source);
  for (const entry of manifest.files) {
    const actual = await sha256Of(join(source, entry.name)).catch((error: unknown) => {
      throw new BackupError('DAMAGED', `The backup in ${source} lacks ${entry.name}; nothing was restored`, {
        cause: error,
      });
    });
    if (actual !== entry.sha256) {
      throw new BackupError(
        'DAMAGED',
        `The backup file ${entry.name} in ${source} is damaged: its SHA-256 is ${actual}, the manifest says ` +
          `${entry.sha256}. Nothing was restored; use another backup.`,
      );
    }
  }
  progress(`Checked ${manifest.files.length} files against the manifest`);
  const graph = await readGraphFile(join(source, BACKUP_GRAPH_FILE));
  if (graph.datasetVersion !== manifest.graph.datasetVersion) {
    throw new BackupError('DAMAGED', `${BACKUP_GRAPH_FILE} does not match the manifest's dataset version`);
  }

  const dataDir = resolve(options.dataDir);
  const store = await openStore({ ...options.graph }, 'write', progress);
  let replacedNodes = 0;
  try {
    const stored = await store.counts();
    const presentFiles = await existingDataFiles(dataDir);
    if ((stored.nodes > 0 || presentFiles.length > 0) && !options.force) {
      const what = [
        ...(stored.nodes > 0 ? [`a graph of ${stored.nodes} nodes`] : []),
        ...presentFiles.map((name) => name),
      ].join(', ');
      throw new BackupError(
        'TARGET_NOT_EMPTY',
        `The target already holds data (${what}); nothing was restored. Restore into an empty DATA_DIR or ` +
          'database, or pass --force to replace what is there with the backup.',
      );
    }
    // A new graph revision, before and after writing, makes the next start rebuild the search indexes rather than
    // reuse indexes built from the graph this restore replaces, even if the restore stops part-way.
    await markGraphChanged(dataDir);
    if (stored.nodes > 0) replacedNodes = await deleteEveryNode(store, progress);

    // The bulk path rather than one upsertGraph: the embedded engine still writes it in one transaction (with COPY
    // FROM), while Neo4j writes batches of 10,000 records, where one transaction of a large graph would outlast the
    // adapter's transaction timeout. Records are keyed by id, so a restore that stopped part-way is simply re-run.
    const written = await store.bulkLoad({
      nodes: graph.nodes,
      relationships: graph.relationships,
      onProgress: (phase, done, total) =>
        progress(`${phase === 'check' ? 'Comparing ids with the store' : `Writing ${phase}`}: ${done}/${total}`),
    });
    progress(`Written with ${written.method === 'copy' ? 'COPY FROM in one transaction' : 'batched MERGE'}`);
    await markGraphChanged(dataDir);
    const restored = await readGraphSnapshot(store);
    if (restored.datasetVersion !== manifest.graph.datasetVersion) {
      throw new BackupError(
        'VERIFY_FAILED',
        `The restored graph differs from the backup (dataset version ${restored.datasetVersion}, expected ` +
          `${manifest.graph.datasetVersion}); run the restore again with --force`,
      );
    }
    progress(`Graph restored and verified: ${graph.nodes.length} nodes, ${graph.relationships.length} relationships`);
  } finally {
    await store.close();
  }

  await mkdir(dataDir, { recursive: true });
  const files: string[] = [];
  for (const name of BACKUP_DATA_FILES) {
    const entry = manifest.files.find((file) => file.name === name);
    const to = join(dataDir, name);
    if (!entry) {
      // A file the backup did not have would be replayed over the restored graph (edits) or trusted (tokens).
      await rm(to, { force: true });
      continue;
    }
    const temporary = `${to}.${process.pid}.restoring`;
    await copyFile(join(source, name), temporary);
    await chmod(temporary, entry.mode & 0o777);
    await rename(temporary, to);
    files.push(name);
    progress(`Restored ${name} (mode ${entry.mode.toString(8)})`);
  }
  progress('The search index is rebuilt from the graph at the next start (or run pnpm search-index reindex).');
  return {
    manifest,
    nodes: graph.nodes.length,
    relationships: graph.relationships.length,
    replacedNodes,
    files,
  };
}

/** Reads and checks a backup's manifest. */
export async function readManifest(source: string): Promise<BackupManifest> {
  let text: string;
  try {
    text = await readFile(join(source, BACKUP_MANIFEST_FILE), 'utf8');
  } catch (error) {
    throw new BackupError('NOT_A_BACKUP', `${source} holds no ${BACKUP_MANIFEST_FILE}: it is not a backup`, {
      cause: error,
    });
  }
  let manifest: Partial<BackupManifest>;
  try {
    manifest = JSON.parse(text) as Partial<BackupManifest>;
  } catch (error) {
    throw new BackupError('DAMAGED', `The backup file ${BACKUP_MANIFEST_FILE} in ${source} is not valid JSON`, {
      cause: error,
    });
  }
  if (manifest.format !== BACKUP_FORMAT || !Array.isArray(manifest.files) || !manifest.graph) {
    throw new BackupError('NOT_A_BACKUP', `${BACKUP_MANIFEST_FILE} in ${source} is not a backup manifest`);
  }
  if (manifest.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      'NOT_A_BACKUP',
      `The backup in ${source} has format version ${String(manifest.formatVersion)}; this version restores ` +
        `${BACKUP_FORMAT_VERSION} only`,
    );
  }
  const known = new Set<string>([BACKUP_GRAPH_FILE, ...BACKUP_DATA_FILES]);
  for (const entry of manifest.files) {
    // Names come from a file on disk: only ours, so a crafted manifest cannot point outside the backup.
    if (!known.has(entry.name) || typeof entry.sha256 !== 'string' || !Number.isInteger(entry.mode)) {
      throw new BackupError('DAMAGED', `${BACKUP_MANIFEST_FILE} in ${source} lists an unexpected file entry`);
    }
  }
  if (!manifest.files.some((entry) => entry.name === BACKUP_GRAPH_FILE)) {
    throw new BackupError('DAMAGED', `${BACKUP_MANIFEST_FILE} in ${source} lists no ${BACKUP_GRAPH_FILE}`);
  }
  return manifest as BackupManifest;
}

interface GraphFile {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  datasetVersion: string;
}

/** The graph of a backup, checked for the shape the stores need (kinds and types from the allow-lists). */
async function readGraphFile(file: string): Promise<GraphFile> {
  let parsed: { nodes?: unknown; relationships?: unknown };
  try {
    parsed = JSON.parse(await readFile(file, 'utf8')) as typeof parsed;
  } catch (error) {
    throw new BackupError('DAMAGED', `${file} cannot be read as JSON`, { cause: error });
  }
  const { nodes, relationships } = parsed;
  if (!Array.isArray(nodes) || !Array.isArray(relationships)) {
    throw new BackupError('DAMAGED', `${file} has no nodes and relationships lists`);
  }
  for (const node of nodes as Partial<GraphNode>[]) {
    if (typeof node?.id !== 'string' || !isEntityKind(node.kind)) {
      throw new BackupError('DAMAGED', `${file} holds a node without an id or with an unknown kind`);
    }
  }
  for (const relationship of relationships as Partial<GraphRelationship>[]) {
    if (typeof relationship?.id !== 'string' || !isRelationType(relationship.type)) {
      throw new BackupError('DAMAGED', `${file} holds a relationship without an id or with an unknown type`);
    }
  }
  const snapshot = snapshotOf(nodes as GraphNode[], relationships as GraphRelationship[]);
  return { nodes: snapshot.nodes, relationships: snapshot.relationships, datasetVersion: snapshot.datasetVersion };
}

function countsOf(nodes: readonly GraphNode[], relationships: readonly GraphRelationship[]) {
  const nodesByKind: GraphCounts['nodesByKind'] = {};
  for (const node of nodes) nodesByKind[node.kind] = (nodesByKind[node.kind] ?? 0) + 1;
  const relationshipsByType: GraphCounts['relationshipsByType'] = {};
  for (const rel of relationships) relationshipsByType[rel.type] = (relationshipsByType[rel.type] ?? 0) + 1;
  return { nodes: nodes.length, relationships: relationships.length, nodesByKind, relationshipsByType };
}

async function openStore(
  config: GraphStoreConfig,
  access: 'read' | 'write',
  progress: BackupProgress,
): Promise<GraphStore> {
  // A Neo4j of DATA_DIR that the service runs is joined, one that is not running is started for the command.
  const store = await createGraphStore(
    config.backend === 'embedded' && access === 'read' ? { ...config, readOnly: true } : config,
    { onProgress: progress },
  );
  try {
    await store.ensureSchema();
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}

const DELETE_BATCH = 1_000;

async function deleteEveryNode(store: GraphStore, progress: BackupProgress): Promise<number> {
  const total = await store.countNodes({});
  let deleted = 0;
  for (;;) {
    const page = await store.findNodes({ first: DELETE_BATCH });
    if (page.length === 0) return deleted;
    await store.deleteNodes(page.map((node) => node.id));
    deleted += page.length;
    progress(`Deleting the stored graph: ${deleted}/${total}`);
  }
}

async function existingDataFiles(dataDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dataDir);
  } catch {
    return [];
  }
  return BACKUP_DATA_FILES.filter((name) => names.includes(name));
}

async function describeFile(directory: string, name: string): Promise<BackupFileEntry> {
  const file = join(directory, name);
  const info = await stat(file);
  return { name, bytes: info.size, sha256: await sha256Of(file), mode: info.mode & 0o777 };
}

async function syncToDisk(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function modeOf(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mode & 0o777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function exists(path: string): Promise<boolean> {
  return (await modeOf(path)) !== undefined;
}
