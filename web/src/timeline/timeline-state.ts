import { listParam } from '../app/router.tsx';
import type { EntityKind, TimelineEventKind } from '../graphql/generated.ts';

/** The kinds whose entities carry dated events. */
export const TIMELINE_KINDS = [
  'Enterprise',
  'Entrepreneur',
  'Craftsman',
  'HeritageSite',
  'Museum',
  'TourismSite',
  'StudyBase',
  'Technique',
  'Story',
  'PolicyDocument',
] as const satisfies readonly EntityKind[];

export const EVENT_KINDS = [
  'FOUNDED',
  'LISTED',
  'AWARDED',
  'SIGNED',
  'PUBLISHED',
  'OTHER',
] as const satisfies readonly TimelineEventKind[];

const EVENT_KIND_LABELS: Record<TimelineEventKind, { zh: string; en: string }> = {
  FOUNDED: { zh: '创办', en: 'Founded' },
  LISTED: { zh: '列入名录', en: 'Listed' },
  AWARDED: { zh: '获奖', en: 'Awarded' },
  SIGNED: { zh: '签署', en: 'Signed' },
  PUBLISHED: { zh: '印发', en: 'Published' },
  OTHER: { zh: '其他', en: 'Other' },
};

export function eventKindLabel(kind: TimelineEventKind, lang: 'zh' | 'en'): string {
  return EVENT_KIND_LABELS[kind][lang];
}

export const TIMELINE_PROVINCES = ['江苏', '安徽'] as const;

/** The years the API accepts. */
export const FIRST_YEAR = 1000;
export const LAST_YEAR = 2100;

export interface TimelineState {
  kinds: EntityKind[];
  province: string | null;
  events: TimelineEventKind[];
  from: number | null;
  to: number | null;
}

function readYear(value: string | null): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
}

/** The timeline's filters from the query string; unknown values are dropped rather than sent to the API. */
export function readTimelineState(search: URLSearchParams): TimelineState {
  const kinds = listParam(search, 'kinds');
  const events = listParam(search, 'events');
  const province = search.get('province');
  return {
    kinds: TIMELINE_KINDS.filter((kind) => kinds.includes(kind)),
    province: province && (TIMELINE_PROVINCES as readonly string[]).includes(province) ? province : null,
    events: EVENT_KINDS.filter((kind) => events.includes(kind)),
    from: readYear(search.get('from')),
    to: readYear(search.get('to')),
  };
}

export function decadeOf(year: number): number {
  return Math.floor(year / 10) * 10;
}

/** Events in their decades, in the order given (the API's, oldest first). */
export function groupByDecade<T extends { year: number }>(events: readonly T[]): { decade: number; events: T[] }[] {
  const groups: { decade: number; events: T[] }[] = [];
  for (const event of events) {
    const decade = decadeOf(event.year);
    const last = groups.at(-1);
    if (last && last.decade === decade) last.events.push(event);
    else groups.push({ decade, events: [event] });
  }
  return groups;
}

/** The bar heights of the decade axis as shares of the busiest decade, at least a sliver for one event. */
export function barShares(groups: readonly { events: readonly unknown[] }[]): number[] {
  const max = Math.max(1, ...groups.map((group) => group.events.length));
  return groups.map((group) => Math.max(0.06, group.events.length / max));
}
