import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALC_SCENARIOS, calcRoundFolder } from '../support/calc-round.js';
import { withoutInputsAndTimes } from '../support/example-result.js';
import { runCli } from '../support/run-cli.js';

describe('solving a round kept in a workbook', () => {
  const folder = calcRoundFolder();

  it('gives the same result, byte for byte apart from run.inputs, as its CSV export and the CSV files it came from', () => {
    const solve = (scenario: string) => runCli(['solve', join(folder, scenario), '--json']);
    const workbook = solve(CALC_SCENARIOS.workbook);
    expect(workbook.status).toBe(0);
    expect(workbook.stderr).toContain('warning: round-2022-calc.xlsx, sheet gemeenten: hides row 4;');
    const expected = withoutInputsAndTimes(workbook.stdout);
    expect(withoutInputsAndTimes(solve(CALC_SCENARIOS.calcExport).stdout)).toBe(expected);
    expect(withoutInputsAndTimes(solve(CALC_SCENARIOS.exampleCsv).stdout)).toBe(expected);
    expect(Object.keys(JSON.parse(workbook.stdout).run.inputs)).toEqual([CALC_SCENARIOS.workbook, 'round-2022-calc.xlsx']);
  });

  it('validate names the hidden row in Dutch too', () => {
    const run = runCli(['validate', join(folder, CALC_SCENARIOS.workbook), '--lang', 'nl']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      'waarschuwing: round-2022-calc.xlsx, blad gemeenten: verbergt rij 4; expertpool leest verborgen rijen zoals alle andere. Verwijder de rijen die niet bij de ronde horen.\n',
    );
  });
});
