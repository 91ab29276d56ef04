/**
 * The earliest day a source can have been consulted. The survey's sources are modern documents and web pages;
 * a year 0000 or 1024 is a typing slip, not an archive.
 */
export const EARLIEST_SOURCE_DATE = '1900-01-01';

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A year, a month or a day (2024, 2024-05, 2024-05-01): the importer's files may give only the month. */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export interface CalendarDateOptions {
  /**
   * Accept a year or a year-month as well as a day.
   * @default false
   */
  partial?: boolean;
  /**
   * The moment that counts as now; the latest date accepted is the next day (UTC), which allows for a curator's
   * day that has begun east of UTC.
   * @default new Date()
   */
  now?: Date;
}

/**
 * Why `text` is not a real calendar date in the accepted range, in words naming `field`; undefined when it is.
 * `Date.parse` rolls 2024-02-30 over to 1 March instead of refusing it, so the day is checked against its month.
 */
export function calendarDateProblem(
  field: string,
  text: string,
  { partial = false, now = new Date() }: CalendarDateOptions = {},
): string | undefined {
  const match = (partial ? PARTIAL_DATE : FULL_DATE).exec(text);
  const example = partial ? '2024-05-01 (or 2024-05, 2024)' : '2024-05-01';
  if (!match) return `${field} must be a date like ${example}; got ${JSON.stringify(text)}`;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return `${field} ${text} has no month ${match[2]}`;
  if (month !== undefined && day !== undefined && (day < 1 || day > daysIn(year, month))) {
    return `${field} ${text} is not a day: ${year}-${match[2]} has ${daysIn(year, month)} days`;
  }
  const first = `${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}`;
  const last = `${match[1]}-${match[2] ?? '12'}-${match[3] ?? String(daysIn(year, month ?? 12)).padStart(2, '0')}`;
  if (last < EARLIEST_SOURCE_DATE) return `${field} ${text} is before ${EARLIEST_SOURCE_DATE}`;
  const latest = isoDay(new Date(now.getTime() + 24 * 60 * 60 * 1000));
  if (first > latest) return `${field} ${text} is in the future (the latest date accepted is ${latest})`;
  return undefined;
}

/**
 * Whether the date part of an ISO timestamp (2026-11-23T08:00:00Z) is a real day in the accepted range; the
 * timestamp's format is the caller's to check.
 */
export function isRealTimestampDay(timestamp: string, now?: Date): boolean {
  return calendarDateProblem('at', timestamp.slice(0, 10), { now }) === undefined;
}
