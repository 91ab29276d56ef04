import { useLang, useT } from '../i18n/i18n.tsx';
import { provinceLabel } from '../i18n/labels.ts';

export interface CityRow {
  province: string | null;
  city: string;
  count: number;
}

export type CitySort = 'count' | 'name';

function sorted(rows: readonly CityRow[], sort: CitySort): CityRow[] {
  const byName = (a: CityRow, b: CityRow) =>
    (a.province ?? '').localeCompare(b.province ?? '', 'zh-CN') || a.city.localeCompare(b.city, 'zh-CN');
  return [...rows].sort(sort === 'name' ? byName : (a, b) => b.count - a.count || byName(a, b));
}

/** The counts as a table: the map's text alternative, and the main view on a phone. */
export function CityTable({
  rows,
  withoutCity,
  sort,
  selected,
  onSort,
  onSelect,
}: {
  rows: readonly CityRow[];
  withoutCity: readonly { province: string; count: number }[];
  sort: CitySort;
  selected: string | null;
  onSort: (sort: CitySort) => void;
  onSelect: (city: string) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const sortButton = (key: CitySort, zh: string, en: string) => (
    <button type="button" className="sort" onClick={() => onSort(key)} aria-pressed={sort === key}>
      {t(zh, en)}
      <span aria-hidden="true">{sort === key ? (key === 'count' ? ' ↓' : ' ↑') : ''}</span>
    </button>
  );
  return (
    <table className="city-table">
      <caption>{t('各市数量', 'Counts per city')}</caption>
      <thead>
        <tr>
          <th scope="col" aria-sort={sort === 'name' ? 'ascending' : 'none'}>
            {sortButton('name', '城市', 'City')}
          </th>
          <th scope="col">{t('省份', 'Province')}</th>
          <th scope="col" aria-sort={sort === 'count' ? 'descending' : 'none'}>
            {sortButton('count', '数量', 'Count')}
          </th>
        </tr>
      </thead>
      <tbody>
        {sorted(rows, sort).map((row) => (
          <tr
            key={`${row.province}-${row.city}`}
            data-city={row.city}
            className={row.city === selected ? 'selected' : ''}
          >
            <th scope="row">
              <button
                type="button"
                className="city-select"
                aria-pressed={row.city === selected}
                onClick={() => onSelect(row.city)}
              >
                {row.city}
              </button>
            </th>
            <td>{row.province ? provinceLabel(row.province, lang) : '—'}</td>
            <td className="number">{row.count}</td>
          </tr>
        ))}
      </tbody>
      {withoutCity.some((row) => row.count > 0) ? (
        <tfoot>
          {withoutCity
            .filter((row) => row.count > 0)
            .map((row) => (
              <tr key={row.province} data-without-city={row.province}>
                <th scope="row">
                  {t(`${row.province}：未标注城市`, `${provinceLabel(row.province, lang)}: no city given`)}
                </th>
                <td>{provinceLabel(row.province, lang)}</td>
                <td className="number">{row.count}</td>
              </tr>
            ))}
        </tfoot>
      ) : null}
    </table>
  );
}
