import type { CityCentre, CountyUnit } from './gazetteer.ts';

/**
 * Short forms (the name without 市/县/区) that name something else as often as the county-level unit: a
 * city (淮安, 黄山), a lake or hill (太湖, 巢湖, 惠山, 锡山, 栖霞, 蜀山, 玄武, 秦淮), a historic region
 * or old name of a whole city (徽州, 宣州, 颍州, 姑苏, 广陵, 润州, 海陵, 淮阴, 庐阳), or a building
 * (鼓楼, 钟楼: 大生纱厂钟楼 is in 南通). These match only written in full.
 */
const AMBIGUOUS_SHORT_NAMES: ReadonlySet<string> = new Set([
  '淮安',
  '黄山',
  '太湖',
  '巢湖',
  '洪泽',
  '惠山',
  '锡山',
  '栖霞',
  '蜀山',
  '玄武',
  '秦淮',
  '虎丘',
  '徽州',
  '宣州',
  '颍州',
  '姑苏',
  '广陵',
  '润州',
  '海陵',
  '淮阴',
  '庐阳',
  '鼓楼',
  '钟楼',
]);

/** Full names that are ordinary words: 铜陵's 郊区 ("suburb") is never read from text. */
const COMMON_WORD_NAMES: ReadonlySet<string> = new Set(['郊区']);

/** The names a unit is written with: in full (宜兴市, 泾县), and without 市/县/区 where two characters remain. */
export function namesOf(unit: { name: string }): string[] {
  if (COMMON_WORD_NAMES.has(unit.name)) return [];
  const short = unit.name.replace(/[市县区]$/, '');
  return [...short].length >= 2 && short !== unit.name && !AMBIGUOUS_SHORT_NAMES.has(short)
    ? [unit.name, short]
    : [unit.name];
}

interface Mention<T> {
  place: T;
  start: number;
  end: number;
}

/**
 * Every place of `places` the text names, left to right. A name inside a longer place name found at the
 * same spot does not count: 和县 inside 太和县, 海门 inside 海门区 is the same unit once. `places` should
 * be every unit of both provinces, so that the longer name is there to win even when it lies outside the
 * record's city.
 */
export function mentionsIn<T>(
  text: string,
  places: readonly T[],
  names: (place: T) => readonly string[],
): Mention<T>[] {
  const found: Mention<T>[] = [];
  for (const place of places) {
    for (const name of names(place)) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        found.push({ place, start: at, end: at + name.length });
      }
    }
  }
  return found
    .filter(
      (m) => !found.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
    )
    .sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
}

type Place = { county: CountyUnit } | { city: CityCentre };

/**
 * Clauses of running text about where a thing was or where a person came from, not where it is:
 * 前身为…高邮裕亨麦粉厂, 曾任无为知州, 生于宜兴蜀山. Where it moved to (迁至) is where it is.
 */
const HISTORY_CLAUSE = /前身|曾|原为|原名|旧称|生于|出生|籍贯/;

/** "A native of X" (江苏海门人, 丹徒人) says where a person came from; 宜兴人民 is not that. */
const isNativeOf = (text: string, end: number) => text[end] === '人' && text[end + 1] !== '民';

/**
 * A county-level unit named in `text` that lies within `scope`, the earliest in the text. City names take
 * part in the matching so that a county inside one does not count: 连云区 is not in 连云港市. Running text
 * (a description, a note) is read only in its clauses about the present, and never as a person's origin.
 */
export function countyIn(
  text: string,
  places: { counties: readonly CountyUnit[]; cities: readonly CityCentre[] },
  inScope: (unit: CountyUnit) => boolean,
  { runningText = false } = {},
): CountyUnit | undefined {
  const all: Place[] = [...places.counties.map((county) => ({ county })), ...places.cities.map((city) => ({ city }))];
  const names = (place: Place) =>
    'county' in place ? namesOf(place.county) : [place.city.name, place.city.name.replace(/市$/, '')];
  const clauses = runningText ? text.split(/[，。；;,\n]/).filter((clause) => !HISTORY_CLAUSE.test(clause)) : [text];
  for (const clause of clauses) {
    for (const { place, end } of mentionsIn(clause, all, names)) {
      if (runningText && isNativeOf(clause, end)) continue;
      if ('county' in place && inScope(place.county)) return place.county;
    }
  }
  return undefined;
}

/** A city named in `text` (南通市 or 南通), for a record that names no city in its `city` field. */
export function cityIn(text: string, cities: readonly CityCentre[]): CityCentre | undefined {
  return mentionsIn(text, cities, (city) => [city.name, city.name.replace(/市$/, '')])[0]?.place;
}
