import { allowsEndpoints, ENTITY_KINDS, RELATION_TYPE_NAMES, type EntityKind, type GraphNode } from '@icg/graph';
import { describe, expect, it } from 'vitest';
import { createSyntheticGraph, degreesOf, ISLAND_SIZE, type GraphVocabulary } from './synthetic-graph.ts';

function template(id: string, kind: EntityKind, name: string, city: string | null): GraphNode {
  return {
    id,
    kind,
    name,
    aliases: [],
    province: '江苏省',
    city,
    description: null,
    properties: kind === 'HeritageSite' ? { level: '国家级' } : {},
    sources: [],
  };
}

// A small vocabulary in the shape buildGraphVocabulary reads from the seeds; kinds without a template fall back.
const templates = [
  template('t1', 'Enterprise', '南通大生纱厂', '南通市'),
  template('t2', 'HeritageSite', '无锡茂新面粉厂旧址', '无锡市'),
  template('t3', 'Technique', '苏绣技艺', '苏州市'),
  template('t4', 'Story', '张謇实业救国的故事', '南通市'),
  template('t5', 'Craftsman', '宜兴紫砂艺人', null),
];
const vocabulary: GraphVocabulary = {
  templates,
  templatesByKind: new Map(templates.map((node) => [node.kind, [node]])),
  nameWords: ['恒丰', '振兴', '大成', '永泰', '裕华'],
  sentencesByKind: new Map([['Enterprise', ['创办于清末民初。', '以棉纺织业闻名全国。']]]),
  allSentences: ['创办于清末民初。', '以棉纺织业闻名全国。', '见证了近代民族工业的发展。'],
  descriptionWords: ['民族工业', '棉纺织'],
  cities: ['南京市', '苏州市', '合肥市'],
};

describe('createSyntheticGraph', () => {
  const graph = createSyntheticGraph(vocabulary, 5_000);

  it('gives the same graph for the same seed and scale, and another for another seed', () => {
    const again = createSyntheticGraph(vocabulary, 5_000);
    expect(again.nodes).toEqual(graph.nodes);
    expect(again.relationships).toEqual(graph.relationships);
    const other = createSyntheticGraph(vocabulary, 5_000, 7);
    expect(other.relationships.map((r) => r.id)).not.toEqual(graph.relationships.map((r) => r.id));
  });

  it('makes the requested number of entities, with about five relationships each', () => {
    expect(graph.nodes).toHaveLength(5_000);
    expect(new Set(graph.nodes.map((node) => node.id)).size).toBe(5_000);
    expect(graph.relationships.length).toBeGreaterThanOrEqual(5_000 * 4.5);
    expect(graph.relationships.length).toBeLessThanOrEqual(5_000 * 5.5);
  });

  it('covers every entity kind and every relationship type of the model', () => {
    expect(new Set(graph.nodes.map((node) => node.kind))).toEqual(new Set(ENTITY_KINDS));
    expect(new Set(graph.relationships.map((r) => r.type))).toEqual(new Set(RELATION_TYPE_NAMES));
  });

  it('only relates kinds the model allows, between existing distinct entities, each pair once per type', () => {
    const kindOf = new Map(graph.nodes.map((node) => [node.id, node.kind]));
    const invalid = graph.relationships.filter((r) => {
      const from = kindOf.get(r.from);
      const to = kindOf.get(r.to);
      return !from || !to || r.from === r.to || !allowsEndpoints(r.type, from, to);
    });
    expect(invalid).toEqual([]);
    expect(new Set(graph.relationships.map((r) => r.id)).size).toBe(graph.relationships.length);
  });

  it('has heavy-tailed degrees: a few hubs, a small median', () => {
    const degrees = [...degreesOf(graph.relationships).values()].sort((a, b) => a - b);
    const median = degrees[Math.floor(degrees.length / 2)]!;
    const max = degrees[degrees.length - 1]!;
    expect(median).toBeLessThanOrEqual(10);
    expect(max).toBeGreaterThan(30 * median);
  });

  it('spreads the hubs over the ids, as a real graph does, rather than at the start of every kind', () => {
    const degrees = degreesOf(graph.relationships);
    const hubs = [...degrees].sort((a, b) => b[1] - a[1]).slice(0, 20);
    const positions = hubs.map(([id]) => graph.nodes.findIndex((node) => node.id === id));
    expect(Math.max(...positions)).toBeGreaterThan(graph.nodes.length / 2);
  });

  it('builds names and descriptions from the vocabulary', () => {
    const enterprise = graph.nodes.find((node) => node.kind === 'Enterprise')!;
    expect(vocabulary.nameWords.some((word) => enterprise.name.includes(word))).toBe(true);
    expect(enterprise.name.endsWith('纱厂')).toBe(true);
    expect(vocabulary.sentencesByKind.get('Enterprise')!.some((s) => enterprise.description!.includes(s))).toBe(true);
  });

  it('names in each story the entities it MENTIONS', () => {
    const byId = new Map(graph.nodes.map((node) => [node.id, node]));
    const stories = graph.nodes.filter((node) => node.kind === 'Story');
    const mentions = graph.relationships.filter((r) => r.type === 'MENTIONS' && byId.get(r.from)?.kind === 'Story');
    expect(mentions.length).toBeGreaterThanOrEqual(stories.length);
    for (const mention of mentions) {
      expect(byId.get(mention.from)!.description).toContain(byId.get(mention.to)!.name);
    }
  });

  it('reports its progress through entities, then relationships, ending at the counts it made', () => {
    const reports: [string, number, number][] = [];
    const again = createSyntheticGraph(vocabulary, 5_000, undefined, (phase, done, total) =>
      reports.push([phase, done, total]),
    );
    expect(again.relationships).toEqual(graph.relationships);
    expect(reports).toEqual([
      ['entities', 5_000, 5_000],
      ['relationships', graph.relationships.length, graph.relationships.length],
    ]);
  });

  it('keeps a few lineages apart from everything else, for pairs with no path', () => {
    expect(graph.islands.length).toBeGreaterThanOrEqual(2);
    for (const island of graph.islands) {
      expect(island).toHaveLength(ISLAND_SIZE);
      const members = new Set(island);
      const touching = graph.relationships.filter((r) => members.has(r.from) || members.has(r.to));
      expect(touching).toHaveLength(ISLAND_SIZE - 1);
      expect(touching.every((r) => members.has(r.from) && members.has(r.to))).toBe(true);
    }
  });
});
