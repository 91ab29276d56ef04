import { describe, expect, it } from 'vitest';
import { ringLayout } from './ring-layout.ts';

describe('ringLayout', () => {
  it('puts the first neighbour at twelve o’clock and the rest clockwise at equal distance', () => {
    const layout = ringLayout(4, { width: 400, height: 400, margin: 50 });
    expect(layout.centre).toMatchObject({ x: 200, y: 200 });
    expect(layout.neighbours.map(({ x, y }) => [x, y])).toEqual([
      [200, 50],
      [350, 200],
      [200, 350],
      [50, 200],
    ]);
  });

  it('sets labels on the left of the ring to end at their node and those on the right to start there', () => {
    const { neighbours } = ringLayout(4, { width: 400, height: 400, margin: 50 });
    expect(neighbours.map((point) => point.anchor)).toEqual(['middle', 'start', 'middle', 'end']);
  });

  it('gives the same picture every time and copes with no neighbours', () => {
    expect(ringLayout(7)).toEqual(ringLayout(7));
    expect(ringLayout(0).neighbours).toEqual([]);
  });
});
