import { badUserInput } from '../../errors.ts';
import { compareEvents, type TimelineEvent } from './timeline-events.ts';

/**
 * `timeline(first:)`: 200 unless asked, 1,000 at most (the former fixed answer). The seeds date 185
 * events; the web app asks for pages of 200 and offers the next one.
 */
export const TIMELINE_PAGE = { default: 200, max: 1000 } as const;

/**
 * What orders events (see compareEvents), and the event's position when the cursor was given: the key
 * keeps later pages in place when an event is added before them, the position tells apart events that
 * share a key.
 */
type EventKey = Pick<TimelineEvent, 'year' | 'date' | 'label'> & { entity: { id: string } };
interface EventCursor {
  key: EventKey;
  position: number;
}

const PREFIX = 'event:';

/** Opaque to clients: base64url of the event's sort key, so an event added before it moves no later page. */
export function encodeEventCursor(event: EventKey, position: number): string {
  return Buffer.from(
    PREFIX + JSON.stringify([event.year, event.date, event.entity.id, event.label, position]),
  ).toString('base64url');
}

function decodeEventCursor(after: string): EventCursor {
  const refused = () => badUserInput('after', 'after is not a cursor returned by timeline');
  const decoded = /^[A-Za-z0-9_-]+$/.test(after) ? Buffer.from(after, 'base64url').toString('utf8') : '';
  if (!decoded.startsWith(PREFIX)) throw refused();
  let key: unknown;
  try {
    key = JSON.parse(decoded.slice(PREFIX.length));
  } catch {
    throw refused();
  }
  if (
    !Array.isArray(key) ||
    key.length !== 5 ||
    !Number.isInteger(key[0]) ||
    !(key[1] === null || typeof key[1] === 'string') ||
    typeof key[2] !== 'string' ||
    typeof key[3] !== 'string' ||
    !Number.isInteger(key[4]) ||
    (key[4] as number) < 0
  ) {
    throw refused();
  }
  const [year, date, id, label, position] = key as [number, string | null, string, string, number];
  return { key: { year, date, entity: { id }, label }, position };
}

/** `first` events after the cursor `after`, in the order of `events` (already sorted by compareEvents). */
export function eventPage(
  events: readonly TimelineEvent[],
  first: number | null | undefined,
  after: string | null | undefined,
): TimelineEvent[] {
  const size = first ?? TIMELINE_PAGE.default;
  if (!Number.isInteger(size) || size < 1 || size > TIMELINE_PAGE.max) {
    throw badUserInput('first', `first must be an integer from 1 to ${TIMELINE_PAGE.max}; got ${size}`);
  }
  let start = 0;
  if (after != null) {
    const { key, position } = decodeEventCursor(after);
    const atPosition = events[position];
    if (atPosition && compareEvents(atPosition, key as TimelineEvent) === 0) start = position + 1;
    else {
      // The events moved since the cursor was given: binary search for the first one after its key.
      let high = events.length;
      while (start < high) {
        const middle = (start + high) >>> 1;
        if (compareEvents(events[middle]!, key as TimelineEvent) <= 0) start = middle + 1;
        else high = middle;
      }
    }
  }
  return events.slice(start, start + size).map((event, index) => ({ ...event, position: start + index }));
}
