/** A target from the issue, stated for 100,000 entities; reported, never asserted. */
export interface Target {
  op: '<=' | '>=';
  value: number;
}

export interface Figure {
  unit: string;
  /** One value per round. */
  values: number[];
  median: number;
  min: number;
  max: number;
  target?: Target;
  met?: boolean;
}

/** Collects one value per round for each figure. */
export function createFigures() {
  const figures = new Map<string, { unit: string; values: number[]; target?: Target }>();
  return {
    record(name: string, unit: string, value: number, target?: Target) {
      const figure = figures.get(name) ?? { unit, values: [], ...(target ? { target } : {}) };
      figure.values.push(value);
      figures.set(name, figure);
    },
    summary(): Record<string, Figure> {
      const out: Record<string, Figure> = {};
      for (const [name, { unit, values, target }] of figures) {
        const sorted = [...values].sort((a, b) => a - b);
        const middle = Math.floor(sorted.length / 2);
        const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
        const round = (value: number) => Math.round(value * 1000) / 1000;
        out[name] = {
          unit,
          values: values.map(round),
          median: round(median),
          min: round(sorted[0]!),
          max: round(sorted[sorted.length - 1]!),
          ...(target ? { target, met: target.op === '<=' ? median <= target.value : median >= target.value } : {}),
        };
      }
      return out;
    },
  };
}
export type Figures = ReturnType<typeof createFigures>;

function formatNumber(value: number): string {
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-US');
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** The table printed at the end: every figure with its median, min and max over the rounds, and the target. */
export function formatTable(figures: Record<string, Figure>, scale: number, rounds: number): string {
  const rows = Object.entries(figures).map(([name, figure]) => [
    name,
    figure.unit,
    formatNumber(figure.median),
    formatNumber(figure.min),
    formatNumber(figure.max),
    figure.target ? `${figure.target.op} ${figure.target.value}` : '',
    figure.met === undefined ? '' : figure.met ? 'yes' : 'no',
  ]);
  const header = ['figure', 'unit', 'median', 'min', 'max', 'target', 'met?'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 0 || column === 1 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ');
  return [
    `Scale ${scale.toLocaleString('en-US')} entities, medians over ${rounds} rounds (targets are the issue's, for 100,000)`,
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
    '',
  ].join('\n');
}
