import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRound } from '../../src/io/load-round.js';
import { isCalendarDate } from '../../src/io/period-dates.js';
import { problemText } from '../../src/text/input-messages.js';
import { expectNoEnglish } from '../support/english-in-dutch.js';
import { inputErrorOf } from '../support/input-error.js';
import { SCENARIO, smallRound } from '../support/temp-round.js';

const load = (extra: string) => loadRound(join(smallRound({ 'scenario.yaml': `${SCENARIO}${extra}` }), 'scenario.yaml'));
const failure = (extra: string) => inputErrorOf(() => load(extra));

const PERIOD_FACTS = new Set(['date-invalid', 'period-repeated', 'period-undated', 'period-ends-before', 'period-overlap']);

const DATED = `periods:
  - { id: P1, from: 2022-01-01, to: 2022-04-30 }
  - { id: P2, from: 2022-05-01, to: 2022-08-31 }
  - { id: P3, from: 2022-09-01, to: 2022-12-31 }
`;

describe('periods with dates', () => {
  it('reads dated periods into the round and carries them with the letter settings', () => {
    const { round, scenario } = load(`${DATED}letters: { sender: "Vlaamse overheid\\nTeam Wisselaar", date: 2022-03-01 }\n`);
    expect(round.periods).toEqual(['P1', 'P2', 'P3']);
    expect(round.periodDates).toEqual([
      { id: 'P1', from: '2022-01-01', to: '2022-04-30' },
      { id: 'P2', from: '2022-05-01', to: '2022-08-31' },
      { id: 'P3', from: '2022-09-01', to: '2022-12-31' },
    ]);
    expect(scenario.letters).toEqual({ sender: 'Vlaamse overheid\nTeam Wisselaar', date: '2022-03-01' });
  });

  it('keeps the plain list valid, without dates', () => {
    const { round } = load('periods: [P1, P2, P3]\n');
    expect(round.periods).toEqual(['P1', 'P2', 'P3']);
    expect(round.periodDates).toBeUndefined();
  });

  it.each([
    [
      'a day that does not exist',
      DATED.replace('2022-04-30', '2022-02-30'),
      'periods[0].to',
      /"2022-02-30", which is not a day of the calendar/,
    ],
    ['a date in another format', DATED.replace('2022-05-01', '1/5/2022'), 'periods[1].from', /not written YYYY-MM-DD/],
    ['a period that ends before it starts', DATED.replace('to: 2022-08-31', 'to: 2022-04-01'), 'periods[1].to', /before the period's from/],
    ['overlapping periods', DATED.replace('from: 2022-05-01', 'from: 2022-04-15'), 'periods[1].from', /P1 runs until 2022-04-30/],
    [
      'periods out of time order',
      'periods:\n  - { id: P1, from: 2022-05-01, to: 2022-08-31 }\n  - { id: P2, from: 2022-01-01, to: 2022-04-30 }\n',
      'periods[1].from',
      /in time order/,
    ],
    ['dates for some periods only', 'periods: [{ id: P1, from: 2022-01-01, to: 2022-04-30 }, P2]\n', 'periods[1]', /or none of them/],
    [
      'a repeated id',
      'periods: [{ id: P1, from: 2022-01-01, to: 2022-04-30 }, { id: P1, from: 2022-05-01, to: 2022-08-31 }]\n',
      'periods[1]',
      /repeats/,
    ],
    ['a missing to', 'periods: [{ id: P1, from: 2022-01-01 }]\n', 'periods[0].to', /required/],
    ['an unknown key', 'periods: [{ id: P1, start: 2022-01-01, to: 2022-04-30 }]\n', 'periods[0].start', /not a known key/],
    ['a letter date that does not exist', 'letters: { date: 2022-13-01 }\n', 'letters.date', /not a day of the calendar/],
    ['an unknown letters key', 'letters: { signature: X }\n', 'letters.signature', /Known keys here: sender, contact, date/],
  ])('refuses %s, naming the field and how to fix it, in English and Dutch', (name, extra, field, message) => {
    const error = failure(extra);
    expect(error.location).toMatchObject({ file: 'scenario.yaml', field });
    expect(error.problem).toMatch(message);
    // The problems of periods and days are worded in Dutch too; field names and the example YAML are not prose.
    if (PERIOD_FACTS.has(error.fact.id)) {
      const dutch = problemText(error.fact, 'nl')
        .replace(/\{[^}]*\}/g, '')
        .replace(/\w+\[\d+\]/g, '');
      expectNoEnglish(dutch, name);
    }
  });

  it('knows calendar days, leap years included', () => {
    expect(['2024-02-29', '2022-12-31', '2000-02-29'].every(isCalendarDate)).toBe(true);
    expect(['2022-02-29', '1900-02-29', '2022-00-10', '2022-1-1', ' 2022-01-01'].some(isCalendarDate)).toBe(false);
  });
});
