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
            <a
              href={`#${decadeAnchor(group.decade)}`}
              aria-label={
                lang === 'zh'
                  ? `${group.decade}年代：${group.events.length} 件`
                  : `${group.decade}s: ${group.events.length} events`
              }
            >
              <span className="bar-area" aria-hidden="true">
                <span className="bar" style={{ height: `${Math.round(shares[index]! * 100)}%` }} />
              </span>
              <span className="bar-count" aria-hidden="true">
                {group.events.length}
              </span>
              <span className="bar-label" aria-hidden="true">
                {group.decade}
              </span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
