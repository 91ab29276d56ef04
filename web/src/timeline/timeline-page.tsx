import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { useLocation, useSetSearchParams } from '../app/router.tsx';
import { useDocumentTitle } from '../app/use-document-title.ts';
import type {
  EntityKind,
  TimelineEventKind,
  TimelinePageQueryQuery,
  TimelinePageQueryQueryVariables,
} from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { kindLabel, provinceLabel } from '../i18n/labels.ts';
import { DecadeAxis, decadeAnchor } from './decade-axis.tsx';
import { TimelineEventItem, TimelineEventItem_event } from './timeline-event.tsx';
import {
  EVENT_KINDS,
  eventKindLabel,
  FIRST_YEAR,
  groupByDecade,
  LAST_YEAR,
  readTimelineState,
  TIMELINE_KINDS,
  TIMELINE_PROVINCES,
} from './timeline-state.ts';
import { TIMELINE_PAGE_SIZE, useTimelinePages } from './use-timeline-pages.ts';
import './timeline.css';

export const TimelinePageQuery: TypedDocumentNode<TimelinePageQueryQuery, TimelinePageQueryQueryVariables> = gql`
  query TimelinePageQuery($kinds: [EntityKind!], $province: String, $from: Int, $to: Int, $first: Int) {
    timelineCount(kinds: $kinds, province: $province, from: $from, to: $to)
    timeline(kinds: $kinds, province: $province, from: $from, to: $to, first: $first) {
      cursor
      ...TimelineEventItem_event
    }
  }
  ${TimelineEventItem_event}
`;

function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

/** Dated events of the survey, oldest first, in decades, filtered by what the URL says. */
export function TimelinePage() {
  const t = useT();
  const { lang } = useLang();
  const { search } = useLocation();
  const setParams = useSetSearchParams();
  const state = readTimelineState(search);
  const reversed = state.from !== null && state.to !== null && state.from > state.to;
  useDocumentTitle(t('时间线', 'Timeline'));

  const variables = {
    kinds: state.kinds.length > 0 ? state.kinds : null,
    province: state.province,
    from: state.from,
    to: state.to,
  };
  const { data, previousData, error, loading } = useQuery(TimelinePageQuery, {
    variables: { ...variables, first: TIMELINE_PAGE_SIZE },
    skip: reversed,
  });
  const shown = data ?? (loading ? previousData : undefined);
  const pages = useTimelinePages(variables, shown?.timeline, shown?.timelineCount);
  const all = pages.events;
  const events = all?.filter((event) => state.events.length === 0 || state.events.includes(event.kind));
  const groups = events ? groupByDecade(events) : [];

  const onYears = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const year = (name: string) => String(form.get(name) ?? '').trim() || null;
    setParams({ from: year('from'), to: year('to') }, { replace: false });
  };

  return (
    <div className="view timeline-page">
      <h1>{t('时间线', 'Timeline')}</h1>
      <p className="subtitle">
        {t(
          '企业创办、遗产列入名录、获奖与政策印发等有年份的事件，按年代排列。',
          'Dated events — foundings, listings, awards, policy documents — by decade.',
        )}
      </p>
      <div className="timeline-filters">
        <fieldset>
          <legend>{t('实体类型', 'Entity kinds')}</legend>
          {TIMELINE_KINDS.map((kind) => (
            <label key={kind}>
              <input
                type="checkbox"
                checked={state.kinds.includes(kind)}
                onChange={() =>
                  setParams({ kinds: TIMELINE_KINDS.filter((k) => toggled<EntityKind>(state.kinds, kind).includes(k)) })
                }
              />
              {kindLabel(kind, lang)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('省份', 'Province')}</legend>
          {[null, ...TIMELINE_PROVINCES].map((province) => (
            <label key={province ?? 'all'}>
              <input
                type="radio"
                name="timeline-province"
                checked={state.province === province}
                onChange={() => setParams({ province })}
              />
              {province ? provinceLabel(province, lang) : t('全部', 'All')}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('事件类型', 'Event kinds')}</legend>
          {EVENT_KINDS.map((kind) => (
            <label key={kind}>
              <input
                type="checkbox"
                checked={state.events.includes(kind)}
                onChange={() =>
                  setParams({
                    events: EVENT_KINDS.filter((k) => toggled<TimelineEventKind>(state.events, kind).includes(k)),
                  })
                }
              />
              {eventKindLabel(kind, lang)}
            </label>
          ))}
        </fieldset>
        <form className="year-range" onSubmit={onYears} key={`${state.from}-${state.to}`}>
          <fieldset>
            <legend>{t('年份', 'Years')}</legend>
            <label>
              {t('从', 'From')}
              <input name="from" type="number" min={FIRST_YEAR} max={LAST_YEAR} defaultValue={state.from ?? ''} />
            </label>
            <label>
              {t('到', 'To')}
              <input name="to" type="number" min={FIRST_YEAR} max={LAST_YEAR} defaultValue={state.to ?? ''} />
            </label>
            <button type="submit">{t('应用', 'Apply')}</button>
          </fieldset>
        </form>
      </div>
      <p role="status" aria-live="polite" className="status" data-testid="timeline-count">
        {events && !reversed && !error
          ? pages.hasMore
            ? t(
                `已显示 ${all!.length} / 共 ${shown!.timelineCount} 件事件`,
                `${all!.length} of ${shown!.timelineCount} events shown`,
              )
            : t(`共 ${events.length} 件事件`, `${events.length} events`)
          : ''}
      </p>
      {reversed ? (
        <p className="error" role="alert">
          {t('起始年份晚于结束年份。', 'The first year is after the last year.')}
        </p>
      ) : error ? (
        <p className="error" role="alert">
          {t('无法加载时间线。', 'Could not load the timeline.')}
        </p>
      ) : events && events.length === 0 ? (
        <p className="empty">{t('这些条件下没有事件。', 'No events match these filters.')}</p>
      ) : null}
      {groups.length > 0 && !reversed ? (
        <>
          <DecadeAxis groups={groups} />
          <div className="timeline-list" aria-busy={loading}>
            {groups.map((group) => (
              <section
                key={group.decade}
                id={decadeAnchor(group.decade)}
                tabIndex={-1}
                aria-labelledby={`${decadeAnchor(group.decade)}-heading`}
              >
                <h2 id={`${decadeAnchor(group.decade)}-heading`}>{t(`${group.decade}年代`, `${group.decade}s`)}</h2>
                <ol>
                  {group.events.map((event, index) => (
                    <TimelineEventItem key={`${event.entity.id}-${event.kind}-${event.year}-${index}`} event={event} />
                  ))}
                </ol>
              </section>
            ))}
          </div>
        </>
      ) : null}
      {pages.hasMore && !reversed && !error ? (
        <p className="timeline-more">
          <button type="button" onClick={() => void pages.loadMore()} disabled={pages.loading}>
            {pages.loading ? t('正在加载…', 'Loading…') : t('显示更多事件', 'Show more events')}
          </button>
          {pages.failed ? (
            <span role="alert" className="error">
              {t('无法加载更多事件，请稍后再试。', 'Could not load more events; please try again shortly.')}
            </span>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
