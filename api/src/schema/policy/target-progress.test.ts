import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphNode, GraphRelationship } from '@icg/graph';
import { buildSeedGraph } from '@icg/seeds';
import { countTowardsTarget, progressRuleFor, type ProgressFacts, type TargetProgress } from './target-progress.ts';

describe('target progress over the seed graph', () => {
  let nodes: GraphNode[];
  let relationships: GraphRelationship[];

  /** What the resolver does, with the seed graph standing in for the store. */
  function progressOf(targetId: string): TargetProgress {
    const target = nodes.find((n) => n.id === targetId)!;
    const taskId = relationships.find((r) => r.type === 'HAS_TARGET' && r.to === targetId)!.from;
    const awardIds = relationships.filter((r) => r.type === 'MENTIONS' && r.from === taskId).map((r) => r.to);
    const awards = nodes.filter((n) => awardIds.includes(n.id) && n.kind === 'Award');
    const candidates = nodes.filter((n) => n.province === target.province);
    const outgoing = new Map<string, GraphRelationship[]>();
    for (const rel of relationships) outgoing.set(rel.from, [...(outgoing.get(rel.from) ?? []), rel]);
    const facts: ProgressFacts = { outgoing, awards };
    return countTowardsTarget(target, target.province!, candidates, facts);
  }

  const count = (kind: string, province: string, keep: (n: GraphNode) => boolean = () => true) =>
    nodes.filter((n) => n.kind === kind && n.province === province && keep(n)).length;

  beforeAll(async () => {
    ({ nodes, relationships } = await buildSeedGraph());
  });

  it('counts every museum of Jiangsu towards 50家具有影响力的工业（企业）博物馆', () => {
    const progress = progressOf('policy-jiangsu-2021-2025-t04-target-1');
    expect(progress).toMatchObject({ goal: 50, measurable: true, countedKinds: ['Museum'] });
    expect(progress.counted).toBe(count('Museum', '江苏'));
    expect(progress.counted).toBeGreaterThan(0);
    expect(progress.ratio).toBe(Math.round((progress.counted / 50) * 1000) / 1000);
    expect(progress.entities.every((e) => e.kind === 'Museum' && e.province === '江苏')).toBe(true);
    expect(progress.rule).toContain('江苏的博物馆');
  });

  it('counts Jiangsu heritage sites converted to a new use towards 50个活化利用重点项目', () => {
    const progress = progressOf('policy-jiangsu-2021-2025-t06-target-1');
    const converted = new Set(relationships.filter((r) => r.type === 'CONVERTED_TO').map((r) => r.from));
    expect(progress.counted).toBe(count('HeritageSite', '江苏', (n) => converted.has(n.id)));
    expect(progress.entities.map((e) => e.id)).toContain('hs-jinling-arsenal');
    expect(progress.entities.map((e) => e.id)).not.toContain('hs-yixin-flour-mill'); // in Anhui
  });

  it('counts Jiangsu tourism sites of any level towards 30个省级工业旅游区', () => {
    const progress = progressOf('policy-jiangsu-2021-2025-t05-target-1');
    expect(progress).toMatchObject({ goal: 30, countedKinds: ['TourismSite'] });
    expect(progress.counted).toBe(count('TourismSite', '江苏'));
  });

  it('counts no 研学基地 in Jiangsu: the graph holds no study base there and no Jiangsu site is on a 研学 list', () => {
    const progress = progressOf('policy-jiangsu-2021-2025-t02-target-1');
    expect(progress).toMatchObject({ counted: 0, goal: 20, ratio: 0, measurable: true });
  });

  it('counts awardees of the award the task names towards 50个优秀企业, and names the award', () => {
    const progress = progressOf('policy-jiangsu-2021-2025-t08-target-1');
    expect(progress.countedKinds).toEqual(['Enterprise']);
    expect(progress.rule).toContain('江苏制造突出贡献奖');
    // The seed graph records no winner of 江苏制造突出贡献奖: an honest 0, not a guess.
    expect(progress.counted).toBe(0);
    expect(progressOf('policy-jiangsu-2021-2025-t08-target-2').countedKinds).toEqual(['Entrepreneur', 'Craftsman']);
  });

  it('says 工艺美术特色区域 cannot be measured rather than reporting 0 of 20', () => {
    expect(progressOf('policy-jiangsu-2021-2025-t09-target-1')).toMatchObject({
      counted: 0,
      goal: 20,
      ratio: null,
      measurable: false,
      countedKinds: [],
    });
  });

  it('counts a craftsman whose curated title names the task award', () => {
    const target = nodes.find((n) => n.id === 'policy-jiangsu-2021-2025-t08-target-2')!;
    const award = nodes.find((n) => n.id === 'award-jiangsu-manufacturing-contribution')!;
    const craftsman = { ...nodes.find((n) => n.kind === 'Craftsman' && n.province === '江苏')! };
    craftsman.properties = { ...craftsman.properties, titles: ['江苏制造突出贡献奖（2019）'] };
    const progress = countTowardsTarget(target, '江苏', [craftsman], { outgoing: new Map(), awards: [award] });
    expect(progress.entities.map((e) => e.id)).toEqual([craftsman.id]);
  });

  it('matches the study-base rule before the tourism rule', () => {
    const target = { ...nodes.find((n) => n.kind === 'Target')!, properties: { what: '工业旅游研学基地', count: 5 } };
    expect(progressRuleFor(target)?.countedKinds).toContain('StudyBase');
  });
});
