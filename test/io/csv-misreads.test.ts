import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findStrayQuote } from '../../src/io/csv-quotes.js';
import { loadRound } from '../../src/io/load-round.js';
import { inputErrorOf } from '../support/input-error.js';
import { EXPERTS, MUNICIPALITIES, REQUESTS, smallRound } from '../support/temp-round.js';

const load = (overrides: Record<string, string | Buffer> = {}) => loadRound(join(smallRound(overrides), 'scenario.yaml'));
const loadError = (overrides: Record<string, string | Buffer>) => inputErrorOf(() => load(overrides));

describe('expertise levels', () => {
  it.each(['wonen:0x2', 'wonen:2.0', 'wonen:+2', 'wonen:1e0', 'wonen:'])('"%s" is not read as a level', (entry) => {
    const error = loadError({ 'experts.csv': EXPERTS.replace('wonen|schuldhulp', `${entry}|schuldhulp`) });
    expect(error.location).toEqual({ file: 'experts.csv', row: 2, column: 'domains' });
    expect(error.problem).toMatch(/is not a domain with an optional level 1-3/);
  });
});

describe('quotes inside cells', () => {
  it('finds a quote in a cell that is not quoted, and none in a quoted cell', () => {
    expect(findStrayQuote('X1,Jan "Bob" Peeters,44021\n', ',')).toEqual({ index: 1, cell: 'Jan "Bob" Peeters' });
    expect(findStrayQuote('X1,"Jan ""Bob"" Peeters",44021\n', ',')).toBeUndefined();
    expect(findStrayQuote('X1;"a;b";5"\n', ';')).toEqual({ index: 2, cell: '5"' });
  });

  it('refuses an unquoted quote, naming the cell and how to write it', () => {
    const error = loadError({ 'experts.csv': EXPERTS.replace('X002,Joris,', 'X002,Joris "de expert",') });
    expect(error.location).toEqual({ file: 'experts.csv', row: 3, column: 'name' });
    expect(error.problem).toBe(
      '"Joris "de expert"" has a quote (") inside a cell that is not quoted, which may be text or a broken quote. Write the cell as "Joris ""de expert""" (quoted, with each quote inside doubled), or remove the quote.',
    );
    expect(load({ 'experts.csv': EXPERTS.replace('X002,Joris,', 'X002,"Joris ""de expert""",') }).round.experts[1]!.name).toBe(
      'Joris "de expert"',
    );
  });
});

describe('lists written the spreadsheet way', () => {
  it('refuses periods or domains separated by "," or ";"', () => {
    const periods = loadError({ 'requests.csv': REQUESTS.replace('schuldhulp,P2,', 'schuldhulp,"P1,P2",') });
    expect(periods.location).toEqual({ file: 'requests.csv', row: 3, column: 'periods' });
    expect(periods.problem).toBe('"P1,P2" separates its items with ","; separate them with "|", e.g. P1|P2 or wonen|schuldhulp');
    expect(loadError({ 'experts.csv': EXPERTS.replace('wonen|schuldhulp', '"wonen;schuldhulp"') }).location.column).toBe('domains');
  });

  it('names the period a lower-case id means', () => {
    const error = loadError({ 'requests.csv': REQUESTS.replace('schuldhulp,P2,', 'schuldhulp,p2,') });
    expect(error.problem).toBe('"p2" is not a period of the round (P1, P2, P3). Periods are case-sensitive: write "P2".');
  });

  it('refuses a reserved word as an id, a domain or a province', () => {
    expect(loadError({ 'experts.csv': EXPERTS.replace('X002,', 'constructor,') }).location).toEqual({
      file: 'experts.csv',
      row: 3,
      column: 'id',
    });
    expect(loadError({ 'requests.csv': REQUESTS.replace('participatie', '__proto__') }).location.column).toBe('domain');
    expect(loadError({ 'municipalities.csv': MUNICIPALITIES.replace('Limburg', 'prototype') }).location.column).toBe('province');
  });
});

describe('encodings', () => {
  const utf16 = (text: string, order: 'le' | 'be', bom: boolean) => {
    const little = Buffer.from(text, 'utf16le');
    const bytes = order === 'le' ? little : Buffer.from(little.map((_, index) => little[index ^ 1]!));
    return Buffer.concat([bom ? Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : Buffer.alloc(0), bytes]);
  };

  it.each([
    ['little-endian with a BOM', 'le', true],
    ['little-endian without a BOM', 'le', false],
    ['big-endian with a BOM', 'be', true],
    ['big-endian without a BOM', 'be', false],
  ] as const)('reads UTF-16 %s as its UTF-8 twin', (_, order, bom) => {
    const names = MUNICIPALITIES.replace('Gent', 'Gént');
    expect(load({ 'municipalities.csv': utf16(names, order, bom) }).round).toEqual(load({ 'municipalities.csv': names }).round);
  });

  it('names the byte and the Windows-1252 character of a Latin-1 file', () => {
    const latin1 = Buffer.from(MUNICIPALITIES.replace('Aalst', 'Aalst-Erembodegem, Herzel\u00eb'), 'latin1');
    const error = loadError({ 'municipalities.csv': latin1 });
    expect(error.location).toEqual({ file: 'municipalities.csv', line: 4 });
    expect(error.problem).toBe(
      'is not valid UTF-8: byte 0xEB is "ë" in Windows-1252 (Latin-1), as older Excel versions write. Save it as "CSV UTF-8" and try again.',
    );
  });
});
