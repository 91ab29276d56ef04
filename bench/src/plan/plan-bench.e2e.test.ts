import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));
const CASES = [
  'neighborhood.depth1.hubs',
  'neighborhood.depth1.random',
  'neighborhood.depth2.hubs',
  'neighborhood.depth2.random',
  'paths.connected',
  'paths.unconnected',
];

function runPlanBench(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/src/plan/main.ts', ...args], {
      cwd: REPOSITORY,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('pnpm bench:plan', () => {
  it('plans every case of the scale bench on the index alone and prints each figure', async () => {
    const { code, stdout, stderr } = await runPlanBench(['--scale', '2000', '--rounds', '1']);
    expect(code, stderr).toBe(0);
    const report = JSON.parse(stdout) as {
      nodes: number;
      relationships: number;
      index: { buildSeconds: number; heapMib: number };
      figures: Record<string, { p50: number; p95: number; max: number; plans: number }>;
    };
    // The seeds and the 2,000 generated entities, about five relationships each.
    expect(report.nodes).toBeGreaterThan(2_000);
    expect(report.relationships).toBeGreaterThan(10_000);
    expect(report.index.heapMib).toBeGreaterThan(0);
    expect(Object.keys(report.figures).sort()).toEqual([...CASES].sort());
    for (const name of CASES) {
      const figure = report.figures[name]!;
      expect(figure.plans, name).toBeGreaterThan(0);
      expect(Number.isFinite(figure.p95), name).toBe(true);
      expect(figure.p50, name).toBeLessThanOrEqual(figure.p95);
      expect(figure.p95, name).toBeLessThanOrEqual(figure.max);
    }
    expect(stderr).toMatch(/neighborhood\.depth2\.hubs: p50 [\d.]+ ms, p95 [\d.]+ ms/);
  }, 120_000);

  it('refuses a scale out of range, naming the option', async () => {
    const { code, stderr, stdout } = await runPlanBench(['--scale', '5000000']);
    expect(code).toBe(2);
    expect(stderr).toContain('--scale must be an integer from 1000 to 1000000');
    expect(stdout).toBe('');
  });
});
