import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../model/graph-records.ts';
import { fitsDesignationsCell, formatDesignationsCell, parseDesignationsCell } from './designations-cell.ts';

describe('the designations cell', () => {
  it('writes the compact form when it reads back exactly, and JSON when it would not', () => {
    const plain: JsonValue[] = [
      { list: '国家工业遗产', level: 'national', batch: 4, year: 2020 },
      { list: '中国工艺美术大师', level: 'national', year: 1993, note: '批次未见于来源' },
    ];
    const compact = formatDesignationsCell(plain);
    expect(compact).toBe('国家工业遗产|national|4|2020 ;; 中国工艺美术大师|national||1993|批次未见于来源');
    expect(parseDesignationsCell(compact)).toEqual({ ok: true, value: plain });

    for (const value of <JsonValue[][]>[
      [{ list: '全国重点文物保护单位', level: 'national', batch: 7, itemCode: '7-1722-5-115' }],
      [{ list: 'A|B', level: 'other' }],
      [{ level: 'national', list: '国家工业遗产' }],
    ]) {
      const cell = formatDesignationsCell(value);
      expect(cell.startsWith('[')).toBe(true);
      expect(parseDesignationsCell(cell)).toEqual({ ok: true, value });
    }
  });

  it('holds only well-formed designations; anything else stays in the properties column', () => {
    expect(fitsDesignationsCell([{ list: '国家一级博物馆', level: 'national' }])).toBe(true);
    expect(fitsDesignationsCell([{ list: '国家一级博物馆', year: 2020 }])).toBe(false);
    expect(fitsDesignationsCell([])).toBe(false);
    expect(fitsDesignationsCell('国家一级博物馆')).toBe(false);
  });

  it('refuses a part too many, a missing level and a batch in words, naming the entry', () => {
    expect(parseDesignationsCell('a|national|1|2020|n|x')).toMatchObject({
      ok: false,
      reason: /designation 1 has 6 parts/,
    });
    expect(parseDesignationsCell('a|national ;; b')).toMatchObject({
      ok: false,
      reason: /designation 2 names no level/,
    });
    expect(parseDesignationsCell('a|national|首批')).toMatchObject({
      ok: false,
      reason: 'designation 1: batch must be a whole number, not "首批"',
    });
    expect(parseDesignationsCell('[{"list":"a","level":"national","batch":0}]')).toMatchObject({
      ok: false,
      reason: /designation 1: batch must be a whole number from 1/,
    });
  });
});
