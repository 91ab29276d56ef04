import { beforeAll, describe, expect, it } from 'vitest';
import { extractKeywords, KEYWORD_STOP_WORDS, KEYWORDS_PER_DOCUMENT } from './keywords.ts';
import { createSegmenter, type Segmenter } from './segmenter.ts';

const DASHENG =
  '状元办厂：张謇与大生纱厂的创立。1894年中状元的张謇，在甲午战败后放弃翰林院修撰之职，决意以实业救国。' +
  '1895年，他依托南通优质棉花资源，在唐闸通扬运河畔创办大生纱厂，以机器大生产取代手工纺纱。' +
  '大生纱厂至今仍在原址生产，2018年列入第二批国家工业遗产名单，1915年建成的钟楼至今整点报时。';

const XUAN_PAPER =
  '宣纸制作技艺：安徽泾县的宣纸制作技艺是国家级非物质文化遗产，2009年列入人类非物质文化遗产代表作名录。';

describe('extractKeywords', () => {
  let segmenter: Segmenter;
  beforeAll(async () => {
    segmenter = await createSegmenter({ extraTerms: ['大生纱厂', '张謇'] });
  });

  it('puts the names and domain terms a text is about first, each kept whole', () => {
    const keywords = extractKeywords(DASHENG, { segmenter });
    expect(keywords.slice(0, 2)).toEqual(['大生纱厂', '张謇']);
    expect(keywords).toContain('国家工业遗产');
    expect(extractKeywords(XUAN_PAPER, { segmenter })[0]).toBe('宣纸制作技艺');
  });

  it('keeps at most eight by default, and topN when given', () => {
    expect(extractKeywords(DASHENG, { segmenter })).toHaveLength(KEYWORDS_PER_DOCUMENT);
    expect(extractKeywords(DASHENG, { segmenter, topN: 3 })).toHaveLength(3);
  });

  it('leaves out single characters, years and numbers, and stop-words', () => {
    const keywords = extractKeywords(DASHENG, { segmenter, topN: 20 });
    expect(keywords.filter((word) => [...word].length < 2)).toEqual([]);
    expect(keywords.filter((word) => /\d/.test(word))).toEqual([]);
    expect(keywords.filter((word) => KEYWORD_STOP_WORDS.has(word))).toEqual([]);
    expect(keywords).not.toContain('之职');
  });

  it('does not take a long name written with punctuation for a tag, and finds the names inside it', async () => {
    const title = '状元办厂：张謇与大生纱厂的创立';
    const withTitle = await createSegmenter({ extraTerms: [title] });
    const keywords = extractKeywords(DASHENG, { segmenter: withTitle, topN: 20 });
    expect(keywords).not.toContain(title);
    expect(keywords).toEqual(expect.arrayContaining(['大生纱厂', '张謇']));
  });

  it('leaves out verbs, numerals and sequences jieba only guessed, keeping the domain terms it has no entry for', () => {
    const anqing =
      '曾国藩在城内筹设安庆内军械所，所内全用汉人，未雇洋匠。徐寿、华蘅芳用约三个月时间造出第一台蒸汽机，' +
      '一生创办企业三十余个。';
    const keywords = extractKeywords(anqing, { segmenter, topN: 20 });
    expect(keywords).toEqual(expect.arrayContaining(['曾国藩', '蒸汽机']));
    for (const junk of ['所内', '用约', '筹设', '三十余个', '创办']) expect(keywords).not.toContain(junk);
    expect(extractKeywords(XUAN_PAPER, { segmenter })).toContain('宣纸制作技艺');
  });

  it('reads traditional characters as simplified, so both scripts give the same tags', () => {
    expect(extractKeywords('蘇州刺繡：蘇繡是國家級非物質文化遺產', { segmenter })).toEqual(
      extractKeywords('苏州刺绣：苏绣是国家级非物质文化遗产', { segmenter }),
    );
  });

  it('can rank by TextRank instead, over the same words', () => {
    const keywords = extractKeywords(DASHENG, { segmenter, method: 'textrank' });
    expect(keywords[0]).toBe('大生纱厂');
    expect(keywords.every((word) => [...word].length >= 2 && !/\d/.test(word))).toBe(true);
  });

  it('gives nothing for an empty text, and the same keywords every time', () => {
    expect(extractKeywords('  ', { segmenter })).toEqual([]);
    expect(extractKeywords(DASHENG, { segmenter })).toEqual(extractKeywords(DASHENG, { segmenter }));
  });

  it('refuses a topN that is not a positive integer', () => {
    expect(() => extractKeywords(DASHENG, { segmenter, topN: 0 })).toThrow(RangeError);
  });
});
