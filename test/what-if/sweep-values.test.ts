import { describe, expect, it } from 'vitest';
import { marginalSteps } from '../../src/what-if/sweep.js';
import type { SweepPoint } from '../../src/what-if/sweep-point.js';
import { parseVary, setScenarioKey } from '../../src/what-if/sweep-values.js';
import { InputError } from '../../src/io/input-error.js';
import { inputErrorOf, worded } from '../support/input-error.js';

const problem = (text: string) => {
  try {
    parseVary(text);
  } catch (error) {
    if (error instanceof InputError) return worded(error).message;
    throw error;
  }
  throw new Error(`expected --vary ${text} to be refused`);
};

describe('parseVary', () => {
  it('expands an inclusive range', () => {
    expect(parseVary('budget=150000:250000:25000')).toEqual({ key: 'budget', values: [150000, 175000, 200000, 225000, 250000] });
  });

  it('stops at the last step that fits and does not drift on decimal steps', () => {
    expect(parseVary('budget=1:2:0.4').values).toEqual([1, 1.4, 1.8]);
    expect(parseVary('defaults.maxDistanceKm=0.1:0.3:0.1').values).toEqual([0.1, 0.2, 0.3]);
  });

  it('reads a list of numbers, booleans and text', () => {
    expect(parseVary('defaults.maxDistanceKm=30, 45,60')).toEqual({ key: 'defaults.maxDistanceKm', values: [30, 45, 60] });
    expect(parseVary('priority.rule=score,first-come').values).toEqual(['score', 'first-come']);
    expect(parseVary('x.flag=true,false').values).toEqual([true, false]);
  });

  it('refuses malformed specifications with a message that shows the right form', () => {
    expect(problem('budget')).toContain('KEY=FROM:TO:STEP');
    expect(problem('=1:2:1')).toContain('KEY=FROM:TO:STEP');
    expect(problem('budget=1:2')).toContain('three parts');
    expect(problem('budget=a:2:1')).toContain('three plain numbers');
    expect(problem('budget=1:2:0')).toContain('step must be positive');
    expect(problem('budget=5:2:1')).toContain('FROM must not exceed TO');
    expect(problem('budget=1:100000:1')).toContain('over the limit');
    expect(problem('budget=1,,2')).toContain('empty item');
  });
});

describe('setScenarioKey', () => {
  it('sets a nested key without touching the original and creates missing mappings', () => {
    const original = { budget: 1, defaults: { cost: 5 } };
    expect(setScenarioKey(original, ['defaults', 'maxDistanceKm'], 30, 's.yaml')).toEqual({
      budget: 1,
      defaults: { cost: 5, maxDistanceKm: 30 },
    });
    expect(setScenarioKey(original, ['constraints', 'maxPerMunicipality'], 2, 's.yaml')).toMatchObject({
      constraints: { maxPerMunicipality: 2 },
    });
    expect(original).toEqual({ budget: 1, defaults: { cost: 5 } });
  });

  it('refuses to set a key inside a value that is not a mapping', () => {
    expect(inputErrorOf(() => setScenarioKey({ budget: 1 }, ['budget', 'max'], 2, 's.yaml')).message).toMatch(
      /s\.yaml, field "budget": is 1, not a mapping/,
    );
  });
});

describe('marginalSteps', () => {
  const point = (value: number, served: string[], priority: number, used: number): SweepPoint => ({
    value,
    status: 'optimal',
    objective: { priority, served: served.length, distanceKm: 0 },
    budget: { limit: value, used, left: value - used },
    served,
    tiers: [],
  });

  it('says what each step adds and which requests it swaps', () => {
    const steps = marginalSteps([point(100, ['A1'], 10.1, 90), point(200, ['A2', 'A3'], 30.3, 180), point(300, ['A2', 'A3'], 30.3, 180)]);
    expect(steps).toEqual([
      { from: 100, to: 200, servedDelta: 1, priorityDelta: 20.2, budgetUsedDelta: 90, gained: ['A2', 'A3'], lost: ['A1'] },
      { from: 200, to: 300, servedDelta: 0, priorityDelta: 0, budgetUsedDelta: 0, gained: [], lost: [] },
    ]);
  });
});
