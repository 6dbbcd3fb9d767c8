import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { echoText, echoValue } from '../../src/io/echo.js';
import { loadRound } from '../../src/io/load-round.js';
import { parseVary } from '../../src/what-if/sweep-values.js';
import { inputErrorOf } from '../support/input-error.js';
import { SCENARIO, smallRound } from '../support/temp-round.js';

describe('values repeated in messages', () => {
  it('are cut short, also when YAML aliases expand them to megabytes', () => {
    const big = 'x'.repeat(500_000);
    const reordered = `x-big: &big "${big}"\n${SCENARIO.replace('name: Test round', 'name: [*big, *big, *big, *big, *big, *big, *big, *big]')}`;
    const error = inputErrorOf(() => loadRound(join(smallRound({ 'scenario.yaml': reordered }), 'scenario.yaml')));
    expect(error.message.length).toBeLessThan(300);
  });

  it('keep short values whole and cut long ones with an ellipsis', () => {
    expect(echoValue({ a: [1, 'b'] })).toBe('{"a":[1,"b"]}');
    expect(echoValue('x'.repeat(100))).toBe(`"${'x'.repeat(59)}…`);
    const deep: Record<string, unknown> = {};
    deep.self = deep;
    expect(echoValue(deep)).toBe('{"self":…}');
    expect(echoText('y'.repeat(61))).toHaveLength(61);
  });
});

describe('sweep ranges that give no points', () => {
  it.each([`0.${'0'.repeat(400)}1:1:0.5`, `1:${'9'.repeat(400)}:1`])('refuses --vary budget=%s', (range) => {
    const error = inputErrorOf(() => parseVary(`budget=${range}`));
    expect(error.location).toEqual({ file: '--vary' });
    expect(error.fact.id).toMatch(/^vary-(no-points|too-many)$/);
  });
});
