import { useMemo } from 'react';
import { useLang } from '../i18n/i18n.tsx';
import { kindLabel } from '../i18n/labels.ts';
import type { EntityKind } from '../graphql/generated.ts';
import { clusterMarks, type MapPointItem } from './point-clusters.ts';
import type { Projection } from './projection.ts';
import { precisionLabel } from './precision-labels.ts';

/**
 * The entities as marks over the city shading: a filled dot for exact coordinates, a hollow one for a
 * county's point, a dashed one for a city's centre, and a numbered disc where marks would overlap. A
 * click opens the list of what is there beside the map, where the same entities are also reachable
 * by keyboard, so the drawing itself stays out of the tab order.
 */
export function PointLayer({
  points,
  projection,
  highlight,
  onChoose,
}: {
  points: readonly MapPointItem[];
  projection: Projection;
  highlight: string | null;
  onChoose: (points: MapPointItem[]) => void;
}) {
  const { lang } = useLang();
  const marks = useMemo(() => clusterMarks(points, projection), [points, projection]);
  return (
    <g className="map-points" aria-hidden="true">
      {marks.map(({ key, x, y, points: members }) => {
        if (members.length === 1) {
          const point = members[0]!;
          return (
            <circle
              key={key}
              cx={x}
              cy={y}
              r={point.id === highlight ? 6 : 4}
              className={`point precision-${point.precision.toLowerCase()}${point.id === highlight ? ' highlight' : ''}`}
              data-id={point.id}
              data-precision={point.precision}
              onClick={() => onChoose(members)}
            >
              <title>
                {`${point.name}（${kindLabel(point.kind as EntityKind, lang)}）· ${precisionLabel(point.precision, lang)}：${point.basis}`}
              </title>
            </circle>
          );
        }
        const holdsHighlight = highlight !== null && members.some((point) => point.id === highlight);
        return (
          <g
            key={key}
            className={holdsHighlight ? 'cluster highlight' : 'cluster'}
            data-count={members.length}
            data-ids={key}
            onClick={() => onChoose(members)}
          >
            <circle cx={x} cy={y} r={7 + Math.sqrt(members.length) * 1.6} />
            <text x={x} y={y} dy="0.35em">
              {members.length}
            </text>
            <title>{members.map((point) => point.name).join('、')}</title>
          </g>
        );
      })}
    </g>
  );
}
