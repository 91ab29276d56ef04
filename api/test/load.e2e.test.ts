import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDataDir } from '@icg/api/testing';
import type { JsonEndpoint } from '../../bench/src/latency.ts';
import { startServiceProcess, type ServiceProcess } from '../../bench/src/load-service.ts';
import {
  buildWorkload,
  createGraphqlEndpoint,
  memoryStability,
  OPERATIONS,
  runMixedLoad,
  sampleResidentSize,
  type Workload,
} from '../../bench/src/load-workload.ts';

// The short CI version of `pnpm bench load`: the same workload code, at a moderate fixed concurrency, for 8 s.
// The service runs in a process of its own (as `pnpm start` runs it), so the resident size measured is the
// service's alone, not the test runner's and the load generator's.
const SECONDS = 8;
const CONCURRENCY = 4;
/**
 * The bench holds the service to 10 % between its first and last 20 s of a 60 s run. Thirds of 8 s are under
 * five samples each (one every 0.5 s), and a single garbage collection moves a Node heap by tens of MiB, so this
 * short run allows 20 %: still enough to catch memory that grows with every request.
 */
const SHORT_RUN_TOLERANCE = 0.2;

let dataDir: string;
let service: ServiceProcess;
let endpoint: JsonEndpoint;
let workload: Workload;

beforeAll(async () => {
  dataDir = await makeTempDataDir('icg-load-');
  service = await startServiceProcess(dataDir);
  endpoint = createGraphqlEndpoint(service.url, CONCURRENCY);
  workload = await buildWorkload(endpoint);
  // Warm-up: the first requests compile code and fill caches, which is growth but not a leak.
  await runMixedLoad(endpoint, workload, { concurrency: CONCURRENCY, seconds: 2, seed: 99 });
}, 240_000);

afterAll(async () => {
  await endpoint?.close();
  await service?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('the service under a mixed load (70 % search, 20 % entity, 10 % neighbourhood)', () => {
  it('answers every request without an error and keeps its resident size steady', async () => {
    expect(workload.queries.length).toBeGreaterThan(50);
    const sampler = sampleResidentSize({ service: service.pid, meilisearch: service.meiliPid }, 500);
    const run = await runMixedLoad(endpoint, workload, { concurrency: CONCURRENCY, seconds: SECONDS });
    const samples = await sampler.stop();
    const window = SECONDS / 3;
    const memory = memoryStability(samples, 'service', window, SHORT_RUN_TOLERANCE);
    const meili = memoryStability(samples, 'meilisearch', window, SHORT_RUN_TOLERANCE);

    const figures = [
      `${run.requests} requests in ${run.seconds} s at ${CONCURRENCY} clients (${run.overall.throughput}/s), ` +
        `${run.errors} errors`,
      ...[...OPERATIONS, 'all' as const].map((operation) => {
        const f = operation === 'all' ? run.overall : run.operations[operation];
        return `  ${operation.padEnd(12)} ${String(f.requests).padStart(5)} requests  p50 ${f.p50} ms  p99 ${f.p99} ms`;
      }),
      `  service RSS ${memory.earlyMib} → ${memory.lateMib} MiB (${(memory.change * 100).toFixed(1)} %), ` +
        `Meilisearch ${meili.earlyMib} → ${meili.lateMib} MiB (${(meili.change * 100).toFixed(1)} %)`,
    ];
    process.stdout.write(`${figures.join('\n')}\n`);

    expect(run.errorSamples).toEqual([]);
    expect(run.errors).toBe(0);
    for (const operation of OPERATIONS) expect(run.operations[operation].requests).toBeGreaterThan(0);
    expect(memory.earlyMib).toBeGreaterThan(0);
    expect(Math.abs(memory.change)).toBeLessThanOrEqual(SHORT_RUN_TOLERANCE);
  }, 60_000);
});
