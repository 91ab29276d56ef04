import { createSeededRandom } from '@icg/graph/testing';
import {
  CULTURE_KINDS as CULTURE_KINDS_LIST,
  type EntityKind,
  type GraphNode,
  type GraphRelationship,
} from '@icg/graph';
import type { Segmenter } from '@icg/search-indexer';

/**
 * Kinds the synthetic entities take: the culture side of the graph, which GROUPED_WITH may link in any
 * pairing. Policy text keeps its own structure and is not multiplied.
 */
const CULTURE_KINDS: ReadonlySet<EntityKind> = new Set<EntityKind>(CULTURE_KINDS_LIST);

/** What synthetic entities are made of, all taken from the seed data. */
export interface Vocabulary {
  /** Seed entities of the culture kinds: each synthetic entity copies one's kind, place and properties. */
  templates: GraphNode[];
  /** Two-character words cut from seed names: the distinctive middle of a synthetic name. */
  nameWords: string[];
  /** Sentences of seed descriptions, by kind; a synthetic description strings a few together. */
  sentencesByKind: Map<EntityKind, string[]>;
  allSentences: string[];
  /** Words of two or more characters from the descriptions, for queries. */
  descriptionWords: string[];
  cities: string[];
}

/** A small deterministic generator: the same seed gives the same corpus on every run. */
export function createRandom(seed: number): () => number {
  return createSeededRandom(seed).next;
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const HAN_ONLY = /^\p{Script=Han}+$/u;

export function buildVocabulary(seedNodes: readonly GraphNode[], segmenter: Segmenter): Vocabulary {
  const templates = seedNodes.filter((node) => CULTURE_KINDS.has(node.kind));
  const nameWords = new Set<string>();
  const descriptionWords = new Set<string>();
  const sentencesByKind = new Map<EntityKind, string[]>();
  const allSentences: string[] = [];
  const cities = new Set<string>();
  for (const node of seedNodes) {
    for (const word of segmenter.words(node.name)) if (word.length === 2 && HAN_ONLY.test(word)) nameWords.add(word);
    if (node.city) cities.add(node.city);
    if (!node.description) continue;
    for (const word of segmenter.words(node.description)) {
      if (word.length >= 2 && HAN_ONLY.test(word)) descriptionWords.add(word);
    }
    const sentences = node.description
      .split(/(?<=[。！？；])/u)
      .map((sentence) => sentence.trim())
      .filter((sentence) => [...sentence].length >= 6);
    allSentences.push(...sentences);
    const forKind = sentencesByKind.get(node.kind) ?? [];
    forKind.push(...sentences);
    sentencesByKind.set(node.kind, forKind);
  }
  return {
    templates,
    nameWords: [...nameWords].sort(),
    sentencesByKind,
    allSentences,
    descriptionWords: [...descriptionWords].sort(),
    cities: [...cities].sort(),
  };
}

/** The city's short name as people write it in names: 南京 for 南京市, 苏州 for 苏州市. */
function shortCity(city: string): string {
  return city.replace(/(市|地区|自治州)$/u, '');
}

/** The closing part of a name that says what it is (纱厂, 遗址, 博物馆, 技艺): the last two or three characters. */
function nameSuffix(name: string): string {
  const han = [...name].filter((char) => HAN_ONLY.test(char));
  return han.slice(han.length >= 5 ? -3 : -2).join('');
}

/**
 * `count` entities built like the seed ones: a template's kind, province, city and properties; a name of
 * city + a name word + the template's kind of ending (常州恒丰纱厂); a description of two to four sentences
 * of seed descriptions of that kind. About one relationship per entity, GROUPED_WITH, skewed so a few
 * entities are well connected, as in the real graph.
 */
export function createSyntheticEntities(
  vocabulary: Vocabulary,
  count: number,
  seed = 20_260_101,
): { nodes: GraphNode[]; relationships: GraphRelationship[] } {
  const random = createRandom(seed);
  const width = String(Math.max(count - 1, 0)).length;
  const id = (index: number) => `bench-${String(index).padStart(width, '0')}`;
  const nodes: GraphNode[] = [];
  for (let index = 0; index < count; index += 1) {
    const template = pick(random, vocabulary.templates);
    const city = template.city ?? (random() < 0.5 ? pick(random, vocabulary.cities) : null);
    const place = city ? shortCity(city) : (template.province ?? '');
    const name = `${place}${pick(random, vocabulary.nameWords)}${nameSuffix(template.name)}`;
    const sentences = vocabulary.sentencesByKind.get(template.kind) ?? vocabulary.allSentences;
    const length = 2 + Math.floor(random() * 3);
    const description = Array.from({ length }, () => pick(random, sentences)).join('');
    nodes.push({
      id: id(index),
      kind: template.kind,
      name,
      aliases: random() < 0.15 ? [`${pick(random, vocabulary.nameWords)}${nameSuffix(template.name)}`] : [],
      province: template.province,
      city,
      description,
      properties: template.properties,
      sources: [{ document: '基准测试合成数据', locator: `第 ${index + 1} 条` }],
    });
  }
  const relationships: GraphRelationship[] = [];
  for (let index = 0; index < count; index += 1) {
    // Squaring the draw favours low indexes: a long tail of entities with many relationships.
    const to = Math.floor(random() ** 2 * count);
    if (to === index) continue;
    relationships.push({
      id: `bench-rel-${index}`,
      type: 'GROUPED_WITH',
      from: id(index),
      to: id(to),
      properties: {},
      sources: [{ document: '基准测试合成数据' }],
    });
  }
  return { nodes, relationships };
}

/**
 * Queries people would type over such a corpus: full names, a place with a kind of ending (常州纱厂), name
 * words, description words, pairs of description words, and pinyin of places. Deterministic.
 */
export function benchmarkQueries(vocabulary: Vocabulary, synthetic: readonly GraphNode[], count = 60): string[] {
  const random = createRandom(7);
  const queries = new Set<string>();
  const kinds: (() => string)[] = [
    () => pick(random, synthetic).name,
    () => `${shortCity(pick(random, vocabulary.cities))}${nameSuffix(pick(random, vocabulary.templates).name)}`,
    () => pick(random, vocabulary.nameWords),
    () => pick(random, vocabulary.descriptionWords),
    () => `${pick(random, vocabulary.descriptionWords)} ${pick(random, vocabulary.descriptionWords)}`,
    () => pick(random, vocabulary.templates).name,
  ];
  for (const pinyin of ['nanjing', 'suzhou', 'wuxi', 'hefei', 'wuhu']) queries.add(pinyin);
  for (let attempt = 0; queries.size < count && attempt < count * 20; attempt += 1) {
    queries.add(kinds[attempt % kinds.length]!());
  }
  return [...queries];
}
