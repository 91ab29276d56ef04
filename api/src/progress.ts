import type { Logger } from './logger.ts';

/**
 * A terminal progress line for long work (loading, indexing). On a TTY it redraws one line;
 * elsewhere (CI, log files) it prints the start, every 25 %, and the end.
 */
export function createProgressReporter(logger: Logger, stream: NodeJS.WriteStream = process.stderr) {
  let lastQuarter = -1;
  let lastLabel = '';
  return (label: string, done: number, total: number) => {
    if (label !== lastLabel) {
      lastLabel = label;
      lastQuarter = -1;
    }
    const pct = total === 0 ? 100 : Math.floor((done / total) * 100);
    if (stream.isTTY) {
      const width = 24;
      const filled = Math.round((pct / 100) * width);
      stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
      if (done >= total) stream.write('\n');
      return;
    }
    const quarter = Math.floor(pct / 25);
    if (quarter !== lastQuarter || done >= total) {
      lastQuarter = quarter;
      logger.info(`${label}: ${done}/${total} (${pct}%)`);
    }
  };
}
