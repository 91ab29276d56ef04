import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphStore } from '../create-graph-store.ts';
import { readGraphSnapshot } from '../exchange/graph-snapshot.ts';
import { graphStoreConfigFromEnv } from '../graph-store-config.ts';
import type { GraphCounts } from '../model/graph-records.ts';
import { runCli } from './main.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const examplesDir = path.join(repoRoot, 'docs/templates/examples');

/** Pairs of a heritage site and the enterprise it was: big enough that writing them takes a few seconds. */
const SURVEY_PAIRS = 5_000;
const SURVEY_NODES = SURVEY_PAIRS * 2;
const SURVEY_RELATIONSHIPS = SURVEY_PAIRS;

async function writeLargeSurvey(file: string): Promise<void> {
  const nodes: object[] = [];
  const relationships: object[] = [];
  for (let i = 0; i < SURVEY_PAIRS; i++) {
    nodes.push(
      {
        id: `survey-site-${i}`,
        kind: 'HeritageSite',
        name: `调查遗址${i}号`,
        province: '江苏',
        city: '南通市',
        description: `第${i}号调查点，近代纺织工业遗存。`,
        properties: { founded_year: 1900 + (i % 100) },
        sources: [{ document: '2026年工业遗产资源调查', locator: `第${i + 1}行` }],
      },
      {
        id: `survey-enterprise-${i}`,
        kind: 'Enterprise',
        name: `调查企业${i}号`,
        province: '江苏',
        city: '南通市',
        sources: [{ document: '2026年工业遗产资源调查' }],
      },
    );
    relationships.push({
      type: 'FORMERLY_OF',
      from: `survey-site-${i}`,
      to: `survey-enterprise-${i}`,
      sources: [{ document: '2026年工业遗产资源调查' }],
    });
  }
  await writeFile(file, JSON.stringify({ nodes, relationships }));
}

interface KilledRun {
  signal: NodeJS.Signals | null;
  /** From the spawn to the SIGKILL. */
  killedAfterMs: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `pnpm graph import` as its own process (as the root script does) and sends it SIGKILL once its progress on
 * stderr shows the phase well under way: the one transaction is open and part of the survey is written.
 */
function importKilledDuring(phase: 'nodes' | 'relationships', env: Record<string, string>, file: string) {
  return new Promise<KilledRun>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'graph/src/cli/main.ts', 'import', file], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const trigger = new RegExp(`writing ${phase}: \\d+/\\d+ \\(([3-9]\\d)%\\)`);
    const startedAt = performance.now();
    let killedAfterMs = Number.NaN;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (Number.isNaN(killedAfterMs) && trigger.test(stderr)) {
        child.kill('SIGKILL');
        killedAfterMs = performance.now() - startedAt;
      }
    });
    child.once('error', reject);
    child.once('close', (_, signal) => resolve({ signal, killedAfterMs, stdout, stderr }));
  });
}

