/**
 * Progress lines on stderr, so stdout stays clean for output that may be piped. On a terminal the
 * line is rewritten in place; otherwise (CI logs, files) a line is printed only when a phase
 * starts, finishes, or moves on by at least a tenth.
 */
export interface ProgressReporter {
  update(phase: string, done: number, total?: number): void;
  /** Ends the current line, if one is open. */
  done(): void;
}

export function createProgressReporter(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  const interactive = Boolean(stream.isTTY);
  let open = false;
  const lastShown = new Map<string, number>();
  return {
    update(phase, done, total) {
      const text =
        total === undefined
          ? `${phase}: ${done}`
          : `${phase}: ${done}/${total} (${total === 0 ? 100 : Math.floor((done / total) * 100)}%)`;
      if (interactive) {
        stream.write(`\r\x1b[2K${text}`);
        open = true;
        return;
      }
      const previous = lastShown.get(phase);
      const step = total ? total / 10 : 10_000;
      if (previous === undefined || done === total || done - previous >= step) {
        stream.write(`${text}\n`);
        lastShown.set(phase, done);
      }
    },
    done() {
      if (open) stream.write('\n');
      open = false;
    },
  };
}
