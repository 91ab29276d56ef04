import type { GraphStore } from '@icg/graph';
import { parseJiangsuTaskDivision } from './parsers/jiangsu-task-division.ts';
import type { NoiseReport } from './parsers/noise-report.ts';
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
  /** What the parsers dropped from the documents, and where. */
  noise: NoiseReport[];
}

/**
 * Checks every seed document against the manifest, parses the ones that have a parser (the
 * Jiangsu task division) and upserts the result into `store`: all nodes first, so that no
 * relationship batch can reference a node that is not written yet. Ids are stable, so loading
 * again updates in place. The store's schema must exist (GraphStore.ensureSchema).
 */
export async function loadSeeds(store: GraphStore, options: LoadSeedsOptions = {}): Promise<SeedLoadSummary> {
  const { onProgress, batchSize = 200 } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  }

  // Every manifest entry is read, parsed or not, so that a changed file stops the load.
  await Promise.all(SEED_DOCUMENTS.map(({ name }) => readSeedDocument(name)));
  const { document, text } = await readSeedDocument('jiangsu-task-division-2021-2025');
  const parsed = parseJiangsuTaskDivision(text, { file: document.file, takenAt: document.takenAt });
  if (parsed.document.title !== document.title) {
    throw new SeedError(
      'MALFORMED_DOCUMENT',
      `${document.file} parsed with title "${parsed.document.title}", the manifest says "${document.title}"`,
      '标题',
    );
  }

  await writeInBatches(parsed.nodes, batchSize, (batch) => store.upsertNodes(batch), (done, total) =>
    onProgress?.(done, total, 'nodes'),
  );
  await writeInBatches(
    parsed.relationships,
    batchSize,
    (batch) => store.upsertRelationships(batch),
    (done, total) => onProgress?.(done, total, 'relationships'),
  );

  return { nodes: parsed.nodes.length, relationships: parsed.relationships.length, noise: parsed.noise };
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
