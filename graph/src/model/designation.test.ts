import { describe, expect, it } from 'vitest';
import { DESIGNATION_LEVELS, designationsOf, designationToJson, isDesignation } from './designation.ts';

describe('designations', () => {
  it('name a list, a level and, where known, batch, year, item code and the text they were read from', () => {
    const designation = {
      list: '全国重点文物保护单位',
      level: 'national',
      batch: 7,
      year: 2013,
      itemCode: '7-1722-5-115',
      asWritten: '全国重点文物保护单位（第七批，2013，编号7-1722-5-115）',
    } as const;
    expect(isDesignation(designation)).toBe(true);
    expect(designationToJson(designation)).toEqual(designation);
  });

  it('refuse an unknown level, a batch of 0 and a text-valued year', () => {
    expect(DESIGNATION_LEVELS).toContain('list');
    expect(isDesignation({ list: '国家工业遗产', level: 'world' })).toBe(false);
    expect(isDesignation({ list: '国家工业遗产', level: 'national', batch: 0 })).toBe(false);
    expect(isDesignation({ list: '国家工业遗产', level: 'national', year: '2018' })).toBe(false);
    expect(isDesignation({ list: '', level: 'national' })).toBe(false);
  });

  it('are read from properties.designations, skipping what is not one', () => {
    const node = {
      properties: { designations: [{ list: '国家工业遗产', level: 'national', batch: 2 }, '中华老字号'] },
    };
    expect(designationsOf(node)).toEqual([{ list: '国家工业遗产', level: 'national', batch: 2 }]);
    expect(designationsOf({ properties: {} })).toEqual([]);
  });

  it('drop undefined fields when stored', () => {
    expect(designationToJson({ list: '中华老字号', level: 'national', year: undefined })).toEqual({
      list: '中华老字号',
      level: 'national',
    });
  });
});
