import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/io/csv-table.js';
import { loadRound } from '../../src/io/load-round.js';
import { inputErrorOf as inputError } from '../support/input-error.js';
import { EXPERTS, MUNICIPALITIES, REQUESTS, smallRound } from '../support/temp-round.js';

const load = (overrides: Record<string, string> = {}) => loadRound(join(smallRound(overrides), 'scenario.yaml')).round;

describe('CSV as real exports write it', () => {
  const plain = load();

  it.each([
    ['CRLF', (text: string) => text.replace(/\n/g, '\r\n')],
    ['lone CR (old Mac)', (text: string) => text.replace(/\n/g, '\r')],
    [
      'CRLF and LF mixed in one file',
      (text: string) =>
        text
          .split('\n')
          .map((line, index) => `${line}${index % 2 === 0 ? '\r\n' : '\n'}`)
          .join(''),
    ],
  ])('reads %s line endings as LF', (_, rewrite) => {
    const round = load({
      'municipalities.csv': rewrite(MUNICIPALITIES),
      'experts.csv': rewrite(EXPERTS),
      'requests.csv': rewrite(REQUESTS),
    });
    expect(round).toEqual(plain);
  });

  it('accepts the other delimiter inside a cell when the row has every cell', () => {
    const round = load({ 'municipalities.csv': MUNICIPALITIES.replace('44021,Gent,', '44021,"Gent; stad",') });
    expect(round.municipalities.find((m) => m.nis === '44021')?.name).toBe('Gent; stad');
  });

  it('accepts a row whose trailing empty cells were left out', () => {
    const round = load({
      'experts.csv': EXPERTS.replace('X001,Lien,44021,wonen|schuldhulp,P1|P2,,,', 'X001,Lien,44021,wonen|schuldhulp,P1|P2'),
    });
    expect(round.experts).toEqual(plain.experts);
  });

  it('does not take a short ";" row with a decimal comma for a "," row', () => {
    const table = parseCsv('id;name;cost;max_trajectories\nX1;Lien;16667,50\n', 'z.csv', {
      required: ['id'],
      optional: ['name', 'cost', 'max_trajectories'],
    });
    expect(table.rows[0]?.cells).toEqual({ id: 'X1', name: 'Lien', cost: '16667,50', max_trajectories: '' });
  });

  it('names the row when a row uses ";" in a "," file, and the reverse', () => {
    const comma = inputError(() => parseCsv('a,b,c\n1,2,3\n4;5;6\n', 'x.csv', { required: ['a'] }));
    expect(comma.location).toEqual({ file: 'x.csv', row: 3 });
    const semicolon = inputError(() => parseCsv('a;b;c\n1;2;3\n4,5,6\n', 'y.csv', { required: ['a'] }));
    expect(semicolon.message).toBe(
      'y.csv, row 3: has 1 cell but the header has 3: this row is separated by "," while the header uses ";". Use one delimiter in the whole file.',
    );
  });

  it('refuses a line break inside a cell it reads, naming the row of the record', () => {
    const error = inputError(() => load({ 'requests.csv': REQUESTS.replace('A002,11002,schuldhulp', 'A002,11002,"schuld\nhulp"') }));
    expect(error.location).toEqual({ file: 'requests.csv', row: 3, column: 'domain' });
  });

  it('reads a line break inside a column it does not use', () => {
    const round = load({
      'requests.csv': REQUESTS.replace(
        'id,municipality,domain,periods,submitted_at,priority',
        'id,municipality,domain,periods,submitted_at,priority,note',
      ).replace(',80\n', ',80,"first line\nsecond line"\n'),
    });
    expect(round.requests).toEqual(plain.requests);
  });

  it.each([
    ['De Panne', '51.1020', '2.5910'],
    ['Arlon', '49.6833', '5.8167'],
    ['Hoogstraten', '51.4000', '4.7600'],
    ['Torgny', '49.5064', '5.4736'],
  ])('accepts the edges of Belgium: %s', (name, lat, lon) => {
    const round = load({
      'municipalities.csv': MUNICIPALITIES.replace('71016,Genk,Limburg,50.9650,5.5008', `71016,${name},Limburg,${lat},${lon}`),
    });
    expect(round.municipalities.find((m) => m.nis === '71016')).toMatchObject({ lat: Number(lat), lon: Number(lon) });
  });

  it('points at lon when only the longitude is outside Belgium', () => {
    const error = inputError(() => load({ 'municipalities.csv': MUNICIPALITIES.replace('50.9650,5.5008', '50.9650,7.1') }));
    expect(error.location).toEqual({ file: 'municipalities.csv', row: 5, column: 'lon' });
    expect(error.problem).toMatch(/^7\.1 is outside Belgium/);
  });
});
