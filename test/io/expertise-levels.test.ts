import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRound } from '../../src/io/load-round.js';
import { inputErrorOf, type WordedInputError } from '../support/input-error.js';
import { EXPERTS, REQUESTS, SCENARIO, smallRound } from '../support/temp-round.js';

const load = (overrides: Record<string, string> = {}) => loadRound(join(smallRound(overrides), 'scenario.yaml'));
const scenario = (extra: string) => ({ 'scenario.yaml': `${SCENARIO}${extra}\n` });

const inputError = (overrides: Record<string, string>): WordedInputError => inputErrorOf(() => load(overrides));

describe('expertise levels in experts.csv', () => {
  it('reads domain:level and defaults to level 1, keeping domains as plain names', () => {
    const round = load({ 'experts.csv': EXPERTS.replace('wonen|schuldhulp', 'wonen:3|schuldhulp') }).round;
    const expert = round.experts.find((e) => e.id === 'X001')!;
    expect(expert.domains).toEqual(['schuldhulp', 'wonen']);
    expect(expert.levels).toEqual({ wonen: 3, schuldhulp: 1 });
  });

  it('rejects a level outside 1-3 with file, row and column', () => {
    const error = inputError({ 'experts.csv': EXPERTS.replace('wonen|schuldhulp', 'wonen:4|schuldhulp') });
    expect(error.location).toEqual({ file: 'experts.csv', row: 2, column: 'domains' });
    expect(error.problem).toMatch(/"wonen:4" is not a domain with an optional level 1-3/);
  });
});

describe('priority settings', () => {
  it('first-come names the request without submitted_at and the column', () => {
    const error = inputError(scenario('priority: { rule: first-come }'));
    expect(error.location).toEqual({ file: 'requests.csv', row: 4, column: 'submitted_at' });
    expect(error.problem).toMatch(/request A003 has no submitted_at/);
  });

  it('lottery needs a seed', () => {
    expect(inputError(scenario('priority: { rule: lottery }')).message).toMatch(/field "priority.seed".*required/);
  });

  it('weighted names an unknown indicator with the known ones', () => {
    const error = inputError(scenario('priority: { rule: weighted, criteria: [{ indicator: kansarmoed, weight: 1 }] }'));
    expect(error.location).toEqual({ file: 'scenario.yaml', field: 'priority.criteria[0].indicator' });
    expect(error.problem).toMatch(/Did you mean "kansarmoede"\? Known: kansarmoede, population, priority/);
  });

  it('accepts every rule of the schema', () => {
    expect(
      load(
        scenario(
          'priority: { rule: weighted, criteria: [{ indicator: kansarmoede, weight: 1 }, { indicator: population, weight: 1, direction: lower }], normalise: rank }',
        ),
      ).round.priority.rule,
    ).toBe('weighted');
    expect(
      load(scenario('priority: { rule: tiers, classes: [{ name: A, when: { indicator: kansarmoede, min: 20 } }, { name: B }] }')).round
        .priority.rule,
    ).toBe('tiers');
    expect(load(scenario('priority: { rule: greedy, order: { rule: lottery, seed: 3 } }')).round.priority).toEqual({
      rule: 'greedy',
      order: { rule: 'lottery', seed: 3 },
    });
  });
});

describe('request indicators', () => {
  const requests = REQUESTS.replace('submitted_at,priority', 'submitted_at,priority,urgency,notes')
    .replace(',80\n', ',80,3,call back\n')
    .replace(',70.5\n', ',70.5,,\n')
    .replace(',60\n', ',60,1,\n');

  it('a column the rule names is an indicator of the request; other columns are left unread', () => {
    const loaded = load({
      ...scenario('priority: { rule: weighted, criteria: [{ indicator: urgency, weight: 1 }], missing: worst }'),
      'requests.csv': requests,
    });
    expect(loaded.round.requests.map((r) => r.indicators)).toEqual([{ urgency: 3 }, {}, { urgency: 1 }]);
    expect(loaded.warnings).toEqual([]);
    expect(load({ 'requests.csv': requests }).round.requests.map((r) => r.indicators)).toEqual([undefined, undefined, undefined]);
  });

  it('names the empty cell of a named indicator, and refuses a named column that is not numeric', () => {
    const missing = inputError({
      ...scenario('priority: { rule: weighted, criteria: [{ indicator: urgency, weight: 1 }] }'),
      'requests.csv': requests,
    });
    expect(missing.location).toEqual({ file: 'requests.csv', row: 3, column: 'urgency' });
    expect(missing.problem).toMatch(/^is empty for request A002, and priority.criteria\[0\].indicator needs a value/);
    const text = inputError({
      ...scenario('priority: { rule: weighted, criteria: [{ indicator: notes, weight: 1 }] }'),
      'requests.csv': requests,
    });
    expect(text.location).toEqual({ file: 'requests.csv', row: 2, column: 'notes' });
    expect(text.problem).toMatch(/^"call back" is not a number/);
  });
});

