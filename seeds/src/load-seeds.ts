import { datasetVersion, type GraphNode, type GraphRelationship, type GraphStore } from '@icg/graph';
import { buildCuratedGraph } from './curated/curated-graph.ts';
import type { CuratedIssue } from './curated/curated-issue.ts';
import { linkEntities, type SkippedName } from './linking/link-entities.ts';
import { readPolicyGraph, type PolicyNoiseReport } from './policy/policy-graph.ts';
import { readSeedDocument, SEED_DOCUMENTS } from './seed-documents.ts';
import { SeedError } from './seed-error.ts';

export type SeedLoadPhase = 'nodes' | 'relationships';

export interface LoadSeedsOptions {
  /** Called after each written batch with the records written so far in `phase` and the phase's total. */
  onProgress?: (done: number, total: number, phase: SeedLoadPhase) => void;
  /**
   * Records per upsert call; each call is one transaction in the store.
   * @default 200
   */
  batchSize?: number;
}

export interface SeedLoadSummary {
  /** Nodes written. */
  nodes: number;
  /** Relationships written. */
  relationships: number;
  /**
   * The dataset version of the seed records (`datasetVersion`): it changes when the documents, the curated data or
   * the parsers change what the seeds hold, and only then.
   */
  fingerprint: string;
  /** What the policy parsers removed from or repaired in the documents, and where. */
  noise: PolicyNoiseReport[];
  /** What the curated data lacks or had to be adjusted (warnings; errors stop the load). */
  curatedIssues: CuratedIssue[];
  /** MENTIONS found by entity linking (included in `relationships`), and the names it did not look for. */
  entityLinking: EntityLinkingSummary;
}

export interface EntityLinkingSummary {
  mentions: number;
  skippedNames: SkippedName[];
}

/** Everything the seeds hold, as one set of graph records: the curated entities and both policy documents. */
export async function buildSeedGraph(): Promise<{
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  noise: PolicyNoiseReport[];
  curatedIssues: CuratedIssue[];
  entityLinking: EntityLinkingSummary;
}> {
  // Every manifest entry is read, parsed or not, so that a changed file stops the load.
  await Promise.all(SEED_DOCUMENTS.map(({ name }) => readSeedDocument(name)));
  const [policy, curated] = await Promise.all([readPolicyGraph(), buildCuratedGraph()]);

  const nodes = [...curated.nodes, ...policy.nodes];
  const ids = new Set<string>();
  for (const node of nodes) {
    if (ids.has(node.id)) {
      throw new SeedError(
        'MALFORMED_DOCUMENT',
        `the curated data and the policy documents both define node ${node.id}`,
      );
    }
    ids.add(node.id);
  }
  const missing = policy.referencedIds.filter((id) => !ids.has(id));
  if (missing.length > 0) {
    throw new SeedError(
      'MALFORMED_DOCUMENT',
      `the policy documents mention nodes the curated data lacks: ${missing.join(', ')}`,
    );
  }
  const relationships = [...curated.relationships, ...policy.relationships];
  // Last, so that it reads the names of every node and never repeats a relationship the data already states.
  const linking = linkEntities(nodes, relationships);
  return {
    nodes,
    relationships: [...relationships, ...linking.relationships],
    noise: policy.noise,
    curatedIssues: curated.issues,
    entityLinking: { mentions: linking.relationships.length, skippedNames: linking.skippedNames },
  };
}

/**
 * Upserts the seed graph into `store`: all nodes first, so that no relationship batch can
 * reference a node that is not written yet. Ids are stable, so loading again updates in place.
 * The store's schema must exist (GraphStore.ensureSchema).
 */
export async function loadSeeds(store: GraphStore, options: LoadSeedsOptions = {}): Promise<SeedLoadSummary> {
  const { onProgress, batchSize = 200 } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  }
  const seed = await buildSeedGraph();

  await writeInBatches(
    seed.nodes,
    batchSize,
    (batch) => store.upsertNodes(batch),
    (done, total) => onProgress?.(done, total, 'nodes'),
  );
  await writeInBatches(
    seed.relationships,
    batchSize,
    (batch) => store.upsertRelationships(batch),
    (done, total) => onProgress?.(done, total, 'relationships'),
  );

  return {
    nodes: seed.nodes.length,
    relationships: seed.relationships.length,
    fingerprint: datasetVersion(seed.nodes, seed.relationships),
    noise: seed.noise,
    curatedIssues: seed.curatedIssues,
    entityLinking: seed.entityLinking,
  };
}

async function writeInBatches<T>(
  records: readonly T[],
  batchSize: number,
  write: (batch: readonly T[]) => Promise<void>,
  progress: (done: number, total: number) => void,
): Promise<void> {
  for (let start = 0; start < records.length; start += batchSize) {
    const batch = records.slice(start, start + batchSize);
    await write(batch);
    progress(start + batch.length, records.length);
  }
}
