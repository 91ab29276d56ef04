import { describe, expect, it } from 'vitest';
import { canonicalCity, canonicalPlace, canonicalProvince, citiesOf, closeCityNames, PROVINCES } from './places.ts';

describe('the place vocabulary', () => {
  it('knows the prefecture-level cities of both provinces (13 in Jiangsu, 16 in Anhui)', () => {
    expect(citiesOf('江苏')).toHaveLength(13);
    expect(citiesOf('安徽')).toHaveLength(16);
    expect(citiesOf('江苏')).toContain('南京市');
    expect(citiesOf('安徽')).toContain('合肥市');
  });

  it('reads a full province name as the short one, and nothing else as a province', () => {
    expect(canonicalProvince('江苏省')).toBe('江苏');
    expect(canonicalProvince(' 安徽 ')).toBe('安徽');
    expect(canonicalProvince('浙江')).toBeUndefined();
    expect(canonicalProvince('江苏省省')).toBeUndefined();
    expect(PROVINCES).toEqual(['江苏', '安徽']);
  });

  it('adds a city’s missing 市, and refuses what is not a city', () => {
    expect(canonicalCity('南京')).toBe('南京市');
    expect(canonicalCity('南京市')).toBe('南京市');
    expect(canonicalCity('测试"市')).toBeUndefined();
    expect(canonicalCity('')).toBeUndefined();
  });

  it('suggests the nearest cities by shared characters and edits', () => {
    expect(closeCityNames('南经市')).toEqual(['南京市', '南通市', '淮南市']);
    expect(closeCityNames('无希', '江苏')).toEqual(['无锡市']);
    expect(closeCityNames('合非市', '安徽')).toEqual(['合肥市']);
    expect(closeCityNames('测试市')).toEqual([]);
  });
});

describe('canonicalPlace', () => {
  it('stores 江苏省/南京 as 江苏/南京市', () => {
    expect(canonicalPlace({ province: '江苏省', city: '南京' })).toEqual({
      place: { province: '江苏', city: '南京市' },
    });
  });

  it('gives a city without a province its province, and blanks become null', () => {
    expect(canonicalPlace({ province: null, city: '芜湖市' })).toEqual({ place: { province: '安徽', city: '芜湖市' } });
    expect(canonicalPlace({ province: ' ', city: '' })).toEqual({ place: { province: null, city: null } });
    expect(canonicalPlace({ province: '安徽省', city: null })).toEqual({ place: { province: '安徽', city: null } });
  });

  it('refuses another province, naming the field', () => {
    const { problem } = canonicalPlace({ province: '浙江省', city: null });
    expect(problem?.field).toBe('province');
    expect(problem?.reason).toMatch(/江苏 or 安徽.*浙江省/);
  });

  it('refuses an unknown city with the close matches in its province', () => {
    const { problem } = canonicalPlace({ province: '江苏', city: '南经市' });
    expect(problem).toMatchObject({ field: 'city', closeMatches: ['南京市', '南通市'] });
    expect(problem?.reason).toContain('南京市, 南通市');
  });

  it('lists the province’s cities when nothing is close', () => {
    const { problem } = canonicalPlace({ province: '江苏', city: '测试"市' });
    expect(problem).toMatchObject({ field: 'city', closeMatches: [] });
    expect(problem?.reason).toContain('镇江市');
  });

  it('points a county-level name to its prefecture city', () => {
    const { problem } = canonicalPlace({ province: '江苏', city: '昆山市' });
    expect(problem).toMatchObject({ field: 'city', closeMatches: ['苏州市'] });
  });

  it('refuses a city of the other province', () => {
    const { problem } = canonicalPlace({ province: '安徽', city: '南京市' });
    expect(problem?.field).toBe('city');
    expect(problem?.reason).toBe('city 南京市 is in 江苏, not 安徽');
  });
});
