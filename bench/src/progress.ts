/** Progress goes to stderr, so stdout holds only the figures. */
export const log = (line: string) => process.stderr.write(`${line}\n`);
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** A bar on a terminal; a line per quarter otherwise (CI logs). */
export function progressLine(label: string): (done: number, total: number) => void {
  let lastQuarter = -1;
  return (done, total) => {
    const pct = total === 0 ? 100 : Math.min(100, Math.floor((done / total) * 100));
    if (process.stderr.isTTY) {
      const filled = Math.round(pct / 4);
      process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(25 - filled)}] ${done}/${total}`);
      if (done >= total) process.stderr.write('\n');
    } else if (Math.floor(pct / 25) !== lastQuarter) {
      lastQuarter = Math.floor(pct / 25);
      log(`${label}: ${done}/${total} (${pct}%)`);
    }
  };
}

/** One progress line per label, created on first use: for callbacks that report several phases. */
export function labelledProgress(): (label: string, done: number, total: number) => void {
  const lines = new Map<string, (done: number, total: number) => void>();
  return (label, done, total) => {
    let line = lines.get(label);
    if (!line) lines.set(label, (line = progressLine(label)));
    line(done, total);
  };
}
