import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { QueryCategory } from './judged-queries.ts';
import { floorTo2, RELEVANCE_CUTOFF, type RelevanceFigures } from './relevance-metrics.ts';
import { RELEVANCE_SYSTEMS, type RelevanceReport, type RelevanceSystem } from './run-relevance.ts';

export const RECORDED_FIGURES_FILE = fileURLToPath(new URL('../../relevance/recorded-figures.json', import.meta.url));

interface RecordedSystem {
  recallAt10: number;
  mrr: number;
  byCategory: Partial<Record<QueryCategory, { queries: number; recallAt10: number; mrr: number }>>;
}

/**
 * The floor the relevance test holds our search to, with the baseline's figures beside it for the record.
 * Written only by `relevance --record`; every figure is rounded down to two decimals.
 */
export interface RecordedFigures {
  comment: string;
  recordedAt: string;
  /** Digest of the judged set the figures were measured on (see judgedSetDigest). */
  judgedSetDigest: string;
  queries: number;
  cutoff: number;
  graphNodes: number;
  systems: Record<RelevanceSystem, RecordedSystem>;
}

export async function readRecordedFigures(path: string = RECORDED_FIGURES_FILE): Promise<RecordedFigures> {
  return JSON.parse(await readFile(path, 'utf8')) as RecordedFigures;
}

export function toRecordedFigures(report: RelevanceReport, recordedAt: Date = new Date()): RecordedFigures {
  const floor = (figures: RelevanceFigures) => ({
    recallAt10: floorTo2(figures.recallAt10),
    mrr: floorTo2(figures.mrr),
  });
  const system = (name: RelevanceSystem): RecordedSystem => {
    const { overall, byCategory } = report.systems[name];
    return {
      ...floor(overall),
      byCategory: Object.fromEntries(
        [...byCategory].map(([category, figures]) => [category, { queries: figures.queries, ...floor(figures) }]),
      ),
    };
  };
  return {
    comment:
      'Relevance floor for our search (`ours`: by words and meaning, as the service searches): the relevance ' +
      'test fails when its Recall@10 or MRR@10 falls below these figures. Re-record with ' +
      '`pnpm --filter @icg/search-indexer relevance --record` after a change that improves search or after ' +
      'editing judged-queries.json. `keyword` and `semantic` are the same index by words or by meaning only; the ' +
      'baseline is plain Meilisearch defaults on the raw text. They are recorded for comparison only.',
    recordedAt: recordedAt.toISOString(),
    judgedSetDigest: report.judgedSetDigest,
    queries: report.systems.ours.overall.queries,
    cutoff: RELEVANCE_CUTOFF,
    graphNodes: report.graphNodes,
    systems: Object.fromEntries(RELEVANCE_SYSTEMS.map((name) => [name, system(name)])) as Record<
      RelevanceSystem,
      RecordedSystem
    >,
  };
}

export async function writeRecordedFigures(
  figures: RecordedFigures,
  path: string = RECORDED_FIGURES_FILE,
): Promise<void> {
  await writeFile(path, `${JSON.stringify(figures, null, 2)}\n`, 'utf8');
}
