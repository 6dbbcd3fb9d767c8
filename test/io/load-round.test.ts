import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputErrorText } from '../../src/text/input-messages.js';
import { inputErrorOf, type WordedInputError } from '../support/input-error.js';
import { loadRound } from '../../src/io/load-round.js';
import { EXPERTS, MUNICIPALITIES, REQUESTS, smallRound, excelNl } from '../support/temp-round.js';

const load = (overrides: Record<string, string | Buffer> = {}) => loadRound(join(smallRound(overrides), 'scenario.yaml'));

/** The InputError a load throws, worded in English, so tests can check file, row, column and message. */
const inputError = (overrides: Record<string, string | Buffer>): WordedInputError => inputErrorOf(() => load(overrides));

describe('loading a round', () => {
  it('reads the files with defaults applied and rows sorted', () => {
    const { round, inputs } = load();
    expect(round.municipalities.map((m) => m.nis)).toEqual(['11002', '41002', '44021', '71016']);
    // An indicator column is read only when the scenario's rule names it.
    expect(round.municipalities[0]!.indicators).toEqual({});
    expect(round.experts[0]).toMatchObject({
      id: 'X001',
      cost: 16667,
      maxTrajectories: 2,
      maxDistanceKm: 60,
      domains: ['schuldhulp', 'wonen'],
    });
    expect(round.experts[1]).toMatchObject({ id: 'X002', cost: 15000.5, maxTrajectories: 1 });
    expect(round.requests[0]!.periods).toEqual(['P1', 'P2', 'P3']);
    expect(round.requests[1]).toMatchObject({ periods: ['P2'], priority: 70.5 });
    expect(round.constraints.maxPerMunicipality).toBe(1);
    expect(Object.keys(inputs)).toEqual(['scenario.yaml', 'municipalities.csv', 'experts.csv', 'requests.csv']);
    expect(inputs['experts.csv']).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('reads `;` files with decimal commas, CRLF, a BOM and upper-case headers the same way', () => {
    const plain = load().round;
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const excel = load({
      'municipalities.csv': Buffer.concat([bom, Buffer.from(excelNl(MUNICIPALITIES, '\r\n').replace('nis;name', 'NIS;Name'))]),
      'experts.csv': Buffer.concat([bom, Buffer.from(excelNl(EXPERTS, '\r\n'))]),
      'requests.csv': excelNl(REQUESTS, '\r\n').replace('id;municipality', 'ID;Municipality'),
    }).round;
    expect(excel).toEqual(plain);
  });

  it('reads Belgian thousands separators in `;` files', () => {
    const { round } = load({ 'experts.csv': excelNl(EXPERTS, '\r\n').replace('15000,5', '"15.000,50"') });
    expect(round.experts[1]!.cost).toBe(15000.5);
  });

  it.each([
    [
      'a non-numeric cost',
      { 'experts.csv': EXPERTS.replace('15000.5', 'veel') },
      { file: 'experts.csv', row: 3, column: 'cost' },
      /"veel" is not a number/,
    ],
    [
      'a negative cost',
      { 'experts.csv': EXPERTS.replace('15000.5', '-5') },
      { file: 'experts.csv', row: 3, column: 'cost' },
      /more than 0/,
    ],
    [
      'a duplicate id',
      { 'requests.csv': `${REQUESTS}A002,44021,wonen,,,1\n` },
      { file: 'requests.csv', row: 5, column: 'id' },
      /duplicate: row 3/,
    ],
    [
      'an unknown municipality',
      { 'experts.csv': EXPERTS.replace('X002,Joris,11002', 'X002,Joris,99999') },
      { file: 'experts.csv', row: 3, column: 'municipality' },
      /"99999" is not in municipalities.csv/,
    ],
    [
      'an unknown period',
      { 'requests.csv': REQUESTS.replace('participatie,P3', 'participatie,P4') },
      { file: 'requests.csv', row: 4, column: 'periods' },
      /"P4" is not a period of the round/,
    ],
    [
      'a missing required column',
      { 'requests.csv': REQUESTS.replace('id,municipality,domain', 'id,host,domain') },
      { file: 'requests.csv', row: 1, column: 'municipality' },
      /required column "municipality" missing/,
    ],
    [
      'a required column under its Dutch name',
      { 'requests.csv': REQUESTS.replace('id,municipality,domain', 'id,gemeente,domain') },
      { file: 'requests.csv', row: 1, column: 'gemeente' },
      /is not a column expertpool reads\. Did you mean "municipality"\?/,
    ],
    [
      'a bad NIS code',
      { 'municipalities.csv': MUNICIPALITIES.replace('71016,Genk', '7101,Genk') },
      { file: 'municipalities.csv', row: 5, column: 'nis' },
      /5-digit NIS code/,
    ],
    [
      'a latitude out of range',
      { 'municipalities.csv': MUNICIPALITIES.replace('50.9650', '150.9') },
      { file: 'municipalities.csv', row: 5, column: 'lat' },
      /between -90 and 90/,
    ],
    [
      'a bad timestamp',
      { 'requests.csv': REQUESTS.replace('2021-10-04T09:12:33+02:00', 'gisteren') },
      { file: 'requests.csv', row: 2, column: 'submitted_at' },
      /ISO 8601/,
    ],
    [
      'an empty domain list',
      { 'experts.csv': EXPERTS.replace('wonen|schuldhulp', '') },
      { file: 'experts.csv', row: 2, column: 'domains' },
      /is empty/,
    ],
  ])('rejects %s, naming file, row and column', (_, overrides, location, message) => {
    const error = inputError(overrides as Record<string, string>);
    expect(error.location).toMatchObject(location);
    expect(error.message).toMatch(message);
  });

  it('needs a cost from the row or the scenario', () => {
    const error = inputError({
      'scenario.yaml': 'name: T\nbudget: 1\ndata: { municipalities: municipalities.csv, experts: experts.csv, requests: requests.csv }\n',
    });
    expect(error.location).toMatchObject({ file: 'experts.csv', row: 2, column: 'cost' });
  });

  it.each([
    ['an unknown key, with a suggestion', 'name: T\nbudgett: 5\n', { field: 'budgett' }, /not a known key\. Did you mean "budget"\?/],
    [
      'an unknown nested key',
      'name: T\nbudget: 5\nconstraints: { maxPerMunicipalty: 2 }\ndata: { municipalities: a, experts: b, requests: c }\n',
      { field: 'constraints.maxPerMunicipalty' },
      /Did you mean "maxPerMunicipality"/,
    ],
    ['a missing key', 'name: T\nbudget: 5\n', { field: 'data' }, /required/],
    [
      'a wrong type',
      'name: T\nbudget: veel\ndata: { municipalities: a, experts: b, requests: c }\n',
      { field: 'budget' },
      /must be of type number \(found "veel"\)/,
    ],
    [
      'an unknown rule',
      'name: T\nbudget: 5\npriority: { rule: loting }\ndata: { municipalities: a, experts: b, requests: c }\n',
      { field: 'priority.rule' },
      /must be one of/,
    ],
    ['a YAML syntax error', 'name: T\nbudget: [5\n', { line: 3 }, /not valid YAML/],
  ])('rejects a scenario with %s', (_, scenario, location, message) => {
    const error = inputError({ 'scenario.yaml': scenario });
    expect(error.location).toMatchObject({ file: 'scenario.yaml', ...location });
    expect(error.message).toMatch(message);
  });

  it('accepts a $schema key and JSON scenarios', () => {
    const json = JSON.stringify({
      $schema: '../schemas/scenario.schema.json',
      name: 'T',
      budget: 50000,
      defaults: { cost: 16667 },
      data: { municipalities: 'municipalities.csv', experts: 'experts.csv', requests: 'requests.csv' },
    });
    expect(load({ 'scenario.yaml': json }).round.name).toBe('T');
  });

  it('warns about a request for a domain no expert offers', () => {
    const { warnings } = load({ 'requests.csv': `${REQUESTS}A004,44021,onthaal,,,10\n` });
    expect(warnings.map((warning) => inputErrorText(warning)).join('\n')).toMatch(
      /requests\.csv, row 5, column "domain": "onthaal" is requested by A004, but no expert offers it/,
    );
  });
});
