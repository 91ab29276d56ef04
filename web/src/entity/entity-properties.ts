import type { Lang } from '../i18n/i18n.tsx';

/**
 * Names of the property keys the seeds and the policy import write (docs/data-dictionary.md), in
 * both languages. A key missing here is shown as it is stored, so new data still shows up.
 */
const KEY_LABELS: Record<string, { zh: string; en: string }> = {
  founded_year: { zh: '创办年份', en: 'Founded' },
  built_year: { zh: '建成年份', en: 'Built' },
  rebuilt_year: { zh: '重建年份', en: 'Rebuilt' },
  opened_year: { zh: '开放年份', en: 'Opened' },
  opened: { zh: '开放日期', en: 'Opened on' },
  closed_year: { zh: '停产年份', en: 'Closed' },
  year: { zh: '年份', en: 'Year' },
  birth: { zh: '出生', en: 'Born' },
  death: { zh: '逝世', en: 'Died' },
  birth_year: { zh: '出生年份', en: 'Born' },
  death_year: { zh: '逝世年份', en: 'Died' },
  birth_year_note: { zh: '生年说明', en: 'Note on birth year' },
  birthplace: { zh: '出生地', en: 'Birthplace' },
  titles: { zh: '称号', en: 'Titles' },
  role: { zh: '身份', en: 'Role' },
  industry: { zh: '行业', en: 'Industry' },
  district: { zh: '区县', en: 'District' },
  address: { zh: '地址', en: 'Address' },
  location_note: { zh: '位置', en: 'Location' },
  coordinates: { zh: '坐标', en: 'Coordinates' },
  lat_dms: { zh: '纬度', en: 'Latitude' },
  lon_dms: { zh: '经度', en: 'Longitude' },
  heritage_level: { zh: '遗产级别', en: 'Heritage level' },
  level: { zh: '级别', en: 'Level' },
  designations: { zh: '认定与名录', en: 'Designations' },
  other_designations: { zh: '其他认定', en: 'Other designations' },
  national_batch: { zh: '国家级批次', en: 'National batch' },
  national_year: { zh: '列入国家级名录年份', en: 'National listing year' },
  national_industrial_heritage_batch: { zh: '国家工业遗产批次', en: 'National industrial heritage batch' },
  national_industrial_heritage_year: { zh: '列入国家工业遗产年份', en: 'National industrial heritage year' },
  provincial_industrial_heritage_batch: { zh: '省级工业遗产批次', en: 'Provincial industrial heritage batch' },
  provincial_industrial_heritage_year: { zh: '列入省级工业遗产年份', en: 'Provincial industrial heritage year' },
  unesco_representative_list: { zh: '列入联合国教科文组织代表作名录', en: 'UNESCO representative list' },
  traditional_craft_revitalization_catalog: {
    zh: '列入传统工艺振兴目录',
    en: 'Traditional craft revitalisation catalogue',
  },
  review_passed_year: { zh: '复核通过年份', en: 'Review passed' },
  list: { zh: '名录', en: 'List' },
  batch: { zh: '批次', en: 'Batch' },
  part: { zh: '部分', en: 'Part' },
  itemCode: { zh: '项目编号', en: 'Item code' },
  code: { zh: '项目编号', en: 'Item code' },
  item_type: { zh: '项目类型', en: 'Item type' },
  ich_category: { zh: '非遗类别', en: 'Intangible heritage category' },
  declared_regions: { zh: '申报地区', en: 'Declared by' },
  protection_units: { zh: '保护单位', en: 'Safeguarding bodies' },
  list_source_note: { zh: '名录来源说明', en: 'About the list source' },
  technique: { zh: '技艺', en: 'Technique' },
  era: { zh: '年代', en: 'Era' },
  cities: { zh: '城市', en: 'Cities' },
  current_use: { zh: '现状用途', en: 'Current use' },
  former_enterprise: { zh: '原企业', en: 'Former enterprise' },
  formerNames: { zh: '曾用名', en: 'Former names' },
  notable_structures: { zh: '代表建筑', en: 'Notable structures' },
  preserved_buildings: { zh: '保存建筑', en: 'Preserved buildings' },
  preserved_equipment: { zh: '保存设备', en: 'Preserved equipment' },
  core_items: { zh: '核心藏品', en: 'Core items' },
  collection_size: { zh: '藏品数量', en: 'Collection size' },
  area_m2: { zh: '面积（平方米）', en: 'Area (m²)' },
  floor_area_m2: { zh: '建筑面积（平方米）', en: 'Floor area (m²)' },
  exhibition_area_m2: { zh: '展陈面积（平方米）', en: 'Exhibition area (m²)' },
  enterprises_hosted: { zh: '入驻企业', en: 'Enterprises hosted' },
  active_in: { zh: '活跃地区', en: 'Active in' },
  masters: { zh: '师承', en: 'Masters' },
  apprentices: { zh: '弟子', en: 'Apprentices' },
  name: { zh: '名称', en: 'Name' },
  to: { zh: '使用至', en: 'Until' },
  from: { zh: '使用自', en: 'From' },
  note: { zh: '说明', en: 'Note' },
  type: { zh: '类别', en: 'Type' },
  keywords: { zh: '关键词', en: 'Keywords' },
  number: { zh: '序号', en: 'Number' },
  text: { zh: '全文', en: 'Full text' },
  section: { zh: '所属部分', en: 'Section' },
  heading: { zh: '标题', en: 'Heading' },
  responsibleDepartments: { zh: '责任分工', en: 'Responsibilities' },
  taskNumbers: { zh: '任务序号', en: 'Task numbers' },
  abbreviation: { zh: '简称', en: 'Short name' },
  count: { zh: '数量', en: 'Count' },
  unit: { zh: '单位', en: 'Unit' },
  what: { zh: '对象', en: 'What' },
  per: { zh: '每', en: 'Per' },
  period: { zh: '规划期', en: 'Period' },
  startYear: { zh: '起始年份', en: 'Starts' },
  endYear: { zh: '结束年份', en: 'Ends' },
  signedOn: { zh: '签发日期', en: 'Signed on' },
  publishedOn: { zh: '发布日期', en: 'Published on' },
  documentNumber: { zh: '文号', en: 'Document number' },
  noticeTitle: { zh: '印发通知', en: 'Notice' },
  addressedTo: { zh: '主送', en: 'Addressed to' },
  issuedBy: { zh: '印发单位', en: 'Issued by' },
  implements: { zh: '落实', en: 'Implements' },
  sourceFile: { zh: '来源文件', en: 'Source file' },
  asWritten: { zh: '原文写法', en: 'As written' },
  order: { zh: '排序', en: 'Order' },
  work: { zh: '作品', en: 'Work' },
  context: { zh: '背景', en: 'Context' },
  original_name: { zh: '原名', en: 'Original name' },
  since: { zh: '起始年份', en: 'Since' },
  group: { zh: '组合', en: 'Group' },
  generation: { zh: '代数', en: 'Generation' },
  partner: { zh: '合作方', en: 'Partner' },
  items: { zh: '展品', en: 'Items' },
  score: { zh: '相似度', en: 'Similarity' },
  rank: { zh: '排名', en: 'Rank' },
  sharedThemes: { zh: '共同主题', en: 'Shared themes' },
  method: { zh: '方法', en: 'Method' },
  occurrences: { zh: '出现次数', en: 'Occurrences' },
  inTitle: { zh: '见于标题', en: 'In the title' },
  curatedType: { zh: '整理时的关系', en: 'Curated as' },
};

