import type { EntityKind } from '../../model/entity-kinds.ts';

/**
 * How a property column's cells are read: `text` as is, `integer` and `number` as JSON numbers,
 * `list` as `|`-separated text items. A value that does not fit its column's type (a structured
 * object, an empty string, a text with a `|` in a list) travels in the `properties` JSON column.
 */
export type PropertyColumnType = 'text' | 'integer' | 'number' | 'list' | 'designations';

export interface PropertyColumn {
  /** The key in `properties`, and the column's header. */
  key: string;
  type: PropertyColumnType;
  /** Shown after the key in the header, `founded_year（创办年份）`, so a curator sees what to fill in. */
  zh: string;
}

const column = (key: string, type: PropertyColumnType, zh: string): PropertyColumn => ({ key, type, zh });

/** Where a site is: every kind with a spot on a map has these. Coordinates are WGS 84 decimal degrees. */
const LOCATION: readonly PropertyColumn[] = [
  column('district', 'text', '区县'),
  column('address', 'text', '地址'),
  column('lat', 'number', '纬度'),
  column('lng', 'number', '经度'),
];

const NOTE = column('note', 'text', '备注');

/**
 * `properties.designations`, the lists an entity is on: a column of its own for the kinds that are listed (heritage
 * sites, museums, masters, techniques, 老字号 enterprises …), so that a survey of a list needs no JSON.
 */
const DESIGNATIONS = column(
  'designations',
  'designations',
  '认定名录：名录|级别|批次|年份|备注，多条用 ;; 分隔；级别 international/national/provincial/municipal/county/list/other',
);

/**
 * The properties of each kind that get a column of their own in the CSV format: those of
 * docs/data-dictionary.md that fit one cell (numbers, text, lists of text), plus `lat`/`lng` for
 * surveyors to record positions. Structured properties (`designations`, `formerNames`, …) and
 * anything else a record carries travel in the `properties` JSON column, so no data is lost.
 */
export const PROPERTY_COLUMNS: Readonly<Record<EntityKind, readonly PropertyColumn[]>> = {
  Enterprise: [
    column('industry', 'text', '行业'),
    column('founded_year', 'integer', '创办年份'),
    column('closed_year', 'integer', '关闭年份'),
    ...LOCATION,
    NOTE,
    DESIGNATIONS,
  ],
  Entrepreneur: [
    column('birth', 'text', '出生日期'),
    column('death', 'text', '去世日期'),
    column('birth_year', 'integer', '出生年份'),
    column('death_year', 'integer', '去世年份'),
    column('birthplace', 'text', '籍贯'),
    column('titles', 'list', '称号'),
    column('role', 'text', '身份'),
    NOTE,
    DESIGNATIONS,
  ],
  Craftsman: [
    column('technique', 'text', '技艺'),
    column('titles', 'list', '称号'),
    column('birth', 'text', '出生日期'),
    column('birth_year', 'integer', '出生年份'),
    column('death_year', 'integer', '去世年份'),
    column('birthplace', 'text', '籍贯'),
    column('era', 'text', '年代'),
    column('district', 'text', '区县'),
    column('role', 'text', '身份'),
    NOTE,
    DESIGNATIONS,
  ],
  HeritageSite: [
    column('heritage_level', 'text', '保护级别'),
    column('national_industrial_heritage_batch', 'integer', '国家工业遗产批次'),
    column('national_industrial_heritage_year', 'integer', '国家工业遗产年份'),
    column('industry', 'text', '行业'),
    column('founded_year', 'integer', '始建年份'),
    column('built_year', 'integer', '建成年份'),
    column('closed_year', 'integer', '停产年份'),
    column('former_enterprise', 'text', '原企业'),
    column('current_use', 'text', '现状用途'),
    ...LOCATION,
    NOTE,
    DESIGNATIONS,
  ],
  Museum: [
    column('opened', 'text', '开馆日期'),
    column('opened_year', 'integer', '开馆年份'),
    column('founded_year', 'integer', '创建年份'),
    column('floor_area_m2', 'number', '建筑面积（平方米）'),
    column('collection_size', 'integer', '藏品数量'),
    ...LOCATION,
    DESIGNATIONS,
  ],
  TourismSite: [
    column('opened', 'text', '开放日期'),
    column('opened_year', 'integer', '开放年份'),
    column('founded_year', 'integer', '创建年份'),
    column('area_m2', 'number', '面积（平方米）'),
    ...LOCATION,
    NOTE,
    DESIGNATIONS,
  ],
  StudyBase: [
    column('opened_year', 'integer', '开放年份'),
    column('founded_year', 'integer', '创建年份'),
    ...LOCATION,
    DESIGNATIONS,
  ],
  Technique: [
    column('ich_category', 'text', '非遗类别'),
    column('heritage_level', 'text', '名录级别'),
    column('national_batch', 'integer', '国家级名录批次'),
    column('national_year', 'integer', '国家级名录年份'),
    column('code', 'text', '项目编号'),
    column('declared_regions', 'list', '申报地区'),
    column('protection_units', 'list', '保护单位'),
    DESIGNATIONS,
  ],
  Story: [column('year', 'integer', '年份')],
  Place: [column('level', 'text', '行政级别'), column('lat', 'number', '纬度'), column('lng', 'number', '经度')],
  Award: [column('type', 'text', '类别')],
  Project: [
    // The hints list the codes, so a curator filling in a template needs no other document.
    column('projectType', 'text', '项目类型：heritage-reuse/industrial-tourism/study/craft-region/development'),
    column('status', 'text', '状态：reserve 储备/under-construction 在建/completed 建成/operating 运营'),
    column('startYear', 'integer', '起始年份'),
    column('endYear', 'integer', '结束年份'),
    ...LOCATION,
    NOTE,
  ],
  PolicyDocument: [
    column('documentNumber', 'text', '文号'),
    column('issuedBy', 'text', '印发单位'),
    column('signedOn', 'text', '成文日期'),
    column('publishedOn', 'text', '发布日期'),
    column('period', 'text', '规划期'),
    column('startYear', 'integer', '起始年份'),
    column('endYear', 'integer', '截止年份'),
  ],
  PolicySection: [column('number', 'integer', '序号'), column('heading', 'text', '标题')],
  PolicyTask: [
    column('number', 'integer', '序号'),
    column('section', 'text', '所属章节'),
    column('responsibleDepartments', 'text', '责任部门'),
  ],
  Department: [column('abbreviation', 'text', '简称')],
  Target: [
    column('count', 'number', '数量'),
    column('unit', 'text', '单位'),
    column('what', 'text', '计数对象'),
    column('per', 'text', '每'),
  ],
  Theme: [column('type', 'text', '类别'), column('keywords', 'list', '关键词')],
  Narrative: [
    column('version', 'integer', '版本'),
    column('status', 'text', '状态'),
    column('createdBy', 'text', '创建者'),
  ],
};

