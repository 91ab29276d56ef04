import type {
  DesignationLevel,
  EntityKind,
  GraphNode,
  GraphRelationship,
  JsonValue,
  RelationType,
  SourceQualityClass,
  VerificationStatus,
} from '@icg/graph';
import { bestSourceQuality, designationsOf, normalizeText, verificationStatusOf } from '@icg/graph';
import { toSimplified } from './chinese-variants.ts';
import { foldSearchText } from './fold-search-text.ts';
import { extractKeywords } from './keywords.ts';
import { pinyinForms } from './pinyin.ts';
import type { Segmenter } from './segmenter.ts';

/** One searchable entity as stored in Meilisearch. `*_seg` fields hold jieba-segmented copies of the text. */
export interface EntityDocument {
  /** Meilisearch primary key: base64url of the UTF-8 entity id, since ids there allow only `[A-Za-z0-9_-]`. */
  uid: string;
  entityId: string;
  kind: EntityKind;
  name: string;
  name_seg: string;
  aliases: string[];
  aliases_seg: string;
  description: string | null;
  description_seg: string | null;
  province: string | null;
  city: string | null;
  /** PolicyTask: the section (五项工程 …) the task belongs to. */
  sectionName?: string;
  sectionName_seg?: string;
  /** PolicyTask: departments that lead it (牵头, 共同负责). */
  leadDepartments?: string[];
  /** PolicyTask: departments that take part (参与, 按职责分工负责). */
  participatingDepartments?: string[];
  /** Pinyin of the name and of each alias, in that order, syllables spaced: `jin ling ji qi ju`. */
  pinyin: string[];
  /** The same joined: `jinlingjiqiju`; aligned with `[name, ...aliases]`. */
  pinyin_joined: string[];
  /** Initials of the same: `jljqj`; aligned with `[name, ...aliases]`. */
  initials: string[];
  /** Every prefix of the name and aliases as written (lower-case, no spaces), for exact-prefix `suggest`. */
  name_prefixes: string[];
  /** Every prefix of their pinyin and initials, for `suggest` by Latin letters only. */
  pinyin_prefixes: string[];
  /** The name and aliases as written (lower-case, no spaces) and their joined pinyin: typed in full, they come first. */
  name_keys: string[];
  /**
   * Synonym words that find this entity because its text names their target (省工信厅 for a task led by
   * 江苏省工业和信息化厅); see `Segmenter.synonymsOf`.
   */
  synonyms: string[];
  /** Rank of the highest designation (world heritage 6 … county 1, none 0): the first measure of importance. */
  designationRank: number;
  /** Number of relationships of the entity in the graph: the second measure of importance. */
  degree: number;
  /** Code points in the name: among equally important entities, the shorter name is the likelier completion. */
  nameLength: number;
  /** jieba TF-IDF keywords of the name and description (story text, profile), domain terms whole: tags and a facet. */
  keywords: string[];
  /** Industries the entity belongs to, from its `industry` property (see `industriesOf`); a facet. */
  industry: string[];
  /** The entity's most meaningful year (see `yearOf`), for range filters; null when the data gives none. */
  year: number | null;
  /** The period `year` falls in (see `ERAS`); a facet. */
  era: Era | null;
  /** The highest designation in words (国家级, 省级 …; see `DESIGNATION_LEVEL_NAMES`); a facet. */
  level: DesignationLevelName | null;
  /** Curated tags (a theme's `keywords`) followed by the extracted `keywords`, without repeats. */
  tags: string[];
  /** Whether a curator has verified the entity (`unverified` when nobody has set a status); a filter. */
  verification: VerificationStatus;
  /** The best class among the entity's sources (`bestSourceQuality`); a filter. */
  sourceQuality: SourceQualityClass;
}

/** What a document needs beyond the node itself, as plain data; `collectEntityRelations` builds it from the graph. */
export interface EntityRelations {
  /** Relationships of the entity, in either direction. @default 0 */
  degree?: number;
  sectionName?: string;
  leadDepartments?: readonly string[];
  participatingDepartments?: readonly string[];
}

export interface BuildEntityDocumentOptions {
  segmenter: Segmenter;
  related?: EntityRelations;
}

// Meilisearch refuses a document id longer than 511 bytes, which fails the whole batch.
const MAX_UID_BYTES = 511;

/** Longest prefix stored for `suggest`, in code points (written form) and letters (pinyin). */
export const MAX_SUGGEST_PREFIX = 50;

const DESIGNATION_RANK: Readonly<Record<DesignationLevel, number>> = {
  international: 6,
  national: 5,
  provincial: 4,
  // National lists kept by associations (中国工业遗产保护名录) rank between provincial and municipal listing.
  list: 3,
  municipal: 2,
  county: 1,
  other: 1,
};

