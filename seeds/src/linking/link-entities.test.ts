import type { EntityKind, GraphNode, GraphRelationship, JsonValue, Source } from '@icg/graph';
import { allowsEndpoints } from '@icg/graph';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSeedGraph } from '../load-seeds.ts';
import { linkEntities } from './link-entities.ts';

const STORY_SOURCE: Source = { document: '南通日报', url: 'https://example.org/dasheng', locator: '第2版' };

function node(
  id: string,
  kind: EntityKind,
  name: string,
  extra: { aliases?: string[]; description?: string; properties?: Record<string, JsonValue>; sources?: Source[] } = {},
): GraphNode {
  return {
    id,
    kind,
    name,
    aliases: extra.aliases ?? [],
    province: null,
    city: null,
    description: extra.description ?? null,
    properties: extra.properties ?? {},
    sources: extra.sources ?? [],
  };
}

const zhangJian = node('en-zhang-jian', 'Entrepreneur', '张謇', {
  description: '1895年创办大生纱厂，1905年创办南通博物苑。',
  properties: { titles: ['清末状元'], birthplace: '江苏海门' },
});
const millSite = node('hs-dasheng', 'HeritageSite', '大生纱厂旧址');
const mill = node('ent-dasheng', 'Enterprise', '大生纱厂');
const museum = node('mu-nantong', 'Museum', '南通博物苑');
const story = node('story-dasheng', 'Story', '状元办厂', {
  description: '张謇在唐闸创办大生纱厂。今天的大生纱厂旧址仍有钟楼；张謇的故事在南通博物苑展出。',
  sources: [STORY_SOURCE],
});

const mentionsOf = (relationships: readonly GraphRelationship[], from: string) =>
  relationships
    .filter((relationship) => relationship.from === from)
    .map(({ to, properties }) => ({ to, ...properties }))
    .sort((a, b) => (a.to < b.to ? -1 : 1));

