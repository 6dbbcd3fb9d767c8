import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { EXPERTS, MUNICIPALITIES, REQUESTS, SCENARIO } from '../support/temp-round.js';

/** A round whose experts.csv sits one folder above the scenario. */
function roundReachingOut(): string {
  const root = mkdtempSync(join(tmpdir(), 'expertpool-cli-paths-'));
  const round = join(root, 'round');
  mkdirSync(round);
  writeFileSync(join(root, 'experts.csv'), EXPERTS);
  writeFileSync(join(round, 'municipalities.csv'), MUNICIPALITIES);
  writeFileSync(join(round, 'requests.csv'), REQUESTS);
  writeFileSync(join(round, 'scenario.yaml'), SCENARIO.replace('experts: experts.csv', 'experts: ../experts.csv'));
  return join(round, 'scenario.yaml');
}

describe('--allow-outside through the CLI', () => {
  it('validate refuses a data path out of the folder with exit 2 and no stack, and accepts it with the flag', () => {
    const scenario = roundReachingOut();
    const refused = runCli(['validate', scenario]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^expertpool: scenario\.yaml, field "data\.experts": is "\.\.\/experts\.csv", which leads outside/);
    expect(refused.stderr).not.toMatch(/^\s+at /m);
    expect(runCli(['validate', scenario, '--allow-outside']).status).toBe(0);
  });

  it('solve refuses it too, and solves with the flag', () => {
    const scenario = roundReachingOut();
    expect(runCli(['solve', scenario, '--json']).status).toBe(2);
    const solved = runCli(['solve', scenario, '--json', '--allow-outside']);
    expect(solved.status).toBe(0);
    expect(JSON.parse(solved.stdout).status).toBe('optimal');
  });

  it('compare and explain refuse it by default and offer the flag', () => {
    const scenario = roundReachingOut();
    for (const args of [
      ['compare', scenario, scenario],
      ['explain', scenario, '--request', 'A001'],
    ]) {
      const refused = runCli(args);
      expect(refused.status, args[0]).toBe(2);
      expect(refused.stderr).toContain('field "data.experts"');
      expect(runCli([args[0]!, '--help']).stdout).toContain('--allow-outside');
    }
  });
});
