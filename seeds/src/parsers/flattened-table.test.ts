import { describe, expect, it } from 'vitest';
import { readFlattenedTable } from './flattened-table.ts';

const table = [
  '附件：',
  '[bookmark: _GoBack]标题',
  '\t序号',
  '\t具 体',
  '',
  '\t1',
  '\t第一段',
  '第二段',
  '',
  '\t任务',
  '',
  '\t2',
  '\t',
  '\t任务[bookmark: x]二',
  '',
].join('\n');

describe('a Word table exported to text', () => {
  const read = readFlattenedTable(table);

  it('keeps lines before the first cell as the preamble, bookmarks removed', () => {
    expect(read.preamble).toEqual([
      { line: 1, text: '附件：' },
      { line: 2, text: '标题' },
    ]);
  });

  it('reports every bookmark with its line', () => {
    expect(read.bookmarks).toEqual([
      { line: 2, text: '[bookmark: _GoBack]' },
      { line: 14, text: '[bookmark: x]' },
    ]);
  });

  it('takes the cells before the first number as the header', () => {
    expect(read.header.map((cell) => cell.text)).toEqual(['序号', '具 体']);
  });

  it('starts a row at each number cell and joins a wrapped cell without a separator', () => {
    expect(read.rows.map((row) => [row.locator, row.cells.map((cell) => cell.text)])).toEqual([
      ['序号 1', ['第一段第二段', '任务']],
      ['序号 2', ['', '任务二']],
    ]);
  });

  it('records blank lines between the cells of a row', () => {
    expect(read.rows[0]?.cells[1]?.blankLinesBefore).toEqual([9]);
    expect(read.rows[1]?.number.blankLinesBefore).toEqual([11]);
  });

  it('rejects text without a tab after a blank line, naming the row it follows', () => {
    expect(() => readFlattenedTable('标题\n\t序号\n\t1\n\t任务\n\n落单的一行')).toThrow(
      /^序号 1: line 6 "落单的一行" follows a blank line without a leading tab/,
    );
  });

  it('reads Windows line endings like Unix ones', () => {
    expect(readFlattenedTable(table.replaceAll('\n', '\r\n'))).toEqual(read);
  });
});