describe('linkEntities', () => {
  it('links a story to every entity it names, counting the occurrences and keeping the form written', () => {
    const { relationships } = linkEntities([story, zhangJian, mill, millSite, museum]);

    expect(mentionsOf(relationships, 'story-dasheng')).toEqual([
      { to: 'en-zhang-jian', asWritten: '张謇', count: 2 },
      { to: 'ent-dasheng', asWritten: '大生纱厂', count: 1 },
      { to: 'hs-dasheng', asWritten: '大生纱厂旧址', count: 1 },
      { to: 'mu-nantong', asWritten: '南通博物苑', count: 1 },
    ]);
  });

  it('lets the longest name win where names overlap: 大生纱厂旧址 is the site, not also the mill', () => {
    const site = node('story-site', 'Story', '钟楼', { description: '大生纱厂旧址的钟楼整点报时。' });
    const { relationships } = linkEntities([site, mill, millSite]);

    expect(mentionsOf(relationships, 'story-site')).toEqual([
      { to: 'hs-dasheng', asWritten: '大生纱厂旧址', count: 1 },
    ]);
  });

  it('gives each MENTIONS the id from|MENTIONS|to and the text’s own sources, located as entity linking', () => {
    const { relationships } = linkEntities([story, museum]);

    expect(relationships).toEqual([
      {
        id: 'story-dasheng|MENTIONS|mu-nantong',
        type: 'MENTIONS',
        from: 'story-dasheng',
        to: 'mu-nantong',
        properties: { asWritten: '南通博物苑', count: 1 },
        sources: [{ ...STORY_SOURCE, locator: 'entity linking: 南通博物苑' }],
      },
    ]);
  });

  it('reads Entrepreneur and Craftsman profiles, their properties’ text included, but never links a text to itself', () => {
    const haimen = node('place-haimen', 'Place', '江苏海门');
    const { relationships } = linkEntities([zhangJian, mill, museum, haimen]);

    expect(mentionsOf(relationships, 'en-zhang-jian')).toEqual([
      { to: 'ent-dasheng', asWritten: '大生纱厂', count: 1 },
      { to: 'mu-nantong', asWritten: '南通博物苑', count: 1 },
      { to: 'place-haimen', asWritten: '江苏海门', count: 1 },
    ]);
    expect(relationships.some((relationship) => relationship.to === relationship.from)).toBe(false);
  });

  it('finds entities by alias and by former name, and by a part of a bracketed name', () => {
    const rong = node('en-rong', 'Entrepreneur', '荣宗敬', {
      properties: { formerNames: [{ name: '荣宗锦', source: { locator: '族谱' } }] },
    });
    const maoxin = node('ent-maoxin', 'Enterprise', '茂新面粉厂（保兴面粉厂）');
    const wuxi = node('city-wuxi', 'Place', '无锡市', { aliases: ['锡城'] });
    const text = node('story-rong', 'Story', '荣氏兄弟', { description: '荣宗锦在锡城创办保兴面粉厂。' });

    const { relationships } = linkEntities([text, rong, maoxin, wuxi]);

    expect(mentionsOf(relationships, 'story-rong')).toEqual([
      { to: 'city-wuxi', asWritten: '锡城', count: 1 },
      { to: 'en-rong', asWritten: '荣宗锦', count: 1 },
      { to: 'ent-maoxin', asWritten: '保兴面粉厂', count: 1 },
    ]);
  });

  it('prefers the entity named so over one that has the name only as an alias, 大生纱厂 being the mill', () => {
    const millCompany = node('ent-dasheng-group', 'Enterprise', '大生纱厂（江苏大生集团有限公司）');
    const siteAlsoSoCalled = node('hs-dasheng', 'HeritageSite', '大生纱厂旧址', { aliases: ['大生纱厂'] });
    const text = node('story-founding', 'Story', '创立', { description: '张謇创办大生纱厂，今存大生纱厂旧址。' });

    const { relationships, skippedNames } = linkEntities([text, millCompany, siteAlsoSoCalled]);

    expect(mentionsOf(relationships, 'story-founding')).toEqual([
      { to: 'ent-dasheng-group', asWritten: '大生纱厂', count: 1 },
      { to: 'hs-dasheng', asWritten: '大生纱厂旧址', count: 1 },
    ]);
    expect(skippedNames).toEqual([]);
  });

  it('does not take the category before a technique’s brackets for the technique', () => {
    const huishan = node('tech-huishan', 'Technique', '泥塑（惠山泥人）');
    const text = node('cr-wang', 'Craftsman', '王春林', { description: '擅长泥塑，代表作为惠山泥人阿福。' });

    const { relationships } = linkEntities([text, huishan]);

    expect(mentionsOf(relationships, 'cr-wang')).toEqual([{ to: 'tech-huishan', asWritten: '惠山泥人', count: 1 }]);
  });

  it('skips and reports names shorter than two characters and names two entities share', () => {
    const tin = node('place-xi', 'Place', '锡');
    const papercutA = node('tech-papercut-a', 'Technique', '剪纸', { aliases: ['扬州剪纸'] });
    const papercutB = node('tech-papercut-b', 'Technique', '剪纸', { aliases: ['金坛刻纸'] });
    const text = node('story-paper', 'Story', '纸上功夫', { description: '锡城的剪纸与扬州剪纸。' });

    const { relationships, skippedNames } = linkEntities([text, tin, papercutA, papercutB]);

    expect(mentionsOf(relationships, 'story-paper')).toEqual([
      { to: 'tech-papercut-a', asWritten: '扬州剪纸', count: 1 },
    ]);
    expect(skippedNames).toEqual([
      { name: '剪纸', reason: 'ambiguous', entityIds: ['tech-papercut-a', 'tech-papercut-b'] },
      { name: '锡', reason: 'too-short', entityIds: ['place-xi'] },
    ]);
  });

  it('links only where the model allows MENTIONS: never from a site, never to a department or policy task', () => {
    const department = node('dept-js', 'Department', '江苏省工业和信息化厅');
    const task = node('task-1', 'PolicyTask', '建设工业博物馆');
    const site = node('hs-x', 'HeritageSite', '某厂旧址', { description: '张謇曾到访。' });
    const text = node('story-x', 'Story', '一则故事', { description: '江苏省工业和信息化厅推动建设工业博物馆。' });

    const { relationships } = linkEntities([text, site, department, task, zhangJian]);

    expect(relationships).toEqual([]);
  });

  it('adds no MENTIONS beside a relationship that says how the two are related, but does beside ABOUT', () => {
    const founded: GraphRelationship = {
      id: 'en-zhang-jian|FOUNDED|ent-dasheng',
      type: 'FOUNDED',
      from: 'en-zhang-jian',
      to: 'ent-dasheng',
      properties: {},
      sources: [],
    };
    const about: GraphRelationship = {
      ...founded,
      id: 'story-dasheng|ABOUT|mu-nantong',
      type: 'ABOUT',
      from: 'story-dasheng',
      to: 'mu-nantong',
    };

    const { relationships } = linkEntities([story, zhangJian, mill, museum], [founded, about]);

    expect(mentionsOf(relationships, 'en-zhang-jian').map((m) => m.to)).toEqual(['mu-nantong']);
    expect(mentionsOf(relationships, 'story-dasheng').map((m) => m.to)).toEqual([
      'en-zhang-jian',
      'ent-dasheng',
      'mu-nantong',
    ]);
  });

  it('does not produce a MENTIONS the data already holds, and gives the same result on every run', () => {
    const nodes = [story, zhangJian, mill, millSite, museum];
    const first = linkEntities(nodes);
    const stated = first.relationships.find((relationship) => relationship.to === 'mu-nantong')!;

    const again = linkEntities(nodes, [stated]);

    expect(linkEntities(nodes)).toEqual(first);
    expect(again.relationships.map((relationship) => relationship.id)).toEqual(
      first.relationships.filter((relationship) => relationship !== stated).map((relationship) => relationship.id),
    );
  });
});

