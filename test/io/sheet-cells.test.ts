import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serialDateTime, spreadsheetNumber } from '../../src/io/sheet-cells.js';

describe('serial date numbers', () => {
  it('round to the second: 44562.3333333333 is 2022-01-01 08:00:00, not 07:59:59.99', () => {
    expect(serialDateTime(44562.3333333333, false)).toBe('2022-01-01 08:00:00');
    expect(serialDateTime(44562.99999999, false)).toBe('2022-01-02 00:00:00');
    expect(serialDateTime(1, false)).toBe('1900-01-01 00:00:00');
    expect(serialDateTime(61, false)).toBe('1900-03-01 00:00:00');
    expect(serialDateTime(0, true)).toBe('1904-01-01 00:00:00');
  });

  it('have no date for 29 February 1900, negative serials or serials past the year 9999', () => {
    expect(serialDateTime(60, false)).toBeUndefined();
    expect(serialDateTime(-1, false)).toBeUndefined();
    expect(serialDateTime(2_958_466, false)).toBeUndefined();
  });

  it('give back every second a spreadsheet stores in 15 significant digits', () => {
    const start = Date.UTC(1904, 0, 1);
    const end = Date.UTC(2100, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: start / 1000, max: end / 1000 }), fc.boolean(), (seconds, date1904) => {
        const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
        const serial = Number(((seconds * 1000 - epoch) / 86_400_000).toPrecision(15));
        const expected = new Date(seconds * 1000).toISOString().slice(0, 19).replace('T', ' ');
        expect(serialDateTime(serial, date1904)).toBe(expected);
      }),
    );
  });
});

describe('numbers of a sheet', () => {
  it('keep the 15 significant digits a spreadsheet computes with', () => {
    expect(spreadsheetNumber(0.1 + 0.2)).toBe(0.3);
    expect(spreadsheetNumber(16667.5)).toBe(16667.5);
    expect(spreadsheetNumber(51.2194)).toBe(51.2194);
  });
});
