import type { ReactNode } from 'react';
import { entityPath, Link } from '../app/router.tsx';
import type { EntityKind } from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { kindLabel } from '../i18n/labels.ts';
import type { MapPointItem } from './point-clusters.ts';
import { precisionLabel } from './precision-labels.ts';

/** The points as a table: the text equivalent of the drawing, and where a curator picks what to place. */
export function PointTable({
  points,
  caption,
  action,
}: {
  points: readonly MapPointItem[];
  caption: ReactNode;
  /** A control per row, such as the curator's "place on the map". */
  action?: (point: MapPointItem) => ReactNode;
}) {
  const t = useT();
  const { lang } = useLang();
  return (
    <table className="point-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('名称', 'Name')}</th>
          <th scope="col">{t('类型', 'Kind')}</th>
          <th scope="col">{t('位置精度', 'Precision')}</th>
          <th scope="col">{t('依据', 'Basis')}</th>
          {action ? <th scope="col">{t('操作', 'Action')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {points.map((point) => (
          <tr key={point.id} data-id={point.id} data-precision={point.precision}>
            <th scope="row">
              <Link to={entityPath(point.id)}>{point.name}</Link>
            </th>
            <td>{kindLabel(point.kind as EntityKind, lang)}</td>
            <td>{precisionLabel(point.precision, lang)}</td>
            <td>{point.basis}</td>
            {action ? <td>{action(point)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
