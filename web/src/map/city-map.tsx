import { useMemo, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useLang, useT } from '../i18n/i18n.tsx';
import geo from './geo/jiangsu-anhui.json';
import { cityKey } from './map-state.ts';
import {
  boundsOf,
  cityPath,
  countStep,
  fitProjection,
  stepThresholds,
  type GeoCity,
  type Projection,
} from './projection.ts';

const CITIES = geo.cities as GeoCity[];
const MAP_WIDTH = 640;
const STEPS = 5;
/** Abolished in 2011 and split among 合肥, 芜湖 and 马鞍山; the survey names today's cities only. */
export const ABOLISHED_CITY = '巢湖市';

interface DrawnCity {
  city: GeoCity;
  d: string;
  centre: [number, number];
}

function useDrawnCities(province: string | null) {
  return useMemo(() => {
    const shown = province ? CITIES.filter((city) => city.province === province) : CITIES;
    const projection = fitProjection(boundsOf(shown), MAP_WIDTH, 12);
    const drawn: DrawnCity[] = shown.map((city) => ({
      city,
      d: cityPath(city, projection),
      centre: projection.project(city.cp[0], city.cp[1]),
    }));
    return { drawn, height: projection.height, projection };
  }, [province]);
}

export function cityCountLabel(name: string, count: number, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? `${name}：${count} 项` : `${name}: ${count} ${count === 1 ? 'entity' : 'entities'}`;
}

/** The cities as shapes shaded by count; each shape is a button that selects its city. */
export function CityMap({
  counts,
  province,
  selected,
  onSelect,
  overlay,
  onPlace,
  legend,
}: {
  /** Counts by cityKey (province and city). */
  counts: ReadonlyMap<string, number>;
  province: string | null;
  selected: string | null;
  onSelect: (city: string) => void;
  /** Drawn over the cities (the points); the city count bubbles give way to it. */
  overlay?: (projection: Projection) => ReactNode;
  /** While a curator places an entity: a click anywhere on the map gives its longitude and latitude. */
  onPlace?: ((lng: number, lat: number) => void) | null;
  legend?: ReactNode;
}) {
  const t = useT();
  const { lang } = useLang();
  const { drawn, height, projection } = useDrawnCities(province);
  const max = Math.max(0, ...drawn.map(({ city }) => counts.get(cityKey(city.province, city.name)) ?? 0));
  const bubbleScale = 16 / Math.sqrt(Math.max(1, max));

  const onKey = (event: KeyboardEvent<SVGPathElement>, city: string) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onSelect(city);
  };

  const place = (event: MouseEvent<SVGRectElement>) => {
    const svg = event.currentTarget.ownerSVGElement;
    const matrix = svg?.getScreenCTM();
    if (!svg || !matrix || !onPlace) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const [lng, lat] = projection.unproject(point.x, point.y);
    onPlace(lng, lat);
  };

  return (
    <figure className={onPlace ? 'city-map placing' : 'city-map'}>
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${height}`}
        role="group"
        aria-label={t('江苏、安徽地级市地图', 'Map of the cities of Jiangsu and Anhui')}
      >
        {drawn.map(({ city, d }) => {
          if (city.name === ABOLISHED_CITY) {
            return (
              <path key={city.name} d={d} className="city abolished" data-province={city.province}>
                <title>{t('巢湖市（2011年撤销，今分属合肥、芜湖、马鞍山）', 'Chaohu (abolished in 2011)')}</title>
              </path>
            );
          }
          const count = counts.get(cityKey(city.province, city.name)) ?? 0;
          return (
            <path
              key={city.name}
              d={d}
              className={`city step-${countStep(count, max, STEPS)}`}
              data-province={city.province}
              data-city={city.name}
              role="button"
              tabIndex={0}
              aria-pressed={selected === city.name}
              aria-label={cityCountLabel(city.name, count, lang)}
              onClick={() => onSelect(city.name)}
              onKeyDown={(event) => onKey(event, city.name)}
            />
          );
        })}
        <g aria-hidden="true" className="city-marks">
          {drawn.map(({ city, centre: [x, y] }) => {
            const abolished = city.name === ABOLISHED_CITY;
            const count = counts.get(cityKey(city.province, city.name)) ?? 0;
            return (
              <g key={city.name} className={abolished ? 'mark abolished' : 'mark'}>
                {count > 0 && !overlay ? (
                  <>
                    <circle cx={x} cy={y} r={4 + Math.sqrt(count) * bubbleScale} />
                    <text x={x} y={y} className="count" dy="0.35em">
                      {count}
                    </text>
                  </>
                ) : null}
                <text
                  x={x}
                  y={y + (count > 0 && !overlay ? 8 + Math.sqrt(count) * bubbleScale : 4)}
                  className="name"
                  dy="0.7em"
                >
                  {abolished ? '巢湖（2011年撤销）' : city.name.replace(/市$/, '')}
                </text>
              </g>
            );
          })}
        </g>
        {overlay?.(projection)}
        {onPlace ? (
          <rect
            className="place-target"
            data-testid="place-target"
            x={0}
            y={0}
            width={MAP_WIDTH}
            height={height}
            onClick={place}
          />
        ) : null}
      </svg>
      <figcaption>
        <MapLegend max={max} />
        {legend}
      </figcaption>
    </figure>
  );
}

function MapLegend({ max }: { max: number }) {
  const t = useT();
  const thresholds = max > 0 ? stepThresholds(max, STEPS) : [];
  const classes = thresholds.map((lowest, index) => ({
    step: index + 1,
    lowest,
    highest: index + 1 < thresholds.length ? thresholds[index + 1]! - 1 : max,
  }));
  return (
    <ul className="map-legend" aria-label={t('图例', 'Legend')}>
      <li>
        <span className="swatch step-0" aria-hidden="true" />0
      </li>
      {classes
        .filter(({ lowest, highest }) => lowest <= highest)
        .map(({ step, lowest, highest }) => (
          <li key={step}>
            <span className={`swatch step-${step}`} aria-hidden="true" />
            {lowest === highest ? lowest : `${lowest}–${highest}`}
          </li>
        ))}
      <li>
        <span className="swatch abolished" aria-hidden="true" />
        {t('已撤销（不计数）', 'Abolished (not counted)')}
      </li>
    </ul>
  );
}
