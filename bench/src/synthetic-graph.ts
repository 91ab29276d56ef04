import {
  CULTURE_KINDS,
  ENTITY_KIND_LABELS_ZH,
  ENTITY_KINDS,
  RELATION_ENDPOINTS,
  RELATION_TYPE_NAMES,
  relationshipId,
  type EntityKind,
  type GraphNode,
  type GraphRelationship,
  type RelationType,
} from '@icg/graph';
import type { Segmenter } from '@icg/search-indexer';
import { buildVocabulary, createRandom, type Vocabulary } from './synthetic-entities.ts';

/** The seed vocabulary, plus the seed entities of every kind (not only the culture ones) to copy from. */
export interface GraphVocabulary extends Vocabulary {
  templatesByKind: Map<EntityKind, GraphNode[]>;
}

export function buildGraphVocabulary(seedNodes: readonly GraphNode[], segmenter: Segmenter): GraphVocabulary {
  const templatesByKind = new Map<EntityKind, GraphNode[]>();
  for (const node of seedNodes) {
    const forKind = templatesByKind.get(node.kind) ?? [];
    forKind.push(node);
    templatesByKind.set(node.kind, forKind);
  }
  return { ...buildVocabulary(seedNodes, segmenter), templatesByKind };
}

/**
 * Share of each kind among the synthetic entities, per mille: roughly the mix of the curated data, with the
 * policy side thinner (one document has many tasks, few departments).
 */
const KIND_SHARES: Readonly<Record<EntityKind, number>> = {
  Enterprise: 215,
  Entrepreneur: 70,
  Craftsman: 90,
  HeritageSite: 100,
  Museum: 50,
  TourismSite: 50,
  StudyBase: 40,
  Technique: 90,
  Story: 130,
  Place: 30,
  Award: 15,
  // Only the two every kind gets: the figures in docs/benchmarks.md were measured on a mix without projects.
  Project: 0,
  PolicyDocument: 5,
  PolicySection: 20,
  PolicyTask: 60,
  Department: 5,
  Target: 15,
  Theme: 5,
  Narrative: 10,
};

/**
 * How often a kind's entity takes each relationship type, relative to the other types open to its kind (1 when
 * not listed): where it is, what it belongs with and who worked where are the common facts of the survey.
 */
const TYPE_WEIGHTS: Partial<Record<RelationType, number>> = {
  LOCATED_IN: 8,
  PART_OF: 4,
  GROUPED_WITH: 3,
  WORKED_AT: 3,
  PRACTICES: 3,
  EXHIBITS: 3,
  INCLUDES: 3,
  ACTIVE_IN: 2,
  AWARDED: 2,
  DESIGNATED_AS: 2,
  ABOUT: 2,
  SET_IN: 2,
  MENTIONS: 2,
  LEADS: 2,
  PARTICIPATES_IN: 2,
  HAS_TARGET: 2,
  ADDRESSES: 2,
};

/** The closing word of a name for kinds whose seed names do not end in one (places, policy text). */
const KIND_ENDINGS: Partial<Record<EntityKind, readonly string[]>> = {
  Place: ['镇', '街道', '工业园', '老街'],
  Award: ['奖', '称号', '示范单位'],
  PolicyDocument: ['实施方案', '行动计划', '指导意见'],
  PolicySection: ['重点任务', '保障措施', '发展目标'],
  PolicyTask: ['专项行动', '提升工程', '保护利用'],
  Department: ['管理局', '工作委员会', '服务中心'],
  Target: ['建设目标', '培育目标'],
  Theme: ['主题', '文化'],
  Narrative: ['叙事', '记忆'],
  Story: ['的故事', '精神'],
};

const SOURCE = '基准测试合成数据';
/** Zipf-chosen ends make a few entities hubs: the top of a kind takes about 1/ln(n) of the links to that kind. */
export const RELATIONSHIPS_PER_ENTITY = 5;
/** Craftsmen in small apprenticeship lineages recorded only among themselves: pairs with no path between them. */
export const ISLAND_SIZE = 5;

/** Reported while generating: entities made, then relationships made, against their totals. */
export type GenerationProgress = (phase: 'entities' | 'relationships', done: number, total: number) => void;

/** How often progress is reported: often enough for a terminal, cheap beside the work. */
const PROGRESS_EVERY = 50_000;

/**
 * The properties and sources every synthetic relationship carries, one object shared by all of them: at 5,000,000
 * relationships, an object and an array of each per relationship would hold about 0.5 GB of the bench's heap for
 * two values that never differ. Nothing writes to a record once generated.
 */
const RELATIONSHIP_PROPERTIES: GraphRelationship['properties'] = {};
const RELATIONSHIP_SOURCES: GraphRelationship['sources'] = [{ document: SOURCE }];