/** The fixed columns of a node file, in order; the kind's property columns go between these and the last two. */
export const NODE_LEADING_COLUMNS = ['id', 'name', 'aliases', 'province', 'city', 'description'] as const;
export const NODE_TRAILING_COLUMNS = ['properties', 'sources'] as const;

/**
 * Last in every node and relationship file: what a reader of an export wants to see at a glance and filter on. Both
 * are derived: `verification_status` from `properties.verification` (absent: unverified), `source_quality` from the
 * sources by the rules of docs/source-quality.md (the best class). The importer reads them back only to check that
 * they agree with what they are derived from, so an export imports back unchanged and an edited cell is reported
 * rather than silently ignored.
 */
export const FACT_COLUMNS = ['verification_status', 'source_quality'] as const;
export const VERIFICATION_STATUS_COLUMN = 'verification_status';
export const SOURCE_QUALITY_COLUMN = 'source_quality';

/** An optional column: when present, each row names its kind (which must match the file's). */
export const NODE_KIND_COLUMN = 'kind';

export const RELATIONSHIP_COLUMNS = ['id', 'type', 'from', 'to', 'properties', 'sources', ...FACT_COLUMNS] as const;

/** Chinese hints shown in headers for the fixed columns. */
export const FIXED_COLUMN_ZH: Readonly<Record<string, string>> = {
  id: '标识',
  kind: '类型',
  name: '名称',
  aliases: '别名，用 | 分隔',
  province: '省份',
  city: '城市',
  description: '简介',
  properties: '其他属性，JSON 对象',
  sources: '来源：网址|位置|文献名|采集日期，多条用 ;; 分隔',
  verification_status: '核实状态：unverified/verified/disputed，由 properties 中的 verification 决定',
  source_quality: '来源质量：最佳来源的类别，按规则计算；导出用，导入时只核对',
  type: '关系类型',
  from: '起点标识',
  to: '终点标识',
};

/** A header cell as written by the exporter and in the templates: `key（中文）`. */
export function headerCell(key: string, zh: string | undefined): string {
  return zh ? `${key}（${zh}）` : key;
}

/**
 * The key a header cell names: the text before any bracketed or space-separated hint, so that
 * `name（名称）`, `name (名称)` and `name` all mean `name`.
 */
export function columnKey(header: string): string {
  const trimmed = header.trim();
  const cut = trimmed.search(/[\s(（]/u);
  return cut === -1 ? trimmed : trimmed.slice(0, cut);
}

export function nodeColumnKeys(kind: EntityKind): string[] {
  return [
    ...NODE_LEADING_COLUMNS,
    ...PROPERTY_COLUMNS[kind].map((c) => c.key),
    ...NODE_TRAILING_COLUMNS,
    ...FACT_COLUMNS,
  ];
}

export function nodeHeader(kind: EntityKind): string[] {
  const zhByKey = new Map(PROPERTY_COLUMNS[kind].map((c) => [c.key, c.zh]));
  return nodeColumnKeys(kind).map((key) => headerCell(key, FIXED_COLUMN_ZH[key] ?? zhByKey.get(key)));
}

export function relationshipHeader(): string[] {
  return RELATIONSHIP_COLUMNS.map((key) => headerCell(key, FIXED_COLUMN_ZH[key]));
}
