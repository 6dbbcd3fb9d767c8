import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { PROTO_VARIANT, roundWithPrivateFile, SCENARIO, smallRound } from '../support/temp-round.js';

describe('expertpool validate --print', () => {
  it('prints the effective scenario of a what-if, as YAML or JSON', () => {
    const folder = smallRound({ 'near.yaml': 'extends: scenario.yaml\nname: Near\ndefaults: { maxDistanceKm: 30 }\n' });
    const yaml = runCli(['validate', join(folder, 'near.yaml'), '--print']);
    expect(yaml.status).toBe(0);
    expect(yaml.stdout).toContain('name: Near\nbudget: 50000\ndefaults:\n  cost: 16667\n  maxDistanceKm: 30\n');
    expect(yaml.stdout).not.toContain('extends');
    const json = runCli(['validate', join(folder, 'near.yaml'), '--print', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ name: 'Near', budget: 50000, data: { experts: 'experts.csv' } });
  });
});

describe('expertpool validate of a scenario it refuses', () => {
  it('refuses a __proto__ key with exit 2, and --print shows nothing', () => {
    const folder = roundWithPrivateFile({ 'variant.yaml': PROTO_VARIANT });
    const run = runCli(['validate', join(folder, 'variant.yaml'), '--print']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'expertpool: variant.yaml, field "data.__proto__": is the key "__proto__", which no scenario uses and which would change how other keys are read; remove it.\n',
    );
  });

  it("refuses a budget that pays for nothing with exit 2, in the command's language, and so does solve", () => {
    const folder = smallRound({ 'scenario.yaml': SCENARIO.replace('budget: 50000', 'budget: 250.000') });
    for (const command of ['solve', 'validate']) {
      const run = runCli([command, join(folder, 'scenario.yaml')]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^expertpool: scenario\.yaml, field "budget": is EUR 250, less than the cheapest trajectory/);
    }
    expect(runCli(['validate', join(folder, 'scenario.yaml'), '--lang', 'nl']).stderr).toMatch(
      /^expertpool: scenario\.yaml, veld "budget": is EUR 250, minder dan/,
    );
  });

  it.skipIf(!existsSync('/proc/self/mem'))(
    'refuses a base that fails to read (extends: /proc/self/mem) with exit 2 naming the file, no stack',
    () => {
      const folder = smallRound({ 'w.yaml': 'extends: /proc/self/mem\n' });
      const run = runCli(['validate', join(folder, 'w.yaml')]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(
        /^expertpool: [./]*proc\/self\/mem: cannot be read: error EIO \(\/proc\/self\/mem\)\. Point to a saved file that can be read\.\n$/,
      );
    },
  );
});
