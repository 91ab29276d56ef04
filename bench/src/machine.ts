import { cpus, loadavg } from 'node:os';

/** The 1, 5 and 15 minute load averages: figures taken under load are not comparable with idle ones. */
export const loadAverage = () => loadavg().map((load) => Math.round(load * 100) / 100);

/** What every results file says of the machine it ran on. */
export function machine() {
  return { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version };
}
