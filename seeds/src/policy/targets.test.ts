import { describe, expect, it } from 'vitest';
import { readSeedTaskTexts } from './policy-test-fixtures.ts';
import { buildTargetGraph, extractTargets } from './targets.ts';

const { jiangsu, anhui, task } = await readSeedTaskTexts();
const graph = buildTargetGraph([...jiangsu, ...anhui]);

describe('quantitative targets', () => {
  it('are exactly the seven counts the Jiangsu task division sets, with their task', () => {
    expect(
      graph.targets.map(({ taskId, count, unit, what, per }) => [taskId.slice(-3), count, unit, what, per]),
    ).toEqual([
      ['t02', 20, '个', '工业文化研学基地（创意园区）', null],
      ['t04', 50, '家', '具有影响力的工业（企业）博物馆', null],
      ['t05', 30, '个', '省级工业旅游区', null],
      ['t06', 50, '个', '工业遗产活化利用重点项目', null],
      ['t08', 50, '个', '优秀企业', '每次'],
      ['t08', 50, '名', '先进个人', '每次'],
      ['t09', 20, '个', '工艺美术特色区域', null],
    ]);
    expect(graph.targets.every((target) => target.taskId.startsWith('policy-jiangsu-2021-2025-'))).toBe(true);
  });

  it('are none for Anhui, whose items ask for 一批 without a number', () => {
    expect(anhui.flatMap(extractTargets)).toEqual([]);
    expect(anhui.filter((item) => item.text.includes('一批'))).toHaveLength(9);
  });

  it('split 50个优秀企业和50名先进个人 into two targets, each per round of the 江苏制造突出贡献奖', () => {
    expect(extractTargets(task('jiangsu 8'))).toMatchObject([
      { id: 'policy-jiangsu-2021-2025-t08-target-1', asWritten: '50个优秀企业', per: '每次' },
      { id: 'policy-jiangsu-2021-2025-t08-target-2', asWritten: '50名先进个人', per: '每次' },
    ]);
    expect(extractTargets(task('jiangsu 8'))[0]?.sentence).toBe(
      '弘扬企业家精神，组织开展“江苏制造突出贡献奖”评选，每次表彰50个优秀企业和50名先进个人。',
    );
  });

  it('do not take years, document numbers or item numbers for counts', () => {
    const sample = { ...task('anhui 1'), text: '到2025年，按工信部联政法〔2021〕54号，落实第3条，新建10个基地。' };
    expect(extractTargets(sample).map((target) => target.asWritten)).toEqual(['10个基地']);
  });

  it('become Target nodes named as written, with count, unit, what and per, sourced to the row', () => {
    expect(graph.nodes.find((node) => node.id === 'policy-jiangsu-2021-2025-t04-target-1')).toEqual({
      id: 'policy-jiangsu-2021-2025-t04-target-1',
      kind: 'Target',
      name: '50家具有影响力的工业（企业）博物馆',
      aliases: [],
      province: '江苏',
      city: null,
      description: '依据全省工业博物馆体系，培树50家具有影响力的工业（企业）博物馆。',
      properties: { count: 50, unit: '家', what: '具有影响力的工业（企业）博物馆', per: null },
      sources: [
        {
          document: '江苏省贯彻《推进工业文化发展实施方案（2021-2025年）》行动计划任务分工表',
          locator: '序号 4',
          takenAt: '2026-11-23',
        },
      ],
    });
  });

  it('each hang off their task by HAS_TARGET', () => {
    expect(
      graph.relationships.map((relationship) => [
        relationship.type,
        relationship.from.slice(-3),
        relationship.to.slice(-12),
      ]),
    ).toEqual(graph.targets.map((target) => ['HAS_TARGET', target.taskId.slice(-3), target.id.slice(-12)]));
  });
});
