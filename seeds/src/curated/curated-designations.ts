import { type Designation, type DesignationLevel, type JsonValue, normalizeText } from '@icg/graph';

/** Lists whose level the name alone does not give away. */
const LIST_LEVELS: Readonly<Record<string, DesignationLevel>> = {
  中国工业遗产保护名录: 'list',
  中国20世纪建筑遗产: 'list',
  人类非物质文化遗产代表作名录: 'international',
};

export const NATIONAL_INDUSTRIAL_HERITAGE = '国家工业遗产';
export const NATIONAL_INTANGIBLE_HERITAGE = '国家级非物质文化遗产代表性项目名录';
export const UNESCO_INTANGIBLE_HERITAGE = '人类非物质文化遗产代表作名录';
export const CRAFT_REVITALIZATION_CATALOG = '中国传统工艺振兴目录';

const NUMERALS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 第N批 → N, for N written 1–99 in digits or Chinese numerals; 首 → 1. */
export function batchNumber(text: string): number | undefined {
  if (text === '首') return 1;
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return undefined;
  const [, tens, ten, units] = match;
  if (!ten) return tens && !units ? NUMERALS[tens] : undefined;
  return (tens ? (NUMERALS[tens] ?? 0) : 1) * 10 + (units ? (NUMERALS[units] ?? 0) : 0);
}

/**
 * The level of a list from its name: 国家/全国/中华/中国… national, 江苏省… provincial, a city of the data
 * (南京市…) municipal, another 市/县/区 (昆山市) county, a few named exceptions, and `other` otherwise.
 */
export function levelOfList(list: string, cityNames: ReadonlySet<string>): DesignationLevel {
  const known = LIST_LEVELS[list];
  if (known) return known;
  if (/^(国家|全国|中华|中国)/.test(list)) return 'national';
  if (/^[^省市县区]{2,3}省/.test(list)) return 'provincial';
  const city = /^([^省市县区]{2,4}市)/.exec(list)?.[1];
  if (city) return cityNames.has(city) ? 'municipal' : 'county';
  if (/^[^省市县区]{2,4}[县区]/.test(list)) return 'county';
  return 'other';
}

function parseOne(text: string, cityNames: ReadonlySet<string>, part?: string, year?: number): Designation {
  let name = text;
  let batch: number | undefined;
  let itemCode: string | undefined;
  const notes: string[] = [];

  const bracket = /^(.*?)（(.*)）$/.exec(name);
  if (bracket) {
    name = bracket[1] ?? '';
    for (const token of (bracket[2] ?? '').split('，').map((item) => item.trim())) {
      const batchToken = /^第(.+)批$/.exec(token)?.[1] ?? (token === '首批' ? '首' : undefined);
      const parsedBatch = batchToken === undefined ? undefined : batchNumber(batchToken);
      if (parsedBatch !== undefined) batch = parsedBatch;
      else if (/^\d{4}$/.test(token)) year = Number(token);
      else if (token.startsWith('编号')) itemCode = token.slice(2);
      else if (token !== '') notes.push(token);
    }
  }
  const inName = /第([一二三四五六七八九十\d]+)批|首批/.exec(name);
  if (inName) {
    batch ??= batchNumber(inName[1] ?? '首');
    name = name.replace(inName[0], '');
  }
  const list = name.replace('文保单位', '文物保护单位').trim();
  return compact({
    list,
    level: levelOfList(list, cityNames),
    batch,
    year,
    itemCode,
    part,
    note: notes.length ? notes.join('；') : undefined,
  });
}

function compact(designation: Designation): Designation {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(designation)) if (value !== undefined) result[key] = value;
  return result as unknown as Designation;
}

/**
 * Reads one curated designation text into Designations: 全国重点文物保护单位（第七批，2013，编号7-1722-5-115）,
 * 首批中华老字号（2006）, and the composite 大生纱厂钟楼：1998年南通市文保单位、2006年全国重点文物保护单位
 * (two entries for one part). Each keeps the text it came from as `asWritten`.
 */
