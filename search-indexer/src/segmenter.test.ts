import { describe, expect, it } from 'vitest';
import { createSegmenter, curatedTerms } from './segmenter.ts';

describe('createSegmenter', () => {
  it('keeps curated domain terms whole', async () => {
    const segmenter = await createSegmenter();
    expect(segmenter.words('每年评选江苏大工匠')).toContain('江苏大工匠');
    expect(segmenter.words('推动工业锈带变成生活秀带')).toEqual(['推动', '工业锈带', '变成', '生活秀带']);
    expect(segmenter.words('加强工业遗产保护利用')).toContain('工业遗产');
    expect(segmenter.words('培育皖工徽匠，弘扬工匠精神')).toEqual(['培育', '皖工徽匠', '弘扬', '工匠精神']);
  });

  it('does not split numbers or Latin words into characters', async () => {
    const segmenter = await createSegmenter();
    const words = segmenter.words('金陵机器制造局创办于1865年，UNESCO曾关注');
    expect(words).toContain('1865');
    expect(words).toContain('UNESCO');
    expect(words).not.toContain('1');
    expect(words).not.toContain('U');
  });

  it('joins words with single spaces and drops punctuation and whitespace', async () => {
    const segmenter = await createSegmenter();
    expect(segmenter.segment('“工业遗产”：保护、利用！ \n（2021-2025年）')).toBe('工业遗产 保护 利用 2021 2025 年');
  });

  it('gives pieces that concatenate back to the text, for word boundaries', async () => {
    const segmenter = await createSegmenter();
    const text = '旧址  现为\n国家工业遗产。UNESCO 😀';
    expect(segmenter.pieces(text).join('')).toBe(text);
  });

  it('adds extra names given later to the process-wide dictionary', async () => {
    const before = await createSegmenter();
    expect(before.words('参观恒顺醋业博物馆')).not.toContain('恒顺醋业博物馆');
    const after = await createSegmenter({ extraTerms: ['恒顺醋业博物馆', ' ', '醋', 'with space'] });
    expect(after.words('参观恒顺醋业博物馆')).toContain('恒顺醋业博物馆');
    // Shared native state: the earlier segmenter sees the term too.
    expect(before.words('参观恒顺醋业博物馆')).toContain('恒顺醋业博物馆');
    expect(after.terms.has('醋')).toBe(false);
    expect(after.terms.has('with space')).toBe(false);
  });

  it('replaces lone surrogates instead of passing them on', async () => {
    const segmenter = await createSegmenter();
    expect(segmenter.segment('工业\uD800遗产')).not.toMatch(/[\uD800-\uDFFF]/);
  });

  it('reads a few dozen curated terms', () => {
    const terms = curatedTerms();
    expect(terms.length).toBeGreaterThan(40);
    expect(terms).toEqual(expect.arrayContaining(['江苏制造突出贡献奖', '大运河文化带', '宣纸制作技艺']));
    expect(terms.every((term) => !/\s/.test(term) && !term.startsWith('#'))).toBe(true);
  });
});
