import { residentKib } from '../load-workload.ts';
import { createGraphqlClient, type Exchange } from './http-client.ts';

/** One request a probe or an attacker sent, and when it started (ms since the phase began). */
interface Sent extends Exchange {
  at: number;
}

/** Requests take at most this long before the client gives up on them (the adversarial test saw 30 s). */
const REQUEST_TIMEOUT_MS = 60_000;

/**
 * Sends `query` every `everyMs` for `milliseconds`, from 127.0.0.1, without waiting for the answer
 * before the next (a reader's clicks do not wait for another reader's), and returns every exchange.
 */
export async function probe(url: string, query: string, everyMs: number, milliseconds: number): Promise<Sent[]> {
  const client = createGraphqlClient(url, '127.0.0.1', REQUEST_TIMEOUT_MS, 8);
  const started = performance.now();
  const pending: Promise<Sent>[] = [];
  const sentAt: number[] = [];
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const at = performance.now() - started;
      if (at >= milliseconds) {
        clearInterval(timer);
        resolve();
        return;
      }
      sentAt.push(at);
      pending.push(client.post(query).then((exchange) => ({ ...exchange, at })));
    }, everyMs);
  });
  // A probe still unanswered 10 s after the phase is not waited for: its latency is at least what it
  // has waited so far, and counts as that.
  const unanswered = (at: number): Sent => ({
    status: 0,
    bytes: 0,
    code: 'UNANSWERED',
    milliseconds: performance.now() - started - at,
    at,
  });
  const sent = await Promise.all(
    pending.map((request, index) =>
      Promise.race([
        request,
        new Promise<Sent>((resolve) => setTimeout(() => resolve(unanswered(sentAt[index]!)), 10_000)),
      ]),
    ),
  );
  client.close();
  return sent;
}

export interface AttackFigures {
  probe: Sent[];
  attackers: Sent[][];
  peakRssKib: number | undefined;
  /** Why the phase ended early, if it did. */
  cutShort?: string;
}

export interface AttackOptions {
  url: string;
  query: string;
  attackers: number;
  probe: { query: string; everyMs: number };
  milliseconds: number;
  /** How long the attackers run before the probe starts: the probe measures the attack's steady state. */
  warmupMs: number;
  servicePid: number;
  /** The phase stops when the service's resident size passes this. */
  maxRssKib: number;
}

/**
 * `attackers` clients, each on its own address (127.0.0.11, .12 …), each sending `query` again as soon
 * as the last answer (or refusal) came back, as a hostile client would; after `warmupMs` the probe runs beside
 * them for `milliseconds`.
 */
export async function attack(options: AttackOptions): Promise<AttackFigures> {
  let attacking = true;
  let cutShort: string | undefined;
  let peakRssKib: number | undefined;
  const started = performance.now();
  const sampler = setInterval(() => {
    void residentKib(options.servicePid).then((kib) => {
      if (kib === undefined) return;
      peakRssKib = Math.max(peakRssKib ?? 0, kib);
      if (kib > options.maxRssKib && !cutShort) {
        cutShort = `the service's resident size passed ${Math.round(options.maxRssKib / 1024)} MiB`;
        attacking = false;
      }
    });
  }, 500);
  const attackerRuns = Array.from({ length: options.attackers }, async (_, index) => {
    const client = createGraphqlClient(options.url, `127.0.0.${11 + index}`, REQUEST_TIMEOUT_MS);
    const sent: Sent[] = [];
    while (attacking) {
      const at = performance.now() - started;
      sent.push({ ...(await client.post(options.query)), at });
    }
    client.close();
    return sent;
  });
  await new Promise((resolve) => setTimeout(resolve, options.warmupMs));
  const probeRun = cutShort
    ? Promise.resolve([])
    : probe(options.url, options.probe.query, options.probe.everyMs, options.milliseconds);
  const probed = await probeRun;
  attacking = false;
  const attackers = await Promise.all(attackerRuns);
  clearInterval(sampler);
  return { probe: probed, attackers, peakRssKib, ...(cutShort ? { cutShort } : {}) };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

export function summarizeProbe(sent: readonly Sent[]) {
  const ok = sent.filter((s) => s.status === 200 && !s.code);
  const unanswered = sent.filter((s) => s.code === 'UNANSWERED');
  // An unanswered probe counts with the time it waited, a lower bound of its latency.
  const latencies = [...ok, ...unanswered].map((s) => s.milliseconds).sort((a, b) => a - b);
  return {
    requests: sent.length,
    unanswered: unanswered.length,
    failed: sent.length - ok.length - unanswered.length,
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    max: round(latencies[latencies.length - 1] ?? NaN),
  };
}

export function summarizeAttack(figures: AttackFigures) {
  return figures.attackers.map((sent, index) => {
    const byStatus: Record<string, number> = {};
    for (const s of sent) {
      const key = `${s.status}${s.code ? ` ${s.code}` : ''}`;
      byStatus[key] = (byStatus[key] ?? 0) + 1;
    }
    const served = sent.filter((s) => s.status === 200 && !s.code);
    const durations = sent.map((s) => s.milliseconds).sort((a, b) => a - b);
    return {
      attacker: `127.0.0.${11 + index}`,
      requests: sent.length,
      byStatus,
      servedBytes: {
        total: served.reduce((sum, s) => sum + s.bytes, 0),
        largest: Math.max(0, ...served.map((s) => s.bytes)),
      },
      ms: { p50: round(percentile(durations, 50)), max: round(durations[durations.length - 1] ?? NaN) },
    };
  });
}