/**
 * The highest designation in words, for a facet. Each word stands for the levels of one rank above, so the
 * word and `designationRank` always agree; `list` (a national list kept by an association) is 行业名录.
 */
export const DESIGNATION_LEVEL_NAMES = {
  international: '世界级',
  national: '国家级',
  provincial: '省级',
  list: '行业名录',
  municipal: '市级',
  county: '县级',
  other: '其他',
} as const satisfies Readonly<Record<DesignationLevel, string>>;

export type DesignationLevelName = (typeof DESIGNATION_LEVEL_NAMES)[DesignationLevel];

export function levelOf(node: Pick<GraphNode, 'properties'>): DesignationLevelName | null {
  let best: DesignationLevel | null = null;
  for (const { level } of designationsOf(node)) {
    // Among equal ranks (county, other) the level that names a government wins.
    if (best === null || DESIGNATION_RANK[level] > DESIGNATION_RANK[best] || (level === 'county' && best === 'other')) {
      best = level;
    }
  }
  return best === null ? null : DESIGNATION_LEVEL_NAMES[best];
}

/**
 * Periods of Chinese industrial history a year falls in; each holds the years from `from` up to the next
 * period's `from`. The breaks are the usual ones: the Opium War (1840) opens modern industry, then the Republic
 * (1912), the People's Republic (1949) and 改革开放 (1978).
 */
export const ERAS = [
  { from: Number.NEGATIVE_INFINITY, name: '古代（1840年前）' },
  { from: 1840, name: '晚清（1840–1911）' },
  { from: 1912, name: '民国（1912–1948）' },
  { from: 1949, name: '新中国成立初期（1949–1977）' },
  { from: 1978, name: '改革开放以来（1978年起）' },
] as const;

export type Era = (typeof ERAS)[number]['name'];

export function eraOf(year: number | null): Era | null {
  if (year === null) return null;
  let era: Era | null = null;
  for (const period of ERAS) if (year >= period.from) era = period.name;
  return era;
}

/** Years outside this range are taken for data errors, not dates. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2100;

/**
 * Where each kind keeps its most meaningful year, first choice first. `opened`, `birth` and `signedOn` are dates
 * (`1985-10`, `2021-12-08`), read for their year. Kinds not listed have no year: a technique's origin is not in
 * the data (only the year it was listed), and places, departments, awards and policy parts are not dated.
 */
export const YEAR_PROPERTIES: Readonly<Partial<Record<EntityKind, readonly string[]>>> = {
  // Founded, or built, or (a bridge) opened to traffic.
  Enterprise: ['founded_year', 'built_year', 'opened_year', 'opened'],
  HeritageSite: ['founded_year', 'built_year', 'opened_year', 'opened'],
  // Opened to the public, else founded.
  Museum: ['opened_year', 'opened', 'founded_year'],
  TourismSite: ['opened_year', 'opened', 'founded_year'],
  StudyBase: ['opened_year', 'opened', 'founded_year'],
  // Born.
  Entrepreneur: ['birth_year', 'birth'],
  Craftsman: ['birth_year', 'birth'],
  // The year the story is set in.
  Story: ['year'],
  // Signed, else published, else the first year it covers.
  PolicyDocument: ['signedOn', 'publishedOn', 'startYear'],
};

export function yearOf(node: Pick<GraphNode, 'kind' | 'properties'>): number | null {
  for (const property of YEAR_PROPERTIES[node.kind] ?? []) {
    const year = readYear(node.properties[property]);
    if (year !== null) return year;
  }
  return null;
}

function readYear(value: JsonValue | undefined): number | null {
  const year =
    typeof value === 'number' ? value : typeof value === 'string' ? Number(/^\s*(\d{4})(?!\d)/.exec(value)?.[1]) : NaN;
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

/**
 * Spellings of one industry in the curated data, mapped to the commoner one. Only pairs that name the same
 * thing are here; narrower industries (棉纺织 within 纺织) stay apart, as the data keeps them.
 */
const INDUSTRY_VARIANTS: Readonly<Record<string, string>> = {
  白酒酿造: '白酒',
  铁路机车车辆: '铁路机车',
};

/**
 * The industries named by a node's `industry` property (a string or strings): `军工/机械` is two industries, a
 * parenthesised detail is dropped (`化工（硫酸铵、硝酸、合成氨）` is 化工), and spelling variants are merged.
 */
export function industriesOf(node: Pick<GraphNode, 'properties'>): string[] {
  const stored = node.properties.industry;
  const values = Array.isArray(stored) ? stored : [stored];
  return unique(
    values
      .filter((value): value is string => typeof value === 'string')
      // The detail goes first: it may itself hold a list (硫酸铵、硝酸).
      .flatMap((value) =>
        normalizeText(value)
          .replace(/[（(][^）)]*[）)]/g, '')
          .split(/[/／、,，]/),
      )
      .map((value) => value.trim())
      .map((value) => INDUSTRY_VARIANTS[value] ?? value),
  );
}