describe('constraint settings', () => {
  it('checks the ids, periods, provinces and domains they name, suggesting the closest', () => {
    expect(inputError(scenario('constraints: { pins: [{ expert: X009, request: A001 }] }')).location).toEqual({
      file: 'scenario.yaml',
      field: 'constraints.pins[0].expert',
    });
    expect(inputError(scenario('constraints: { pins: [{ expert: X001, request: A001, period: P7 }] }')).location.field).toBe(
      'constraints.pins[0].period',
    );
    const province = inputError(scenario('constraints: { provinces: { Limburgg: { min: 1 } } }'));
    expect(province.location.field).toBe('constraints.provinces.Limburgg');
    expect(province.problem).toMatch(/Did you mean "Limburg"\?/);
    expect(inputError(scenario('constraints: { domains: { woonen: { max: 1 } } }')).problem).toMatch(/Did you mean "wonen"/);
    expect(inputError(scenario('constraints: { exclude: [{ expert: X001, municipality: "11002", request: A001 }] }')).problem).toMatch(
      /either "municipality" or "request"/,
    );
    expect(inputError(scenario('constraints: { provinces: { Limburg: { min: 3, max: 2 } } }')).problem).toMatch(/min 3 is above max 2/);
  });

  it('maxPerExpert overrides max_trajectories, for all experts or by id', () => {
    expect(load(scenario('constraints: { maxPerExpert: 1 }')).round.experts.map((e) => e.maxTrajectories)).toEqual([1, 1]);
    expect(load(scenario('constraints: { maxPerExpert: { X001: 2 } }')).round.experts.map((e) => e.maxTrajectories)).toEqual([2, 1]);
  });
});

describe('history settings and history.csv', () => {
  const history = 'year,expert,municipality,domain\n2021,X777,41002,wonen\n';

  it('reads history.csv and the ongoing trajectories', () => {
    const round = load({
      ...scenario('year: 2022\nhistory: { file: history.csv, servedBefore: exclude, ongoing: [{ expert: X001, period: P1 }] }'),
      'history.csv': history,
    }).round;
    expect(round.history).toEqual({
      records: [{ year: 2021, expert: 'X777', municipality: '41002', domain: 'wonen' }],
      servedBefore: 'exclude',
      factor: 0.5,
      ongoing: [{ expert: 'X001', period: 'P1' }],
    });
  });

  it('rejects a bad row with file, row and column, and a year that is not earlier', () => {
    const setting = scenario('year: 2022\nhistory: { file: history.csv, servedBefore: penalise }');
    expect(inputError({ ...setting, 'history.csv': `${history}2020,X1,4100,wonen\n` }).location).toEqual({
      file: 'history.csv',
      row: 3,
      column: 'municipality',
    });
    const late = inputError({ ...setting, 'history.csv': `${history}2022,X1,41002,wonen\n` });
    expect(late.location).toEqual({ file: 'history.csv', row: 3, column: 'year' });
    expect(late.problem).toMatch(/not earlier than this round \(2022\)/);
  });

  it('needs a file for servedBefore other than ignore', () => {
    expect(inputError(scenario('history: { servedBefore: exclude }')).location).toEqual({ file: 'scenario.yaml', field: 'history.file' });
  });

  it('the requests fixture stays usable: first-come works once every request has a time', () => {
    const timed = REQUESTS.replace('A003,71016,participatie,P3,,60', 'A003,71016,participatie,P3,2021-10-06T09:00:00Z,60');
    expect(load({ ...scenario('priority: { rule: first-come }'), 'requests.csv': timed }).round.priority.rule).toBe('first-come');
  });
});
