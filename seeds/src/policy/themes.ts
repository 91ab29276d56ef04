import { type GraphNode, type GraphRelationship, relationshipId, type Source } from '@icg/graph';
import { SeedError } from '../seed-error.ts';
import { keywordPattern } from './keyword-pattern.ts';
import { distinctSources, type PolicyTaskText } from './policy-task-text.ts';

/** A topic policy tasks address, with the words that show a task addresses it. */
export interface PolicyTheme {
  /** ASCII id, `theme-…`. */
  id: string;
  name: string;
  description: string;
  /** Words whose presence shows the theme; longer ones are matched first, without overlap. */
  keywords: readonly string[];
}

/**
 * The themes both provinces' industrial-culture plans work on. Curated by reading the two
 * 2021–2025 documents: each keyword list is as short as the documents allow, and words that
 * both plans use in passing lists (高校, 机制 alone, 融合 alone) are left out on purpose.
 */
export const POLICY_THEMES: readonly PolicyTheme[] = [
  {
    id: 'theme-industrial-heritage',
    name: '工业遗产保护利用',
    description: '工业遗产的普查、认定、保护和活化利用，老工业城市的更新改造。',
    keywords: ['工业遗产', '工业遗存', '工业遗址', '历史厂区', '老旧厂房', '老工业城市', '工业锈带'],
  },
  {
    id: 'theme-industrial-museum',
    name: '工业博物馆',
    description: '工业博物馆、行业和企业博物馆、档案馆与纪念馆的建设。',
    keywords: ['博物馆', '档案馆', '纪念馆', '技能馆'],
  },
  {
    id: 'theme-industrial-tourism-study',
    name: '工业旅游与研学',
    description: '工业旅游项目、线路和目的地，工业文化研学基地与研学旅游。',
    keywords: ['旅游', '研学'],
  },
  {
    id: 'theme-arts-crafts',
    name: '工艺美术',
    description: '传统工艺美术品种和技艺的保护传承，工艺美术产业与人才。',
    keywords: ['工艺美术'],
  },
  {
    id: 'theme-industrial-design',
    name: '工业设计',
    description: '工业设计中心与企业、设计服务、设计品牌和设计赛事。',
    keywords: ['工业设计', '设计服务', '设计产品', '设计品牌', '设计能力', '设计+'],
  },
  {
    id: 'theme-industrial-spirit',
    name: '工业精神',
    description: '凝练和弘扬工业精神，以及创新、诚信等精神与价值观。',
    keywords: ['工业精神', '工业文化精神', '创新精神', '诚信精神', '核心价值观'],
  },
  {
    id: 'theme-entrepreneurship',
    name: '企业家精神',
    description: '弘扬企业家精神，培育企业家队伍，表彰优秀企业和先进个人。',
    keywords: ['企业家精神', '企业家队伍', '实业兴国', '突出贡献奖'],
  },
  {
    id: 'theme-craftsmanship',
    name: '工匠精神',
    description: '弘扬工匠精神，培育工匠和高技能人才，技能评选与称号。',
    keywords: ['工匠精神', '工匠', '皖工徽匠', '技能', '技术工人'],
  },
  {
    id: 'theme-talent-education',
    name: '教育与人才培养',
    description: '工业文化学科、课程与教育实践，专业人才培养和队伍建设。',
    keywords: ['人才', '教育', '学科', '课程', '校企合作', '产教融合', '培训', '队伍建设'],
  },
  {
    id: 'theme-publicity',
    name: '宣传推广',
    description: '工业文化的宣传、传播和推广：进讲堂、文艺作品、文化活动。',
    keywords: ['宣传推广', '宣传', '传播', '进讲堂', '文艺作品', '工业文化活动'],
  },
  {
    id: 'theme-policy-mechanism',
    name: '政策与机制',
    description: '支持政策、财税和基金、顶层设计与规划、统筹协调的工作机制。',
    keywords: ['政策', '工作机制', '顶层设计', '总体规划', '统筹', '协调', '工作方案', '试点示范', '基金', '财税'],
  },
  {
    id: 'theme-standards-law',
    name: '标准与法规',
    description: '工业文化相关的标准规范、地方法规与制度建设。',
    keywords: ['标准', '规范', '法规', '法制化'],
  },
  {
    id: 'theme-resource-survey',
    name: '资源调查与数据库',
    description: '工业文化资源调查和普查，资源库、项目库与分布地图。',
    keywords: ['资源调查', '资源库', '普查', '项目库', '地图', '分布图'],
  },
  {
    id: 'theme-new-business',
    name: '新业态',
    description: '工业文化与数字技术等融合产生的新技术、新工艺、新产品、新业态和新模式。',
    keywords: ['新业态', '新模式', '新技术', '新工艺', '新产品', '数字技术', '数字媒体', '虚拟现实'],
  },
  {
    id: 'theme-culture-industry-integration',
    name: '文化和产业融合',
    description: '工业文化与产业融合发展，工业文化产业和企业文化建设。',
    keywords: ['融合发展', '工业文化+', '文化产业', '企业文化'],
  },
  {
    id: 'theme-service-system',
    name: '服务体系与社会组织',
    description: '工业文化协会、联盟、智库、中介服务机构和公共服务平台。',
    keywords: ['服务体系', '协会', '联盟', '智库', '中介服务', '公共服务平台', '社会组织'],
  },
];

