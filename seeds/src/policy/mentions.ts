import { type GraphNode, type GraphRelationship, relationshipId, type Source } from '@icg/graph';
import { keywordPattern } from './keyword-pattern.ts';
import { distinctSources, type PolicyTaskText } from './policy-task-text.ts';

/**
 * `city`: a Place; `award`: a prize awarded in rounds (评选、表彰); `title`: an honorary title
 * conferred on a person (称号, 大师, 工匠); `designation`: a list a site is entered on
 * (国家工业遗产); `programme`: a named government programme or campaign.
 */
export type MentionType = 'city' | 'award' | 'title' | 'designation' | 'programme';

/** Something the policy texts name, and the written forms that name it. */
export interface MentionRule {
  /** ASCII id of the node the MENTIONS points to. */
  id: string;
  kind: 'Place' | 'Award' | 'Theme';
  type: MentionType;
  name: string;
  /** Written forms searched for; the first found is kept as `asWritten`. */
  forms: readonly string[];
  /** The province the thing belongs to; null for national ones. */
  province: string | null;
  /**
   * Only texts of this province mean this thing by these forms: Anhui's 省工艺美术大师 is Anhui's
   * title, the same words in a Jiangsu text would be Jiangsu's.
   */
  onlyIn?: string;
  /**
   * The node is created by another loader (the curated Place records); the policy graph only
   * references its id, and lists it in `referencedIds` for the integrator to check.
   */
  external?: boolean;
  description?: string;
}

/**
 * Cities are the ones the curated records hold (seeds/data/curated/entities.json, ids `city-<pinyin>`),
 * named without 市 as policy texts write them. Awards, titles and programmes are those the 2021–2025
 * plans name; add a rule when a new document names another.
 */
export const MENTION_RULES: readonly MentionRule[] = [
  ...(
    [
      ['city-nanjing', '南京', '江苏'],
      ['city-wuxi', '无锡', '江苏'],
      ['city-xuzhou', '徐州', '江苏'],
      ['city-changzhou', '常州', '江苏'],
      ['city-suzhou', '苏州', '江苏'],
      ['city-nantong', '南通', '江苏'],
      ['city-lianyungang', '连云港', '江苏'],
      ['city-yancheng', '盐城', '江苏'],
      ['city-yangzhou', '扬州', '江苏'],
      ['city-zhenjiang', '镇江', '江苏'],
      ['city-suqian', '宿迁', '江苏'],
      ['city-wuhu', '芜湖', '安徽'],
      ['city-maanshan', '马鞍山', '安徽'],
      ['city-huainan', '淮南', '安徽'],
      ['city-huaibei', '淮北', '安徽'],
      ['city-tongling', '铜陵', '安徽'],
      ['city-anqing', '安庆', '安徽'],
      ['city-xuancheng', '宣城', '安徽'],
      ['city-bozhou', '亳州', '安徽'],
      ['city-fuyang', '阜阳', '安徽'],
    ] as const
  ).map(([id, name, province]): MentionRule => ({
    id,
    kind: 'Place',
    type: 'city',
    name: `${name}市`,
    forms: [`${name}市`, name],
    province,
    external: true,
  })),
  {
    id: 'award-jiangsu-manufacturing-contribution',
    kind: 'Award',
    type: 'award',
    name: '江苏制造突出贡献奖',
    forms: ['江苏制造突出贡献奖'],
    province: '江苏',
    description: '江苏省的评选表彰，每次表彰优秀企业和先进个人。',
  },
  {
    id: 'award-jiangsu-skills-grand-prize',
    kind: 'Award',
    type: 'award',
    name: '江苏技能大奖',
    forms: ['江苏技能大奖'],
    province: '江苏',
    description: '江苏省的技能评选表彰，获奖者授予“江苏大工匠”或“江苏工匠”称号。',
  },
  {
    id: 'award-jiangsu-grand-craftsman',
    kind: 'Award',
    type: 'title',
    name: '江苏大工匠',
    forms: ['江苏大工匠'],
    province: '江苏',
    description: '授予江苏技能大奖获奖者的称号。',
  },
  {
    id: 'award-jiangsu-craftsman',
    kind: 'Award',
    type: 'title',
    name: '江苏工匠',
    forms: ['江苏工匠'],
    province: '江苏',
    description: '授予江苏技能大奖获奖者的称号。',
  },
  {
    id: 'award-anhui-craftsman',
    kind: 'Award',
    type: 'title',
    name: '皖工徽匠',
    forms: ['皖工徽匠'],
    province: '安徽',
    description: '安徽对技能人才的称谓，行动方案与高技能人才并列提出培养。',
  },
  {
    id: 'award-china-arts-crafts-master',
    kind: 'Award',
    type: 'title',
    name: '中国工艺美术大师',
    forms: ['中国工艺美术大师'],
    province: null,
    description: '工艺美术从业者的国家级称号。',
  },
  {
    id: 'award-anhui-arts-crafts-master',
    kind: 'Award',
    type: 'title',
    name: '安徽省工艺美术大师',
    forms: ['安徽省工艺美术大师', '省工艺美术大师'],
    province: '安徽',
    onlyIn: '安徽',
    description: '安徽省授予工艺美术从业者的称号。',
  },
  {
    id: 'award-anhui-arts-crafts-notable',
    kind: 'Award',
    type: 'title',
    name: '安徽省工艺美术名人',
    forms: ['安徽省工艺美术名人', '省工艺美术名人'],
    province: '安徽',
    onlyIn: '安徽',
    description: '安徽省授予工艺美术从业者的称号。',
  },
  {
    id: 'award-national-industrial-heritage',
    kind: 'Award',
    type: 'designation',
    name: '国家工业遗产',
    forms: ['国家工业遗产', '国家级工业遗产'],
    province: null,
    description: '工业和信息化部认定的国家工业遗产；两省的方案都要求推荐或争创。',
  },
  {
    id: 'programme-grand-canal-cultural-belt',
    kind: 'Theme',
    type: 'programme',
    name: '大运河文化带',
    forms: ['大运河文化带'],
    province: null,
    description: '大运河文化带建设；江苏要求推动带上工业遗产项目活化利用。',
  },
  {
    id: 'programme-industrial-culture-plus',
    kind: 'Theme',
    type: 'programme',
    name: '“工业文化+”系列工程',
    forms: ['“工业文化+”系列工程', '工业文化+'],
    province: '江苏',
    description: '江苏支持各地实施的“工业文化+”系列工程，以及企业的工业文化+产品系列行动。',
  },
  {
    id: 'programme-anhui-double-attraction',
    kind: 'Theme',
    type: 'programme',
    name: '双招双引',
    forms: ['双招双引'],
    province: '安徽',
    description: '安徽的“双招双引”（招商引资、招才引智）工作。',
  },
];

