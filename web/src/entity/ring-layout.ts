/** A point of the drawing, in the SVG's user units. */
export interface RingPoint {
  x: number;
  y: number;
  /** Which side a label goes, so it reads away from the centre. */
  anchor: 'start' | 'middle' | 'end';
}

export interface RingLayout {
  width: number;
  height: number;
  centre: RingPoint;
  /** One point per neighbour, clockwise from the top, in the order given. */
  neighbours: RingPoint[];
}

/**
 * The centre in the middle and its neighbours evenly on a circle, starting at twelve o'clock:
 * the same entity always gets the same picture, and nothing moves while a reader tabs through it.
 */
export function ringLayout(count: number, { width = 520, height = 420, margin = 80 } = {}): RingLayout {
  const cx = width / 2;
  const cy = height / 2;
  const radius = Math.max(0, Math.min(cx, cy) - margin);
  const neighbours = Array.from({ length: count }, (_, index) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
    const x = cx + radius * Math.cos(angle);
    const y = cy + radius * Math.sin(angle);
    const dx = x - cx;
    const anchor: RingPoint['anchor'] = Math.abs(dx) < radius * 0.2 ? 'middle' : dx > 0 ? 'start' : 'end';
    return { x: round(x), y: round(y), anchor };
  });
  return { width, height, centre: { x: cx, y: cy, anchor: 'middle' }, neighbours };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