describe('pnpm graph import killed with SIGKILL mid-write', () => {
  let workDir: string;
  let env: Record<string, string>;
  let surveyFile: string;

  async function cli(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { env, stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  }

  /** Opens the store as a fresh process would after the crash, and reads all of it. */
  async function readStore() {
    const store = await createGraphStore(graphStoreConfigFromEnv(env));
    try {
      await store.ensureSchema();
      const counts: GraphCounts = await store.counts();
      const snapshot = await readGraphSnapshot(store);
      const survey = await store.getNodes(['survey-site-0', `survey-enterprise-${SURVEY_PAIRS - 1}`]);
      return { counts, snapshot, survey };
    } finally {
      await store.close();
    }
  }

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), 'icg-import-kill-'));
    env = { DATA_DIR: path.join(workDir, 'data'), GRAPH_BACKEND: 'embedded' };
    surveyFile = path.join(workDir, 'large-survey.json');
    await writeLargeSurvey(surveyFile);
    // The graph already holds the example survey before the large one is imported.
    const examples = (await readdir(examplesDir))
      .filter((n) => n.endsWith('.csv'))
      .map((n) => path.join(examplesDir, n));
    const seeded = await cli('import', ...examples);
    expect(seeded.code, seeded.stderr).toBe(0);
  });

  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it.each(['nodes', 'relationships'] as const)(
    'during the %s phase leaves the graph exactly as it was, and a re-run imports everything once',
    async (phase) => {
      const before = await readStore();
      expect(before.counts.nodes).toBeGreaterThan(0);
      expect(before.survey).toEqual([null, null]);

      const crash = await importKilledDuring(phase, env, surveyFile);
      expect(crash.signal, crash.stderr).toBe('SIGKILL');
      expect(crash.stderr).toMatch(new RegExp(`writing ${phase}: \\d+/\\d+ \\(([3-9]\\d)%\\)`));
      expect(crash.stdout).not.toContain('Written in one transaction.');

      // Nothing half-written: the open transaction is gone, the graph is record for record what it was.
      const reopenStartedAt = performance.now();
      const afterCrash = await readStore();
      const reopenMs = performance.now() - reopenStartedAt;
      expect(afterCrash.counts).toEqual(before.counts);
      expect(afterCrash.snapshot.datasetVersion).toBe(before.snapshot.datasetVersion);
      expect(afterCrash.survey).toEqual([null, null]);

      const rerunStartedAt = performance.now();
      const rerun = await cli('import', surveyFile);
      const rerunMs = performance.now() - rerunStartedAt;
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(rerun.stdout).toContain(`Nodes: ${SURVEY_NODES} new, 0 changed, 0 unchanged`);
      expect(rerun.stdout).toContain(`Relationships: ${SURVEY_RELATIONSHIPS} new, 0 changed, 0 unchanged`);
      const imported = await readStore();
      expect(imported.counts.nodes).toBe(before.counts.nodes + SURVEY_NODES);
      expect(imported.counts.relationships).toBe(before.counts.relationships + SURVEY_RELATIONSHIPS);
      // Counted by the engine and read page by page by id: equal only if no id is stored twice.
      expect(new Set(imported.snapshot.nodes.map((n) => n.id)).size).toBe(imported.counts.nodes);
      expect(new Set(imported.snapshot.relationships.map((r) => r.id)).size).toBe(imported.counts.relationships);
      expect(imported.survey.map((node) => node?.name)).toEqual(['调查遗址0号', `调查企业${SURVEY_PAIRS - 1}号`]);

      // The next case starts again from the graph as it was before the large survey.
      const twice = await cli('import', surveyFile);
      expect(twice.stdout).toContain(`Nodes: 0 new, 0 changed, ${SURVEY_NODES} unchanged`);
      const again = await readStore();
      expect(again.counts).toEqual(imported.counts);
      expect(again.snapshot.datasetVersion).toBe(imported.snapshot.datasetVersion);
      await restoreExamplesOnly(before.snapshot.nodes.length);
      console.info(
        `[faults] import SIGKILLed during ${phase}: ` +
          JSON.stringify({
            killedAfterMs: Math.round(crash.killedAfterMs),
            lastProgress: crash.stderr.trim().split('\n').at(-1),
            reopenAndReadAllMs: Math.round(reopenMs),
            rerunMs: Math.round(rerunMs),
          }),
      );
    },
    120_000,
  );

  /** Removes the large survey again (its relationships go with its nodes), so each case starts from the same graph. */
  async function restoreExamplesOnly(nodesBefore: number): Promise<void> {
    const store = await createGraphStore(graphStoreConfigFromEnv(env));
    try {
      const ids = Array.from({ length: SURVEY_PAIRS }, (_, i) => [`survey-site-${i}`, `survey-enterprise-${i}`]).flat();
      for (let start = 0; start < ids.length; start += 1_000) await store.deleteNodes(ids.slice(start, start + 1_000));
      expect((await store.counts()).nodes).toBe(nodesBefore);
    } finally {
      await store.close();
    }
  }
});
