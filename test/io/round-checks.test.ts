import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimateArcs } from '../../src/domain/model-size.js';
import { eligiblePairs } from '../../src/domain/eligibility.js';
import { loadRound } from '../../src/io/load-round.js';
import { QUANTITY_RANGES } from '../../src/io/quantities.js';
import { inputErrorText } from '../../src/text/input-messages.js';
import { sweepEdit } from '../../src/what-if/sweep-values.js';
import { inputErrorOf } from '../support/input-error.js';
import { SCENARIO, smallRound } from '../support/temp-round.js';

const scenario = (text: string) => ({ 'scenario.yaml': text });
const loadError = (text: string) => inputErrorOf(() => loadRound(join(smallRound(scenario(text)), 'scenario.yaml')));

describe('numbers of the scenario', () => {
  it.each([
    ['budget: 1e15', SCENARIO.replace('budget: 50000', 'budget: 1e15'), 'budget', /must be at most 1000000000 \(found 1000000000000000\)/],
    ['budget below a cent', SCENARIO.replace('budget: 50000', 'budget: 50000.001'), 'budget', /more than 2 decimals/],
    ['defaults.cost: 1e15', SCENARIO.replace('cost: 16667', 'cost: 1e15'), 'defaults.cost', /must be at most 1000000/],
    ['defaults.maxDistanceKm: 1e9', SCENARIO.replace('maxDistanceKm: 60', 'maxDistanceKm: 1e9'), 'defaults.maxDistanceKm', /at most 1000/],
    [
      'a weight of 1e308',
      `${SCENARIO}priority: { rule: weighted, criteria: [{ indicator: kansarmoede, weight: 1e308 }] }\n`,
      'priority.criteria[0].weight',
      /at most 1000/,
    ],
    [
      'a quota of 1e15',
      `${SCENARIO}constraints: { provinces: { Limburg: { min: 1000000000000000 } } }\n`,
      'constraints.provinces.Limburg.min',
      /at most 100000/,
    ],
    [
      'maxPerMunicipality: 1e15',
      `${SCENARIO}constraints: { maxPerMunicipality: 1000000000000000 }\n`,
      'constraints.maxPerMunicipality',
      /at most 100000/,
    ],
  ])('refuses %s, naming the field', (_, text, field, words) => {
    const error = loadError(text);
    expect(error.location).toEqual({ file: 'scenario.yaml', field });
    expect(error.problem).toMatch(words);
  });

  it('documents in the schema the same maxima the loader checks', () => {
    const schema = readFileSync(new URL('../../schemas/scenario.schema.json', import.meta.url), 'utf8');
    const { properties } = JSON.parse(schema) as {
      properties: Record<string, { maximum?: number; properties?: Record<string, { maximum?: number }> }>;
    };
    expect(properties.budget?.maximum).toBe(QUANTITY_RANGES.budget.max);
    expect(properties.defaults?.properties?.cost?.maximum).toBe(QUANTITY_RANGES.cost.max);
    expect(properties.defaults?.properties?.maxDistanceKm?.maximum).toBe(QUANTITY_RANGES['max-distance'].max);
    expect(properties.defaults?.properties?.maxTrajectories?.maximum).toBe(QUANTITY_RANGES['max-trajectories'].max);
  });
});

describe('a budget that pays for nothing', () => {
  const typo = SCENARIO.replace('budget: 50000', 'budget: 250.000');

  it('is refused, naming the budget and the cheapest trajectory, with the budget it likely means', () => {
    const error = loadError(typo);
    expect(error.location).toEqual({ file: 'scenario.yaml', field: 'budget' });
    expect(error.problem).toBe(
      'is EUR 250, less than the cheapest trajectory (EUR 15,000.50, expert X002), so it pays for nothing. Did you mean 250000? YAML reads 250.000 as 250: write amounts without thousands separators.',
    );
    expect(
      inputErrorText(
        inputErrorOf(() => loadRound(join(smallRound(scenario(typo)), 'scenario.yaml'))),
        'nl',
      ),
    ).toBe(
      'scenario.yaml, veld "budget": is EUR 250, minder dan het goedkoopste traject (EUR 15.000,50, expert X002), en betaalt dus niets. Bedoel je 250000? YAML leest 250.000 als 250: schrijf bedragen zonder duizendtalscheiding.',
    );
  });

  it('is a warning in a variant and nothing at a sweep point', () => {
    const folder = smallRound({ 'small.yaml': 'extends: scenario.yaml\nbudget: 10000\n' });
    const variant = loadRound(join(folder, 'small.yaml'));
    expect(variant.warnings.map((warning) => warning.fact.id)).toEqual(['budget-pays-nothing']);
    const point = loadRound(
      join(folder, 'scenario.yaml'),
      sweepEdit(join(folder, 'scenario.yaml'), 'budget', 10000, { allowOutside: false }),
    );
    expect(point.round.budget).toBe(10000);
    expect(point.warnings).toEqual([]);
  });
});

describe('the size of the model', () => {
  const round = loadRound(join(smallRound(), 'scenario.yaml')).round;
  const arcs = eligiblePairs(round).reduce((sum, pair) => sum + pair.periods.length, 0);

  it('is bounded in linear time, counted pair by pair above the limit, and stops counting past it', () => {
    // Per domain, the offering experts' periods times the requests: wonen 2 x 1, schuldhulp 2 x 1, participatie 2 x 1.
    const bound = 6;
    expect(arcs).toBeLessThan(bound);
    expect(estimateArcs(round, 1000, 1000)).toEqual({ arcs: bound, kind: 'at-most' });
    expect(estimateArcs(round, arcs, 1000)).toEqual({ arcs, kind: 'exact' });
    expect(estimateArcs(round, 1, 1000)).toEqual({ arcs: 2, kind: 'at-least' });
    expect(estimateArcs(round, 1, 0)).toEqual({ arcs: bound, kind: 'at-most' });
  });

  it('above limits.maxArcs refuses the round with the numbers and how to split it', () => {
    const error = loadError(`${SCENARIO}limits: { maxArcs: 1 }\n`);
    expect(error.location).toEqual({ file: 'scenario.yaml' });
    expect(error.problem).toBe(
      `gives the model at least 2 possible trajectories (expert, request, period), over the 1 one solve handles in memory (2 experts, 3 requests, 3 periods). Split the round, e.g. by province or by domain, or raise limits.maxArcs if this machine has the memory (about 5 KB per trajectory).`,
    );
  });
});