/** Stored codes of designation levels and award types, in words. */
const VALUE_LABELS: Record<string, { zh: string; en: string }> = {
  international: { zh: '世界级', en: 'International' },
  national: { zh: '国家级', en: 'National' },
  provincial: { zh: '省级', en: 'Provincial' },
  province: { zh: '省级', en: 'Provincial' },
  municipal: { zh: '市级', en: 'Municipal' },
  city: { zh: '市级', en: 'Municipal' },
  county: { zh: '县级', en: 'County' },
  list: { zh: '行业名录', en: 'Industry list' },
  other: { zh: '其他', en: 'Other' },
  award: { zh: '奖项', en: 'Award' },
  title: { zh: '称号', en: 'Title' },
  designation: { zh: '认定', en: 'Designation' },
  programme: { zh: '项目', en: 'Programme' },
  topic: { zh: '主题', en: 'Topic' },
};

/** Keys whose values are codes from VALUE_LABELS. */
const CODED_KEYS = new Set(['heritage_level', 'level', 'type']);

/** Where a nested fact came from: shown on the page's own source list, not beside every name. */
const HIDDEN_NESTED_KEYS = new Set(['source']);

export function propertyLabel(key: string, lang: Lang): string {
  return KEY_LABELS[key]?.[lang] ?? key;
}

