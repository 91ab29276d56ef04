import { useLang, useT } from '../i18n/i18n.tsx';
import type { PositionPrecision } from '../graphql/generated.ts';
import { PRECISION_LABELS } from './precision-labels.ts';

const PRECISIONS: readonly PositionPrecision[] = ['EXACT', 'COUNTY', 'CITY'];

/** What each mark means: a filled dot is where the thing is; hollow ones are approximations. */
export function PointLegend({ counts }: { counts: Readonly<Record<string, number>> | null }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <ul className="point-legend" aria-label={t('点位图例', 'Point legend')}>
      {PRECISIONS.map((precision) => (
        <li key={precision} data-precision={precision}>
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="4.5" className={`point precision-${precision.toLowerCase()}`} />
          </svg>
          <strong>{PRECISION_LABELS[precision][lang]}</strong>
          {counts ? ` ${counts[precision] ?? 0}` : ''}
          {lang === 'zh' ? '：' : ': '}
          {PRECISION_LABELS[precision].note[lang]}
        </li>
      ))}
      <li>
        <svg width="14" height="14" aria-hidden="true">
          <circle cx="7" cy="7" r="6" className="cluster-swatch" />
        </svg>
        {t('数字：此处重叠的条目数', 'Number: entities that overlap there')}
      </li>
    </ul>
  );
}
