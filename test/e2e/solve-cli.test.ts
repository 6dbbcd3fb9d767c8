import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPERTS, REQUESTS, SCENARIO, smallRound } from '../support/temp-round.js';
import { runCli } from '../support/run-cli.js';
import type { ResultJson } from '../../src/result/result-json.js';

const EXAMPLE = 'scenarios/round-2022/scenario.yaml';
const withoutTiming = (json: string) => json.replace(/"seconds": [0-9.e-]+/g, '"seconds": 0');

describe('expertpool solve', () => {
  it('solves the example round to a proven optimum and prints the JSON contract', () => {
    const run = runCli(['solve', EXAMPLE, '--json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.status).toBe('optimal');
    expect(result.assignments.length).toBeGreaterThan(10);
    expect(Object.keys(result.assignments[0])).toEqual([
      'expert',
      'request',
      'period',
      'supplier',
      'municipality',
      'domain',
      'cost',
      'distanceKm',
      'priority',
    ]);
    expect(result.unserved.length + result.assignments.length).toBe(34);
    expect(result.unserved[0].reasons[0]).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    expect(result.budget.used).toBeLessThanOrEqual(result.budget.limit);
    expect(result.objective).toEqual({ priority: expect.any(Number), served: result.assignments.length, distanceKm: expect.any(Number) });
    expect(result.run.engine).toBe('highs 1.15.3');
    expect(result.run.inputs['experts.csv']).toMatch(/^sha256:/);
  });

  it('gives the same tier values with javascript-lp-solver', () => {
    const highs = JSON.parse(runCli(['solve', EXAMPLE, '--json']).stdout);
    const jslp = JSON.parse(runCli(['solve', EXAMPLE, '--json', '--engine', 'jslp']).stdout);
    expect(jslp.run.engine).toBe('jslp 1.0.3');
    expect(jslp.objective).toEqual(highs.objective);
  });

  it('--explain fast gives the same allocation without counterfactual solves', () => {
    const full = JSON.parse(runCli(['solve', EXAMPLE, '--json', '--explain', 'full']).stdout);
    const fast = JSON.parse(runCli(['solve', EXAMPLE, '--json', '--explain', 'fast']).stdout);
    expect(fast.assignments).toEqual(full.assignments);
    expect(full.run.explanation.counterfactualSolves).toBeGreaterThan(0);
    expect(fast.run.explanation.counterfactualSolves).toBe(0);
    expect(fast.unserved.map((u: { request: string }) => u.request)).toEqual(full.unserved.map((u: { request: string }) => u.request));
  });

  it('--explain auto (the default) proves every outranked reason, as full does exactly', () => {
    const autoText = runCli(['solve', EXAMPLE, '--json']).stdout;
    const auto = JSON.parse(autoText) as ResultJson;
    const full = JSON.parse(runCli(['solve', EXAMPLE, '--json', '--explain', 'full']).stdout) as ResultJson;
    expect(withoutTiming(runCli(['solve', EXAMPLE, '--json', '--explain', 'auto']).stdout)).toBe(withoutTiming(autoText));
    expect(auto.assignments).toEqual(full.assignments);
    expect(auto.run.explanation.forcedRelaxations).toBeGreaterThan(0);
    const first = full.tiers[0]!;
    for (const unserved of auto.unserved) {
      const exact = full.unserved.find((u) => u.request === unserved.request)!;
      expect(unserved.reasons.map((r) => r.code)).toEqual(exact.reasons.map((r) => r.code));
      const mine = unserved.reasons.find((r) => r.code === 'outranked');
      const theirs = exact.reasons.find((r) => r.code === 'outranked');
      if (!mine || mine.code !== 'outranked' || !theirs || theirs.code !== 'outranked') continue;
      const value = theirs.counterfactual.worse?.tier === first.tier ? theirs.counterfactual.worse.alternativeValue : first.value;
      const { status, bounds, worse } = mine.counterfactual;
      expect(['optimal', 'bounded', 'tie']).toContain(status);
      if (status === 'optimal') expect(worse).toMatchObject({ tier: first.tier, alternativeValue: value });
      else expect(value).toBeGreaterThanOrEqual(bounds!.lowest);
      if (status !== 'optimal') expect(value).toBeLessThanOrEqual(bounds!.highest);
    }
  });

  it('is byte-identical across runs apart from timing fields', () => {
    const first = runCli(['solve', EXAMPLE, '--json']).stdout;
    const second = runCli(['solve', EXAMPLE, '--json']).stdout;
    expect(withoutTiming(second)).toBe(withoutTiming(first));
  });

  it('prints a readable Markdown report by default', () => {
    const run = runCli(['solve', EXAMPLE]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^# Round 2022\n/);
    expect(run.stdout).toContain('proven optimal');
    expect(run.stdout).toContain('## Unserved requests');
  });

  it('writes the report files with --out, and refuses to overwrite an input', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'expertpool-out-')), 'round');
    const run = runCli(['solve', EXAMPLE, '--out', out]);
    expect(run.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['assignments.csv', 'report.html', 'report.md', 'result.json', 'unserved.csv']);
    expect(readFileSync(join(out, 'assignments.csv'), 'utf8')).toMatch(
      /^expert,request,period,supplier,municipality,domain,cost,distance_km,priority\n/,
    );

    // A round whose requests file happens to be called unserved.csv: writing into its folder would replace it.
    const folder = smallRound({
      'unserved.csv': REQUESTS,
      'scenario.yaml': SCENARIO.replace('requests: requests.csv', 'requests: unserved.csv'),
    });
    const refused = runCli(['solve', join(folder, 'scenario.yaml'), '--out', folder]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/is an input of this run/);
    expect(readFileSync(join(folder, 'unserved.csv'), 'utf8')).toBe(REQUESTS);
    expect(existsSync(join(folder, 'result.json'))).toBe(false);
  });

  it('never overwrites a history file either, even with --force', () => {
    const history = 'year,expert,municipality,domain\n2021,X001,41002,wonen\n';
    const scenario = `${SCENARIO}year: 2022\nhistory: { file: assignments.csv, servedBefore: exclude }\n`;
    const folder = smallRound({ 'assignments.csv': history, 'scenario.yaml': scenario });
    const refused = runCli(['solve', join(folder, 'scenario.yaml'), '--out', folder, '--force']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/assignments\.csv: is an input of this run/);
    expect(readFileSync(join(folder, 'assignments.csv'), 'utf8')).toBe(history);
  });

  it('exits 2 with file, row and column on bad input, without a stack trace or output', () => {
    const folder = smallRound({ 'experts.csv': EXPERTS.replace('15000.5', 'duur') });
    const out = join(folder, 'out');
    const run = runCli(['solve', join(folder, 'scenario.yaml'), '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'expertpool: experts.csv, row 3, column "cost": "duur" is not a number; write EUR per trajectory, e.g. 16667\n',
    );
    expect(run.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [['solve', 'does-not-exist.yaml'], /does-not-exist.yaml: cannot be read: no such file/],
    [['solve', EXAMPLE, '--engine', 'cplex'], /Invalid values:[\s\S]*engine/],
    [['solve', EXAMPLE, '--time-limit', '0'], /--time-limit must be a number of seconds more than 0 and at most 86400/],
    [['solve', EXAMPLE, '--bogus'], /Unknown argument: bogus/],
    [['frobnicate'], /Unknown argument: frobnicate/],
  ])('exits 2 on usage errors: %j', (args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('has --help with examples on every command', () => {
    for (const command of ['solve', 'validate']) {
      const run = runCli([command, '--help']);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('Examples:');
    }
  });
});

describe('expertpool validate', () => {
  it('summarises the example round', () => {
    const run = runCli(['validate', EXAMPLE]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Round 2022: the inputs are valid.');
    expect(run.stdout).toMatch(/requests: +34/);
    const summary = JSON.parse(runCli(['validate', EXAMPLE, '--json']).stdout);
    expect(summary).toMatchObject({ experts: 10, requests: 34, budget: 250000, solvable: true });
    expect(summary.budgetTrajectories).toBeGreaterThanOrEqual(14);
  });

  it('reports the size of the model that solve sends to its engine', () => {
    const summary = JSON.parse(runCli(['validate', EXAMPLE, '--json']).stdout);
    const result = JSON.parse(runCli(['solve', EXAMPLE, '--json', '--explain', 'fast']).stdout);
    // The example round's costs differ, so the solve's expert-count budget adds one count per expert and a total.
    expect(result.model.variables).toBeGreaterThan(summary.eligiblePairs);
    expect({ variables: summary.modelVariables, constraints: summary.modelConstraints }).toEqual(result.model);
    const text = runCli(['validate', EXAMPLE]).stdout;
    expect(text).toContain(`model ${result.model.variables} variables, ${result.model.constraints} constraints`);
  });
});
