import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphNode, GraphRelationship } from '@icg/graph';
import { buildSeedGraph } from '@icg/seeds';
import { timelineEvents, type TimelineEvent } from './timeline-events.ts';

describe('timelineEvents over the seed graph', () => {
  let nodes: GraphNode[];
  let relationships: GraphRelationship[];
  let events: TimelineEvent[];

  beforeAll(async () => {
    ({ nodes, relationships } = await buildSeedGraph());
    events = timelineEvents(nodes, relationships);
  });

  it('lists events oldest first, then by date and entity id', () => {
    expect(events.length).toBeGreaterThan(100);
    for (let i = 1; i < events.length; i++) {
      const [a, b] = [events[i - 1]!, events[i]!];
      expect(a.year <= b.year, `${a.label} before ${b.label}`).toBe(true);
    }
  });

  it('names the founder of an enterprise founded through a FOUNDED relationship, once', () => {
    const dasheng = events.filter((e) => e.entity.id === 'ent-dasheng' && e.kind === 'FOUNDED');
    expect(dasheng).toHaveLength(1);
    expect(dasheng[0]).toMatchObject({ year: 1895, related: { id: 'en-zhang-jian' } });
    expect(dasheng[0]!.label).toBe('1895年 张謇 创办 大生纱厂（江苏大生集团有限公司）');
  });

  it('dates the Anhui plan to the day it was signed and the day it was published', () => {
    const plan = events.filter((e) => e.entity.id === 'policy-anhui-2021-2025');
    expect(plan.find((e) => e.kind === 'SIGNED')).toMatchObject({ year: 2021, date: '2021-12-08' });
    expect(plan.find((e) => e.kind === 'PUBLISHED')).toMatchObject({ year: 2021, date: '2021-12-21' });
    expect(plan.find((e) => e.kind === 'SIGNED')!.label).toBe(
      '2021年12月8日 《安徽省推进工业文化发展行动方案（2021—2025年）》 签署',
    );
  });

  it('turns designations with a year into listings, naming the batch and the part listed', () => {
    const listed = events.filter((e) => e.entity.id === 'hs-dasheng-cotton-mill' && e.kind === 'LISTED');
    expect(listed.map((e) => e.label)).toEqual([
      '1998年 大生纱厂钟楼 列入南通市文物保护单位',
      '2006年 大生纱厂钟楼 列入全国重点文物保护单位',
      '2018年 大生纱厂旧址 列入第二批国家工业遗产',
    ]);
  });

  it('says a heritage site was first built, not founded, in its founding year', () => {
    const site = events.find((e) => e.entity.id === 'hs-dasheng-cotton-mill' && e.kind === 'FOUNDED');
    expect(site?.label).toBe('1895年 大生纱厂旧址 始建');
  });

  it('reads awards from curated titles that carry a year', () => {
    const awarded = events.filter((e) => e.kind === 'AWARDED');
    expect(awarded.map((e) => e.label)).toContain('1993年 徐秀棠 获评中国工艺美术大师');
  });

  it('gives every event a source', () => {
    expect(events.filter((e) => e.sources.length === 0)).toEqual([]);
  });

  it("drops a relationship's event when one of its ends is missing", () => {
    const [founded] = relationships.filter((r) => r.type === 'FOUNDED');
    const founder = nodes.find((n) => n.id === founded!.from)!;
    const alone = timelineEvents([founder], [founded!]);
    expect(alone.every((e) => e.entity.id === founder.id)).toBe(true);
  });
});
