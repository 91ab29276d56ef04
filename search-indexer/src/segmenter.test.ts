import { describe, expect, it } from 'vitest';
import { JIEBA_SEPARATORS, createSegmenter, curatedTerms } from './segmenter.ts';

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

  it('keeps the issue’s domain terms whole, in running text and in traditional characters', async () => {
    const segmenter = await createSegmenter();
    expect(segmenter.words('从工业锈带到生活秀带')).toContain('工业锈带');
    expect(segmenter.words('泾县宣纸制作技艺入选非遗名录')).toContain('宣纸制作技艺');
    expect(segmenter.words('2023年江苏大工匠名单')).toContain('江苏大工匠');
    expect(segmenter.words('宣紙製作技藝')).toEqual(['宣纸制作技艺']);
    expect(segmenter.segment('蘇繡與鐵畫')).toBe('苏绣 与 铁画');
  });

  it('adds entity names read at index time as bare words, leaving neighbouring words alone', async () => {
    const segmenter = await createSegmenter();
    expect(segmenter.addTerms(['茂新面粉厂', '保兴面粉厂', '茂新面粉厂'])).toBeLessThanOrEqual(2);
    expect(segmenter.words('保兴面粉厂后改名茂新面粉厂')).toEqual(['保兴面粉厂', '后', '改名', '茂新面粉厂']);
    expect(segmenter.words('江苏绣娘')).not.toContain('苏绣');
  });

  it('names the synonym words that find a text, from the curated list and from added groups', async () => {
    const segmenter = await createSegmenter();
    expect(segmenter.synonymsOf('国家级非物质文化遗产')).toContain('非遗');
    expect(segmenter.synonymsOf('由江苏省发展和改革委员会牵头')).toContain('省发改委');
    expect(segmenter.synonymsOf('由省发改委牵头')).not.toContain('江苏省发展和改革委员会');
    segmenter.addSynonyms([{ from: '省数据局', to: ['江苏省大数据管理中心'] }]);
    expect(segmenter.synonymsOf('江苏省大数据管理中心')).toEqual(['省数据局']);
    expect(segmenter.synonymsSetting()['省数据局']).toEqual(['江苏省大数据管理中心']);
    // A text that already holds the word needs no copy of it.
    expect(segmenter.synonymsOf('江苏省数据局')).toEqual([]);
  });

  it('cuts the stretches between JIEBA_SEPARATORS alone as it cuts them inside the whole text', async () => {
    const segmenter = await createSegmenter();
    const texts = [
      '张謇1895年在南通唐闸创办的大生纱厂原址，百余年来一直在原地生产纺织品。2018年列入第二批国家工业遗产名单。',
      '支持老工业城市结合地方资源特色和历史传承，将工业遗产纳入更新改造范围，实现从“工业锈带”到“生活秀带”的转变。',
      '  Nantong Dasheng 纱厂\t\t工业遗产\n\n，，南通。。UNESCO 1865 😀 ',
    ];
    for (const text of texts) {
      const stretches = text.split(new RegExp(`([${[...JIEBA_SEPARATORS].join('')}])`)).filter((part) => part !== '');
      expect(stretches.flatMap((stretch) => segmenter.pieces(stretch))).toEqual(segmenter.pieces(text));
    }
  });

  it('cuts a text anew once a word is added that joins its pieces', async () => {
    const segmenter = await createSegmenter();
    const text = '丙丁测试词组甲乙戊';
    expect(segmenter.pieces(text)).not.toContain('测试词组甲乙');
    expect(segmenter.pieces(text)).toEqual(segmenter.pieces(text));
    segmenter.addTerms(['测试词组甲乙']);
    expect(segmenter.pieces(text)).toContain('测试词组甲乙');
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
