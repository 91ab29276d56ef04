import type { Lang } from './i18n.tsx';

/** Names of the entity kinds in both languages, as the data dictionary gives them. */
export const KIND_LABELS: Record<string, { zh: string; en: string }> = {
  Enterprise: { zh: '企业', en: 'Enterprise' },
  Entrepreneur: { zh: '企业家', en: 'Entrepreneur' },
  Craftsman: { zh: '工匠', en: 'Craftsman' },
  HeritageSite: { zh: '工业遗产', en: 'Industrial heritage' },
  Museum: { zh: '工业博物馆', en: 'Industrial museum' },
  TourismSite: { zh: '工业旅游区', en: 'Industrial tourism site' },
  StudyBase: { zh: '研学基地', en: 'Study base' },
  Technique: { zh: '技艺', en: 'Craft technique' },
  Story: { zh: '工业精神故事', en: 'Story' },
  Place: { zh: '地点', en: 'Place' },
  Award: { zh: '奖项与称号', en: 'Award or title' },
  Project: { zh: '项目', en: 'Project' },
  PolicyDocument: { zh: '政策文件', en: 'Policy document' },
  PolicySection: { zh: '政策章节', en: 'Policy section' },
  PolicyTask: { zh: '政策任务', en: 'Policy task' },
  Department: { zh: '责任部门', en: 'Department' },
  Target: { zh: '量化目标', en: 'Target' },
  Theme: { zh: '主题', en: 'Theme' },
  Narrative: { zh: '叙事', en: 'Narrative' },
};

export function kindLabel(kind: string, lang: Lang): string {
  return KIND_LABELS[kind]?.[lang] ?? kind;
}

const PROVINCES_EN: Record<string, string> = { 江苏: 'Jiangsu', 安徽: 'Anhui' };

export function provinceLabel(province: string, lang: Lang): string {
  return lang === 'en' ? (PROVINCES_EN[province] ?? province) : province;
}

/**
 * A relation type in the reader's language: the API's Chinese verb (创办), or the type's own
 * name in words (FOUNDED → founded).
 */
export function relationLabel(type: string, typeLabel: string, lang: Lang): string {
  return lang === 'zh' ? typeLabel : type.toLowerCase().replaceAll('_', ' ');
}
