import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/io/csv-table.js';
import { loadRound } from '../../src/io/load-round.js';
import { nearName } from '../../src/io/near-name.js';
import { inputErrorOf } from '../support/input-error.js';
import { EXPERTS, MUNICIPALITIES, REQUESTS, SCENARIO, smallRound } from '../support/temp-round.js';

const load = (overrides: Record<string, string> = {}) => loadRound(join(smallRound(overrides), 'scenario.yaml'));
const loadError = (overrides: Record<string, string>) => inputErrorOf(() => load(overrides));
const weighted = (indicator: string) => `${SCENARIO}priority: { rule: weighted, criteria: [{ indicator: ${indicator}, weight: 1 }] }\n`;

describe('misspelled and unknown columns', () => {
  it.each([
    ['requests.csv', 'prioirty', 'priority', REQUESTS.replace(',priority', ',prioirty')],
    ['experts.csv', 'kost', 'cost', EXPERTS.replace(',cost,', ',kost,')],
    ['experts.csv', 'max_distance', 'max_distance_km', EXPERTS.replace(',max_distance_km', ',max_distance')],
    ['experts.csv', 'Max Distance (km)', 'max_distance_km', EXPERTS.replace(',max_distance_km', ',Max Distance (km)')],
    ['experts.csv', 'kosten', 'cost', EXPERTS.replace(',cost,', ',kosten,')],
    ['requests.csv', 'submited_at', 'submitted_at', REQUESTS.replace(',submitted_at,', ',submited_at,')],
    ['municipalities.csv', 'bevolking', 'population', MUNICIPALITIES.replace(',population,', ',bevolking,')],
  ])('%s: "%s" is an error naming "%s"', (file, column, meant, text) => {
    const error = loadError({ [file]: text });
    expect(error.location).toEqual({ file, row: 1, column });
    expect(error.problem).toBe(
      `is not a column expertpool reads. Did you mean "${meant}"? Rename the column (names are the English ones, in any case), or remove it.`,
    );
  });

  it('leaves a column unread when it is like no known column, or like one the file already has', () => {
    const round = load({ 'requests.csv': REQUESTS.replace(',priority\n', ',priority,note\n').replace(',80\n', ',80,call back\n') }).round;
    expect(round.requests[0]).not.toHaveProperty('indicators');
    // "nam" is close to "name", but the file has a "name" column already.
    expect(load({ 'municipalities.csv': MUNICIPALITIES.replace('kansarmoede', 'nam') }).round.municipalities).toHaveLength(4);
  });

  it('finds near names by edits, swapped letters, case and punctuation, and prefixes', () => {
    expect(nearName('prioirty', ['priority'])).toBe('priority');
    expect(nearName('PRIORITY ', ['priority'])).toBe('priority');
    expect(nearName('cost_eur', ['cost'])).toBe('cost');
    expect(nearName('note', ['periods', 'priority'])).toBeUndefined();
    expect(nearName('lng', ['lat', 'lon'], { lng: 'lon' })).toBe('lon');
  });

  it('refuses a header cell without a name that has data under it, and accepts empty trailing columns', () => {
    const error = loadError({ 'requests.csv': REQUESTS.replace(',priority\n', ',priority,\n').replace(',70.5\n', ',70.5,urgent\n') });
    expect(error.location).toEqual({ file: 'requests.csv', row: 1, column: '#7' });
    expect(error.problem).toBe('has no name in the header, but row 3 has "urgent" under it. Name the column, or delete it.');
    expect(load({ 'requests.csv': REQUESTS.replace(/\n/g, ',\n') }).round.requests).toHaveLength(3);
  });

  it('refuses a reserved word as a column name', () => {
    const error = loadError({ 'requests.csv': REQUESTS.replace(',priority\n', ',priority,__proto__\n') });
    expect(error.location).toEqual({ file: 'requests.csv', row: 1, column: '__proto__' });
  });
});

describe('indicator columns', () => {
  it('reads a column as an indicator when the scenario names it, from either file', () => {
    const round = load({ 'scenario.yaml': weighted('kansarmoede') }).round;
    expect(round.municipalities.map((m) => m.indicators)).toEqual([
      { kansarmoede: 27.4 },
      { kansarmoede: 15.2 },
      { kansarmoede: 20.1 },
      { kansarmoede: 30.3 },
    ]);
    const requests = REQUESTS.replace(',priority\n', ',priority,urgency\n').replace(/(\d)\n/g, '$1,2\n');
    expect(load({ 'scenario.yaml': weighted('urgency'), 'requests.csv': requests }).round.requests.map((r) => r.indicators)).toEqual([
      { urgency: 2 },
      { urgency: 2 },
      { urgency: 2 },
    ]);
  });

  it('names a misspelled indicator with the closest column, whichever side has the typo', () => {
    const inScenario = loadError({ 'scenario.yaml': weighted('kansarmode') });
    expect(inScenario.location).toEqual({ file: 'scenario.yaml', field: 'priority.criteria[0].indicator' });
    expect(inScenario.problem).toBe(
      '"kansarmode" is not an indicator of the round. Did you mean "kansarmoede"? Known: kansarmoede, population, priority.',
    );
    const inHeader = loadError({
      'scenario.yaml': weighted('kansarmoede'),
      'municipalities.csv': MUNICIPALITIES.replace('kansarmoede', 'kansarmode'),
    });
    expect(inHeader.problem).toMatch(/^"kansarmoede" is not an indicator of the round\. Did you mean "kansarmode"\?/);
  });

  it('refuses a named indicator column that is empty in every row', () => {
    const empty = MUNICIPALITIES.replace(/,([\d.]+)\n/g, ',\n');
    const error = loadError({ 'scenario.yaml': weighted('kansarmoede'), 'municipalities.csv': empty });
    expect(error.location).toEqual({ file: 'municipalities.csv', column: 'kansarmoede' });
    expect(error.problem).toMatch(/is empty in every row, but the scenario's priority rule uses it \(priority.criteria\[0\].indicator\)/);
  });
});

describe('a leading sep= line', () => {
  it('is read as Excel means it: the delimiter, with rows numbered as Excel shows them', () => {
    const semicolons = `sep=;\n${REQUESTS.replace(/,/g, ';')}`;
    expect(load({ 'requests.csv': semicolons }).round.requests).toEqual(load().round.requests);
    const table = parseCsv('"sep=,"\r\nid,name\r\nA,"x, y"\r\n', 't.csv', { required: ['id'], optional: ['name'] });
    expect(table.rows).toEqual([{ row: 2, cells: { id: 'A', name: 'x, y' } }]);
    const error = inputErrorOf(() => parseCsv('sep=;\nid;name\nA;\u0007\n', 't.csv', { required: ['id'], optional: ['name'] }));
    expect(error.location).toEqual({ file: 't.csv', row: 2, column: 'name' });
  });

  it('names a separator expertpool does not read', () => {
    expect(inputErrorOf(() => parseCsv('sep=|\nid|name\n', 't.csv', { required: ['id'] })).problem).toMatch(/starts with "sep=\|"/);
  });
});
