/**
 * A bounded set of label values: the first `max` distinct values are kept as they are, any later one is reported as
 * `overflow`. Prometheus keeps one series per label value, so a label fed from requests needs a bound.
 */
export function createLabelSet(max: number, overflow: string) {
  const values = new Set<string>();
  return {
    /** The value itself if kept (adding it while there is room), else `overflow`. */
    add(value: string): string {
      if (values.has(value)) return value;
      if (values.size >= max) return overflow;
      values.add(value);
      return value;
    },
    /** The value if already kept, without adding it. */
    get(value: string): string | undefined {
      return values.has(value) ? value : undefined;
    },
  };
}