describe('entity linking over the curated data', () => {
  let seed: Awaited<ReturnType<typeof buildSeedGraph>>;
  let linked: GraphRelationship[];

  beforeAll(async () => {
    seed = await buildSeedGraph();
    const fromLinking = new Set(
      seed.relationships.filter((r) => r.sources.some((s) => s.locator?.startsWith('entity linking: '))),
    );
    linked = [...fromLinking];
  });

  it('links the story of 张謇 founding the Dasheng mill to 张謇 and to the mill 大生纱厂, not the site also so called', () => {
    expect(mentionsOf(linked, 'story-dasheng-founding')).toEqual(
      expect.arrayContaining([
        { to: 'en-zhang-jian', asWritten: '张謇', count: 1 },
        { to: 'ent-dasheng', asWritten: '大生纱厂', count: 2 },
      ]),
    );
    expect(mentionsOf(linked, 'story-dasheng-founding').map((m) => m.to)).not.toContain('hs-dasheng-cotton-mill');
  });

  it('reports 戚机厂 as ambiguous: an alias of the locomotive works and a name of its old site', () => {
    expect(seed.entityLinking.skippedNames).toContainEqual({
      name: '戚机厂',
      reason: 'ambiguous',
      entityIds: ['ent-crrc-qishuyan', 'hs-qishuyan-locomotive'],
    });
  });

  it('links profiles to the people they name that no stated relationship joins yet: 范旭东 → 侯德榜, 邹英姿 → 姚建萍', () => {
    expect(mentionsOf(linked, 'en-fan-xudong').map((m) => m.to)).toContain('en-hou-debang');
    expect(mentionsOf(linked, 'cr-zou-yingzi').map((m) => m.to)).toContain('cr-yao-jianping');
  });

  it('adds nothing beside a stated relationship: 张謇’s profile names the mill he FOUNDED', () => {
    expect(mentionsOf(linked, 'en-zhang-jian').map((m) => m.to)).not.toContain('ent-dasheng');
  });

  it('adds MENTIONS as a step of buildSeedGraph, every one allowed by the model, unique by id', () => {
    const kinds = new Map(seed.nodes.map((n) => [n.id, n.kind]));
    expect(linked.length).toBe(seed.entityLinking.mentions);
    expect(linked.length).toBeGreaterThan(80);
    for (const relationship of linked) {
      expect(relationship.type).toBe('MENTIONS');
      expect(allowsEndpoints('MENTIONS', kinds.get(relationship.from)!, kinds.get(relationship.to)!)).toBe(true);
    }
    expect(new Set(seed.relationships.map((r) => r.id)).size).toBe(seed.relationships.length);
  });
});
