import type { PositionPrecision } from '../graphql/generated.ts';

/** How fine a position is, in the reader's words, as the legend explains it. */
export const PRECISION_LABELS: Readonly<
  Record<PositionPrecision, { zh: string; en: string; note: { zh: string; en: string } }>
> = {
  EXACT: {
    zh: '精确坐标',
    en: 'Exact',
    note: { zh: '策展人标注或来源给出的坐标', en: 'coordinates a curator placed or a source gives' },
  },
  COUNTY: {
    zh: '区县',
    en: 'County',
    note: {
      zh: '记录写明的县、县级市或区，标在其辖区内的一点，不是确切位置',
      en: 'the county or district the record names, at a point inside it: not the site itself',
    },
  },
  CITY: {
    zh: '城市',
    en: 'City',
    note: {
      zh: '记录只写明城市，标在城市中心',
      en: 'the record names only its city: drawn at the city centre',
    },
  },
};

export function precisionLabel(precision: PositionPrecision, lang: 'zh' | 'en'): string {
  return PRECISION_LABELS[precision][lang];
}
