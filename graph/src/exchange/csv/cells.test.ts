import { describe, expect, it } from 'vitest';
import {
  fitsPropertyColumn,
  formatListCell,
  formatPropertyCell,
  formatSourcesCell,
  parseListCell,
  parsePropertiesCell,
  parsePropertyCell,
  parseSourcesCell,
} from './cells.ts';
import type { PropertyColumn } from './kind-columns.ts';

const column = (type: PropertyColumn['type']): PropertyColumn => ({ key: 'k', type, zh: '' });

describe('list cells (aliases, list columns)', () => {
  it('read |-separated items, trimmed, empty items dropped', () => {
    expect(parseListCell(' 大生一厂 | 大生 ||')).toEqual({ ok: true, value: ['大生一厂', '大生'] });
    expect(parseListCell('')).toEqual({ ok: true, value: [] });
  });

  it('fall back to a JSON array for items the compact form cannot hold', () => {
    const items = ['a|b', ' padded', ''];
    expect(formatListCell(items)).toBe(JSON.stringify(items));
    expect(parseListCell(formatListCell(items))).toEqual({ ok: true, value: items });
    expect(formatListCell(['甲', '乙'])).toBe('甲|乙');
  });

  it('refuse a cell that starts like JSON but is not an array of strings', () => {
    expect(parseListCell('[1, 2]').ok).toBe(false);
    expect(parseListCell('[oops').ok).toBe(false);
  });
});

describe('source cells', () => {
  it('read url|locator|document|takenAt entries separated by ;;, leaving out empty parts', () => {
    expect(
      parseSourcesCell(
        'https://example.org/a|第3行|名录|2024-05-01 ;; |序号 6|江苏省工业遗产名录 ;; https://example.org/b',
      ),
    ).toEqual({
      ok: true,
      value: [
        { url: 'https://example.org/a', locator: '第3行', document: '名录', takenAt: '2024-05-01' },
        { locator: '序号 6', document: '江苏省工业遗产名录' },
        { url: 'https://example.org/b' },
      ],
    });
  });

  it('refuse an entry with more than four parts (a | inside a title)', () => {
    const result = parseSourcesCell('https://x.org|a|b|c|d');
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('5 parts') });
  });

  it('write the compact form when it is exact, JSON otherwise, and both read back the same', () => {
    const simple = [{ document: '名录', locator: '序号 6', takenAt: '2024-05-01' }, { url: 'https://example.org' }];
    expect(formatSourcesCell(simple)).toBe('|序号 6|名录|2024-05-01 ;; https://example.org');
    const awkward = [{ document: 'A|B', author: '某厅' }];
    expect(formatSourcesCell(awkward)).toBe(JSON.stringify(awkward));
    for (const sources of [simple, awkward]) {
      expect(parseSourcesCell(formatSourcesCell(sources))).toEqual({ ok: true, value: sources });
    }
  });
});

describe('property cells', () => {
  it('read whole numbers, numbers, text and lists by the column type', () => {
    expect(parsePropertyCell(column('integer'), '1895')).toEqual({ ok: true, value: 1895 });
    expect(parsePropertyCell(column('integer'), '1895年')).toEqual({
      ok: false,
      reason: 'must be a whole number, not "1895年"',
    });
    expect(parsePropertyCell(column('number'), '31.57')).toEqual({ ok: true, value: 31.57 });
    expect(parsePropertyCell(column('number'), '31°34′')).toMatchObject({ ok: false });
    expect(parsePropertyCell(column('text'), ' 纺织 ')).toEqual({ ok: true, value: '纺织' });
    expect(parsePropertyCell(column('list'), 'a|b')).toEqual({ ok: true, value: ['a', 'b'] });
  });

  it('send to the JSON column any value its column would not give back exactly', () => {
    expect(fitsPropertyColumn(column('integer'), 1895)).toBe(true);
    expect(fitsPropertyColumn(column('integer'), 18.5)).toBe(false);
    expect(fitsPropertyColumn(column('integer'), '1895')).toBe(false);
    expect(fitsPropertyColumn(column('text'), '')).toBe(false);
    expect(fitsPropertyColumn(column('text'), { list: '国家工业遗产' })).toBe(false);
    expect(fitsPropertyColumn(column('list'), ['a', 'b|c'])).toBe(false);
    expect(fitsPropertyColumn(column('number'), 0.1 + 0.2)).toBe(true);
    expect(parsePropertyCell(column('number'), formatPropertyCell(0.1 + 0.2))).toEqual({ ok: true, value: 0.1 + 0.2 });
  });

  it('read the properties column as a JSON object, or nothing when empty', () => {
    expect(parsePropertiesCell('')).toEqual({ ok: true, value: {} });
    expect(parsePropertiesCell('{"note":"x"}')).toEqual({ ok: true, value: { note: 'x' } });
    expect(parsePropertiesCell('[1]')).toEqual({
      ok: false,
      reason: 'must be a JSON object, for example {"note": "…"}',
    });
  });
});
