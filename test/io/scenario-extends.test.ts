import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRound } from '../../src/io/load-round.js';
import { mergeScenario } from '../../src/io/scenario-extends.js';
import { inputErrorOf as inputError } from '../support/input-error.js';
import { smallRound } from '../support/temp-round.js';

describe('mergeScenario', () => {
  it('merges mappings key by key and replaces lists and values', () => {
    const base = { name: 'base', periods: ['P1', 'P2', 'P3'], defaults: { cost: 1, maxDistanceKm: 60 }, objective: ['priority', 'served'] };
    const merged = mergeScenario(base, { periods: ['P2'], defaults: { maxDistanceKm: 30 }, budget: 5 });
    expect(merged).toEqual({
      name: 'base',
      periods: ['P2'],
      defaults: { cost: 1, maxDistanceKm: 30 },
      objective: ['priority', 'served'],
      budget: 5,
    });
    expect(base.defaults.maxDistanceKm).toBe(60);
  });
});

describe('scenario extends', () => {
  it('loads a what-if that overrides the budget and one default', () => {
    const folder = smallRound({
      'what-if.yaml': 'extends: scenario.yaml\nname: What if\nbudget: 90000\ndefaults: { maxDistanceKm: 20 }\n',
    });
    const { round, scenario, inputs } = loadRound(join(folder, 'what-if.yaml'));
    expect(scenario).toMatchObject({ name: 'What if', budget: 90000, defaults: { cost: 16667, maxDistanceKm: 20 } });
    expect(scenario).not.toHaveProperty('extends');
    expect(round.experts[0]!.maxDistanceKm).toBe(20);
    expect(Object.keys(inputs).slice(0, 2)).toEqual(['what-if.yaml', 'scenario.yaml']);
  });

  it('keeps inherited data paths relative to the file that wrote them', () => {
    const folder = smallRound();
    mkdirSync(join(folder, 'variants', 'deep'), { recursive: true });
    writeFileSync(join(folder, 'variants', 'middle.yaml'), 'extends: ../scenario.yaml\nbudget: 70000\n');
    writeFileSync(join(folder, 'variants', 'deep', 'leaf.yaml'), 'extends: ../middle.yaml\nname: Leaf\n');
    const { scenario, round, inputs } = loadRound(join(folder, 'variants', 'deep', 'leaf.yaml'));
    expect(scenario.data.experts).toBe('../../experts.csv');
    expect(round.budget).toBe(70000);
    expect(Object.keys(inputs)).toContain('../../scenario.yaml');
  });

  it('detects a cycle and names the files in it', () => {
    const folder = smallRound({ 'a.yaml': 'extends: b.yaml\nbudget: 1\n', 'b.yaml': 'extends: a.yaml\n' });
    const error = inputError(() => loadRound(join(folder, 'a.yaml')));
    expect(error.location).toMatchObject({ field: 'extends' });
    expect(error.message).toContain('cycle (a.yaml -> b.yaml -> a.yaml)');
  });

  it('detects a file that extends itself', () => {
    const folder = smallRound({ 'self.yaml': 'extends: ./self.yaml\n' });
    expect(inputError(() => loadRound(join(folder, 'self.yaml'))).message).toContain('cycle');
  });

  it('names the extending file when the base does not exist', () => {
    const folder = smallRound({ 'w.yaml': 'extends: missing.yaml\n' });
    const error = inputError(() => loadRound(join(folder, 'w.yaml')));
    expect(error.location).toEqual({ file: 'w.yaml', field: 'extends' });
    expect(error.problem).toContain('missing.yaml');
  });

  it('validates the effective scenario, not each file alone', () => {
    const folder = smallRound({ 'w.yaml': 'extends: scenario.yaml\nbudget: -1\n' });
    expect(inputError(() => loadRound(join(folder, 'w.yaml'))).location).toEqual({ file: 'w.yaml', field: 'budget' });
    const typo = smallRound({ 'w.yaml': 'extends: scenario.yaml\nbugdet: 1\n' });
    expect(inputError(() => loadRound(join(typo, 'w.yaml'))).problem).toContain('Did you mean "budget"?');
  });

  it('rejects an extends that is not a path', () => {
    const folder = smallRound({ 'w.yaml': 'extends: [a.yaml]\n' });
    expect(inputError(() => loadRound(join(folder, 'w.yaml'))).location).toEqual({ file: 'w.yaml', field: 'extends' });
  });

  it('refuses a chain of more than 20 files, and reads one of 20', () => {
    const chain = (length: number) =>
      Object.fromEntries(
        Array.from({ length }, (_, index) => [`v${index}.yaml`, `extends: ${index === 0 ? 'scenario.yaml' : `v${index - 1}.yaml`}\n`]),
      );
    const ok = smallRound(chain(19));
    expect(loadRound(join(ok, 'v18.yaml')).round.name).toBe('Test round');
    const deep = smallRound(chain(20));
    expect(inputError(() => loadRound(join(deep, 'v19.yaml'))).fact).toEqual({ id: 'extends-too-deep', max: 20 });
  });
});
