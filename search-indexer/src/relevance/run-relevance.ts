import {
  createEmbedder,
  createSearchIndex,
  createSegmenter,
  indexGraph,
  sharedVectorCacheDir,
  type SearchMode,
} from '../index.ts';
import { buildBaselineIndex } from './baseline-index.ts';
import { withSeededSearch } from './seeded-search.ts';
import { judgedSetDigest, readJudgedQueries, type JudgedQuery, type QueryCategory } from './judged-queries.ts';
import {
  RELEVANCE_CUTOFF,
  scoreQuery,
  summarize,
  summarizeByCategory,
  type QueryOutcome,
  type RelevanceFigures,
} from './relevance-metrics.ts';

/**
 * The systems compared: our search as the service runs it (`ours`: by words and meaning, merged), the same index by
 * words only and by meaning only, and plain Meilisearch on the raw text (`baseline`).
 */
export const RELEVANCE_SYSTEMS = ['ours', 'keyword', 'semantic', 'baseline'] as const;
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
  /**
   * Where document vectors are cached between runs (keyed by content, so a changed document is embedded again).
   * @default sharedVectorCacheDir()
   */
  vectorCacheDir?: string;
}

/**
 * Seeds a fresh embedded graph, indexes it twice into one private Meilisearch (our index as the service
 * builds it, and the defaults baseline), runs every judged query against both and scores the first
 * RELEVANCE_CUTOFF hits.
 */
export async function runRelevance(options: RunRelevanceOptions = {}): Promise<RelevanceReport> {
  const step = options.onStep ?? (() => {});
  const queries = options.queries ?? (await readJudgedQueries());
  return withSeededSearch(
    queries.flatMap((q) => q.relevant),
    async ({ graph, graphNodes, client }) => {
      // The same construction as the service (api/src/service.ts), so the figures are the service's.
      step('Loading the embedding model');
      const embedder = await createEmbedder({ vectorCacheDir: options.vectorCacheDir ?? sharedVectorCacheDir() });
      try {
        step('Indexing the graph into our index');
        const ours = createSearchIndex({ client, segmenter: await createSegmenter(), uid: 'relevance_ours', embedder });
        await ours.ensure();
        await indexGraph(graph, ours);

        step('Indexing the graph into the defaults baseline');
        const baseline = await buildBaselineIndex(client, graph, 'relevance_baseline');

        step(`Running ${queries.length} judged queries against both`);
        const outcomes: Record<RelevanceSystem, QueryOutcome[]> = { ours: [], keyword: [], semantic: [], baseline: [] };
        const modes = { ours: 'hybrid', keyword: 'keyword', semantic: 'semantic' } as const;
        for (const judged of queries) {
          for (const [system, mode] of Object.entries(modes) as [keyof typeof modes, SearchMode][]) {
            const hits = await ours.search({ query: judged.query, first: RELEVANCE_CUTOFF, mode });
            outcomes[system].push(
              scoreQuery(
                judged,
                hits.hits.map((hit) => hit.entityId),
              ),
            );
          }
          outcomes.baseline.push(scoreQuery(judged, await baseline.search(judged.query)));
        }
        const report = (system: RelevanceSystem): SystemReport => ({
          overall: summarize(outcomes[system]),
          byCategory: summarizeByCategory(outcomes[system]),
          outcomes: outcomes[system],
        });
        return {
          judgedSetDigest: judgedSetDigest(queries),
          graphNodes,
          systems: {
            ours: report('ours'),
            keyword: report('keyword'),
            semantic: report('semantic'),
            baseline: report('baseline'),
          },
        };
      } finally {
        await embedder.close();
      }
    },
    step,
  );
}
