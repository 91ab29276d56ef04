import { gql } from '@apollo/client';
import { entityPath, Link } from '../app/router.tsx';
import type { TimelineEventItem_EventFragment } from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { kindLabel, provinceLabel } from '../i18n/labels.ts';
import { eventKindLabel } from './timeline-state.ts';

export const TimelineEventItem_event = gql`
  fragment TimelineEventItem_event on TimelineEvent {
    year
    date
    kind
    label
    entity {
      id
      kind
      name
      province
    }
    related {
      id
      kind
      name
    }
    sources {
      document
      url
      locator
    }
  }
`;

/** One dated event: what happened, to which entity, and where the survey read it. */
export function TimelineEventItem({ event }: { event: TimelineEventItem_EventFragment }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <li className="timeline-event" data-kind={event.kind} data-year={event.year}>
      <div className="event-head">
        <time dateTime={event.date ?? String(event.year)}>{event.date ?? event.year}</time>
        <span className={`event-kind event-${event.kind}`}>{eventKindLabel(event.kind, lang)}</span>
      </div>
      <p className="event-label">{event.label}</p>
      <p className="event-entities">
        <Link to={entityPath(event.entity.id)} className="event-entity">
          {event.entity.name}
        </Link>
        <span className="kind">
          {kindLabel(event.entity.kind, lang)}
          {event.entity.province ? ` · ${provinceLabel(event.entity.province, lang)}` : ''}
        </span>
        {event.related ? (
          <>
            <span className="related-marker">{t('相关：', 'With: ')}</span>
            <Link to={entityPath(event.related.id)} className="event-related">
              {event.related.name}
            </Link>
            <span className="kind">{kindLabel(event.related.kind, lang)}</span>
          </>
        ) : null}
      </p>
      {event.sources.length > 0 ? (
        <details className="event-sources">
          <summary>{t(`来源（${event.sources.length}）`, `Sources (${event.sources.length})`)}</summary>
          <ul>
            {event.sources.map((source, index) => (
              <li key={index}>
                {source.url ? (
                  <a href={source.url} rel="noreferrer noopener" target="_blank">
                    {source.document ?? source.url}
                  </a>
                ) : (
                  (source.document ?? t('未具名文件', 'Unnamed document'))
                )}
                {source.locator ? <span className="locator">（{source.locator}）</span> : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  );
}
