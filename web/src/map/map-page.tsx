import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useLocation, useSetSearchParams } from '../app/router.tsx';
import { useDocumentTitle } from '../app/use-document-title.ts';
import type { EntityKind, MapPageQueryQuery, MapPageQueryQueryVariables } from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { kindLabel, provinceLabel } from '../i18n/labels.ts';
import { CityEntities } from './city-entities.tsx';
import { ABOLISHED_CITY, CityMap } from './city-map.tsx';
import { CityTable, type CitySort } from './city-table.tsx';
import { kindsParam, MAP_KINDS, MAP_PROVINCES, readMapState, withoutCity } from './map-state.ts';
import './map-page.css';

export const MapPageQuery: TypedDocumentNode<MapPageQueryQuery, MapPageQueryQueryVariables> = gql`
  query MapPageQuery($kinds: [EntityKind!]) {
    stats {
      byCity(kinds: $kinds) {
        province
        city
        count
      }
      byProvince {
        province
        byKind {
          kind
          count
        }
      }
    }
  }
`;

/** Entities per city on an outline map of both provinces, with the same counts as a table. */
export function MapPage() {
  const t = useT();
  const { lang } = useLang();
  const { search } = useLocation();
  const setParams = useSetSearchParams();
  const state = readMapState(search);
  const sort: CitySort = search.get('sort') === 'name' ? 'name' : 'count';
  useDocumentTitle(state.city ? t(`地图：${state.city}`, `Map: ${state.city}`) : t('地图', 'Map'));

  const { data, previousData, error, loading } = useQuery(MapPageQuery, { variables: { kinds: state.kinds } });
  const stats = (data ?? previousData)?.stats;
  const rows = (stats?.byCity ?? []).filter((row) => !state.province || row.province === state.province);
  const counts = new Map(rows.map((row) => [row.city, row.count]));
  const provinces = state.province ? [state.province] : [...MAP_PROVINCES];
  const unplaced = provinces.map((province) => ({
    province,
    count: stats ? withoutCity(province, stats.byProvince, stats.byCity, state.kinds) : 0,
  }));
  const total = rows.reduce((sum, row) => sum + row.count, 0);

  const toggleKind = (kind: EntityKind) => {
    const next = state.kinds.includes(kind) ? state.kinds.filter((k) => k !== kind) : [...state.kinds, kind];
    // Unticking the last kind would show an empty map; the box stays ticked instead.
    if (next.length === 0) return;
    setParams({ kinds: kindsParam(next) });
  };
  const selectCity = (city: string) => setParams({ city: city === state.city ? null : city }, { replace: false });

  return (
    <div className="view map-page">
      <h1>{t('地图', 'Map')}</h1>
      <p className="subtitle">
        {t(
          '调查中的条目没有坐标，因此按所在城市计数，显示在城市中心。',
          'The surveyed entities carry no coordinates, so they are counted per city and shown at the city centre.',
        )}
      </p>
      <form className="map-filters" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>{t('类型', 'Kinds')}</legend>
          {MAP_KINDS.map((kind) => (
            <label key={kind}>
              <input
                type="checkbox"
                name="kinds"
                value={kind}
                checked={state.kinds.includes(kind)}
                onChange={() => toggleKind(kind)}
              />
              {kindLabel(kind, lang)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('省份', 'Province')}</legend>
          {[null, ...MAP_PROVINCES].map((province) => (
            <label key={province ?? 'all'}>
              <input
                type="radio"
                name="province"
                value={province ?? ''}
                checked={state.province === province}
                onChange={() => setParams({ province, city: null })}
              />
              {province ? provinceLabel(province, lang) : t('全部', 'Both')}
            </label>
          ))}
        </fieldset>
      </form>
      <p role="status" aria-live="polite" className="status" data-testid="map-total">
        {stats
          ? t(
              `各市共 ${total} 项；${unplaced.map((row) => `${row.province}未标注城市 ${row.count} 项`).join('，')}`,
              `${total} in the cities; ${unplaced
                .map((row) => `${provinceLabel(row.province, lang)}, no city given: ${row.count}`)
                .join('; ')}`,
            )
          : ''}
      </p>
      {error ? (
        <p className="error" role="alert">
          {t('无法加载各市数量。', 'Could not load the counts per city.')}
        </p>
      ) : null}
      <div className="map-layout" aria-busy={loading}>
        <CityMap counts={counts} province={state.province} selected={state.city} onSelect={selectCity} />
        <div className="map-side">
          {state.city ? (
            <CityEntities city={state.city} kinds={state.kinds} onClose={() => setParams({ city: null })} />
          ) : null}
          {stats ? (
            <CityTable
              rows={rows}
              withoutCity={unplaced}
              sort={sort}
              selected={state.city}
              onSort={(next) => setParams({ sort: next === 'count' ? null : next })}
              onSelect={selectCity}
            />
          ) : null}
        </div>
      </div>
      <p className="data-note">
        {t(
          `边界数据来自 china-geojson 1.0.0（antvis，MIT 许可），绘制于 2011 年以前：仍有${ABOLISHED_CITY}（2011年撤销，今分属合肥、芜湖、马鞍山），该处不计数，合肥、芜湖、马鞍山的轮廓小于今日。`,
          `Boundaries from china-geojson 1.0.0 (antvis, MIT licence), drawn before 2011: they still show Chaohu (abolished in 2011, now part of Hefei, Wuhu and Ma'anshan), which counts nothing, and Hefei, Wuhu and Ma'anshan appear smaller than today.`,
        )}
      </p>
    </div>
  );
}
