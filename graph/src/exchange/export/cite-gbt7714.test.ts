import { describe, expect, it } from 'vitest';
import { citationType, formatGbt7714Citation, formatGbt7714References } from './cite-gbt7714.ts';

describe('GB/T 7714-2015 citations', () => {
  it('a web page: title[EB/OL]. [access date]. URL.', () => {
    expect(
      formatGbt7714Citation({
        document: '张謇 - 维基百科',
        url: 'https://zh.wikipedia.org/wiki/张謇',
        takenAt: '2026-11-20',
      }),
    ).toBe('张謇 - 维基百科[EB/OL]. [2026-11-20]. https://zh.wikipedia.org/wiki/张謇.');
  });

  it('a web page with author, publisher, year and locator, in the standard’s order', () => {
    expect(
      formatGbt7714Citation({
        document: '江苏省工业遗产名录',
        url: 'https://example.gov.cn/list',
        locator: '序号 6',
        takenAt: '2024-05-01',
        author: '江苏省工业和信息化厅',
        publisher: '江苏省工业和信息化厅',
        publishedAt: '2021',
      } as never),
    ).toBe(
      '江苏省工业和信息化厅. 江苏省工业遗产名录[EB/OL]. 江苏省工业和信息化厅, 2021: 序号 6[2024-05-01]. https://example.gov.cn/list.',
    );
  });

  it('an update date in parentheses before the access date, as the standard’s example shows', () => {
    expect(
      formatGbt7714Citation({
        document: '通知',
        url: 'http://www.example.gov.cn/a',
        publishedAt: '2005-07-12',
        takenAt: '2005-07-12',
      } as never),
    ).toBe('通知[EB/OL]. (2005-07-12)[2005-07-12]. http://www.example.gov.cn/a.');
  });

  it('a policy document: [Z], with the 文号 as other title information and the article as locator', () => {
    expect(
      formatGbt7714Citation(
        {
          document: '关于推进工业文化发展的指导意见',
          documentNumber: '工信部联产业〔2016〕446号',
          locator: '第三条',
          takenAt: '2026-11-23',
        } as never,
        'PolicyDocument',
      ),
    ).toBe('关于推进工业文化发展的指导意见: 工信部联产业〔2016〕446号[Z]: 第三条[2026-11-23].');
    expect(citationType({ document: '方案', url: 'https://gov.cn/x' }, 'PolicyTask')).toBe('Z/OL');
  });

  it('a standard: [S], online [S/OL]', () => {
    expect(formatGbt7714Citation({ document: 'GB/T 7714-2015 信息与文献 参考文献著录规则' })).toBe(
      'GB/T 7714-2015 信息与文献 参考文献著录规则[S].',
    );
    expect(citationType({ document: '工业遗产保护标准', url: 'https://x.org' })).toBe('S/OL');
  });

  it('any other document without a URL: [Z]; a page without a title is named by its host', () => {
    expect(formatGbt7714Citation({ document: '南通市志', locator: '卷十二' })).toBe('南通市志[Z]: 卷十二.');
    expect(formatGbt7714Citation({ url: 'https://www.example.org/a/b' })).toBe(
      'www.example.org[EB/OL]. https://www.example.org/a/b.',
    );
  });

  it('numbers a record’s sources as a reference list', () => {
    expect(formatGbt7714References([{ document: 'A' }, { document: 'B', url: 'https://b.org' }])).toEqual([
      '[1] A[Z].',
      '[2] B[EB/OL]. https://b.org.',
    ]);
  });
});
