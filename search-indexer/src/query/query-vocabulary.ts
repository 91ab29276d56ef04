import type { EntityKind } from '@icg/graph';
import { ERAS } from '../entity-documents.ts';

/**
 * Everyday words for a kind of entity, as people say them: a question's kind word becomes a filter (南京有哪些工业
 * 遗产 keeps heritage sites). Only words that name the kind as a whole are here: a 厂 or a 馆 alone is part of too
 * many names, and jieba keeps a full name such as 中国丝业博物馆 as one word, which is never read as a kind.
 */
export const KIND_WORDS: Readonly<Record<string, readonly EntityKind[]>> = {
  工业遗产: ['HeritageSite'],
  遗产: ['HeritageSite'],
  遗址: ['HeritageSite'],
  旧址: ['HeritageSite'],
  博物馆: ['Museum'],
  纪念馆: ['Museum'],
  展览馆: ['Museum'],
  陈列馆: ['Museum'],
  企业: ['Enterprise'],
  公司: ['Enterprise'],
  工厂: ['Enterprise', 'HeritageSite'],
  企业家: ['Entrepreneur'],
  实业家: ['Entrepreneur'],
  创始人: ['Entrepreneur'],
  工匠: ['Craftsman'],
  大师: ['Craftsman'],
  匠人: ['Craftsman'],
  艺人: ['Craftsman'],
  手艺人: ['Craftsman'],
  传承人: ['Craftsman'],
  传人: ['Craftsman'],
  技艺: ['Technique'],
  工艺: ['Technique'],
  手艺: ['Technique'],
  景区: ['TourismSite'],
  景点: ['TourismSite'],
  旅游: ['TourismSite'],
  研学: ['StudyBase'],
  故事: ['Story'],
};

/**
 * Kind words that name people by their role (宣纸传承人, 刺绣大师, 芜湖铁画传人): whoever types one wants the people
 * first, question or not, so they are read as a boost everywhere and stay among the words to match.
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  '企业家',
  '实业家',
  '创始人',
  '工匠',
  '大师',
  '匠人',
  '艺人',
  '手艺人',
  '传承人',
  '传人',
]);

/** Words for a period, as people name it, and the era (see ERAS) it falls in. */
export const ERA_WORDS: Readonly<Record<string, string>> = {
  古代: ERAS[0]!.name,
  清朝: ERAS[1]!.name,
  晚清: ERAS[1]!.name,
  清末: ERAS[1]!.name,
  洋务运动: ERAS[1]!.name,
  洋务: ERAS[1]!.name,
  民国: ERAS[2]!.name,
  民国时期: ERAS[2]!.name,
  建国初期: ERAS[3]!.name,
  新中国: ERAS[3]!.name,
  解放后: ERAS[3]!.name,
  三线: ERAS[3]!.name,
  改革开放: ERAS[4]!.name,
};

/**
 * The places and industries the index holds, read from its own facet values (the graph's vocabulary as indexed):
 * a question's place word (南通) becomes a filter on 南通市, an industry word (纺织) one on the industries that
 * contain it (棉纺织, 纺织).
 */
export interface IndexVocabulary {
  provinces: readonly string[];
  cities: readonly string[];
  industries: readonly string[];
}

export const EMPTY_VOCABULARY: IndexVocabulary = { provinces: [], cities: [], industries: [] };

/** A city's name as typed: 南通市 is found as 南通 too, 宣城市 as 宣城; a county-level name keeps its suffix. */
export function cityForms(city: string): string[] {
  const bare = city.replace(/(市|地区|自治州|盟)$/, '');
  return bare.length >= 2 && bare !== city ? [city, bare] : [city];
}

/** 江苏 is typed as 江苏 or 江苏省. */
export function provinceForms(province: string): string[] {
  return province.endsWith('省') ? [province, province.slice(0, -1)] : [province, `${province}省`];
}
