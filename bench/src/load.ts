import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAverage, machine } from './machine.ts';
import type { JsonEndpoint } from './latency.ts';
import { startServiceProcess, type ServiceProcess } from './load-service.ts';
import {
  buildWorkload,
  createGraphqlEndpoint,
  memoryStability,
  OPERATION_MIX,
  OPERATIONS,
  runMixedLoad,
  sampleResidentSize,
  type LoadRunResult,
} from './load-workload.ts';

const RESULTS_DIR = fileURLToPath(new URL('../results/', import.meta.url));
/** Concurrency levels tried by the ramp; the run takes the smallest within 10 % of the best throughput. */
const RAMP = [1, 2, 4, 8, 16, 32] as const;
const RAMP_SECONDS = 4;
/** The issue's definition of stable: the last 20 s within 10 % of the first 20 s. */
const MEMORY_WINDOW_SECONDS = 20;

const log = (line: string) => process.stderr.write(`${line}\n`);

export async function benchLoad(seconds: number): Promise<void> {
  const started = performance.now();
  const workDir = await mkdtemp(join(tmpdir(), 'icg-bench-load-'));
  let service: ServiceProcess | undefined;
  let endpoint: JsonEndpoint | undefined;
  try {
    log(`Starting the service on the seeded graph in ${workDir}…`);
    service = await startServiceProcess(workDir);
    log(`Service at ${service.url} (pid ${service.pid}, Meilisearch pid ${service.meiliPid})`);
    endpoint = createGraphqlEndpoint(service.url, Math.max(...RAMP));
    const workload = await buildWorkload(endpoint);
    log(`${workload.queries.length} queries, ${workload.entityIds.length} entity ids; warming up…`);
    await runMixedLoad(endpoint, workload, { concurrency: 4, seconds: 3, seed: 99 });

    const ramp: LoadRunResult[] = [];
    for (const concurrency of RAMP) {
      const level = await runMixedLoad(endpoint, workload, { concurrency, seconds: RAMP_SECONDS, seed: concurrency });
      ramp.push(level);
      log(
        `ramp: ${String(concurrency).padStart(2)} clients ${level.overall.throughput} requests/s, ` +
          `p50 ${level.overall.p50} ms, p99 ${level.overall.p99} ms, ${level.errors} errors`,
      );
    }
    const best = Math.max(...ramp.map((level) => level.overall.throughput));
    // Past saturation more clients only queue: the same throughput at a longer latency.
    const chosen = ramp.find((level) => level.overall.throughput >= best * 0.9)!.concurrency;
    log(`Running ${seconds} s at ${chosen} concurrent clients…`);

    const sampler = sampleResidentSize({ service: service.pid, meilisearch: service.meiliPid });
    const run = await runMixedLoad(endpoint, workload, { concurrency: chosen, seconds, seed: 1 });
    const rss = await sampler.stop();
    const window = Math.min(MEMORY_WINDOW_SECONDS, Math.floor(seconds / 3));
    const memory = {
      windowSeconds: window,
      service: memoryStability(rss, 'service', window),
      meilisearch: memoryStability(rss, 'meilisearch', window),
    };

    const results = {
      benchmark: 'load',
      date: new Date().toISOString(),
      machine: {
        ...machine(),
        loadAverageAtEnd: loadAverage(),
      },
      method:
        'closed loop: N clients each send the next request when the last is answered, over one undici keep-alive ' +
        `pool; N is the smallest of ${RAMP.join(', ')} (${RAMP_SECONDS} s each) within 10 % of the best throughput`,
      mix: OPERATION_MIX,
      queries: { count: workload.queries.length, set: workload.queries },
      ramp: ramp.map((level) => ({
        concurrency: level.concurrency,
        throughput: level.overall.throughput,
        p50: level.overall.p50,
        p99: level.overall.p99,
        errors: level.errors,
      })),
      run,
      memory,
      rssSamples: rss,
      totalSeconds: Math.round(performance.now() - started) / 1000,
    };
    await mkdir(RESULTS_DIR, { recursive: true });
    const file = join(RESULTS_DIR, `load-${results.date.replace(/[:.]/g, '-')}.json`);
    await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
    printSummary(run, memory);
    log(`Results written to ${file}`);
    if (run.errors > 0) throw new Error(`${run.errors} requests failed, e.g. ${run.errorSamples.join(' | ')}`);
  } finally {
    await endpoint?.close().catch(() => undefined);
    await service?.stop().catch(() => undefined);
    await rm(workDir, { recursive: true, force: true });
  }
}

function printSummary(
  run: LoadRunResult,
  memory: {
    windowSeconds: number;
    service: ReturnType<typeof memoryStability>;
    meilisearch: ReturnType<typeof memoryStability>;
  },
): void {
  const row = (label: string, figures: LoadRunResult['overall']) =>
    [
      label.padEnd(13),
      String(figures.requests).padStart(9),
      String(figures.throughput).padStart(11),
      figures.p50.toFixed(1).padStart(8),
      figures.p99.toFixed(1).padStart(8),
    ].join(' ');
  const memoryRow = (label: string, figures: ReturnType<typeof memoryStability>) =>
    `${label.padEnd(13)} ${figures.earlyMib.toFixed(1).padStart(9)} ${figures.lateMib.toFixed(1).padStart(9)} ` +
    `${`${(figures.change * 100).toFixed(1)} %`.padStart(9)}  ${figures.stable ? 'stable' : 'NOT STABLE'}`;
  process.stdout.write(
    [
      `Mixed load: ${run.seconds} s at ${run.concurrency} concurrent clients, ${run.requests} requests, ` +
        `${run.errors} errors`,
      'operation      requests  requests/s  p50 ms  p99 ms',
      ...OPERATIONS.map((operation) => row(operation, run.operations[operation])),
      row('all', run.overall),
      '',
      `Resident size (MiB)  first ${memory.windowSeconds} s   last ${memory.windowSeconds} s   change`,
      memoryRow('service', memory.service),
      memoryRow('meilisearch', memory.meilisearch),
      '',
    ].join('\n'),
  );
}
