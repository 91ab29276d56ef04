/**
 * `pnpm bench:fanout [--scale 100000] [--seconds 60] [--attackers 6]`: the fan-out attack of the
 * adversarial test, measured. A probe client sends a small lookup every 50 ms, alone and then while
 * attackers (each on its own loopback address, so each is a client of its own) send the hub query in a
 * loop; the service runs as `pnpm start` runs it, in its own process, with its production limits.
 * Progress goes to stderr, the figures as JSON to stdout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { freePort } from '@icg/graph/testing';
import { residentKib } from '../load-workload.ts';
import { loadAverage } from '../machine.ts';
import { log } from '../progress.ts';
import { adversarialHubQuery, probeQuery, strongestPagedHubQuery } from './attack-queries.ts';
import { buildFanoutGraph, PROBE_ENTITY } from './fanout-graph.ts';
import { attack, probe, summarizeAttack, summarizeProbe, type AttackFigures } from './fanout-phases.ts';
import { createGraphqlClient } from './http-client.ts';

const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));
const SERVICE_PROCESS = fileURLToPath(new URL('./service-process.ts', import.meta.url));

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '0' },
    seconds: { type: 'string', default: '60' },
    attackers: { type: 'string', default: '6' },
    'probe-ms': { type: 'string', default: '50' },
    /** Seconds the attack runs before the probe starts beside it. */
    warmup: { type: 'string', default: '10' },
    /** The service's resident size at which an attack phase is cut short, so the machine survives the old code. */
    'max-rss-mib': { type: 'string', default: '6144' },
  },
});
const scale = Number(values.scale);
const phaseSeconds = Number(values.seconds);
const attackers = Number(values.attackers);
const probeMs = Number(values['probe-ms']);
const warmupMs = Number(values.warmup) * 1000;
const maxRssKib = Number(values['max-rss-mib']) * 1024;

async function startServiceProcess(dataDir: string, graphEnv: Record<string, string>) {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...graphEnv,
    MALLOC_ARENA_MAX: '2',
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    GRAPHIQL: 'false',
    SEMANTIC_SEARCH: 'false',
  };
  // The production budgets: what is measured is the service as the internet meets it.
  delete env['RATE_LIMITS'];
  const child: ChildProcess = spawn(process.execPath, ['--max-semi-space-size=2', '--import', 'tsx', SERVICE_PROCESS], {
    cwd: REPOSITORY,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /listening (\S+)/.exec(chunk.toString('utf8'));
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`The service exited (${code}):\n${output.join('').slice(-2000)}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      child.once('exit', () => {
        clearTimeout(killer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  return { url, pid: child.pid!, stop };
}

/** Whether the schema pages relationship lists, asked by introspection: it decides which hub query to send. */
async function pagesRelationships(url: string): Promise<boolean> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __type(name: "BasicEntity") { fields { name args { name } } } }' }),
  });
  const answer = (await response.json()) as {
    data?: { __type?: { fields: { name: string; args: { name: string }[] }[] } };
  };
  const field = answer.data?.__type?.fields.find((f) => f.name === 'relationships');
  return Boolean(field?.args.some((arg) => arg.name === 'first'));
}

const mib = (kib: number | undefined) => (kib === undefined ? undefined : Math.round(kib / 1024));

const workDir = await mkdtemp(join(tmpdir(), 'icg-bench-fanout-'));
let service: Awaited<ReturnType<typeof startServiceProcess>> | undefined;
try {
  log(
    `Fan-out attack at ${scale === 0 ? 'seed scale' : `scale ${scale}`}; ${attackers} attackers, ${phaseSeconds} s per phase; load average ${loadAverage().join(' ')}`,
  );
  const graph = await buildFanoutGraph(join(workDir, 'data'), workDir, scale);
  service = await startServiceProcess(join(workDir, 'data'), graph.serviceEnv);
  log(`Service at ${service.url} (pid ${service.pid})`);

  const paged = await pagesRelationships(service.url);
  const attackQuery = paged ? strongestPagedHubQuery(graph.hub) : adversarialHubQuery(graph.hub);
  log(
    `Attack query (${paged ? 'the strongest the paged schema serves' : "the adversarial test's, as written"}): ${attackQuery.length} bytes`,
  );

  // Warm-up: the probe's own path, so the first measured probe does not pay for cold caches.
  const probeClient = createGraphqlClient(service.url, '127.0.0.1', 60_000);
  for (let i = 0; i < 20; i += 1) await probeClient.post(probeQuery(PROBE_ENTITY));
  probeClient.close();

  const rssBefore = await residentKib(service.pid);
  log(`Probe alone for ${phaseSeconds} s…`);
  const alone = await probe(service.url, probeQuery(PROBE_ENTITY), probeMs, phaseSeconds * 1000);
  log(`  probe alone: ${JSON.stringify(summarizeProbe(alone))}`);

  log(`Probe under attack by ${attackers} clients for ${phaseSeconds} s…`);
  const underAttack: AttackFigures = await attack({
    url: service.url,
    query: attackQuery,
    attackers,
    probe: { query: probeQuery(PROBE_ENTITY), everyMs: probeMs },
    milliseconds: phaseSeconds * 1000,
    warmupMs,
    servicePid: service.pid,
    maxRssKib,
  });
  const probeUnderAttack = summarizeProbe(underAttack.probe);
  log(`  probe under attack: ${JSON.stringify(probeUnderAttack)}`);
  await new Promise((resolve) => setTimeout(resolve, 5000));
  const rssAfter = await residentKib(service.pid);

  const probeAlone = summarizeProbe(alone);
  const figures = {
    benchmark: 'fanout',
    date: new Date().toISOString(),
    scale,
    hub: graph.hub,
    hubDegree: graph.hubDegree,
    attackers,
    phaseSeconds,
    warmupSeconds: warmupMs / 1000,
    attackQuery: paged ? 'strongest-paged' : 'adversarial',
    attackQueryBytes: attackQuery.length,
    probeAlone,
    probeUnderAttack,
    p95Ratio: probeAlone.p95 ? Number((probeUnderAttack.p95 / probeAlone.p95).toFixed(2)) : undefined,
    p95RatioTarget: 1.2,
    attack: summarizeAttack(underAttack),
    serviceRssMib: { before: mib(rssBefore), peakDuringAttack: mib(underAttack.peakRssKib), after: mib(rssAfter) },
    cutShort: underAttack.cutShort,
    loadAverage: loadAverage(),
  };
  log(
    `Probe p50/p95 alone ${probeAlone.p50}/${probeAlone.p95} ms, under attack ${probeUnderAttack.p50}/${probeUnderAttack.p95} ms; ` +
      `p95 ratio ${figures.p95Ratio} (target ≤ 1.2); service RSS ${figures.serviceRssMib.before} → ${figures.serviceRssMib.after} MiB ` +
      `(peak ${figures.serviceRssMib.peakDuringAttack})`,
  );
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
} finally {
  await service?.stop();
  await rm(workDir, { recursive: true, force: true });
}