export interface SyntheticGraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  /** Each island's entity ids, connected among themselves and to nothing else. */
  islands: string[][];
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** A rank from 0 to n − 1 with probability about ∝ 1 / (rank + 1): Zipf with exponent 1, by the inverse of its CDF. */
function zipfRank(random: () => number, n: number): number {
  return Math.min(n - 1, Math.max(0, Math.floor(Math.exp(random() * Math.log(n + 1))) - 1));
}

function weightedPick<T>(random: () => number, items: readonly T[], weight: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let roll = random() * total;
  for (const item of items) {
    roll -= weight(item);
    if (roll < 0) return item;
  }
  return items[items.length - 1]!;
}

function shortCity(city: string): string {
  return city.replace(/(市|地区|自治州)$/u, '');
}

const HAN = /^\p{Script=Han}$/u;
function nameSuffix(name: string): string {
  const han = [...name].filter((char) => HAN.test(char));
  return han.slice(han.length >= 5 ? -3 : -2).join('');
}

function kindCounts(count: number): Map<EntityKind, number> {
  const counts = new Map<EntityKind, number>();
  let assigned = 0;
  for (const kind of ENTITY_KINDS) {
    if (kind === 'Enterprise') continue;
    const share = Math.max(2, Math.floor((KIND_SHARES[kind] * count) / 1000));
    counts.set(kind, share);
    assigned += share;
  }
  counts.set('Enterprise', Math.max(2, count - assigned));
  return counts;
}

/**
 * A graph of `count` entities shaped like the curated one, deterministic for a seed: every kind of entity,
 * names and descriptions from the seed vocabulary (city + name word + the kind's ending, 常州恒丰纱厂; two to four
 * seed sentences of the kind), about RELATIONSHIPS_PER_ENTITY relationships per entity of every type the model
 * has, each between kinds the model allows. One end of a relationship is drawn evenly, the other by Zipf within its
 * kind, so degrees are heavy-tailed: a few places, enterprises and themes take thousands of relationships, most
 * entities a handful. Stories name the entities they mention in their text, with a MENTIONS relationship for
 * each; a few small lineages of craftsmen connect only among themselves.
 */
