import { useLang, useT } from '../i18n/i18n.tsx';
import { barShares } from './timeline-state.ts';

export const decadeAnchor = (decade: number) => `decade-${decade}`;

/** Events per decade as bars; each bar jumps to its decade in the list below. */
export function DecadeAxis({ groups }: { groups: readonly { decade: number; events: readonly unknown[] }[] }) {
  const t = useT();
  const { lang } = useLang();
  const shares = barShares(groups);
  return (
    <nav aria-label={t('按年代跳转', 'Jump to a decade')} className="decade-axis">
      <ol>
        {groups.map((group, index) => (
          <li key={group.decade}>
            {/* Named by its own words, not an aria-label, so what is seen is what is said (1890年代：13 件);
                the decade comes first in the document and CSS shows the count above it. */}
            <a href={`#${decadeAnchor(group.decade)}`}>
              <span className="bar-label">
                {group.decade}
                <span className="visually-hidden">{lang === 'zh' ? '年代：' : 's:'}</span>
              </span>
              <span className="bar-count">
                {group.events.length}
                <span className="visually-hidden">{lang === 'zh' ? ' 件' : ' events'}</span>
              </span>
              <span className="bar-area" aria-hidden="true">
                <span className="bar" style={{ height: `${Math.round(shares[index]! * 100)}%` }} />
              </span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
