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

  it('counts the Jiangsu reuse projects, one per converted heritage site, towards 50个活化利用重点项目', () => {
    const progress = progressOf('policy-jiangsu-2021-2025-t06-target-1');
    const convertedInJiangsu = relationships.filter(
      (r) => r.type === 'CONVERTED_TO' && nodes.find((n) => n.id === r.from)?.province === '江苏',
    );
    expect(progress).toMatchObject({ measurable: true, countedKinds: ['Project'] });
    expect(progress.counted).toBe(convertedInJiangsu.length);
    expect(progress.counted).toBe(6);
    expect(progress.entities.map((e) => e.id)).toContain('project-reuse-jinling-arsenal');
    expect(progress.entities.map((e) => e.id)).not.toContain('project-reuse-yixin-flour-mill'); // in Anhui
    expect(progress.rule).toBe(
      '江苏的“工业遗产活化利用”项目（Project），以及落实（ANSWERS）本目标或其任务的同类项目；' +
        '状态为在建、建成、运营的计入，储备项目不计',
    );
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

  it('says 工艺美术特色区域 cannot be measured while the project base holds no craft region, rather than 0 of 20', () => {
    expect(progressOf('policy-jiangsu-2021-2025-t09-target-1')).toMatchObject({
      counted: 0,
      goal: 20,
      ratio: null,
      measurable: false,
      countedKinds: [],
      rule: '江苏的项目库中还没有“工艺美术特色区域”项目，也没有项目落实本目标或其任务，无法计数',
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

  describe('projects', () => {
    const project = (id: string, properties: Record<string, string>, province: string | null = '江苏'): GraphNode => ({
      id,
      kind: 'Project',
      name: id,
      aliases: [],
      province,
      city: null,
      description: null,
      properties,
      sources: [{ document: '测试' }],
    });
    const target = (what: string) => ({
      ...nodes.find((n) => n.id === 'policy-jiangsu-2021-2025-t09-target-1')!,
      properties: { what, count: 20 },
    });
    const facts: ProgressFacts = { outgoing: new Map(), awards: [] };

    it('count a project of the target’s type once work on it has begun, never a 储备 one', () => {
      const progress = countTowardsTarget(
        target('工艺美术特色区域'),
        '江苏',
        [
          project('p-reserve', { projectType: 'craft-region', status: 'reserve' }),
          project('p-building', { projectType: 'craft-region', status: 'under-construction' }),
          project('p-done', { projectType: 'craft-region', status: 'completed' }),
          project('p-running', { projectType: 'craft-region', status: 'operating' }),
          project('p-other-type', { projectType: 'development', status: 'operating' }),
        ],
        facts,
      );
      expect(progress).toMatchObject({ measurable: true, counted: 3, countedKinds: ['Project'], ratio: 0.15 });
      expect(progress.entities.map((e) => e.id)).toEqual(['p-building', 'p-done', 'p-running']);
    });

    it('make a target measurable by a 储备 project of its type, counting 0 of it', () => {
      const progress = countTowardsTarget(
        target('工艺美术特色区域'),
        '江苏',
        [project('p-reserve', { projectType: 'craft-region', status: 'reserve' })],
        facts,
      );
      expect(progress).toMatchObject({ measurable: true, counted: 0, ratio: 0 });
    });

    it('read 线路 and 特色…旅游项目 as tourism projects, 工业旅游区 as sites, and 发展项目 as development', () => {
      expect(progressRuleFor(target('工业旅游精品线路'))?.projectType).toBe('industrial-tourism');
      expect(progressRuleFor(target('特色工业旅游项目'))?.projectType).toBe('industrial-tourism');
      expect(progressRuleFor(target('省级工业旅游区'))?.countedKinds).toEqual(['TourismSite']);
      expect(progressRuleFor(target('工业文化发展项目'))?.projectType).toBe('development');
    });
  });
});