export function createSyntheticGraph(
  vocabulary: GraphVocabulary,
  count: number,
  seed = 20_261_124,
  onProgress: GenerationProgress = () => undefined,
): SyntheticGraph {
  const random = createRandom(seed);
  const width = String(Math.max(count - 1, 0)).length;
  const id = (index: number) => `bench-${String(index).padStart(width, '0')}`;

  const kinds: EntityKind[] = [];
  for (const [kind, kindCount] of kindCounts(count)) for (let i = 0; i < kindCount; i += 1) kinds.push(kind);
  // Fisher–Yates, so ids say nothing about kind.
  for (let i = kinds.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!];
  }

  const cultureKinds: ReadonlySet<EntityKind> = new Set(CULTURE_KINDS);
  const nodes: GraphNode[] = kinds.map((kind, index) => {
    const templates = vocabulary.templatesByKind.get(kind) ?? [];
    const template = templates.length > 0 ? pick(random, templates) : undefined;
    const city = template?.city ?? (random() < 0.6 ? pick(random, vocabulary.cities) : null);
    const place = city ? shortCity(city) : (template?.province ?? '');
    const endings = KIND_ENDINGS[kind];
    const ending =
      cultureKinds.has(kind) && template && kind !== 'Story'
        ? nameSuffix(template.name)
        : endings
          ? pick(random, endings)
          : ENTITY_KIND_LABELS_ZH[kind];
    const sentences = vocabulary.sentencesByKind.get(kind) ?? vocabulary.allSentences;
    const length = 2 + Math.floor(random() * 3);
    if ((index + 1) % PROGRESS_EVERY === 0 || index + 1 === count) onProgress('entities', index + 1, count);
    return {
      id: id(index),
      kind,
      name: `${place}${pick(random, vocabulary.nameWords)}${ending}`,
      aliases: cultureKinds.has(kind) && random() < 0.15 ? [`${pick(random, vocabulary.nameWords)}${ending}`] : [],
      province: template?.province ?? null,
      city,
      description: Array.from({ length }, () => pick(random, sentences)).join(''),
      properties: cultureKinds.has(kind) && template ? template.properties : {},
      sources: [{ document: SOURCE, locator: `第 ${index + 1} 条` }],
    };
  });

  const byKind = new Map<EntityKind, GraphNode[]>();
  for (const node of nodes) {
    const forKind = byKind.get(node.kind) ?? [];
    forKind.push(node);
    byKind.set(node.kind, forKind);
  }

  // A kind's Zipf order is a draw of its own: in id order, the hubs of every kind would sit together in the first
  // page of ids, which no real graph does.
  for (const forKind of byKind.values()) {
    for (let i = forKind.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [forKind[i], forKind[j]] = [forKind[j]!, forKind[i]!];
    }
  }

  // Islands come from the end of the craftsmen, kept out of every other relationship.
  const craftsmen = byKind.get('Craftsman') ?? [];
  const islandCount = Math.min(Math.floor(craftsmen.length / (2 * ISLAND_SIZE)), Math.max(2, Math.floor(count / 2000)));
  const islandNodes = craftsmen.splice(craftsmen.length - islandCount * ISLAND_SIZE);
  const islands: string[][] = [];
  for (let i = 0; i < islandCount; i += 1) {
    islands.push(islandNodes.slice(i * ISLAND_SIZE, (i + 1) * ISLAND_SIZE).map((node) => node.id));
  }
  const islandIds = new Set(islandNodes.map((node) => node.id));

  const relationshipTotal = count * RELATIONSHIPS_PER_ENTITY;
  const relationships: GraphRelationship[] = [];
  const seen = new Set<string>();
  const relate = (type: RelationType, from: GraphNode, to: GraphNode): boolean => {
    if (from.id === to.id) return false;
    const relId = relationshipId(type, from.id, to.id);
    if (seen.has(relId)) return false;
    seen.add(relId);
    relationships.push({
      id: relId,
      type,
      from: from.id,
      to: to.id,
      properties: RELATIONSHIP_PROPERTIES,
      sources: RELATIONSHIP_SOURCES,
    });
    if (relationships.length % PROGRESS_EVERY === 0)
      onProgress('relationships', relationships.length, relationshipTotal);
    return true;
  };
  const population = (kind: EntityKind) => byKind.get(kind)?.length ?? 0;
  const zipfOf = (kind: EntityKind) => {
    const candidates = byKind.get(kind)!;
    return candidates[zipfRank(random, candidates.length)]!;
  };

  for (let i = 0; i < islandNodes.length; i += 1) {
    if (i % ISLAND_SIZE !== 0) relate('APPRENTICE_OF', islandNodes[i]!, islandNodes[i - 1]!);
  }

  // Stories first: their text names what they mention, so the MENTIONS relationships and the words agree.
  const mentionable = RELATION_ENDPOINTS.MENTIONS.flatMap((rule) => rule.to).filter((kind) => population(kind) > 0);
  for (const story of byKind.get('Story') ?? []) {
    const mentioned: GraphNode[] = [];
    const wanted = 1 + Math.floor(random() * 3);
    for (let attempt = 0; mentioned.length < wanted && attempt < wanted * 4; attempt += 1) {
      const target = zipfOf(weightedPick(random, mentionable, population));
      if (!mentioned.includes(target) && relate('MENTIONS', story, target)) mentioned.push(target);
    }
    story.description = `${story.description}故事讲述了${mentioned.map((node) => node.name).join('、')}的往事。`;
  }

  const typesFrom = new Map<EntityKind, RelationType[]>();
  for (const type of RELATION_TYPE_NAMES) {
    for (const rule of RELATION_ENDPOINTS[type]) {
      if (!rule.to.some((kind) => population(kind) > 0)) continue;
      for (const kind of rule.from) {
        // A story's mentions are all in its text, made above.
        if (kind === 'Story' && type === 'MENTIONS') continue;
        const types = typesFrom.get(kind) ?? [];
        if (!types.includes(type)) types.push(type);
        typesFrom.set(kind, types);
      }
    }
  }
  const origins = nodes.filter((node) => !islandIds.has(node.id) && (typesFrom.get(node.kind)?.length ?? 0) > 0);
  const addOne = (from: GraphNode, type: RelationType): boolean => {
    const rules = RELATION_ENDPOINTS[type].filter((rule) => rule.from.includes(from.kind));
    const toKinds = pick(random, rules).to.filter((kind) => population(kind) > 0);
    if (toKinds.length === 0) return false;
    return relate(type, from, zipfOf(weightedPick(random, toKinds, population)));
  };

  for (let attempt = 0; relationships.length < relationshipTotal && attempt < relationshipTotal * 3; attempt += 1) {
    const from = pick(random, origins);
    addOne(
      from,
      weightedPick(random, typesFrom.get(from.kind)!, (type) => TYPE_WEIGHTS[type] ?? 1),
    );
  }
  // Every type at least once, even at a small scale where a rare pairing may not have been drawn.
  const used = new Set(relationships.map((relationship) => relationship.type));
  for (const type of RELATION_TYPE_NAMES) {
    if (used.has(type)) continue;
    const candidates = origins.filter((node) => RELATION_ENDPOINTS[type].some((rule) => rule.from.includes(node.kind)));
    for (let attempt = 0; attempt < 20 && candidates.length > 0; attempt += 1) {
      if (addOne(pick(random, candidates), type)) break;
    }
  }
  onProgress('relationships', relationships.length, relationships.length);
  return { nodes, relationships, islands };
}

/** Relationships per entity id, counting both ends. */
export function degreesOf(relationships: readonly GraphRelationship[]): Map<string, number> {
  const degrees = new Map<string, number>();
  for (const { from, to } of relationships) {
    degrees.set(from, (degrees.get(from) ?? 0) + 1);
    degrees.set(to, (degrees.get(to) ?? 0) + 1);
  }
  return degrees;
}