export interface PolicyMention {
  taskId: string;
  rule: MentionRule;
  /** The form found first in the task's text. */
  asWritten: string;
  /** How often the task's text names the thing, over all forms. */
  count: number;
}

/** What a task names, in the order of MENTION_RULES. Longer forms are counted before shorter ones. */
export function findMentions(task: PolicyTaskText, rules: readonly MentionRule[] = MENTION_RULES): PolicyMention[] {
  const mentions: PolicyMention[] = [];
  for (const rule of rules) {
    if (rule.onlyIn !== undefined && rule.onlyIn !== task.province) continue;
    const found = [...task.text.matchAll(keywordPattern(rule.forms))];
    const first = found[0];
    if (first) mentions.push({ taskId: task.id, rule, asWritten: first[0], count: found.length });
  }
  return mentions;
}

export interface MentionGraph {
  mentions: PolicyMention[];
  /** The things the tasks name that this module creates (awards, programmes). */
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  /** Ids of mentioned nodes another loader creates (cities), in first-mention order. */
  referencedIds: string[];
}

/** MENTIONS (task → thing) for every thing a task names, and a node for each thing that is ours to create. */
export function buildMentionGraph(
  tasks: readonly PolicyTaskText[],
  rules: readonly MentionRule[] = MENTION_RULES,
): MentionGraph {
  const mentions = tasks.flatMap((task) => findMentions(task, rules));
  const sourceOf = new Map(tasks.map((task) => [task.id, task.source]));
  const relationships: GraphRelationship[] = [];
  const mentionedBy = new Map<string, { rule: MentionRule; sources: Source[] }>();

  for (const { taskId, rule, asWritten, count } of mentions) {
    const source = sourceOf.get(taskId);
    if (!source) continue;
    relationships.push({
      id: relationshipId('MENTIONS', taskId, rule.id),
      type: 'MENTIONS',
      from: taskId,
      to: rule.id,
      properties: { asWritten, count },
      sources: [source],
    });
    const seen = mentionedBy.get(rule.id);
    if (seen) seen.sources.push(source);
    else mentionedBy.set(rule.id, { rule, sources: [source] });
  }

  const nodes: GraphNode[] = [];
  const referencedIds: string[] = [];
  for (const { rule, sources } of mentionedBy.values()) {
    if (rule.external) {
      referencedIds.push(rule.id);
      continue;
    }
    nodes.push({
      id: rule.id,
      kind: rule.kind,
      name: rule.name,
      aliases: rule.forms.filter((form) => form !== rule.name),
      province: rule.province,
      city: null,
      description: rule.description ?? null,
      properties: { type: rule.type },
      // One source per task that names it, so each mention can be traced back.
      sources: distinctSources(sources),
    });
  }
  return { mentions, nodes, relationships, referencedIds };
}
