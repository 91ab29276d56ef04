import { describe, expect, it } from 'vitest';
import { formatCsv, formatCsvField, parseCsv } from './csv.ts';

const fields = (text: string) => parseCsv(text).records.map((record) => record.fields);

describe('parseCsv (RFC 4180)', () => {
  it('splits records on CRLF or LF and fields on commas', () => {
    expect(fields('a,b,c\r\n1,2,3\n4,5,6')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks inside', () => {
    expect(fields('"a,b","say ""hi""","line 1\r\nline 2"\n')).toEqual([['a,b', 'say "hi"', 'line 1\r\nline 2']]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(fields('a,,c,\n,,,\n')).toEqual([
      ['a', '', 'c', ''],
      ['', '', '', ''],
    ]);
  });

  it('ignores a leading byte-order mark', () => {
    expect(fields('\uFEFFid,name\n1,x')).toEqual([
      ['id', 'name'],
      ['1', 'x'],
    ]);
  });

  it('numbers records as a spreadsheet numbers rows: blank lines count, a multi-line field is one row', () => {
    const { records } = parseCsv('h1,h2\n"two\nlines",x\n\nlast,y\n');
    expect(records.map(({ record, line }) => [record, line])).toEqual([
      [1, 1],
      [2, 2],
      [4, 5],
    ]);
  });

  it('reports an unbalanced quote with the record and line it opened on', () => {
    const { records, problems } = parseCsv('id,name\n1,ok\n2,"never closed\n3,x\n');
    expect(records.map((record) => record.fields[0])).toEqual(['id', '1']);
    expect(problems).toEqual([
      { record: 3, line: 3, reason: 'a quoted field opened on line 3 is never closed (unbalanced quotes)' },
    ]);
  });

  it('reports a quote inside an unquoted field and text after a closing quote, and goes on with the next row', () => {
    const { records, problems } = parseCsv('a,b\nx"y,1\n"q"z,2\nfine,3\n');
    expect(problems.map(({ record, reason }) => [record, reason])).toEqual([
      [2, 'a quote inside unquoted field 1 (line 2); enclose the field in quotes and double the quote'],
      [3, 'text after the closing quote of field 1 (line 3); quote the whole field'],
    ]);
    expect(records.map((record) => record.fields)).toEqual([
      ['a', 'b'],
      ['fine', '3'],
    ]);
  });
});

describe('formatCsv', () => {
  it('quotes only fields that need it, doubling quotes, and ends every row with CRLF', () => {
    expect(formatCsv([['plain', 'a,b', 'say "hi"', 'two\nlines', ' padded ']], { byteOrderMark: false })).toBe(
      'plain,"a,b","say ""hi""","two\nlines"," padded "\r\n',
    );
  });

  it('starts with a byte-order mark by default, for Excel', () => {
    expect(formatCsv([['中文']])).toBe('\uFEFF中文\r\n');
  });

  it('round-trips any text through parseCsv', () => {
    const hostile = ['', '"', '""', ',', '\r\n', '\n', '\r', 'a"b,c\nd', ' lead', '工业遗产 𠀀', '=SUM(A1)'];
    const text = formatCsv([hostile, hostile.slice().reverse()]);
    expect(parseCsv(text)).toEqual({
      records: [
        { record: 1, line: 1, fields: hostile },
        { record: 2, line: 5, fields: hostile.slice().reverse() },
      ],
      problems: [],
    });
    expect(formatCsvField('x')).toBe('x');
  });
});
