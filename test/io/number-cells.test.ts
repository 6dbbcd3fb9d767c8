import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRound } from '../../src/io/load-round.js';
import { readNumber } from '../../src/io/read-number.js';
import { inputErrorOf } from '../support/input-error.js';
import { EXPERTS, MUNICIPALITIES, REQUESTS, smallRound, excelNl } from '../support/temp-round.js';

const load = (overrides: Record<string, string> = {}) => loadRound(join(smallRound(overrides), 'scenario.yaml'));
const loadError = (overrides: Record<string, string>) => inputErrorOf(() => load(overrides));

describe('numbers in ";" files', () => {
  it('reads decimal commas and dot thousands with a decimal comma', () => {
    expect(readNumber('16.667,50', ';')).toEqual({ value: 16667.5 });
    expect(readNumber('16667,5', ';')).toEqual({ value: 16667.5 });
    expect(readNumber('12.345.678,9', ';')).toEqual({ value: 12345678.9 });
    expect(readNumber('17.25', ';')).toEqual({ value: 17.25 });
    expect(readNumber('0.250', ';')).toEqual({ value: 0.25 });
  });

  it('refuses a dot that may group thousands or mark decimals, with both readings', () => {
    expect(readNumber('17.250', ';')).toEqual({ ambiguous: { grouped: '17250', decimal: '17.25' } });
    expect(readNumber('12.345.678', ';')).toEqual({ ambiguous: { grouped: '12345678' } });
    expect(readNumber('-1.234', ';')).toEqual({ ambiguous: { grouped: '-1234', decimal: '-1.234' } });
  });

  it('reads the same text as a decimal point in a "," file', () => {
    expect(readNumber('17.250', ',')).toEqual({ value: 17.25 });
  });

  it('names the file, row, column, both readings and how to write it', () => {
    const error = loadError({ 'experts.csv': excelNl(EXPERTS).replace('15000,5', '17.250') });
    expect(error.location).toEqual({ file: 'experts.csv', row: 3, column: 'cost' });
    expect(error.problem).toBe(
      '"17.250" reads two ways in a file separated by ";": as 17250 (the dot as thousands separator, as Excel in Belgium writes) or as 17.25 (the dot as decimal point). Write 17250 without separators, or 17,25 with a decimal comma.',
    );
  });

  it.each([
    ['population', 'municipalities.csv', excelNl(MUNICIPALITIES).replace('263000', '263.000'), 'population'],
    ['priority', 'requests.csv', excelNl(REQUESTS).replace(';80', ';1.000'), 'priority'],
    ['a coordinate', 'municipalities.csv', excelNl(MUNICIPALITIES).replace('51,0543', '51.054'), 'lat'],
  ])('refuses the same trap in %s', (_, file, text, column) => {
    expect(loadError({ [file]: text }).location).toMatchObject({ file, column });
  });
});

describe('spreadsheet habits that are not numbers', () => {
  it.each([
    ["'16667", 'apostrophe', /leading apostrophe marks text in Excel/],
    ['\u201316667', 'dash', /dash that is not a minus sign/],
    ['16 667', 'space', /grouped with spaces/],
    ['16\u00a0667', 'space', /grouped with spaces/],
    ['16\u202f667', 'space', /grouped with spaces/],
    ['0x4123', 'hex', /hexadecimal/],
    ['1.6667E+04', 'exponent', /scientific notation/],
    ['1e3', 'exponent', /scientific notation/],
    ['€ 16667', 'currency', /without currency/],
    ['EUR 15000', 'currency', /without currency/],
    ['16667%', 'percent', /without %/],
    ['TRUE', undefined, /write EUR per trajectory/],
  ])('"%s" is refused as %s', (cell, trap, words) => {
    const reading = readNumber(cell, ',');
    expect(reading).toEqual(trap === undefined ? { invalid: true } : { invalid: true, trap });
    const error = loadError({ 'experts.csv': EXPERTS.replace('15000.5', `"${cell}"`) });
    expect(error.location).toEqual({ file: 'experts.csv', row: 3, column: 'cost' });
    expect(error.problem).toMatch(words);
  });

  it('names thousands commas in a "," file and English grouping in a ";" file', () => {
    expect(readNumber('16,667', ',')).toEqual({ invalid: true, trap: 'comma' });
    expect(readNumber('16,667.50', ';')).toEqual({ invalid: true, trap: 'grouping' });
  });
});

describe('ranges of numbers', () => {
  it.each([
    [
      'a cost of 10^13',
      EXPERTS.replace('15000.5', '10000000000000'),
      'cost',
      /is 10000000000000, more than expertpool accepts for a cost \(at most 1000000 EUR\)/,
    ],
    ['a cost below a cent', EXPERTS.replace('15000.5', '15000.505'), 'cost', /more than 2 decimals/],
    ['a distance of 5,000 km', EXPERTS.replace('15000.5,1,', '15000.5,1,5000'), 'max_distance_km', /at most 1000 km/],
    ['a distance in metres', EXPERTS.replace('15000.5,1,', '15000.5,1,60.25'), 'max_distance_km', /distances count to 0.1 km/],
    ['max_trajectories of 10^15', EXPERTS.replace('15000.5,1,', '15000.5,1000000000000000,'), 'max_trajectories', /at most 100000/],
  ])('refuses %s in experts.csv', (_, text, column, words) => {
    const error = loadError({ 'experts.csv': text });
    expect(error.location).toEqual({ file: 'experts.csv', row: 3, column });
    expect(error.problem).toMatch(words);
  });

  it('refuses a priority of 10^15 and one with five decimals', () => {
    expect(loadError({ 'requests.csv': REQUESTS.replace(',80\n', ',1000000000000000\n') }).problem).toMatch(/at most 100000\)/);
    expect(loadError({ 'requests.csv': REQUESTS.replace(',80\n', ',80.12345\n') }).problem).toMatch(/more than 4 decimals/);
  });

  it('accepts the largest values of each range', () => {
    const round = load({
      'experts.csv': EXPERTS.replace('15000.5,1,', '1000000,100000,1000'),
      'requests.csv': REQUESTS.replace(',80\n', ',100000\n').replace(',70.5\n', ',70.1234\n'),
    }).round;
    expect(round.experts[1]).toMatchObject({ cost: 1000000, maxDistanceKm: 1000 });
    expect(round.requests.map((request) => request.priority)).toEqual([100000, 70.1234, 60]);
  });
});
