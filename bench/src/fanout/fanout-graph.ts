import { loadSeeds } from '@icg/seeds';
import { createSegmenter } from '@icg/search-indexer';
import { openBenchGraph } from '../bench-graph.ts';
import { allNodes } from '../graph-pages.ts';
import { labelledProgress, log, seconds } from '../progress.ts';
import { buildGraphVocabulary, createSyntheticGraph, degreesOf } from '../synthetic-graph.ts';

/** The seeds' best-connected entity, the one the adversarial test aimed at. */
export const SEED_HUB = 'province-jiangsu';
/** The probe's entity: a person's page, as the adversarial test's probe asked for. */
export const PROBE_ENTITY = 'en-zhang-jian';

export interface FanoutGraph {
  /** The service's settings for this graph (GRAPH_BACKEND …). */
  serviceEnv: Record<string, string>;
  hub: string;
  hubDegree: number | undefined;
}

/**
 * The embedded graph in `dataDir`: the seeds, and at `scale` > 0 the bench's synthetic graph of that
 * many entities beside them (`pnpm bench` builds the same one: same generator, same seed), whose
 * best-connected entity is the hub attacked.
 */
export async function buildFanoutGraph(dataDir: string, workDir: string, scale: number): Promise<FanoutGraph> {
  const bench = await openBenchGraph('embedded', workDir, Math.max(scale, 1));
  const store = await bench.openEmpty(dataDir);
  try {
    await store.ensureSchema();
    await loadSeeds(store);
    if (scale === 0) return { serviceEnv: bench.serviceEnv, hub: SEED_HUB, hubDegree: undefined };
    const vocabulary = buildGraphVocabulary(await allNodes(store), await createSegmenter());
    const progress = labelledProgress();
    const started = performance.now();
    const synthetic = createSyntheticGraph(vocabulary, scale, undefined, (phase, done, total) =>
      progress(`Generating ${phase}`, done, total),
    );
    await store.bulkLoad({
      nodes: synthetic.nodes,
      relationships: synthetic.relationships,
      onProgress: (phase, done, total) => progress(`Bulk load (${phase})`, done, total),
    });
    const [hub, hubDegree] = [...degreesOf(synthetic.relationships)].reduce((best, entry) =>
      entry[1] > best[1] ? entry : best,
    );
    log(
      `Graph of ${synthetic.nodes.length} synthetic entities and ${synthetic.relationships.length} relationships ` +
        `beside the seeds in ${seconds(performance.now() - started)}; hub ${hub} with ${hubDegree} relationships`,
    );
    return { serviceEnv: bench.serviceEnv, hub, hubDegree };
  } finally {
    await store.close();
    await bench.close();
  }
}
