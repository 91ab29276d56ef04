import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));

/** Every phase must have produced these on each backend; `paths`, `neighborhood` and `search` per case and level. */
const FIGURES_PER_BACKEND = [
  'bulk.seconds',
  'embedding.documents.seconds',
  'embedding.query.p50',
  'embedding.query.p95',
  ...[1, 16].map((c) => `search.hybrid.c${c}.ratio.p95`),
  'answers.answered',
  'answers.c1.with.p95',
  'answers.c1.without.p95',
  'answers.c1.added.p95',
  'memory.api.seeds.mib',
  'bulk.nodesPerSecond',
  'bulk.relationshipsPerSecond',
  'indexing.pipeline.documentsPerSecond',
  'indexing.meilisearch.documentsPerSecond',
  'indexing.ratio',
  ...[1, 16, 64].flatMap((c) => [
    ...['graphql', 'direct'].flatMap((path) =>
      ['p50', 'p95', 'p99', 'throughput'].map((figure) => `search.c${c}.${path}.${figure}`),
    ),
    `search.c${c}.ratio.p95`,
  ]),
  ...[
    'neighborhood.depth1.hubs',
    'neighborhood.depth1.random',
    'neighborhood.depth2.hubs',
    'neighborhood.depth2.random',
    'paths.connected',
    'paths.unconnected',
  ].flatMap((name) => [
    `${name}.graphql.p50`,
    `${name}.graphql.p95`,
    `${name}.direct.p50`,
    `${name}.direct.p95`,
    `${name}.engine.p95`,
    `${name}.ratio.p95`,
  ]),
  'traversal.build.seconds',
  'memory.api.mib',
  'memory.api.withoutEngineCache.mib',
  'memory.meilisearch.mib',
  'start.cold.seconds',
  'start.warm.seconds',
];
const EXPECTED_FIGURES = [
  'generate.seconds',
  ...['embedded', 'neo4j'].flatMap((backend) => FIGURES_PER_BACKEND.map((name) => `${backend}.${name}`)),
  // The JVM apart from the service: only Neo4j runs as an engine process of its own; only the embedded engine's
  // page cache lives inside the service.
  'neo4j.memory.neo4j.mib',
  'embedded.memory.api.engineCache.mib',
];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

// The CI smoke run: the real `pnpm bench --scale 10000`, one round and short levels, every phase on both graph
// stores; no thresholds. Seven minutes on a quiet machine with the vectors cached; on a fresh clone beside the other
// suites it embeds 10,000 documents first and has taken eleven.
describe('pnpm bench --scale 10000', () => {
  let resultsDir: string;
  let run: Run;

  beforeAll(async () => {
    resultsDir = await mkdtemp(join(tmpdir(), 'icg-bench-results-'));
    run = await new Promise<Run>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          'bench/src/main.ts',
          '--scale',
          '10000',
          '--rounds',
          '1',
          '--seconds-per-level',
          '1',
          '--results-dir',
          resultsDir,
        ],
        { cwd: REPOSITORY, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  }, 25 * 60_000);

  afterAll(async () => {
    await rm(resultsDir, { recursive: true, force: true });
  });

  it('exits 0 and prints the table of figures', () => {
    expect(run.code, run.stderr.slice(-3000)).toBe(0);
    expect(run.stdout).toContain('Scale 10,000 entities');
    expect(run.stdout).toMatch(/^figure\s+unit\s+median\s+min\s+max\s+target\s+met\?$/m);
    for (const name of EXPECTED_FIGURES) expect(run.stdout).toContain(name);
  });

  it('writes latest.json with every figure a positive finite number, and the machine it ran on', async () => {
    const results = JSON.parse(await readFile(join(resultsDir, 'latest.json'), 'utf8')) as {
      scale: number;
      machine: { cpus: number; loadAverageBefore: number[]; loadAverageAfter: number[] };
      graph: { nodes: number; relationships: number };
      figures: Record<string, { median: number; min: number; max: number; values: number[] }>;
    };
    expect(results.scale).toBe(10_000);
    expect(results.machine.cpus).toBeGreaterThan(0);
    expect(results.machine.loadAverageBefore).toHaveLength(3);
    expect(results.machine.loadAverageAfter).toHaveLength(3);
    expect(results.graph.nodes).toBeGreaterThan(10_000);
    expect(results.graph.relationships).toBeGreaterThan(40_000);
    expect(Object.keys(results.figures)).toEqual(expect.arrayContaining(EXPECTED_FIGURES));
    // A difference of two latencies (what answering adds) may come out below 0 on a noisy machine; all else is > 0.
    const notPositive = Object.entries(results.figures).filter(([name, figure]) =>
      [figure.median, figure.min, figure.max, ...figure.values].some(
        (value) => !Number.isFinite(value) || (value <= 0 && !name.endsWith('.added.p95')),
      ),
    );
    expect(notPositive).toEqual([]);
  });
});
