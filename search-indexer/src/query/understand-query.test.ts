import { describe, expect, it } from 'vitest';
import { splitRunTogether, understandQuery } from './understand-query.ts';
import type { IndexVocabulary } from './query-vocabulary.ts';

const vocabulary: IndexVocabulary = {
  provinces: ['江苏', '安徽'],
  cities: ['南通市', '南京市', '马鞍山市'],
  industries: ['棉纺织', '纺织印染', '钢铁', '罗盘制作'],
};

describe('reading a query the way a person meant it', () => {
  it('takes question words and particles out of the words every hit must have', () => {
    expect(understandQuery(['谁', '创办', '了', '大生纱厂'], { vocabulary })).toEqual({
      words: ['创办', '大生纱厂'],
      understood: [],
      dropped: ['谁', '了'],
    });
  });

  it('reads a question’s place, kind and industry words as filters and boosts, shown as chips', () => {
    const reading = understandQuery(['南通', '有', '哪些', '纺织', '工业遗产'], { vocabulary });
    expect(reading.understood).toEqual([
      { word: '南通', field: 'city', values: ['南通市'], effect: 'filter' },
      { word: '纺织', field: 'industry', values: ['棉纺织', '纺织印染'], effect: 'boost' },
      { word: '工业遗产', field: 'kind', values: ['HeritageSite'], effect: 'boost' },
    ]);
    // An industry's name is often in the text itself, so it also stays a word to match.
    expect(reading.words).toEqual(['纺织']);
  });

  it('reads nothing as a filter without a question: 省工信厅 工业遗产 names words to find', () => {
    expect(understandQuery(['省工信厅', '工业遗产'], { vocabulary }).understood).toEqual([]);
    expect(understandQuery(['镇江', '香醋'], { vocabulary }).words).toEqual(['镇江', '香醋']);
  });

  it('reads a role word as a boost of people anywhere, keeping it a word to match', () => {
    const reading = understandQuery(['芜湖', '铁画', '传人'], { vocabulary });
    expect(reading.understood).toEqual([{ word: '传人', field: 'kind', values: ['Craftsman'], effect: 'boost' }]);
    expect(reading.words).toEqual(['芜湖', '铁画', '传人']);
  });

  it('keeps a word whose chip was removed as a plain word', () => {
    const reading = understandQuery(['南京', '有', '哪些', '工业遗产'], { vocabulary, literal: ['南京'] });
    expect(reading.words).toEqual(['南京']);
    expect(reading.understood.map((u) => u.field)).toEqual(['kind']);
  });

  it('does not read a second filter on a field the caller already filters', () => {
    const reading = understandQuery(['南京', '有', '哪些', '博物馆'], { vocabulary, fixed: new Set(['city']) });
    expect(reading.understood.map((u) => u.word)).toEqual(['博物馆']);
    expect(reading.words).toEqual(['南京']);
  });

  it('keeps a question of stop words only as it is, rather than match everything', () => {
    expect(understandQuery(['谁', '是', '谁'], { vocabulary }).words).toEqual(['谁', '是', '谁']);
  });

  it('splits words run together into the graph’s terms, and leaves a known or unsplittable word whole', () => {
    const terms = new Set(['马钢', '高炉', '大生纱厂']);
    expect(splitRunTogether('马钢高炉', terms)).toEqual(['马钢', '高炉']);
    expect(splitRunTogether('大生纱厂', terms)).toEqual(['大生纱厂']);
    expect(splitRunTogether('马钢炼铁', terms)).toEqual(['马钢炼铁']);
    expect(understandQuery(['马钢高炉'], { vocabulary, terms }).words).toEqual(['马钢', '高炉']);
  });
});
