import { gazetteer } from '../position/gazetteer.ts';

/**
 * The two provinces the survey covers, by the short names the policy seeds use. Every stored `province` is one
 * of them: a value typed another way (江苏省) would count, filter and facet as a third province.
 */
export const PROVINCES = ['江苏', '安徽'] as const;

export type Province = (typeof PROVINCES)[number];

/** The full names, which a curator is as likely to type as the short ones; they are read as the short ones. */
export const PROVINCE_FULL_NAMES: Readonly<Record<Province, string>> = { 江苏: '江苏省', 安徽: '安徽省' };

export function isProvince(value: unknown): value is Province {
  return (PROVINCES as readonly unknown[]).includes(value);
}

/** 江苏 for 江苏 or 江苏省 (spaces around ignored), 安徽 likewise; undefined for anything else. */
export function canonicalProvince(value: string): Province | undefined {
  const text = value.trim();
  return PROVINCES.find((province) => text === province || text === PROVINCE_FULL_NAMES[province]);
}

/** The prefecture-level cities of a province, as the graph names them (南京市), from the shipped gazetteer. */
export function citiesOf(province: Province): string[] {
  return [...gazetteer().cities.values()].filter((city) => city.province === province).map((city) => city.name);
}

/** The province a prefecture-level city belongs to; undefined for a name that is not one. */
export function provinceOfCity(city: string): Province | undefined {
  const province = gazetteer().cities.get(city)?.province;
  return isProvince(province) ? province : undefined;
}

/**
 * A city as stored: 南京市 for 南京市, and for 南京 (the suffix is often left off, and no two cities of the two
 * provinces differ by it alone); undefined for any other value.
 */
export function canonicalCity(value: string): string | undefined {
  const text = value.trim();
  if (provinceOfCity(text)) return text;
  if (!text.endsWith('市') && provinceOfCity(`${text}市`)) return `${text}市`;
  return undefined;
}

const withoutSuffix = (name: string) => [...name.replace(/市$/u, '')];

/** Levenshtein distance over code points: few enough names (29) that the plain table is fast. */
function editDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Most names a refusal suggests. */
const MAX_CLOSE_MATCHES = 5;

/**
 * The cities (of `province`, or of both) nearest to a name that is not one: those sharing a character with it
 * (市 aside) or one edit away, nearest first. 南经市 → 南京市, 南通市.
 */
export function closeCityNames(value: string, province?: Province): string[] {
  const wanted = withoutSuffix(value.trim());
  const candidates = province ? citiesOf(province) : PROVINCES.flatMap(citiesOf);
  return candidates
    .map((city) => {
      const letters = withoutSuffix(city);
      return {
        city,
        shared: new Set(letters.filter((letter) => wanted.includes(letter))).size,
        distance: editDistance(wanted, letters),
      };
    })
    .filter(({ shared, distance }) => shared > 0 || distance <= 1)
    .sort((a, b) => a.distance - b.distance || b.shared - a.shared || a.city.localeCompare(b.city, 'zh-Hans-CN'))
    .slice(0, MAX_CLOSE_MATCHES)
    .map(({ city }) => city);
}

export interface Place {
  province: string | null;
  city: string | null;
}

/** Why a place was refused: the field, a reason to show the curator, and the names they may have meant. */
export interface PlaceProblem {
  field: 'province' | 'city';
  reason: string;
  closeMatches: string[];
}

export type PlaceCheck = { place: Place; problem?: undefined } | { problem: PlaceProblem; place?: undefined };

function unknownCity(city: string, province: Province | undefined): PlaceProblem {
  // A county-level unit (昆山市, 鼓楼区) is the commonest mistake: its prefecture city is the answer.
  const counties = gazetteer().counties.filter(
    (unit) => unit.name === city && (!province || unit.province === province),
  );
  if (counties.length > 0) {
    const prefectures = [...new Set(counties.map((unit) => unit.prefecture))];
    return {
      field: 'city',
      reason: `city ${city} is a county-level unit of ${prefectures.join(' or ')}; city names the prefecture-level city`,
      closeMatches: prefectures,
    };
  }
  const closeMatches = closeCityNames(city, province);
  const where = province ? `a city of ${province}` : 'a city of 江苏 or 安徽';
  const hint =
    closeMatches.length > 0
      ? `did you mean ${closeMatches.join(', ')}?`
      : province
        ? `the cities of ${province} are ${citiesOf(province).join(', ')}`
        : 'city names a prefecture-level city such as 南京市 or 合肥市';
  return { field: 'city', reason: `city ${city} is not ${where}; ${hint}`, closeMatches };
}

/**
 * A place as stored: the province short (江苏省 → 江苏), the city a prefecture-level city of that province
 * (南京 → 南京市), and a city without a province given its province, so every entity of a city counts under the
 * same (province, city). Blank values are null. Anything else is a problem naming the field.
 */
export function canonicalPlace({ province, city }: Place): PlaceCheck {
  const givenProvince = province === null || province.trim() === '' ? null : province.trim();
  const givenCity = city === null || city.trim() === '' ? null : city.trim();
  let canonical: Province | undefined;
  if (givenProvince !== null) {
    canonical = canonicalProvince(givenProvince);
    if (!canonical) {
      const closeMatches = PROVINCES.filter((name) => [...name].some((letter) => givenProvince.includes(letter)));
      return {
        problem: {
          field: 'province',
          reason: `province must be 江苏 or 安徽 (江苏省 and 安徽省 are read as those); got ${givenProvince}`,
          closeMatches,
        },
      };
    }
  }
  if (givenCity === null) return { place: { province: canonical ?? null, city: null } };
  const cityName = canonicalCity(givenCity);
  if (!cityName) return { problem: unknownCity(givenCity, canonical) };
  const cityProvince = provinceOfCity(cityName)!;
  if (canonical && canonical !== cityProvince) {
    return {
      problem: {
        field: 'city',
        reason: `city ${cityName} is in ${cityProvince}, not ${canonical}`,
        closeMatches: closeCityNames(givenCity, canonical),
      },
    };
  }
  return { place: { province: cityProvince, city: cityName } };
}