/** Tags chosen by curators: a theme's `keywords`, or any node's `tags`. */
function curatedTagsOf(node: Pick<GraphNode, 'properties'>): string[] {
  return [node.properties.tags, node.properties.keywords].flatMap((stored) =>
    Array.isArray(stored)
      ? stored.filter((value): value is string => typeof value === 'string').map((value) => normalizeText(value).trim())
      : [],
  );
}

/**
 * Whether a node has a document in the public indexes. Every entity has; a narrative, a curator's document, only
 * once its curator has published it (`publishedAt` set): a draft is found by no search or suggestion, and the
 * sync deletes the document of a narrative taken back to a draft.
 */
export function isPubliclySearchable(node: Pick<GraphNode, 'kind' | 'properties'>): boolean {
  return node.kind !== 'Narrative' || typeof node.properties.publishedAt === 'string';
}

export function buildEntityDocument(node: GraphNode, options: BuildEntityDocumentOptions): EntityDocument {
  const { segmenter, related } = options;
  const name = normalizeText(node.name);
  const aliases = unique(node.aliases.map(normalizeText));
  const description = node.description === null ? null : normalizeText(node.description);
  const document: EntityDocument = {
    uid: entityUid(node.id),
    entityId: node.id,
    kind: node.kind,
    name,
    name_seg: segmenter.segment(name),
    aliases,
    aliases_seg: aliases.map((alias) => segmenter.segment(alias)).join(' '),
    description,
    description_seg: description === null ? null : segmenter.segment(description),
    province: node.province === null ? null : normalizeText(node.province),
    city: node.city === null ? null : normalizeText(node.city),
    ...suggestFields([name, ...aliases]),
    // Filled in below, once the departments and section are known.
    synonyms: [],
    designationRank: Math.max(0, ...designationsOf(node).map((designation) => DESIGNATION_RANK[designation.level])),
    degree: related?.degree ?? 0,
    nameLength: [...name].length,
    keywords: extractKeywords(description === null ? name : `${name}。${description}`, { segmenter }),
    industry: industriesOf(node),
    year: yearOf(node),
    era: null,
    level: levelOf(node),
    tags: [],
    verification: verificationStatusOf(node),
    sourceQuality: bestSourceQuality(node.sources),
  };
  document.era = eraOf(document.year);
  document.tags = unique([...curatedTagsOf(node), ...document.keywords]);
  if (related?.sectionName) {
    document.sectionName = normalizeText(related.sectionName);
    document.sectionName_seg = segmenter.segment(document.sectionName);
  }
  if (related?.leadDepartments?.length) document.leadDepartments = unique(related.leadDepartments.map(normalizeText));
  if (related?.participatingDepartments?.length) {
    document.participatingDepartments = unique(related.participatingDepartments.map(normalizeText));
  }
  document.synonyms = segmenter.synonymsOf(
    [
      name,
      ...aliases,
      document.sectionName ?? '',
      ...(document.leadDepartments ?? []),
      ...(document.participatingDepartments ?? []),
      description ?? '',
    ].join('\n'),
  );
  return document;
}

function suggestFields(names: readonly string[]) {
  // Read in simplified characters, where pinyin-pro knows every reading.
  const forms = names.map((name) => pinyinForms(toSimplified(name)));
  // A name written in traditional characters is also completed from its simplified form, as prefixes are.
  const writtenKeys = names.flatMap((name) => [writtenKey(name), writtenKey(toSimplified(name))]);
  const nameKeys = names.flatMap(exactNameKeys);
  const namePrefixes = new Set<string>();
  const pinyinPrefixes = new Set<string>();
  for (const key of writtenKeys) addPrefixes(namePrefixes, [...key]);
  for (const form of forms) {
    addPrefixes(pinyinPrefixes, [...form.joined]);
    addPrefixes(pinyinPrefixes, [...form.initials]);
  }
  return {
    pinyin: forms.map((form) => form.spaced),
    pinyin_joined: forms.map((form) => form.joined),
    initials: forms.map((form) => form.initials),
    name_prefixes: [...namePrefixes],
    pinyin_prefixes: [...pinyinPrefixes],
    name_keys: [...new Set([...nameKeys, ...forms.map((form) => form.joined)])].filter((key) => key !== ''),
  };
}

function addPrefixes(into: Set<string>, chars: readonly string[]): void {
  for (let end = 1; end <= Math.min(chars.length, MAX_SUGGEST_PREFIX); end++) into.add(chars.slice(0, end).join(''));
}

