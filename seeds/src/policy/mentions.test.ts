import { describe, expect, it } from 'vitest';
import { buildMentionGraph, findMentions, MENTION_RULES } from './mentions.ts';
import { readSeedTaskTexts } from './policy-test-fixtures.ts';

const { jiangsu, anhui, task } = await readSeedTaskTexts();
const graph = buildMentionGraph([...jiangsu, ...anhui]);
const named = (label: Parameters<typeof task>[0]): string[] =>
  findMentions(task(label)).map((mention) => mention.rule.id);

describe('things the policy texts name', () => {
  it('Jiangsu task 7 names the four 老工业城市 南京、徐州、常州、镇江 as curated Place ids', () => {
    expect(named('jiangsu 7')).toEqual(['city-nanjing', 'city-xuzhou', 'city-changzhou', 'city-zhenjiang']);
    expect(findMentions(task('jiangsu 7')).map((mention) => mention.asWritten)).toEqual([
      '南京',
      '徐州',
      '常州',
      '镇江',
    ]);
  });

  it('no other task names a city', () => {
    const cities = graph.mentions.filter((mention) => mention.rule.kind === 'Place');
    expect(new Set(cities.map((mention) => mention.taskId))).toEqual(new Set(['policy-jiangsu-2021-2025-t07']));
  });

  it('cities are referenced, not created: their nodes come from the curated records', () => {
    expect(graph.referencedIds).toEqual(['city-nanjing', 'city-xuzhou', 'city-changzhou', 'city-zhenjiang']);
    expect(graph.nodes.filter((node) => node.kind === 'Place')).toEqual([]);
    for (const rule of MENTION_RULES.filter((candidate) => candidate.kind === 'Place')) {
      expect(rule.external, rule.id).toBe(true);
      expect(rule.id).toMatch(/^city-[a-z]+$/);
    }
  });

  it('Jiangsu task 6 names 大运河文化带, a programme, and 国家级工业遗产', () => {
    expect(named('jiangsu 6')).toEqual(['award-national-industrial-heritage', 'programme-grand-canal-cultural-belt']);
    expect(graph.nodes.find((node) => node.id === 'programme-grand-canal-cultural-belt')).toMatchObject({
      kind: 'Theme',
      name: '大运河文化带',
      properties: { type: 'programme' },
    });
  });

  it('Jiangsu task 8 names the 江苏制造突出贡献奖 and the “工业文化+” programme (twice)', () => {
    expect(findMentions(task('jiangsu 8')).map(({ rule, asWritten, count }) => [rule.id, asWritten, count])).toEqual([
      ['award-jiangsu-manufacturing-contribution', '江苏制造突出贡献奖', 1],
      ['programme-industrial-culture-plus', '“工业文化+”系列工程', 2],
    ]);
  });

  it('Jiangsu task 10 names the 江苏技能大奖 and the titles it confers, 江苏大工匠 and 江苏工匠', () => {
    expect(named('jiangsu 10')).toEqual([
      'award-jiangsu-skills-grand-prize',
      'award-jiangsu-grand-craftsman',
      'award-jiangsu-craftsman',
    ]);
  });

  it('Anhui item 10 names three arts-and-crafts titles; 省 means Anhui there', () => {
    expect(findMentions(task('anhui 10')).map(({ rule, asWritten }) => [rule.name, asWritten])).toEqual([
      ['中国工艺美术大师', '中国工艺美术大师'],
      ['安徽省工艺美术大师', '省工艺美术大师'],
      ['安徽省工艺美术名人', '省工艺美术名人'],
    ]);
  });

  it('省工艺美术大师 in a Jiangsu text is not taken for Anhui’s title', () => {
    const jiangsuText = { ...task('jiangsu 9'), text: '培育一批省工艺美术大师。' };
    expect(findMentions(jiangsuText)).toEqual([]);
  });

  it('Anhui item 18 names 皖工徽匠 and 双招双引; item 6 names 国家工业遗产, like Jiangsu task 6', () => {
    expect(named('anhui 18')).toEqual(['award-anhui-craftsman', 'programme-anhui-double-attraction']);
    expect(named('anhui 17')).toEqual(['programme-anhui-double-attraction']);
    expect(named('anhui 6')).toEqual(['award-national-industrial-heritage']);
  });

  it('awards are Award nodes typed as award, title or designation, with their province', () => {
    const awards = graph.nodes.filter((node) => node.kind === 'Award');
    expect(awards.map((node) => [node.name, node.properties.type, node.province])).toEqual([
      ['国家工业遗产', 'designation', null],
      ['江苏制造突出贡献奖', 'award', '江苏'],
      ['江苏技能大奖', 'award', '江苏'],
      ['江苏大工匠', 'title', '江苏'],
      ['江苏工匠', 'title', '江苏'],
      ['中国工艺美术大师', 'title', null],
      ['安徽省工艺美术大师', 'title', '安徽'],
      ['安徽省工艺美术名人', 'title', '安徽'],
      ['皖工徽匠', 'title', '安徽'],
    ]);
  });

  it('a thing named in both provinces is one node, sourced to each task that names it', () => {
    const heritage = graph.nodes.find((node) => node.id === 'award-national-industrial-heritage');
    expect(heritage?.aliases).toEqual(['国家级工业遗产']);
    expect(heritage?.sources.map((source) => source.locator)).toEqual(['序号 6', '第6条']);
  });

  it('MENTIONS go from the task to the thing, keep the words used, and are sourced to the task', () => {
    const mention = graph.relationships.find((relationship) => relationship.to === 'city-xuzhou');
    expect(mention).toEqual({
      id: 'policy-jiangsu-2021-2025-t07|MENTIONS|city-xuzhou',
      type: 'MENTIONS',
      from: 'policy-jiangsu-2021-2025-t07',
      to: 'city-xuzhou',
      properties: { asWritten: '徐州', count: 1 },
      sources: [
        {
          document: '江苏省贯彻《推进工业文化发展实施方案（2021-2025年）》行动计划任务分工表',
          locator: '序号 7',
          takenAt: '2026-11-23',
        },
      ],
    });
    expect(graph.relationships).toHaveLength(18);
  });

  it('rules have unique ASCII ids and no form shared between two rules', () => {
    const ids = MENTION_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
    const forms = MENTION_RULES.flatMap((rule) => rule.forms);
    expect(new Set(forms).size).toBe(forms.length);
  });
});
