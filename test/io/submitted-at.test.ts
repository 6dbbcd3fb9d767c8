import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSubmittedAt } from '../../src/io/brussels-time.js';
import { loadRound } from '../../src/io/load-round.js';
import { inputErrorOf } from '../support/input-error.js';
import { REQUESTS, smallRound } from '../support/temp-round.js';

describe('submitted_at', () => {
  it.each([
    ['2021-10-04T09:12:33+02:00', '2021-10-04T07:12:33.000Z'],
    ['2021-10-04T09:12:33+0200', '2021-10-04T07:12:33.000Z'],
    ['2021-10-04T07:12:33Z', '2021-10-04T07:12:33.000Z'],
    ['2021-10-04 09:12:33.25-03:30', '2021-10-04T12:42:33.250Z'],
  ])('reads %s with its offset', (cell, instant) => {
    expect(readSubmittedAt(cell)).toEqual({ instant });
  });

  it.each([
    ['2021-10-04T09:30', '2021-10-04T07:30:00.000Z', 'summer time, UTC+2'],
    ['2021-12-01 09:30:00', '2021-12-01T08:30:00.000Z', 'winter time, UTC+1'],
    ['2021-12-01', '2021-11-30T23:00:00.000Z', 'a date alone is midnight'],
    ['2021-03-28T01:59:59', '2021-03-28T00:59:59.000Z', 'just before summer time starts'],
    ['2021-03-28T03:00', '2021-03-28T01:00:00.000Z', 'just after it starts'],
    ['2021-10-31T03:00', '2021-10-31T02:00:00.000Z', 'just after it ends'],
  ])('reads %s without an offset as Brussels time (%s, %s)', (cell, instant) => {
    expect(readSubmittedAt(cell)).toEqual({ instant });
  });

  it.each([
    ['2021-02-30T10:00', 'date'],
    ['2021-02-29', 'date'],
    ['2021-13-01', 'date'],
    ['2021-00-10', 'date'],
    ['2021-10-04T24:00', 'time'],
    ['2021-10-04T10:60', 'time'],
    ['2021-10-04T10:00+15:00', 'offset'],
    ['2021-03-28T02:30', 'dst-gap'],
    ['2021-10-31T02:30', 'dst-overlap'],
    ['4/10/2021 9:30', 'day-month-year'],
    ['04-10-2021', 'day-month-year'],
    ['gisteren', 'format'],
    ['44473.396', 'format'],
  ])('refuses %s (%s)', (cell, problem) => {
    expect(readSubmittedAt(cell)).toEqual({ problem });
  });

  it('accepts 29 February in a leap year and either instant of the repeated hour with its offset', () => {
    expect(readSubmittedAt('2024-02-29')).toEqual({ instant: '2024-02-28T23:00:00.000Z' });
    expect(readSubmittedAt('2021-10-31T02:30+02:00')).toEqual({ instant: '2021-10-31T00:30:00.000Z' });
    expect(readSubmittedAt('2021-10-31T02:30+01:00')).toEqual({ instant: '2021-10-31T01:30:00.000Z' });
  });

  it('names the cell and says which hour the clocks skipped', () => {
    const folder = smallRound({ 'requests.csv': REQUESTS.replace('2021-10-04T09:12:33+02:00', '2021-03-28 02:30') });
    const error = inputErrorOf(() => loadRound(join(folder, 'scenario.yaml')));
    expect(error.location).toEqual({ file: 'requests.csv', row: 2, column: 'submitted_at' });
    expect(error.problem).toBe(
      '"2021-03-28 02:30" does not exist in Brussels: clocks jumped from 02:00 to 03:00 that night for summer time. Correct it, or write the UTC offset, e.g. +01:00',
    );
  });

  it('keeps the instant, so rows read the same whatever their form', () => {
    const folder = smallRound({ 'requests.csv': REQUESTS.replace('2021-10-04T09:12:33+02:00', '2021-10-04 09:12:33') });
    expect(loadRound(join(folder, 'scenario.yaml')).round.requests[0]!.submittedAt).toBe('2021-10-04T07:12:33.000Z');
  });
});
