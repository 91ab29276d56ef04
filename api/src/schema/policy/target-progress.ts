import { designationsOf, type EntityKind, type GraphNode, type GraphRelationship, type RelationType } from '@icg/graph';

/** At most this many counted entities are listed; `counted` is always the full number. */
export const MAX_PROGRESS_ENTITIES = 100;

export interface TargetProgress {
  /** Entities of the graph that count towards the target; 0 when no rule applies. */
  counted: number;
  /** The number the target names. */
  goal: number | null;
  /** counted / goal, to three decimals; null when the goal is unknown or no rule applies. */
  ratio: number | null;
  /** False when nothing in the graph marks the entities the target counts. */
  measurable: boolean;
  countedKinds: EntityKind[];
  /** What was counted, in Chinese. */
  rule: string;
  entities: GraphNode[];
}

/** What a rule may look at besides a candidate's own properties. */
export interface ProgressFacts {
  /** Relationships leaving each candidate, of the rule's `relationTypes`, by candidate id. */
  outgoing: ReadonlyMap<string, readonly GraphRelationship[]>;
  /** Awards the target's task names (MENTIONS): 江苏制造突出贡献奖 for 50个优秀企业. */
  awards: readonly GraphNode[];
}

export interface ProgressRule {
  /** Tested against the target's `what` (工业文化研学基地（创意园区）); the first rule that matches applies. */
  matches: RegExp;
  /** The kinds of entity read as candidates. */
  countedKinds: readonly EntityKind[];
  /** Relationship types the rule needs from each candidate. */
  relationTypes?: readonly RelationType[];
  /** The rule in Chinese; `where` is 江苏, 安徽 or 全国. */
  describe: (where: string, facts: ProgressFacts) => string;
  counts: (node: GraphNode, facts: ProgressFacts) => boolean;
}

const awardNames = (facts: ProgressFacts) => facts.awards.map((a) => `“${a.name}”`).join('、') || '（任务未提及奖项）';

/**
 * Awarded: an AWARDED relationship to one of the task's awards, or a curated title naming one
 * (江苏工匠（2019）).
 */
function holdsTaskAward(node: GraphNode, facts: ProgressFacts): boolean {
  const ids = new Set(facts.awards.map((a) => a.id));
  if ((facts.outgoing.get(node.id) ?? []).some((r) => r.type === 'AWARDED' && ids.has(r.to))) return true;
  const titles = node.properties['titles'];
  return (
    Array.isArray(titles) &&
    titles.some((t) => typeof t === 'string' && facts.awards.some((a) => t === a.name || t.startsWith(`${a.name}（`)))
  );
}

/**
 * How a target maps onto the graph, by what it counts. The graph is a curated sample, not a
 * register: a ratio says how much of the target the graph documents, not how far a province has
 * come. Rules count only what the graph states; a target no rule matches (工艺美术特色区域:
 * nothing in the graph marks such an area) is `measurable: false` rather than a misleading 0.
 */
export const PROGRESS_RULES: readonly ProgressRule[] = [
  {
    // Before 旅游: a 研学基地 counts as a study base even when it is also a tourist site.
    matches: /研学/,
    countedKinds: ['StudyBase', 'HeritageSite', 'Museum', 'TourismSite'],
    describe: (where) => `${where}的研学基地（StudyBase），以及列入名称含“研学”的名录的工业遗产、博物馆和旅游区`,
    counts: (node) => node.kind === 'StudyBase' || designationsOf(node).some((d) => d.list.includes('研学')),
  },
  {
    matches: /博物馆|纪念馆|档案馆/,
    countedKinds: ['Museum'],
    describe: (where) => `${where}的博物馆（Museum），图谱未标注“具有影响力”，故全部计入`,
    counts: () => true,
  },
  {
    matches: /活化利用|遗产.*项目/,
    countedKinds: ['HeritageSite'],
    relationTypes: ['CONVERTED_TO'],
    describe: (where) => `${where}已改造为园区、博物馆或研学基地（CONVERTED_TO）的工业遗产（HeritageSite）`,
    counts: (node, facts) => (facts.outgoing.get(node.id) ?? []).some((r) => r.type === 'CONVERTED_TO'),
  },
  {
    matches: /旅游/,
    countedKinds: ['TourismSite'],
    describe: (where) => `${where}的工业旅游区（TourismSite），图谱未标注省级名单，故不分级别全部计入`,
    counts: () => true,
  },
  {
    matches: /企业/,
    countedKinds: ['Enterprise'],
    relationTypes: ['AWARDED'],
    describe: (where, facts) => `${where}获${awardNames(facts)}（AWARDED 或称号）的企业（Enterprise），各届合计`,
    counts: holdsTaskAward,
  },
  {
    matches: /个人|人才|工匠|大师/,
    countedKinds: ['Entrepreneur', 'Craftsman'],
    relationTypes: ['AWARDED'],
    describe: (where, facts) =>
      `${where}获${awardNames(facts)}（AWARDED 或称号）的企业家和工匠（Entrepreneur、Craftsman），各届合计`,
    counts: holdsTaskAward,
  },
];

export function progressRuleFor(target: GraphNode): ProgressRule | null {
  return PROGRESS_RULES.find((r) => r.matches.test(whatOf(target))) ?? null;
}

function whatOf(target: GraphNode): string {
  return typeof target.properties['what'] === 'string' ? target.properties['what'] : target.name;
}

/**
 * Counts `candidates` (entities of the rule's kinds, already limited to the target's province)
 * towards `target`. Pure: the resolver reads the candidates and facts from the store.
 */
export function countTowardsTarget(
  target: GraphNode,
  where: string,
  candidates: readonly GraphNode[],
  facts: ProgressFacts,
): TargetProgress {
  const count = target.properties['count'];
  const goal = typeof count === 'number' && Number.isFinite(count) && count > 0 ? count : null;
  const rule = progressRuleFor(target);
  if (!rule) {
    return {
      counted: 0,
      goal,
      ratio: null,
      measurable: false,
      countedKinds: [],
      rule: `图谱中没有标记“${whatOf(target)}”的实体，无法计数`,
      entities: [],
    };
  }
  const kinds = new Set<string>(rule.countedKinds);
  const entities = candidates
    .filter((node) => kinds.has(node.kind) && rule.counts(node, facts))
    .sort((a, b) => a.id.localeCompare(b.id));
  return {
    counted: entities.length,
    goal,
    ratio: goal === null ? null : Math.round((entities.length / goal) * 1000) / 1000,
    measurable: true,
    countedKinds: [...rule.countedKinds],
    rule: rule.describe(where, facts),
    entities: entities.slice(0, MAX_PROGRESS_ENTITIES),
  };
}