/** A property's value as a node of a readable tree: text, a list, or labelled fields. */
export type PropertyValue =
  | { type: 'text'; text: string }
  | { type: 'list'; items: PropertyValue[] }
  | { type: 'fields'; heading: string | null; fields: { key: string; label: string; value: PropertyValue }[] };

/**
 * Turns a stored value into a tree a page can render. An object with a name or an as-written form
 * (a designation, a former name, a master) is headed by it, and its other fields follow.
 */
export function describeValue(value: unknown, lang: Lang, key = ''): PropertyValue {
  if (value === null || value === undefined) return { type: 'text', text: '—' };
  if (typeof value === 'boolean')
    return { type: 'text', text: value ? (lang === 'zh' ? '是' : 'yes') : lang === 'zh' ? '否' : 'no' };
  if (typeof value === 'number') return { type: 'text', text: String(value) };
  if (typeof value === 'string') {
    const coded = CODED_KEYS.has(key) ? VALUE_LABELS[value]?.[lang] : undefined;
    return { type: 'text', text: coded ?? value };
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => describeValue(item, lang, key));
    if (items.every((item) => item.type === 'text'))
      return { type: 'text', text: items.map((item) => (item.type === 'text' ? item.text : '')).join('、') };
    return { type: 'list', items };
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const headingKey = ['asWritten', 'name', 'list'].find((k) => typeof record[k] === 'string');
    const shownKeys = Object.keys(record).filter(
      (k) => k !== headingKey && !HIDDEN_NESTED_KEYS.has(k) && !(headingKey === 'asWritten' && k === 'list'),
    );
    return {
      type: 'fields',
      heading: headingKey ? (record[headingKey] as string) : null,
      fields: shownKeys.map((k) => ({
        key: k,
        label: propertyLabel(k, lang),
        value: describeValue(record[k], lang, k),
      })),
    };
  }
  return { type: 'text', text: String(value) };
}

/** The entity's properties JSON as labelled rows, in stored order; text that is not an object gives none. */
export function describeProperties(
  json: string,
  lang: Lang,
  omit: ReadonlySet<string> = new Set(),
): { key: string; label: string; value: PropertyValue }[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return [];
  return (
    Object.entries(parsed as Record<string, unknown>)
      // A verification is shown by its own component (VerificationStatus), not as a property.
      .filter(([key]) => !omit.has(key) && key !== 'verification')
      .map(([key, value]) => ({ key, label: propertyLabel(key, lang), value: describeValue(value, lang, key) }))
  );
}

/** A short inline summary of a relationship's properties ("年份 1895"), leaving out bookkeeping fields. */
export function summariseRelationshipProperties(json: string, lang: Lang): string {
  const bookkeeping = new Set([
    'order',
    'asWritten',
    'count',
    'method',
    'rank',
    'occurrences',
    'inTitle',
    'curatedType',
    'keywords',
    'sharedThemes',
  ]);
  return describeProperties(json, lang, bookkeeping)
    .map(({ label, value }) => `${label} ${flatten(value)}`)
    .join(lang === 'zh' ? '；' : '; ');
}

function flatten(value: PropertyValue): string {
  if (value.type === 'text') return value.text;
  if (value.type === 'list') return value.items.map(flatten).join('、');
  const parts = value.fields.map((field) => `${field.label} ${flatten(field.value)}`);
  return [value.heading, ...parts].filter(Boolean).join(' ');
}
