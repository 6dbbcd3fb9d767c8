import { describe, expect, it } from 'vitest';
import { formatDate, formatSpan, periodNamer } from '../../src/text/calendar-text.js';
import { exampleResult } from '../support/example-result.js';

describe('dates and periods in words', () => {
  it('writes a day as people write it, the same in every time zone', () => {
    expect(formatDate('2022-03-01', 'nl')).toBe('1 maart 2022');
    expect(formatDate('2022-03-01', 'en')).toBe('1 March 2022');
    expect(formatDate('2022-12-31', 'nl')).toBe('31 december 2022');
  });

  it.each([
    [{ from: '2022-01-01', to: '2022-04-30' }, 'januari-april 2022', 'January-April 2022'],
    [{ from: '2022-05-01', to: '2022-05-31' }, 'mei 2022', 'May 2022'],
    [{ from: '2022-11-01', to: '2023-02-28' }, 'november 2022-februari 2023', 'November 2022-February 2023'],
    [{ from: '2024-01-15', to: '2024-05-14' }, '15 januari-14 mei 2024', '15 January-14 May 2024'],
    [{ from: '2024-02-01', to: '2024-02-28' }, '1 februari-28 februari 2024', '1 February-28 February 2024'],
    [{ from: '2022-12-15', to: '2023-01-14' }, '15 december 2022-14 januari 2023', '15 December 2022-14 January 2023'],
  ])('writes %j as months where they are whole', (span, nl, en) => {
    expect(formatSpan(span, 'nl')).toBe(nl);
    expect(formatSpan(span, 'en')).toBe(en);
  });

  it("names periods with the scenario's dates, the default months of P1-P3 in the round's year, or the id alone", async () => {
    const { result } = await exampleResult();
    expect(periodNamer(result, 'nl')('P2')).toBe('P2 (mei-augustus 2022)');
    const dated = { ...result, round: { ...result.round, periodDates: [{ id: 'P2', from: '2022-06-01', to: '2022-09-30' }] } };
    expect(periodNamer(dated, 'en')('P2')).toBe('P2 (June-September 2022)');
    expect(periodNamer({ ...result, scenario: { name: 'x' } }, 'en')('P2')).toBe('P2');
    const other = { ...result, round: { ...result.round, periods: ['Q1', 'Q2'] } };
    expect(periodNamer(other, 'en')('Q1')).toBe('Q1');
  });
});
