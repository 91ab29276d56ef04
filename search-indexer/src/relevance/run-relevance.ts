import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbeddedGraphStore, type GraphStore } from '@icg/graph';
// A development dependency only: the judged set is measured on exactly the graph the service loads.
import { loadSeeds } from '@icg/seeds';
import {
  createMeiliClient,
  createSearchIndex,
  createSegmenter,
  indexGraph,
  startMeilisearch,
  type MeiliClient,
  type MeilisearchServer,
} from '../index.ts';
import { buildBaselineIndex } from './baseline-index.ts';
import { judgedSetDigest, readJudgedQueries, type JudgedQuery, type QueryCategory } from './judged-queries.ts';
import {
  RELEVANCE_CUTOFF,
  scoreQuery,
  summarize,
  summarizeByCategory,
  type QueryOutcome,
  type RelevanceFigures,
} from './relevance-metrics.ts';

/** The two systems compared: our index and query processing, and plain Meilisearch on the raw text. */
export const RELEVANCE_SYSTEMS = ['ours', 'baseline'] as const;
export type RelevanceSystem = (typeof RELEVANCE_SYSTEMS)[number];

export interface SystemReport {
  overall: RelevanceFigures;
  byCategory: Map<QueryCategory, RelevanceFigures>;
  outcomes: QueryOutcome[];
}

export interface RelevanceReport {
  judgedSetDigest: string;
  /** Nodes in the seeded graph the queries ran against. */
  graphNodes: number;
  systems: Record<RelevanceSystem, SystemReport>;
}

export interface RunRelevanceOptions {
  /** @default the repo's judged set */
  queries?: readonly JudgedQuery[];
  /** Lines about what the run is doing (seeding, indexing); silent by default. */
  onStep?: (message: string) => void;
}

/**
 * Seeds a fresh embedded graph, indexes it twice into one private Meilisearch (our index as the service
 * builds it, and the defaults baseline), runs every judged query against both and scores the first
 * RELEVANCE_CUTOFF hits. Everything lives in a temporary directory that is removed afterwards.
 */
export async function runRelevance(options: RunRelevanceOptions = {}): Promise<RelevanceReport> {
  const step = options.onStep ?? (() => {});
  const queries = options.queries ?? (await readJudgedQueries());
  const dir = await mkdtemp(join(tmpdir(), 'icg-relevance-'));
  let store: GraphStore | undefined;
  let server: MeilisearchServer | undefined;
  let client: MeiliClient | undefined;
  try {
    step('Seeding an embedded graph');
    store = await createEmbeddedGraphStore({ dataDir: join(dir, 'graph'), bufferPoolBytes: 128 * 1024 * 1024 });
    await store.ensureSchema();
    const seeded = await loadSeeds(store);
    const judgedIds = queries.flatMap((q) => q.relevant).filter((id, i, all) => all.indexOf(id) === i);
    const known = new Set((await store.getNodes(judgedIds)).flatMap((node) => (node ? [node.id] : [])));
    const missing = judgedIds.filter((id) => !known.has(id));
    if (missing.length > 0) {
      throw new Error(`judged queries name entities the seeds do not hold: ${missing.join(', ')}`);
    }

    step('Starting Meilisearch');
    server = await startMeilisearch({ dataDir: join(dir, 'search') });
    client = createMeiliClient({ url: server.url, apiKey: server.masterKey });

    // The same construction as the service (api/src/service.ts), so the figures are the service's.
    step('Indexing the graph into our index');
    const ours = createSearchIndex({ client, segmenter: await createSegmenter(), uid: 'relevance_ours' });
    await ours.ensure();
    await indexGraph(store, ours);

    step('Indexing the graph into the defaults baseline');
    const baseline = await buildBaselineIndex(client, store, 'relevance_baseline');

    step(`Running ${queries.length} judged queries against both`);
    const outcomes: Record<RelevanceSystem, QueryOutcome[]> = { ours: [], baseline: [] };
    for (const judged of queries) {
      const hits = await ours.search({ query: judged.query, first: RELEVANCE_CUTOFF });
      outcomes.ours.push(
        scoreQuery(
          judged,
          hits.hits.map((hit) => hit.entityId),
        ),
      );
      outcomes.baseline.push(scoreQuery(judged, await baseline.search(judged.query)));
    }
    const report = (system: RelevanceSystem): SystemReport => ({
      overall: summarize(outcomes[system]),
      byCategory: summarizeByCategory(outcomes[system]),
      outcomes: outcomes[system],
    });
    return {
      judgedSetDigest: judgedSetDigest(queries),
      graphNodes: seeded.nodes,
      systems: { ours: report('ours'), baseline: report('baseline') },
    };
  } finally {
    // The indexes go with the server's data directory.
    await client?.close();
    await server?.stop();
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  }
}
