import { describe, expect, it } from 'vitest';
import { cityCounts, cityKey, DEFAULT_MAP_KINDS, kindsParam, readMapState, withoutCity } from './map-state.ts';

describe('the map state in the URL', () => {
  it('shows the place-like kinds when the URL names none', () => {
    expect(readMapState(new URLSearchParams('')).kinds).toEqual(DEFAULT_MAP_KINDS);
    expect(readMapState(new URLSearchParams('kinds=Nonsense')).kinds).toEqual(DEFAULT_MAP_KINDS);
  });

  it('reads kinds in the fixed order, a known province and a city', () => {
    const state = readMapState(new URLSearchParams('kinds=Story,Museum&province=安徽&city=芜湖市'));
    expect(state).toEqual({
      kinds: ['Museum', 'Story'],
      province: '安徽',
      city: '芜湖市',
      lists: [],
      statuses: [],
      projectStatuses: [],
    });
    expect(readMapState(new URLSearchParams('province=浙江')).province).toBeNull();
  });

  it('reads designation lists and known verification statuses', () => {
    const state = readMapState(new URLSearchParams('lists=国家工业遗产,中华老字号&status=DISPUTED,VERIFIED,MAYBE'));
    expect(state.lists).toEqual(['国家工业遗产', '中华老字号']);
    expect(state.statuses).toEqual(['VERIFIED', 'DISPUTED']);
  });

  it('reads known project statuses in their order of progress', () => {
    const state = readMapState(new URLSearchParams('kinds=Project&projectStatus=OPERATING,RESERVE,ABANDONED'));
    expect(state.kinds).toEqual(['Project']);
    expect(state.projectStatuses).toEqual(['RESERVE', 'OPERATING']);
  });

  it('leaves the default kinds out of the URL', () => {
    expect(kindsParam([...DEFAULT_MAP_KINDS].reverse())).toBeNull();
    expect(kindsParam(['Story', 'Museum'])).toEqual(['Museum', 'Story']);
  });
});

describe('entities without a city', () => {
  it('are the province count of the kinds less the cities’ counts', () => {
    const byProvince = [
      {
        province: '江苏',
        byKind: [
          { kind: 'Museum', count: 10 },
          { kind: 'PolicyTask', count: 40 },
        ],
      },
    ];
    const byCity = [
      { province: '江苏', count: 7 },
      { province: '安徽', count: 3 },
    ];
    expect(withoutCity('江苏', byProvince, byCity, ['Museum'])).toBe(3);
    expect(withoutCity('安徽', byProvince, byCity, ['Museum'])).toBe(0);
  });
});

describe('the counts the map shades cities by', () => {
  it('keeps 南京市’s count whole beside a second row for the same city (QA: 南京市 drawn as 1 instead of 24)', () => {
    const counts = cityCounts([
      { province: '江苏', city: '南京市', count: 24 },
      { province: '江苏省', city: '南京市', count: 1 },
      { province: '安徽', city: '芜湖市', count: 5 },
    ]);
    expect(counts.get(cityKey('江苏', '南京市'))).toBe(24);
    expect(counts.get(cityKey('安徽', '芜湖市'))).toBe(5);
  });

  it('adds up rows with the same province and city', () => {
    const counts = cityCounts([
      { province: '江苏', city: '南京市', count: 2 },
      { province: '江苏', city: '南京市', count: 3 },
    ]);
    expect(counts.get(cityKey('江苏', '南京市'))).toBe(5);
  });
});