/**
 * The form in which a name and a typed prefix are compared: lower-case, without whitespace, so 晨光 1865
 * completes 晨光1865. Latin-only names also get their letters-and-digits key (`latinKey`) through pinyin.
 */
export function writtenKey(text: string): string {
  return foldSearchText(text).toLowerCase().replace(/\s+/g, '');
}

/** A qualifier in brackets after a name: 茂新面粉厂（保兴面粉厂）, 恒源祥 (上海). */
const BRACKETED = /[（(]([^（）()]*)[）)]/g;

/**
 * The keys under which a name is found when written in full: as written, in simplified characters, without the
 * qualifiers in brackets it carries, and each of those qualifiers, which are the names it is known by
 * (永利化学工业公司铔厂（永利铔厂） is also 永利化学工业公司铔厂 and 永利铔厂).
 */
export function exactNameKeys(name: string): string[] {
  const keysOf = (form: string) => [writtenKey(form), writtenKey(toSimplified(form))];
  const keys = keysOf(name);
  const base = name.replace(BRACKETED, '');
  if (base !== name) {
    const parts = [base, ...[...name.matchAll(BRACKETED)].map(([, inner]) => inner!)];
    keys.push(...parts.flatMap(keysOf).filter((key) => [...key].length > 1));
  }
  return [...new Set(keys)];
}

/** The document id of an entity: base64url of its UTF-8 bytes, so any id (Chinese, `|`, spaces) round-trips. */
export function entityUid(entityId: string): string {
  const uid = Buffer.from(entityId, 'utf8').toString('base64url');
  if (uid.length > MAX_UID_BYTES) {
    throw new RangeError(
      `Entity id is too long to index (${uid.length} > ${MAX_UID_BYTES} bytes once encoded): ${entityId.slice(0, 80)}…`,
    );
  }
  return uid;
}

export function entityIdFromUid(uid: string): string {
  return Buffer.from(uid, 'base64url').toString('utf8');
}

/** Relationship types, pointing at a PolicyTask, whose other end is a lead department. */
export const LEAD_RELATION_TYPES = ['LEADS', 'JOINTLY_RESPONSIBLE'] as const satisfies readonly RelationType[];
/** Relationship types, pointing at a PolicyTask, whose other end is a participating department. */
export const PARTICIPATING_RELATION_TYPES = [
  'PARTICIPATES_IN',
  'RESPONSIBLE_PER_DUTY',
] as const satisfies readonly RelationType[];

/**
 * Turns relationships around some nodes into the plain data `buildEntityDocument` takes. `relationships` are
 * those returned for `nodeIds` (incoming department links, outgoing PART_OF); `endpoints` resolves the other
 * ends by id. Ends that are missing, or of an unexpected kind, are skipped.
 */
export function collectEntityRelations(
  nodeIds: readonly string[],
  relationships: readonly GraphRelationship[],
  endpoints: ReadonlyMap<string, GraphNode>,
): Map<string, EntityRelations> {
  const wanted = new Set(nodeIds);
  interface Collected {
    sectionName?: string;
    leadDepartments: string[];
    participatingDepartments: string[];
  }
  const collected = new Map<string, Collected>();
  const entry = (id: string): Collected => {
    let value = collected.get(id);
    if (!value) {
      value = { leadDepartments: [], participatingDepartments: [] };
      collected.set(id, value);
    }
    return value;
  };
  const leadTypes: ReadonlySet<RelationType> = new Set(LEAD_RELATION_TYPES);
  const participatingTypes: ReadonlySet<RelationType> = new Set(PARTICIPATING_RELATION_TYPES);

  for (const relationship of relationships) {
    const leads = leadTypes.has(relationship.type);
    if (wanted.has(relationship.to) && (leads || participatingTypes.has(relationship.type))) {
      const department = endpoints.get(relationship.from);
      if (department?.kind !== 'Department') continue;
      const target = entry(relationship.to);
      (leads ? target.leadDepartments : target.participatingDepartments).push(department.name);
    } else if (wanted.has(relationship.from) && relationship.type === 'PART_OF') {
      const section = endpoints.get(relationship.to);
      if (section?.kind !== 'PolicySection') continue;
      entry(relationship.from).sectionName ??= section.name;
    }
  }

  const result = new Map<string, EntityRelations>();
  for (const [id, value] of collected) {
    const lead = unique(value.leadDepartments);
    // A department that leads a task is not also listed as merely taking part in it.
    const participating = unique(value.participatingDepartments).filter((name) => !lead.includes(name));
    const relations: EntityRelations = {};
    if (value.sectionName !== undefined) relations.sectionName = value.sectionName;
    if (lead.length) relations.leadDepartments = lead;
    if (participating.length) relations.participatingDepartments = participating;
    result.set(id, relations);
  }
  return result;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((value) => value !== ''))];
}
