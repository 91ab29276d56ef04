import {
  COUNTED_PROJECT_STATUSES,
  designationsOf,
  PROJECT_STATUS_LABELS_ZH,
  PROJECT_TYPE_LABELS_ZH,
  type EntityKind,
  type GraphNode,
  type GraphRelationship,
  type ProjectType,
  type RelationType,
} from '@icg/graph';

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
  /**
   * Projects that ANSWER the target, its task or one of the task's targets, wherever they lie; they are
   * candidates even outside the target's province.
   */
  answering?: ReadonlySet<string>;
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
  /**
   * The project type the rule counts, for a rule over the project base. Until the candidates hold a project of
   * that type in any status, the target is not measurable: a 0 would only say the base is still empty.
   */
  projectType?: ProjectType;
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

const countedStatuses: ReadonlySet<unknown> = new Set(COUNTED_PROJECT_STATUSES);
const countedStatusText = COUNTED_PROJECT_STATUSES.map((s) => PROJECT_STATUS_LABELS_ZH[s]).join('、');

/**
 * Projects of one type count once work on them has begun (在建, 建成 or 运营; a 储备 project is a plan, not
 * progress): those of the target's province, and those that ANSWER the target or its task wherever they lie.
 */
function projectRule(matches: RegExp, type: ProjectType): ProgressRule {
  return {
    matches,
    countedKinds: ['Project'],
    projectType: type,
    describe: (where) =>
      `${where}的“${PROJECT_TYPE_LABELS_ZH[type]}”项目（Project），以及落实（ANSWERS）本目标或其任务的同类项目；` +
      `状态为${countedStatusText}的计入，储备项目不计`,
    counts: (node) => node.properties.projectType === type && countedStatuses.has(node.properties.status),
  };
}

/**
 * How a target maps onto the graph, by what it counts. The graph is a curated sample, not a
 * register: a ratio says how much of the target the graph documents, not how far a province has
 * come. Rules count only what the graph states; a target no rule matches, or whose rule counts a
 * project type the project base does not hold yet (工艺美术特色区域 in the seeds), is `measurable: false`
 * rather than a misleading 0.
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
  // Every heritage site CONVERTED_TO a park is a derived reuse project (docs/projects.md), so these count
  // what the converted sites counted before, and what curators add.
  projectRule(/活化利用|遗产.*项目/, 'heritage-reuse'),
  projectRule(/工艺美术特色区域/, 'craft-region'),
  // Before 旅游: 特色工业旅游项目 and 线路 are projects, an 工业旅游区 is a site.
  projectRule(/线路|旅游.*项目/, 'industrial-tourism'),
  {
    matches: /旅游/,
    countedKinds: ['TourismSite'],
    describe: (where) => `${where}的工业旅游区（TourismSite），图谱未标注省级名单，故不分级别全部计入`,
    counts: () => true,
  },
  projectRule(/发展项目|项目库/, 'development'),
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
  const notMeasurable = (why: string): TargetProgress => ({
    counted: 0,
    goal,
    ratio: null,
    measurable: false,
    countedKinds: [],
    rule: why,
    entities: [],
  });
  if (!rule) return notMeasurable(`图谱中没有标记“${whatOf(target)}”的实体，无法计数`);
  const kinds = new Set<string>(rule.countedKinds);
  const { projectType } = rule;
  if (projectType && !candidates.some((n) => n.kind === 'Project' && n.properties.projectType === projectType)) {
    return notMeasurable(
      `${where}的项目库中还没有“${PROJECT_TYPE_LABELS_ZH[projectType]}”项目，也没有项目落实本目标或其任务，无法计数`,
    );
  }
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
