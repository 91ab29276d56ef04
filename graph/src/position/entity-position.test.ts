import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../model/graph-records.ts';
import { entityPosition } from './entity-position.ts';
import { countyNamed, gazetteer } from './gazetteer.ts';

const node = (fields: Partial<GraphNode> & Pick<GraphNode, 'kind' | 'name'>): GraphNode => ({
  id: 'test',
  aliases: [],
  province: null,
  city: null,
  description: null,
  properties: {},
  sources: [],
  ...fields,
});

describe('entityPosition', () => {
  it('takes coordinates stored on the record before anything its words name', () => {
    const position = entityPosition(
      node({
        kind: 'Museum',
        name: '宜兴陶瓷博物馆',
        city: '无锡市',
        properties: { district: '宜兴市', lat: 31.35, lng: 119.83, placement: { by: '王策展' } },
      }),
    );
    expect(position).toEqual({
      lat: 31.35,
      lng: 119.83,
      precision: 'EXACT',
      basis: '坐标，王策展标注',
      field: 'lat/lng',
    });
  });

  it('reads a county from a record that names no city, within its province', () => {
    // A candidate record: the county appears only in its note.
    const position = entityPosition(
      node({
        kind: 'HeritageSite',
        name: '口子窖窖池群及酿酒作坊',
        province: '安徽',
        city: '淮北市',
        properties: { note: '濉溪县口子酒业东关厂区。只找到转载站页面，需官方页复核。' },
      }),
    );
    expect(position).toMatchObject({ precision: 'COUNTY', county: { code: '340621', name: '濉溪县' }, field: 'note' });
    expect(
      entityPosition(
        node({ kind: 'HeritageSite', name: '昆山五丰', province: '江苏', properties: { district: '昆山市朝阳街道' } }),
      ),
    ).toMatchObject({ precision: 'COUNTY', county: { name: '昆山市' } });
  });

  it('does not read a name inside a longer place name, nor a unit outside the record’s city', () => {
    // 和县 (马鞍山) inside 太和县 (阜阳)
    expect(
      entityPosition(node({ kind: 'Enterprise', name: '某厂', province: '安徽', description: '位于太和县城关镇' })),
    ).toMatchObject({ county: { name: '太和县' } });
    // 大生纱厂钟楼 is in 南通; 常州's 钟楼区 is not meant, nor is it in the record's city.
    expect(entityPosition(node({ kind: 'HeritageSite', name: '大生纱厂钟楼', city: '南通市' }))).toMatchObject({
      precision: 'CITY',
    });
    // 太湖 the lake is not 安庆's 太湖县, even in a record that names no province to rule it out.
    expect(entityPosition(node({ kind: 'TourismSite', name: '某园', description: '濒临太湖' }))).toBeNull();
    expect(entityPosition(node({ kind: 'TourismSite', name: '某园', description: '位于太湖县' }))).toMatchObject({
      county: { code: '340825' },
    });
    // 蜀山 of 宜兴 is not 合肥's 蜀山区: the record is in 无锡; 宜兴 comes after it in the text and is taken.
    expect(
      entityPosition(node({ kind: 'Craftsman', name: '某艺人', city: '无锡市', description: '生于蜀山，后居宜兴' })),
    ).toMatchObject({ county: { name: '宜兴市' } });
  });

  it('falls back to the city centre, then to nothing', () => {
    const nanjing = gazetteer().cities.get('南京市')!;
    expect(entityPosition(node({ kind: 'Museum', name: '某馆', city: '南京市' }))).toEqual({
      lat: nanjing.lat,
      lng: nanjing.lng,
      precision: 'CITY',
      basis: '南京市中心',
      field: 'city',
    });
    expect(entityPosition(node({ kind: 'Craftsman', name: '沈寿', properties: { active_in: '南通' } }))).toMatchObject({
      precision: 'CITY',
      basis: '南通市中心',
      field: 'active_in',
    });
    expect(entityPosition(node({ kind: 'Museum', name: '某馆', province: '江苏' }))).toBeNull();
  });

  it('gives a city Place its centre, and kinds that are not at a place nothing', () => {
    expect(
      entityPosition(node({ kind: 'Place', name: '常州市', city: '常州市', description: '含武进区' })),
    ).toMatchObject({
      precision: 'CITY',
    });
    expect(entityPosition(node({ kind: 'PolicyTask', name: '支持宜兴紫砂', province: '江苏' }))).toBeNull();
  });

  it('uses a former district’s successor point and says so', () => {
    const position = entityPosition(node({ kind: 'HeritageSite', name: '戚墅堰电厂', city: '常州市' }));
    const wujin = countyNamed('武进区', '常州市')!;
    expect(position).toEqual({
      lat: wujin.lat,
      lng: wujin.lng,
      precision: 'COUNTY',
      basis: '戚墅堰区（已撤销，今属武进区，320412，常州市）',
      county: { code: '320412', name: '戚墅堰区' },
      field: 'name',
    });
  });
});
