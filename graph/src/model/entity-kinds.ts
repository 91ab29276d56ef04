/**
 * The kinds of node the graph holds. A kind is stored as a property value, never as a label,
 * so the set below is the allow-list every adapter and importer checks against.
 */
export const ENTITY_KINDS = [
  'Enterprise',
  'Entrepreneur',
  'Craftsman',
  'HeritageSite',
  'Museum',
  'TourismSite',
  'StudyBase',
  'Technique',
  'Story',
  'Place',
  'Award',
  'Project',
  'PolicyDocument',
  'PolicySection',
  'PolicyTask',
  'Department',
  'Target',
  'Theme',
  'Narrative',
] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Everything that is not policy text or a curator's narrative: what the industrial-culture survey is made of. */
export const CULTURE_KINDS = [
  'Enterprise',
  'Entrepreneur',
  'Craftsman',
  'HeritageSite',
  'Museum',
  'TourismSite',
  'StudyBase',
  'Technique',
  'Story',
  'Award',
  'Project',
] as const satisfies readonly EntityKind[];

/** Chinese names shown to people; the data dictionary in docs/ lists the same pairs. */
export const ENTITY_KIND_LABELS_ZH: Readonly<Record<EntityKind, string>> = {
  Enterprise: '企业',
  Entrepreneur: '企业家',
  Craftsman: '工匠',
  HeritageSite: '工业遗产',
  Museum: '工业博物馆',
  TourismSite: '工业旅游区',
  StudyBase: '研学基地',
  Technique: '工艺美术 / 传统技艺',
  Story: '工业精神故事',
  Place: '地点',
  Award: '奖项与称号',
  Project: '项目',
  PolicyDocument: '政策文件',
  PolicySection: '政策章节',
  PolicyTask: '政策任务',
  Department: '责任部门',
  Target: '量化目标',
  Theme: '主题',
  Narrative: '叙事',
};

const kindSet: ReadonlySet<string> = new Set(ENTITY_KINDS);

export function isEntityKind(value: unknown): value is EntityKind {
  return typeof value === 'string' && kindSet.has(value);
}
