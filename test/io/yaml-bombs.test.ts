import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRound } from '../../src/io/load-round.js';
import { parseScenarioMapping } from '../../src/io/scenario-file.js';
import { SCENARIO, smallRound } from '../support/temp-round.js';
import { inputErrorOf } from '../support/input-error.js';

/** The classic "billion laughs": nine levels of nine aliases, 9^9 strings once expanded. */
function billionLaughs(): string {
  const lines = ['lol0: &lol0 "lol"'];
  for (let level = 1; level <= 9; level++) {
    lines.push(`lol${level}: &lol${level} [${Array.from({ length: 9 }, () => `*lol${level - 1}`).join(', ')}]`);
  }
  return `${SCENARIO}${lines.map((line) => `x-${line}`).join('\n')}\n`;
}

describe('YAML alias expansion is bounded', () => {
  it('refuses a billion-laughs scenario quickly, as an input error', () => {
    const started = Date.now();
    const error = inputErrorOf(() => parseScenarioMapping(billionLaughs(), 'bomb.yaml'));
    expect(error.location.file).toBe('bomb.yaml');
    expect(error.problem).toContain('Excessive alias count');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses it through loadRound too, before any CSV is read', () => {
    const folder = smallRound({ 'scenario.yaml': billionLaughs(), 'experts.csv': '' });
    expect(inputErrorOf(() => loadRound(join(folder, 'scenario.yaml'))).problem).toContain('Excessive alias count');
  });

  it('refuses a wide fan-out of one anchor', () => {
    const aliases = Array.from({ length: 200 }, () => '*p').join(', ');
    expect(inputErrorOf(() => parseScenarioMapping(`a: &p [P1, P2]\nb: [${aliases}]\n`, 's.yaml')).problem).toContain(
      'Excessive alias count',
    );
  });

  it('still reads the ordinary use of anchors', () => {
    const text = `${SCENARIO.replace('defaults: {', 'defaults: &defaults {')}x-copy: *defaults\nperiods: &periods [P1, P2, P3]\n`;
    expect(parseScenarioMapping(text, 's.yaml')).toMatchObject({ periods: ['P1', 'P2', 'P3'], 'x-copy': { cost: 16667 } });
  });

  it('turns nesting deep enough to overflow the parser into an input error', () => {
    const depth = 20_000;
    const error = inputErrorOf(() => parseScenarioMapping(`name: ${'['.repeat(depth)}${']'.repeat(depth)}\n`, 'deep.yaml'));
    expect(error.location.file).toBe('deep.yaml');
    expect(error.problem).toMatch(/nests lists or mappings too deeply/);
  });
});
