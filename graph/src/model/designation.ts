import type { GraphNode } from './graph-records.ts';
import { compactJson, isJsonObject, type JsonObject, keep } from './json-object.ts';

/**
 * Who keeps a list, by administrative level. `list` is a national list kept by an association rather
 * than a government (中国工业遗产保护名录 of the China Association for Science and Technology, 中国20世纪建筑
 * 遗产); `other` is a list whose keeper the data does not establish.
 */
export const DESIGNATION_LEVELS = [
  'international',
  'national',
  'provincial',
  'municipal',
  'county',
  'list',
  'other',
] as const;

export type DesignationLevel = (typeof DESIGNATION_LEVELS)[number];

/**
 * One entry of an entity on an official list or register: 国家工业遗产 (第二批, 2018), 全国重点文物保护单位,
 * 国家级非物质文化遗产代表性项目名录, 中华老字号. Stored as `properties.designations`.
 */
export interface Designation {
  /** Name of the list, without batch or year: 国家工业遗产, 江苏省文物保护单位. */
  list: string;
  level: DesignationLevel;
  /** 批次: 1 for 第一批 or 首批. */
  batch?: number;
  /** Year the entry was published. */
  year?: number;
  /** 文号 of the publishing document, e.g. 工信部产业〔2018〕232号. */
  documentNumber?: string;
  /** ISO date of the publishing document, when more precise than the year. */
  date?: string;
  /** The entry's number in the list: Ⅷ-36 for an intangible-heritage item, 7-1722-5-115 for a 国保 site. */
  itemCode?: string;
  /** The part of the entity the entry covers, when not all of it (大生纱厂钟楼). */
  part?: string;
  /** Anything the source adds that has no field (批次未见于来源, 扩展项目). */
  note?: string;
  /** The text the entry was read from, kept when it was parsed out of a sentence. */
  asWritten?: string;
}

const levelSet: ReadonlySet<string> = new Set(DESIGNATION_LEVELS);

export function isDesignationLevel(value: unknown): value is DesignationLevel {
  return typeof value === 'string' && levelSet.has(value);
}

const STRING_FIELDS = ['documentNumber', 'date', 'itemCode', 'part', 'note', 'asWritten'] as const;

export function isDesignation(value: unknown): value is Designation {
  if (!isJsonObject(value)) return false;
  const { list, level, batch, year } = value;
  return (
    typeof list === 'string' &&
    list.trim() !== '' &&
    isDesignationLevel(level) &&
    (batch === undefined || (Number.isInteger(batch) && (batch as number) > 0)) &&
    (year === undefined || Number.isInteger(year)) &&
    STRING_FIELDS.every((field) => value[field] === undefined || typeof value[field] === 'string')
  );
}

/** The well-formed entries of `properties.designations`; anything else there is ignored. */
export function designationsOf(node: Pick<GraphNode, 'properties'>): Designation[] {
  const stored = node.properties.designations;
  return Array.isArray(stored) ? keep(stored, isDesignation) : [];
}

export function designationToJson(designation: Designation): JsonObject {
  const { list, level, batch, year, documentNumber, date, itemCode, part, note, asWritten } = designation;
  return compactJson({ list, level, batch, year, documentNumber, date, itemCode, part, note, asWritten });
}
