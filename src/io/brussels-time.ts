import type { TimeProblem } from './input-facts.js';

/** `2021-10-04`, `2021-10-04T09:30`, `2021-10-04 09:30:15.250+02:00`, `...Z`: ISO 8601 as forms and exports write it. */
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** How Excel and people in Belgium show a date: day first (`4/10/2021 9:30`, `04-10-2021`). */
const DAY_FIRST = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;

/** Wall-clock time in Brussels, whatever the machine's own time zone (Node ships the time zone database with ICU). */
const BRUSSELS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

const DAY_MS = 86_400_000;

/** Milliseconds since 1970 of a calendar date and time read as UTC; any year, no two-digit-year mapping. */
function utcMs(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** The Brussels wall-clock time at instant `ms`, as if it were UTC (whole seconds). */
function brusselsWallClock(ms: number): number {
  const parts = Object.fromEntries(BRUSSELS.formatToParts(ms).map((part) => [part.type, Number(part.value)]));
  return utcMs(parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

/**
 * The instants whose Brussels wall-clock time is `wall` (a local time read
 * as UTC): one normally, none in the hour skipped when summer time starts,
 * two in the hour repeated when it ends. The offsets in force a day before
 * and a day after cover any change in between.
 */
function brusselsInstants(wall: number): number[] {
  const offsets = new Set([DAY_MS, -DAY_MS].map((shift) => brusselsWallClock(wall + shift) - (wall + shift)));
  return [...offsets].map((offset) => wall - offset).filter((instant) => brusselsWallClock(instant) === wall);
}

/** Days in a month of a year: day 0 of the next month is the last day of this one. */
const daysInMonth = (year: number, month: number) => new Date(utcMs(year, month + 1, 0, 0, 0, 0)).getUTCDate();

/**
 * Reads a `submitted_at` cell into the instant it names, as an ISO 8601 UTC
 * string (to the millisecond), so the first-come order is the same on every
 * machine. A time without a UTC offset is Brussels local time (the round's
 * legal time, summer time included); a date alone is midnight there. A date
 * or time that does not exist (`2021-02-30`, `24:00`, month 13) is a problem,
 * never rolled over, and so is a Brussels time that a change to or from
 * summer time skips or repeats: only an offset can say which is meant.
 */
export function readSubmittedAt(cell: string): { readonly instant: string } | { readonly problem: TimeProblem } {
  const match = ISO_8601.exec(cell.trim());
  if (!match) return { problem: DAY_FIRST.test(cell.trim()) ? 'day-month-year' : 'format' };
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { problem: 'date' };
  if (hour > 23 || minute > 59 || second > 59) return { problem: 'time' };
  const milliseconds = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  const wall = utcMs(year, month, day, hour, minute, second);
  const offset = match[8];
  if (offset !== undefined) {
    const [, sign, hours, minutes] = /^([+-]?)(\d{2})?:?(\d{2})?$/.exec(offset.replace(/^[Zz]$/, '+00:00')) ?? [];
    if (Number(hours) > 14 || Number(minutes ?? 0) > 59) return { problem: 'offset' };
    const offsetMs = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes ?? 0)) * 60_000;
    return { instant: new Date(wall - offsetMs + milliseconds).toISOString() };
  }
  const instants = brusselsInstants(wall);
  if (instants.length === 0) return { problem: 'dst-gap' };
  if (instants.length > 1) return { problem: 'dst-overlap' };
  return { instant: new Date(instants[0]! + milliseconds).toISOString() };
}
