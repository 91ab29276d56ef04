import type { Lang } from '../i18n/i18n.tsx';

/** The project types and statuses in both languages; the Chinese ones are the API's labels (graph/src/model/project.ts). */
export const PROJECT_TYPE_LABELS: Record<string, { zh: string; en: string }> = {
  HERITAGE_REUSE: { zh: '工业遗产活化利用', en: 'Heritage reuse' },
  INDUSTRIAL_TOURISM: { zh: '工业旅游特色项目、线路', en: 'Industrial tourism project or route' },
  STUDY: { zh: '工业文化研学', en: 'Study programme' },
  CRAFT_REGION: { zh: '工艺美术特色区域', en: 'Craft region' },
  DEVELOPMENT: { zh: '工业文化发展项目', en: 'Development project' },
};

export const PROJECT_STATUS_LABELS: Record<string, { zh: string; en: string }> = {
  RESERVE: { zh: '储备', en: 'In reserve' },
  UNDER_CONSTRUCTION: { zh: '在建', en: 'Under construction' },
  COMPLETED: { zh: '建成', en: 'Completed' },
  OPERATING: { zh: '运营', en: 'Operating' },
};

export const projectTypeLabel = (type: string, lang: Lang) => PROJECT_TYPE_LABELS[type]?.[lang] ?? type;
export const projectStatusLabel = (status: string, lang: Lang) => PROJECT_STATUS_LABELS[status]?.[lang] ?? status;

/** 2007–, 2025–2027, –2027, or null without years. */
export function projectPeriod(startYear: number | null, endYear: number | null): string | null {
  if (startYear === null && endYear === null) return null;
  return `${startYear ?? ''}–${endYear ?? ''}`;
}
