import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { datasetVersion, readGraphRevision, type GraphStore } from '@icg/graph';
import { buildSeedGraph, type SeedLoadSummary } from '@icg/seeds';

/** What the graph was last seeded with, under DATA_DIR: lets a replica's start leave a seeded graph alone. */
export const SEEDS_STATE_FILE = 'seeds-state.json';

interface SeedsState {
  fingerprint: string;
  graphRevision: string;
  backend: GraphStore['backend'];
}

export type SeedsAtStart = Pick<
  SeedLoadSummary,
  'nodes' | 'relationships' | 'fingerprint' | 'noise' | 'curatedIssues'
> & {
  /** False when the graph already held these seeds and nothing was written. */
  loaded: boolean;
};

/** Ids of every node and relationship a curator wrote (curator-edits.jsonl): the seeds never overwrite those. */
async function curatedIds(curatorEditsFile: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let text: string;
  try {
    text = await readFile(curatorEditsFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return ids;
    throw error;
  }
  for (const line of text.split('\n')) {
    try {
      const entry = JSON.parse(line) as { nodes?: { id?: unknown }[]; relationships?: { id?: unknown }[] };
      for (const record of [...(entry.nodes ?? []), ...(entry.relationships ?? [])]) {
        if (typeof record.id === 'string') ids.add(record.id);
      }
    } catch {
      // Blank or torn lines name nothing.
    }
  }
  return ids;
}

/**
 * Loads the seeds unless the graph already holds this version of them (same fingerprint and graph revision as
 * recorded, and every seed entity present). Another replica's start therefore writes nothing over curators' work
 * while they edit through the running replicas. When the seeds are loaded (first start, new seeds, a graph written
 * by a tool or emptied), records a curator wrote are left out, so that no moment shows the seed version of an edited
 * entity: the curator's last write still wins over the seed.
 */
export async function loadSeedsAtStart(
  graph: GraphStore,
  dataDir: string,
  curatorEditsFile: string,
  onProgress: (done: number, total: number, phase: string) => void,
): Promise<SeedsAtStart> {
  const seed = await buildSeedGraph();
  const fingerprint = datasetVersion(seed.nodes, seed.relationships);
  const state = await readSeedsState(dataDir);
  const summary = {
    nodes: seed.nodes.length,
    relationships: seed.relationships.length,
    fingerprint,
    noise: seed.noise,
    curatedIssues: seed.curatedIssues,
  };
  if (
    state?.fingerprint === fingerprint &&
    state.backend === graph.backend &&
    state.graphRevision === (await readGraphRevision(dataDir)) &&
    (await graph.getNodes(seed.nodes.map((node) => node.id))).every((node) => node !== null)
  ) {
    return { ...summary, loaded: false };
  }
  const curated = await curatedIds(curatorEditsFile);
  // As loadSeeds writes them (all nodes first, 200 records per transaction), from the graph already built above.
  const nodes = seed.nodes.filter((node) => !curated.has(node.id));
  const relationships = seed.relationships.filter((relationship) => !curated.has(relationship.id));
  for (let start = 0; start < nodes.length; start += SEED_BATCH) {
    await graph.upsertNodes(nodes.slice(start, start + SEED_BATCH));
    onProgress(Math.min(start + SEED_BATCH, nodes.length), nodes.length, 'nodes');
  }
  for (let start = 0; start < relationships.length; start += SEED_BATCH) {
    await graph.upsertRelationships(relationships.slice(start, start + SEED_BATCH));
    onProgress(Math.min(start + SEED_BATCH, relationships.length), relationships.length, 'relationships');
  }
  return { ...summary, loaded: true };
}

/** Records per seed transaction, as loadSeeds. */
const SEED_BATCH = 200;

/** Called once the seeds and the curators' edits are in the graph. */
export async function recordSeedsLoaded(dataDir: string, graph: GraphStore, fingerprint: string): Promise<void> {
  const state: SeedsState = { fingerprint, graphRevision: await readGraphRevision(dataDir), backend: graph.backend };
  const file = join(dataDir, SEEDS_STATE_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(state)}\n`);
  await rename(temporary, file);
}

async function readSeedsState(dataDir: string): Promise<SeedsState | undefined> {
  try {
    return JSON.parse(await readFile(join(dataDir, SEEDS_STATE_FILE), 'utf8')) as SeedsState;
  } catch {
    // Missing or unreadable: load the seeds, which is always right.
    return undefined;
  }
}

/**
 * Takes the store lock `key` and keeps it until the returned function is called: for a phase of the start (seeds,
 * replay, index build) that spans many calls. Another replica's start may hold it for minutes (an index build on a
 * large graph), hence the long wait.
 */
export function holdStoreLock(store: GraphStore, key: string, maxWaitMs = 30 * 60_000): Promise<() => void> {
  return new Promise((resolve, reject) => {
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    store
      .withLock(
        key,
        () => {
          resolve(release);
          return held;
        },
        { maxWaitMs },
      )
      .catch(reject);
  });
}
