import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRound } from '../../src/io/load-round.js';
import { mergeScenario } from '../../src/io/scenario-extends.js';
import { parseVary, setScenarioKey, sweepEdit } from '../../src/what-if/sweep-values.js';
import { inputErrorOf } from '../support/input-error.js';
import { PROTO_VARIANT, roundWithPrivateFile, SCENARIO, smallRound } from '../support/temp-round.js';

describe('__proto__, constructor and prototype in scenario files', () => {
  it('refuses the variant that reads a file outside the folder through __proto__, naming the key and file', () => {
    const folder = roundWithPrivateFile({ 'variant.yaml': PROTO_VARIANT });
    const error = inputErrorOf(() => loadRound(join(folder, 'variant.yaml')));
    expect(error.location).toEqual({ file: 'variant.yaml', field: 'data.__proto__' });
    expect(error.problem).toBe('is the key "__proto__", which no scenario uses and which would change how other keys are read; remove it.');
  });

  it.each([
    ['at the top level', `${SCENARIO}__proto__: { budget: 1 }\n`, '__proto__'],
    ['nested', SCENARIO.replace('defaults: {', 'defaults: { constructor: { x: 1 },'), 'defaults.constructor'],
    [
      'inside a list item',
      `${SCENARIO}constraints: { pins: [{ expert: X001, request: A001, prototype: 1 }] }\n`,
      'constraints.pins[0].prototype',
    ],
    ['in JSON', '{ "name": "J", "budget": 50000, "data": { "__proto__": { "experts": "x" } } }', 'data.__proto__'],
  ])('refuses one %s, as such rather than as an unknown key', (_, text, field) => {
    const folder = smallRound({ 'scenario.yaml': text });
    const error = inputErrorOf(() => loadRound(join(folder, 'scenario.yaml')));
    expect(error.location).toEqual({ file: 'scenario.yaml', field });
    expect(error.problem).toMatch(/^is the key "(__proto__|constructor|prototype)", which no scenario uses/);
  });

  it('refuses one in a base that a variant extends, naming the base', () => {
    const folder = smallRound({
      'base.yaml': `${SCENARIO}constraints: { provinces: { __proto__: { min: 1 } } }\n`,
      'w.yaml': 'extends: base.yaml\n',
    });
    expect(inputErrorOf(() => loadRound(join(folder, 'w.yaml'))).location).toEqual({
      file: 'base.yaml',
      field: 'constraints.provinces.__proto__',
    });
  });
});

describe('merging and setting scenario keys', () => {
  it('merges into mappings without a prototype at every level', () => {
    const merged = mergeScenario(
      { defaults: { cost: 1 }, data: { experts: 'e.csv' } },
      { defaults: { maxDistanceKm: 2 }, constraints: { provinces: { A: { min: 1 } } } },
    );
    for (const mapping of [
      merged,
      merged.defaults,
      merged.data,
      merged.constraints,
      (merged.constraints as { provinces: object }).provinces,
    ]) {
      expect(Object.getPrototypeOf(mapping)).toBeNull();
    }
  });

  it('copies a mapping shared by YAML aliases once, and one that holds itself without looping', () => {
    const shared = { min: 1 };
    const merged = mergeScenario({}, { provinces: { A: shared, B: shared } }) as { provinces: { A: object; B: object } };
    expect(merged.provinces.A).toBe(merged.provinces.B);
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    const copy = mergeScenario({}, { loop }) as { loop: { self: unknown } };
    expect(copy.loop.self).toBe(copy.loop);
  });

  it('sets a key through own keys only, and refuses a reserved word in --vary', () => {
    const set = setScenarioKey({}, ['defaults', 'cost'], 5, 's.yaml');
    expect(Object.getPrototypeOf(set)).toBeNull();
    expect(Object.getPrototypeOf(set.defaults)).toBeNull();
    expect(setScenarioKey({}, ['toString', 'x'], 1, 's.yaml')).toEqual({ toString: { x: 1 } });
    for (const key of ['__proto__.experts', 'data.constructor', 'prototype']) {
      const error = inputErrorOf(() => parseVary(`${key}=1,2`));
      expect(error.location).toEqual({ file: '--vary', field: key });
    }
  });

  it('marks a sweep point as a what-if', () => {
    const edit = sweepEdit('/tmp/s.yaml', 'budget', 10, { allowOutside: true });
    expect(edit({ budget: 5 })).toMatchObject({ value: { budget: 10 }, whatIf: true });
  });
});
