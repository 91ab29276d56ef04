import { describe, expect, it } from 'vitest';
import { batchNumber, levelOfList, parseDesignationText } from './curated-designations.ts';

const cities = new Set(['南京市', '南通市', '铜陵市', '马鞍山市']);
const parse = (text: string) => parseDesignationText(text, cities);

describe('curated designation texts', () => {
  it('give list, batch, year and item code from the bracket', () => {
    expect(parse('全国重点文物保护单位（第七批，2013，编号7-1722-5-115）')).toEqual([
      {
        list: '全国重点文物保护单位',
        level: 'national',
        batch: 7,
        year: 2013,
        itemCode: '7-1722-5-115',
        asWritten: '全国重点文物保护单位（第七批，2013，编号7-1722-5-115）',
      },
    ]);
  });

  it('read a batch written into the name: 首批…, 第二批…, 铜陵市第一批…', () => {
    expect(parse('首批中华老字号（2006）')[0]).toMatchObject({ list: '中华老字号', batch: 1, year: 2006 });
    expect(parse('第二批中国20世纪建筑遗产（2018）')[0]).toMatchObject({
      list: '中国20世纪建筑遗产',
      level: 'list',
      batch: 2,
    });
    expect(parse('铜陵市第一批工业遗产名录（2021）')[0]).toMatchObject({
      list: '铜陵市工业遗产名录',
      level: 'municipal',
      batch: 1,
    });
    expect(parse('全国首批工业旅游示范点')[0]).toMatchObject({ list: '全国工业旅游示范点', batch: 1 });
  });

  it('split a part with two dated entries, and spell 文保单位 out', () => {
    expect(parse('大生纱厂钟楼：1998年南通市文保单位、2006年全国重点文物保护单位')).toEqual([
      expect.objectContaining({ list: '南通市文物保护单位', level: 'municipal', year: 1998, part: '大生纱厂钟楼' }),
      expect.objectContaining({ list: '全国重点文物保护单位', level: 'national', year: 2006, part: '大生纱厂钟楼' }),
    ]);
  });

  it('keep what has no field as a note', () => {
    expect(parse('国家工业遗产（批次未见于来源）')[0]).toMatchObject({ level: 'national', note: '批次未见于来源' });
    expect(parse('安徽省十大研学旅游示范基地（2020，古井酒文化研学旅游基地）')[0]).toMatchObject({
      level: 'provincial',
      year: 2020,
      note: '古井酒文化研学旅游基地',
    });
  });

  it('place a list by its keeper: a city of the data is municipal, another 市 county, the unknown other', () => {
    expect(levelOfList('马鞍山市文物保护单位', cities)).toBe('municipal');
    expect(levelOfList('昆山市文物保护单位', cities)).toBe('county');
    expect(levelOfList('江苏省文物保护单位', cities)).toBe('provincial');
    expect(levelOfList('中国工业遗产保护名录', cities)).toBe('list');
    expect(levelOfList('“共和国印记”工业遗产保护利用典型案例', cities)).toBe('other');
  });

  it('count batches in Chinese numerals', () => {
    expect([
      batchNumber('首'),
      batchNumber('八'),
      batchNumber('十'),
      batchNumber('十二'),
      batchNumber('二十三'),
    ]).toEqual([1, 8, 10, 12, 23]);
    expect(batchNumber('批')).toBeUndefined();
  });
});