/** How a task addresses a theme: the keywords found, and whether one is in the title. */
export interface ThemeMatch {
  taskId: string;
  themeId: string;
  /** Distinct keywords found, in text order. */
  keywords: string[];
  /** Keyword occurrences in the whole text, title included. */
  occurrences: number;
  inTitle: boolean;
}

/**
 * A task addresses a theme when one of the theme's keywords is in its title, or when the theme's
 * keywords occur at least this often in its text. A single word in a list (梳理和挖掘工业遗产、
 * 工业旅游、工艺美术…资源) names a topic in passing; the task is about something else.
 */
export const MIN_KEYWORD_OCCURRENCES = 2;

/** The themes a task addresses, in the order of `themes`. */
export function matchThemes(task: PolicyTaskText, themes: readonly PolicyTheme[] = POLICY_THEMES): ThemeMatch[] {
  const matches: ThemeMatch[] = [];
  for (const theme of themes) {
    const pattern = keywordPattern(theme.keywords);
    const found = [...task.text.matchAll(pattern)].map((match) => match[0]);
    const inTitle = [...task.title.matchAll(pattern)].length > 0;
    if (inTitle || found.length >= MIN_KEYWORD_OCCURRENCES) {
      matches.push({
        taskId: task.id,
        themeId: theme.id,
        keywords: [...new Set(found)],
        occurrences: found.length,
        inTitle,
      });
    }
  }
  return matches;
}

export interface ThemeGraph {
  matches: ThemeMatch[];
  /** Theme ids per task id, in theme order. */
  themesByTask: Map<string, string[]>;
  /** One Theme node per theme some task addresses. */
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

/**
 * ADDRESSES (task → theme) for every theme a task addresses, and the Theme nodes. Every task must
 * address at least one theme: a task none of the keywords fits means the curated list has a gap,
 * which should be closed by adding a keyword, not left as an unthemed task.
 * @throws SeedError `MALFORMED_DOCUMENT` naming the task that no theme fits.
 */
export function buildThemeGraph(
  tasks: readonly PolicyTaskText[],
  themes: readonly PolicyTheme[] = POLICY_THEMES,
): ThemeGraph {
  const matches: ThemeMatch[] = [];
  const themesByTask = new Map<string, string[]>();
  const relationships: GraphRelationship[] = [];
  const addressedBy = new Map<string, Source[]>();

  for (const task of tasks) {
    const taskMatches = matchThemes(task, themes);
    if (taskMatches.length === 0) {
      throw new SeedError(
        'MALFORMED_DOCUMENT',
        `task "${task.title}" (${task.id}) fits none of the themes; add a keyword to POLICY_THEMES`,
        task.source.locator,
      );
    }
    matches.push(...taskMatches);
    themesByTask.set(
      task.id,
      taskMatches.map((match) => match.themeId),
    );
    for (const match of taskMatches) {
      relationships.push({
        id: relationshipId('ADDRESSES', task.id, match.themeId),
        type: 'ADDRESSES',
        from: task.id,
        to: match.themeId,
        properties: { keywords: match.keywords, occurrences: match.occurrences, inTitle: match.inTitle },
        sources: [task.source],
      });
      addressedBy.set(match.themeId, [...(addressedBy.get(match.themeId) ?? []), task.source]);
    }
  }

  const nodes: GraphNode[] = themes
    .filter((theme) => addressedBy.has(theme.id))
    .map((theme) => ({
      id: theme.id,
      kind: 'Theme',
      name: theme.name,
      aliases: [],
      province: null,
      city: null,
      description: theme.description,
      properties: { type: 'topic', keywords: [...theme.keywords] },
      // The theme is curated; its sources are the tasks that address it.
      sources: distinctSources(addressedBy.get(theme.id) ?? []),
    }));
  return { matches, themesByTask, nodes, relationships };
}
