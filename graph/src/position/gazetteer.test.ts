import { describe, expect, it } from 'vitest';
import { countyNamed, gazetteer } from './gazetteer.ts';

describe('the gazetteer shipped in the repo', () => {
  const { counties, cities } = gazetteer();
  const current = counties.filter((unit) => !unit.former);

  it('holds every county-level unit of both provinces as of 2023: 95 in Jiangsu, 104 in Anhui', () => {
    expect(current.filter((unit) => unit.province === '江苏')).toHaveLength(95);
    expect(current.filter((unit) => unit.province === '安徽')).toHaveLength(104);
    expect(new Set(current.map((unit) => unit.code)).size).toBe(199);
    for (const unit of current) expect(unit.code).toMatch(unit.province === '江苏' ? /^32\d{4}$/ : /^34\d{4}$/);
  });

  it('puts every point inside the two provinces, and every unit in a city the map knows', () => {
    for (const unit of counties) {
      expect(unit.lat, unit.name).toBeGreaterThan(29.3);
      expect(unit.lat, unit.name).toBeLessThan(35.2);
      expect(unit.lng, unit.name).toBeGreaterThan(114.8);
      expect(unit.lng, unit.name).toBeLessThan(122);
      expect(cities.has(unit.prefecture), `${unit.name} in ${unit.prefecture}`).toBe(true);
    }
    expect(cities.size).toBe(29); // 13 + 16 today; 巢湖 (abolished 2011) is not one
  });

  it('tells apart units of the same name by their city', () => {
    expect(countyNamed('鼓楼区', '南京市')?.code).toBe('320106');
    expect(countyNamed('鼓楼区', '徐州市')?.code).toBe('320302');
    expect(countyNamed('鼓楼区', '苏州市')).toBeUndefined();
  });

  it('places 濉溪县 inside its own outline, south of 淮北’s districts, not in the city it surrounds', () => {
    const suixi = countyNamed('濉溪县', '淮北市')!;
    expect(suixi.code).toBe('340621');
    expect(suixi.lat).toBeLessThan(33.8);
  });

  it('keeps former districts the records name, standing in for them with their successor’s point', () => {
    const qishuyan = countyNamed('戚墅堰区', '常州市')!;
    const wujin = countyNamed('武进区', '常州市')!;
    expect(qishuyan.code).toBe('320412');
    expect([qishuyan.lat, qishuyan.lng]).toEqual([wujin.lat, wujin.lng]);
    expect(qishuyan.former?.successor).toBe('武进区');
    expect(countyNamed('港闸区', '南通市')?.former?.successor).toBe('崇川区');
  });
});