export function parseDesignationText(text: string, cityNames: ReadonlySet<string>): Designation[] {
  const asWritten = normalizeText(text).trim();
  const partMatch = /^([^：（]+)：(.+)$/.exec(asWritten);
  const part = partMatch?.[1];
  const rest = partMatch?.[2] ?? asWritten;

  const pieces = rest.split('、');
  const dated = pieces.map((piece) => /^(\d{4})年(.+)$/.exec(piece));
  const designations =
    pieces.length > 1 && dated.every((match) => match !== null)
      ? dated.map((match) => parseOne(match?.[2] ?? '', cityNames, part, Number(match?.[1])))
      : [parseOne(rest, cityNames, part)];
  return designations.map((designation) => ({ ...designation, asWritten }));
}

const asInteger = (value: JsonValue | undefined): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) ? value : undefined;
const asString = (value: JsonValue | undefined): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;
const asStrings = (value: JsonValue | undefined): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

export interface DesignationContext {
  kind: string;
  /** Full province name, 江苏省, for the provincial industrial-heritage list. */
  provinceName: string | undefined;
  cityNames: ReadonlySet<string>;
}

/**
 * The designations a curated record states, from its structured fields first (national and provincial
 * industrial heritage batch/year, the intangible-heritage batch/year/code, the UNESCO year, the craft
 * revitalisation catalogue) and then from its `designations` / `other_designations` texts. A text naming a
 * list already read from the fields (and the same part) fills that entry's gaps instead of adding one.
 */
export function designationsFromProperties(
  properties: Record<string, JsonValue>,
  { kind, provinceName, cityNames }: DesignationContext,
): Designation[] {
  const designations: Designation[] = [];
  const nationalBatch = asInteger(properties.national_industrial_heritage_batch);
  const nationalYear = asInteger(properties.national_industrial_heritage_year);
  if (nationalBatch !== undefined || nationalYear !== undefined) {
    designations.push(
      compact({ list: NATIONAL_INDUSTRIAL_HERITAGE, level: 'national', batch: nationalBatch, year: nationalYear }),
    );
  }
  const provincialBatch = asInteger(properties.provincial_industrial_heritage_batch);
  const provincialYear = asInteger(properties.provincial_industrial_heritage_year);
  if ((provincialBatch !== undefined || provincialYear !== undefined) && provinceName) {
    designations.push(
      compact({ list: `${provinceName}工业遗产`, level: 'provincial', batch: provincialBatch, year: provincialYear }),
    );
  }
  if (kind === 'Technique' && properties.heritage_level === 'national') {
    designations.push(
      compact({
        list: NATIONAL_INTANGIBLE_HERITAGE,
        level: 'national',
        batch: asInteger(properties.national_batch),
        year: asInteger(properties.national_year),
        itemCode: asString(properties.code),
        note: asString(properties.item_type),
      }),
    );
  }
  const unesco = asInteger(properties.unesco_representative_list);
  if (unesco !== undefined) {
    designations.push({ list: UNESCO_INTANGIBLE_HERITAGE, level: 'international', year: unesco });
  }
  const revitalization = asInteger(properties.traditional_craft_revitalization_catalog);
  if (revitalization !== undefined) {
    designations.push({ list: CRAFT_REVITALIZATION_CATALOG, level: 'national', year: revitalization });
  }

  const texts = [...asStrings(properties.designations), ...asStrings(properties.other_designations)];
  for (const parsed of texts.flatMap((text) => parseDesignationText(text, cityNames))) {
    const same = designations.find(
      (existing) => existing.list === parsed.list && existing.part === parsed.part && !existing.asWritten,
    );
    if (same) Object.assign(same, { ...parsed, ...compact(same) });
    else designations.push(parsed);
  }
  return designations;
}
