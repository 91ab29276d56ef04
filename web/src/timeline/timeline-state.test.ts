import { describe, expect, it } from 'vitest';
import { barShares, decadeOf, groupByDecade, readTimelineState } from './timeline-state.ts';

describe('the timeline state in the URL', () => {
  it('reads known kinds, province, event kinds and years', () => {
    const state = readTimelineState(
      new URLSearchParams('kinds=Museum,Enterprise,Bogus&province=安徽&events=LISTED,FOUNDED&from=1890&to=1950'),
    );
    expect(state).toEqual({
      kinds: ['Enterprise', 'Museum'],
      province: '安徽',
      events: ['FOUNDED', 'LISTED'],
      from: 1890,
      to: 1950,
    });
  });

  it('drops years the API would refuse', () => {
    const state = readTimelineState(new URLSearchParams('from=999&to=2101&province=浙江'));
    expect(state).toEqual({ kinds: [], province: null, events: [], from: null, to: null });
  });
});

describe('decades', () => {
  it('groups events of one decade together, keeping their order', () => {
    expect(decadeOf(1895)).toBe(1890);
    expect(decadeOf(1900)).toBe(1900);
    const groups = groupByDecade([{ year: 1895 }, { year: 1899 }, { year: 1905 }, { year: 2021 }]);
    expect(groups.map((group) => [group.decade, group.events.length])).toEqual([
      [1890, 2],
      [1900, 1],
      [2020, 1],
    ]);
  });

  it('scales bars to the busiest decade', () => {
    expect(barShares([{ events: [1, 2, 3, 4] }, { events: [1, 2] }, { events: [1] }])).toEqual([1, 0.5, 0.25]);
    expect(barShares([{ events: new Array(100) }, { events: [1] }])[1]).toBe(0.06);
  });
});
