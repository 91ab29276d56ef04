import { beforeAll, describe, expect, it } from 'vitest';
import { createSegmenter, type Segmenter } from './segmenter.ts';
import { HIGHLIGHT_POST as E, HIGHLIGHT_PRE as S, buildSnippet } from './snippet.ts';

let segmenter: Segmenter;
beforeAll(async () => {
  segmenter = await createSegmenter();
});

function snippet(text: string, query: string, highlighted?: string, maxLength?: number): string {
  return buildSnippet({
    text,
    highlighted,
    queryWords: segmenter.words(query),
    pieces: segmenter.pieces(text),
    ...(maxLength === undefined ? {} : { maxLength }),
  });
}

describe('buildSnippet', () => {
  it('merges Meilisearch’s sub-word highlights into one whole word', () => {
    const text = '旧址现为国家工业遗产，是近代民族工业的代表。';
    const highlighted = `旧址现为国家${S}工业${E}${S}遗产${E}，是近代民族${S}工业${E}的代表。`;
    expect(snippet(text, '工业遗产', highlighted)).toBe(
      '旧址现为<mark>国家工业遗产</mark>，是近代民族<mark>工业</mark>的代表。',
    );
    expect(snippet('加强工业遗产保护', '工业遗产', `加强${S}工业${E}${S}遗产${E}保护`)).toBe(
      '加强<mark>工业遗产</mark>保护',
    );
    expect(snippet(text, '工业', highlighted)).toContain('<mark>工业</mark>的代表');
  });

  it('keeps the exact match when the enclosing dictionary word is much longer', () => {
    const text = '宣纸制作技艺由安徽省泾县申报';
    expect(snippet(text, '宣纸', `${S}宣纸${E}制作技艺由安徽省泾县申报`)).toBe(
      '<mark>宣纸</mark>制作技艺由安徽省泾县申报',
    );
    expect(snippet('旧址现为国家工业遗产', '遗产')).toBe('旧址现为国家工业<mark>遗产</mark>');
  });

  it('drops single-character highlights when the query has longer words', () => {
    const text = '推动工业锈带变成生活秀带';
    const highlighted = `推动工业${S}锈${E}${S}带${E}变成生活秀${S}带${E}`;
    expect(snippet(text, '锈带', highlighted)).toBe('推动<mark>工业锈带</mark>变成生活秀带');
  });

  it('highlights query words Meilisearch could not mark in the raw text, such as digits glued to Chinese', () => {
    expect(snippet('1865年李鸿章创办金陵机器制造局', '1865')).toBe('<mark>1865</mark>年李鸿章创办金陵机器制造局');
    expect(snippet('联合国教科文组织unesco名录', 'UNESCO')).toBe('联合国教科文组织<mark>unesco</mark>名录');
  });

  it('crops around the densest run of matches, on word boundaries, with ellipses', () => {
    const text =
      '组织工业文化资源调查，梳理和挖掘工业旅游、工艺美术、工业精神及专业人才等资源，建立多品类工业文化基础资源库，' +
      '推动资源保护和开放共享。鼓励高校深入挖掘我省工业文化内涵，定期开展省级工业遗产普查，完善全省工业遗产地图。';
    const result = snippet(text, '工业遗产', undefined, 30);
    expect(result.startsWith('…')).toBe(true);
    expect(result).toContain('<mark>省级工业遗产</mark>');
    expect(result.replace(/<\/?mark>|…/g, '').length).toBeLessThanOrEqual(30);
    expect(snippet(text, '', undefined, 20)).toMatch(/^组织工业文化资源调查.*…$/);
  });

  it('crops around a whole query word rather than around more of Meilisearch’s pieces of it', () => {
    const text = '推动老工业城市工业遗产保护利用，支持工业企业发展工业设计，实现从“工业锈带”到“生活秀带”的转变。';
    const highlighted = text.replace(/工业/g, `${S}工业${E}`).replace('锈带', `${S}锈带${E}`);
    const result = snippet(text, '工业锈带', highlighted, 20);
    expect(result).toContain('<mark>工业锈带</mark>');
  });

  it('finds query words in a traditional text through its simplified twin, marking the original', () => {
    expect(
      buildSnippet({
        text: '鐵畫藝人',
        comparable: '铁画艺人',
        queryWords: ['铁画'],
        pieces: segmenter.pieces('铁画艺人'),
      }),
    ).toBe('<mark>鐵畫</mark>藝人');
  });

  it('given jieba rather than its pieces, cuts only what it shows and marks and crops exactly the same', () => {
    const texts = [
      '张謇1895年在南通唐闸创办的大生纱厂原址，百余年来一直在原地生产纺织品。2018年列入第二批国家工业遗产名单，钟楼、公事厅、清花间等早期建筑保存至今。',
      '定期开展省级工业遗产普查，不断完善全省工业遗产地图。加强省级工业遗产项目库建设，探索建立分级保护利用机制，择优推荐重点项目申报国家级工业遗产。',
      '  Nantong 大生纱厂  \n\n工业遗产，，南通。。UNESCO\t1865 ',
      '鐵畫藝人',
    ];
    const cut: string[] = [];
    const counting = (stretch: string) => {
      cut.push(stretch);
      return segmenter.pieces(stretch);
    };
    for (const text of texts) {
      for (const query of ['工业遗产', '南通 纺织品', '1865', '保护利用', '画', '不存在的词']) {
        for (const maxLength of [10, 20, 80, 200]) {
          const input = { text, queryWords: segmenter.words(query), maxLength };
          expect(buildSnippet({ ...input, pieces: counting })).toBe(
            buildSnippet({ ...input, pieces: segmenter.pieces(text) }),
          );
        }
      }
    }
    const longest = texts[1]!;
    cut.length = 0;
    buildSnippet({ text: longest, queryWords: ['分级'], pieces: counting, maxLength: 20 });
    expect(cut.join('').length).toBeLessThan(longest.length / 2);
  });

  it('escapes HTML in the text and ignores markers inside it', () => {
    const text = '<script>alert(1)</script> 工业遗产 & "引号"';
    expect(snippet(text, '工业遗产')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; <mark>工业遗产</mark> &amp; &quot;引号&quot;',
    );
    expect(snippet(`工业${S}遗产`, '遗产', `${S}工业${E}${S}遗产`)).not.toContain('<mark>工业</mark>');
  });
});
