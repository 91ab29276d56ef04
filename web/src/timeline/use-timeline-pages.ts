import { gql, type TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import type {
  TimelineEventItem_EventFragment,
  TimelineNextPageQueryQuery,
  TimelineNextPageQueryQueryVariables,
  TimelinePageQueryQueryVariables,
} from '../graphql/generated.ts';

/** The filters of a page: what the page query asks for, without its page size. */
type TimelineFilters = Omit<TimelinePageQueryQueryVariables, 'first'>;
import { TimelineEventItem_event } from './timeline-event.tsx';

/** Events per page, the first one included: the seeds date 185, so one page shows them all. */
export const TIMELINE_PAGE_SIZE = 200;

export const TimelineNextPageQuery: TypedDocumentNode<TimelineNextPageQueryQuery, TimelineNextPageQueryQueryVariables> =
  gql`
    query TimelineNextPageQuery(
      $kinds: [EntityKind!]
      $province: String
      $from: Int
      $to: Int
      $first: Int
      $after: String
    ) {
      timeline(kinds: $kinds, province: $province, from: $from, to: $to, first: $first, after: $after) {
        cursor
        ...TimelineEventItem_event
      }
    }
    ${TimelineEventItem_event}
  `;

type PagedEvent = TimelineEventItem_EventFragment & { cursor: string };

interface LaterPages {
  filters: string;
  events: PagedEvent[];
}

/**
 * The timeline's events under one set of filters: the first page from the page's query, the next ones
 * on demand. Pages of other filters are dropped when the filters change.
 */
export function useTimelinePages(
  variables: TimelineFilters,
  firstPage: readonly PagedEvent[] | undefined,
  total: number | undefined,
) {
  const client = useApolloClient();
  const filters = JSON.stringify([variables.kinds, variables.province, variables.from, variables.to]);
  const [later, setLater] = useState<LaterPages>({ filters, events: [] });
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const laterEvents = later.filters === filters ? later.events : [];
  const events = firstPage ? [...firstPage, ...laterEvents] : undefined;

  const loadMore = async () => {
    const last = events?.[events.length - 1];
    if (!last || loading) return;
    setLoading(true);
    setFailed(false);
    try {
      const { data } = await client.query({
        query: TimelineNextPageQuery,
        variables: { ...variables, first: TIMELINE_PAGE_SIZE, after: last.cursor },
      });
      setLater({ filters, events: [...laterEvents, ...(data?.timeline ?? [])] });
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  };

  const hasMore = events !== undefined && total !== undefined && events.length < total;
  return { events, hasMore, loadMore, loading, failed };
}
