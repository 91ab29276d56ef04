import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createEmbeddedGraphStore } from '../adapters/embedded/create-embedded-graph-store.ts';
import type { BulkLoadResult, GraphWritePhase } from '../graph-store.ts';
import { createProgressReporter } from './progress.ts';
import { createSyntheticGraph } from './synthetic-graph.ts';

export interface BulkDemoOptions {
  nodes: number;
  relationships: number;
  /** Load into this directory (kept afterwards); by default a fresh temporary one, removed afterwards. */
  dataDir?: string;
  /** Also load the same records a second time, to show that a re-run writes nothing. @default true */
  rerun?: boolean;
}

export interface BulkDemoRun {
  result: BulkLoadResult;
  seconds: number;
  /** Seconds from the first to the last progress event of each phase. */
  phases: Partial<Record<GraphWritePhase, number>>;
}

export interface BulkDemoReport {
  dataDir: string;
  generateSeconds: number;
  first: BulkDemoRun;
  second?: BulkDemoRun;
  counts: { nodes: number; relationships: number };
}

const seconds = (from: number) => (performance.now() - from) / 1000;

/**
 * Measures the embedded bulk path on synthetic records (see createSyntheticGraph). Never touches the
 * configured store: it loads into a temporary DATA_DIR unless one is named.
 */
export async function runBulkDemo(options: BulkDemoOptions): Promise<BulkDemoReport> {
  const progress = createProgressReporter();
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'icg-bulk-demo-')));
  const started = performance.now();
  const graph = createSyntheticGraph({ nodes: options.nodes, relationships: options.relationships });
  const generateSeconds = seconds(started);
  const store = await createEmbeddedGraphStore({ dataDir, bufferPoolBytes: 512 * 1024 * 1024 });
  try {
    await store.ensureSchema();
    const load = async (): Promise<BulkDemoRun> => {
      const phaseStart = new Map<GraphWritePhase, number>();
      const phases: Partial<Record<GraphWritePhase, number>> = {};
      const from = performance.now();
      const result = await store.bulkLoad({
        ...graph,
        onProgress(phase, done, total) {
          if (!phaseStart.has(phase)) phaseStart.set(phase, performance.now());
          if (done === total) phases[phase] = seconds(phaseStart.get(phase)!);
          progress.update(phase, done, total);
        },
      });
      progress.done();
      return { result, seconds: seconds(from), phases };
    };
    const first = await load();
    const second = options.rerun === false ? undefined : await load();
    const counts = await store.counts();
    return {
      dataDir,
      generateSeconds,
      first,
      ...(second ? { second } : {}),
      counts: { nodes: counts.nodes, relationships: counts.relationships },
    };
  } finally {
    await store.close();
    if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

export function formatBulkDemoReport(report: BulkDemoReport, options: BulkDemoOptions): string {
  const rate = (count: number, time: number | undefined) =>
    count > 0 && time && time > 0 ? `${Math.round(count / time).toLocaleString('en-US')}/s` : '—';
  const written = (counts: BulkLoadResult['nodes']) => counts.copied + counts.upserted;
  const run = (label: string, { result, seconds: total, phases }: BulkDemoRun) =>
    [
      `${label}: ${total.toFixed(2)} s in all (${result.method}; includes validating the records)`,
      `  check         ${(phases.check ?? 0).toFixed(2)} s  (stored ids and content compared)`,
      `  nodes         ${(phases.nodes ?? 0).toFixed(2)} s  ${rate(written(result.nodes), phases.nodes)}` +
        `  copied ${result.nodes.copied}, upserted ${result.nodes.upserted}, unchanged ${result.nodes.unchanged}`,
      `  relationships ${(phases.relationships ?? 0).toFixed(2)} s  ${rate(written(result.relationships), phases.relationships)}` +
        `  copied ${result.relationships.copied}, upserted ${result.relationships.upserted}, unchanged ${result.relationships.unchanged}`,
      `  overall       ${rate(options.nodes + options.relationships, total)} records`,
    ].join('\n');
  return [
    `bulk-demo: ${options.nodes} nodes, ${options.relationships} relationships into an empty embedded store` +
      (options.dataDir ? ` in ${report.dataDir}` : ' (temporary DATA_DIR, removed afterwards)'),
    `generate records: ${report.generateSeconds.toFixed(2)} s`,
    run('first load', report.first),
    ...(report.second ? [run('second load of the same records', report.second)] : []),
    `stored: ${report.counts.nodes} nodes, ${report.counts.relationships} relationships`,
  ].join('\n');
}
