import { describe, expect, it } from 'vitest';
import { calendarDateProblem, isRealTimestampDay } from './calendar-date.ts';

const now = new Date('2026-12-07T14:00:00Z');

describe('calendarDateProblem', () => {
  it('accepts real days', () => {
    for (const day of ['2024-02-29', '2024-05-01', '1900-01-01', '2026-12-08']) {
      expect(calendarDateProblem('takenAt', day, { now })).toBeUndefined();
    }
  });

  it('refuses days their month does not have (Date.parse rolls them over)', () => {
    expect(calendarDateProblem('takenAt', '2024-02-30', { now })).toBe(
      'takenAt 2024-02-30 is not a day: 2024-02 has 29 days',
    );
    expect(calendarDateProblem('takenAt', '2023-02-29', { now })).toMatch(/2023-02 has 28 days/);
    expect(calendarDateProblem('takenAt', '2024-04-31', { now })).toMatch(/30 days/);
    expect(calendarDateProblem('takenAt', '2024-13-01', { now })).toMatch(/no month 13/);
    expect(calendarDateProblem('takenAt', '2024-01-00', { now })).toMatch(/not a day/);
  });

  it('refuses year 0000 and dates after tomorrow', () => {
    expect(calendarDateProblem('takenAt', '0000-01-01', { now })).toBe('takenAt 0000-01-01 is before 1900-01-01');
    expect(calendarDateProblem('takenAt', '9999-12-31', { now })).toMatch(/future.*2026-12-08/);
    expect(calendarDateProblem('takenAt', '2026-12-09', { now })).toMatch(/future/);
  });

  it('refuses other forms, and accepts a month or a year only when partial', () => {
    expect(calendarDateProblem('takenAt', '2024-1-1', { now })).toMatch(/must be a date like 2024-05-01/);
    expect(calendarDateProblem('takenAt', '2026-11', { now })).toMatch(/must be a date/);
    expect(calendarDateProblem('takenAt', '2026-11', { now, partial: true })).toBeUndefined();
    expect(calendarDateProblem('takenAt', '2026', { now, partial: true })).toBeUndefined();
    expect(calendarDateProblem('takenAt', '2026-13', { now, partial: true })).toMatch(/no month 13/);
    expect(calendarDateProblem('takenAt', '2027', { now, partial: true })).toMatch(/future/);
  });
});

describe('isRealTimestampDay', () => {
  it('checks the date part of a timestamp', () => {
    expect(isRealTimestampDay('2026-11-23T08:00:00.000Z', now)).toBe(true);
    expect(isRealTimestampDay('2026-02-30T08:00:00.000Z', now)).toBe(false);
  });
});
