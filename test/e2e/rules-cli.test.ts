import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { checkAllocation } from '../../src/check/check-allocation.js';
import { greedyAllocation } from '../../src/solve/greedy.js';
import { loadRound } from '../../src/io/load-round.js';
import { runCli } from '../support/run-cli.js';
import { writeRoundFolder } from '../support/temp-round.js';

const EXAMPLE = resolve('scenarios/round-2022');
const RULES = ['score', 'weighted', 'tiers', 'first-come', 'lottery', 'greedy'] as const;

interface Result {
  status: string;
  tiers: { tier: string; status: string; value: number; bound?: number; gap?: number }[];
  objective: { priority: number; served: number; distanceKm: number };
  optimum?: { status: string; objective?: { priority: number }; served?: string[]; tiers: { tier: string; value: number }[] };
  violations?: { rule: string; message: string }[];
  assignments: { expert: string; request: string; period: string }[];
  priority: { rule: string; scoreOrder?: string; order?: string[]; classes?: { name: string; requests: string[] }[] };
  baseline: { method: string; order: string; served: string[]; gain: { priority: number; served: number } };
  diagnosis?: { constraint: string; message: string }[];
  run: { seed?: number };
}

/** Solves a scenario through the CLI (compiled dist/, as users run it). */
function solve(path: string): { status: number | null; result: Result } {
  const run = runCli(['solve', path, '--json']);
  return { status: run.status, result: JSON.parse(run.stdout) as Result };
}

const validateResult = new Ajv({ allErrors: true, strict: true }).compile(
  JSON.parse(readFileSync('schemas/result.schema.json', 'utf8')) as object,
);

/** The result matches schemas/result.schema.json, the contract users validate against. */
function expectValidResult(result: Result): void {
  validateResult(result);
  expect(validateResult.errors ?? []).toEqual([]);
}

const served = (result: Result) => result.assignments.map((a) => a.request).sort();

describe('one example scenario per rule, on the same data', () => {
  const results = new Map<string, Result>();

  it.each(RULES)('rule %s: exit 0, an allocation the checker accepts, the rule and the baseline in the result', (rule) => {
    const path = join(EXAMPLE, `rule-${rule}.yaml`);
    const { status, result } = solve(path);
    expect(status).toBe(0);
    // The hand-matching is returned as what it is: not the optimiser's, so not "optimal".
    expect(result.status).toBe(rule === 'greedy' ? 'feasible' : 'optimal');
    expect(result.priority.rule).toBe(rule);
    const { round } = loadRound(path);
    expect(checkAllocation(round, { trajectories: result.assignments })).toEqual([]);
    expect(result.baseline).toMatchObject({ method: 'greedy' });
    expectValidResult(result);
    results.set(rule, result);
  });

  it('strict-order rules list their order; the lottery records its seed', () => {
    expect(results.get('first-come')?.priority.order).toHaveLength(34);
    expect(results.get('first-come')?.priority.order?.[0]).toBe('A011');
    expect(results.get('lottery')?.run.seed).toBe(2022);
    expect(results.get('lottery')?.priority.order).toHaveLength(34);
    expect(results.get('tiers')?.priority.classes?.map((c) => c.name)).toEqual(['A', 'B', 'C']);
  });

  it('the rules disagree on who is served, which is what reviewers compare', () => {
    const sets = new Set(RULES.map((rule) => served(results.get(rule)!).join()));
    expect(sets.size).toBeGreaterThanOrEqual(3);
  });

  it('greedy reports the hand-matching allocation, and the optimiser gains over it', () => {
    const greedy = results.get('greedy')!;
    const { round } = loadRound(join(EXAMPLE, 'rule-greedy.yaml'));
    expect(served(greedy)).toEqual(
      greedyAllocation(round)
        .trajectories.map((t) => t.request)
        .sort(),
    );
    expect(greedy.baseline.gain.priority).toBeGreaterThan(0);
  });

  it("greedy: status, tiers and objective describe the hand-matching; the optimiser's values stand beside them", () => {
    const greedy = results.get('greedy')!;
    const score = results.get('score')!;
    expect(greedy.objective.priority).toBe(1195);
    expect(greedy.tiers.map((t) => [t.tier, t.status, t.value])).toEqual([
      ['priority', 'feasible', 1195],
      ['served', 'feasible', 15],
      ['distance', 'feasible', greedy.objective.distanceKm],
    ]);
    // The first tier carries the optimiser's proven bound, and how far the hand-matching is from it.
    expect(greedy.tiers[0]).toMatchObject({ bound: 1212, gap: expect.closeTo(17 / 1212, 9) });
    expect(greedy.optimum).toMatchObject({ status: 'optimal', objective: { priority: 1212 }, served: served(score) });
    expect(greedy.optimum?.tiers[0]).toMatchObject({ tier: 'priority', value: 1212 });
    const report = runCli(['solve', join(EXAMPLE, 'rule-greedy.yaml'), '--explain', 'fast']).stdout;
    expect(report).not.toContain('proven optimal');
    expect(report).toContain('Method: hand matching in order');
    expect(report).toContain('it keeps every rule of the round');
    expect(report).toContain('| optimality | not optimised:');
  });

  it('greedy in first-come order: no bound on its first tier, since a strict order does not maximise its summed ranks', () => {
    const folder = writeRoundFolder({
      ...Object.fromEntries(
        ['rule-greedy.yaml', 'municipalities.csv', 'experts.csv', 'requests.csv'].map((f) => [f, readFileSync(join(EXAMPLE, f))]),
      ),
      'greedy-first-come.yaml': 'extends: rule-greedy.yaml\npriority: { rule: greedy, order: { rule: first-come } }\n',
    });
    const { status, result } = solve(join(folder, 'greedy-first-come.yaml'));
    expect(status).toBe(0);
    expect(result.status).toBe('feasible');
    expect(result.tiers[0]).not.toHaveProperty('bound');
    expect(result.optimum?.status).toBe('optimal');
    expectValidResult(result);
  });

  it('greedy that misses a quota minimum: the hand-matching is returned (exit 0) with the rule it breaks said plainly', () => {
    const folder = writeRoundFolder({
      ...Object.fromEntries(
        ['scenario.yaml', 'municipalities.csv', 'experts.csv', 'requests.csv'].map((f) => [f, readFileSync(join(EXAMPLE, f))]),
      ),
      'greedy-min.yaml':
        'extends: scenario.yaml\nname: Greedy with a minimum\npriority: { rule: greedy }\nconstraints: { provinces: { Limburg: { min: 5 } } }\n',
    });
    const path = join(folder, 'greedy-min.yaml');
    const { status, result } = solve(path);
    expect(status).toBe(0);
    expect(result.status).toBe('breaks_rules');
    expect(result.diagnosis).toBeUndefined();
    expect(result.violations).toEqual([
      expect.objectContaining({ rule: 'province-quota', message: 'Limburg receives 4 trajectories, fewer than its min 5' }),
    ]);
    expect(checkAllocation(loadRound(path).round, { trajectories: result.assignments }).map((v) => v.rule)).toEqual(['province-quota']);
    expect(result.optimum).toMatchObject({ status: 'optimal', objective: { priority: 1209.5 } });
    expectValidResult(result);
    const run = runCli(['solve', path, '--explain', 'fast']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/## Rules this allocation breaks\n\n.*\n\n- Limburg receives 4 trajectories, fewer than its min 5\n/);
    expect(run.stderr).toContain('breaks');
  });
});

describe('neediest first: the sum rule against order: strict', () => {
  // EUR 10,000 more: the sum rule drops A004 (priority 91) for cheaper requests of lower priority.
  const folder = writeRoundFolder({
    ...Object.fromEntries(
      ['rule-score.yaml', 'rule-score-strict.yaml', 'municipalities.csv', 'experts.csv', 'requests.csv'].map((f) => [
        f,
        readFileSync(join(EXAMPLE, f)),
      ]),
    ),
    'sum.yaml': 'extends: rule-score.yaml\nname: Sum at 260k\nbudget: 260000\n',
    'strict.yaml': 'extends: rule-score-strict.yaml\nname: Strict at 260k\nbudget: 260000\n',
  });

  it('the sum rule leaves A004 unserved while it serves requests of lower priority, and every report names it', () => {
    const out = join(folder, 'out-sum');
    const run = runCli(['solve', join(folder, 'sum.yaml'), '--json', '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as Result;
    expectValidResult(result);
    expect(served(result)).not.toContain('A004');
    expect(served(result)).toEqual(expect.arrayContaining(['A015', 'A020']));
    const markdown = readFileSync(join(out, 'report.md'), 'utf8');
    expect(markdown).toContain('### Higher priority left unserved');
    expect(markdown).toMatch(
      /- A004 \(Boom \(11005\), priority 91\) is not served, while \d+ requests of lower priority are \(the lowest: A020, 61\)\./,
    );
    expect(markdown).toContain('set order: strict in the priority rule');
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('A004 (Boom (11005), priority 91) is not served');
    const csv = readFileSync(join(out, 'unserved.csv'), 'utf8').split('\n');
    expect(csv[0]).toMatch(/,served_below$/);
    expect(csv.find((line) => line.startsWith('A004,'))).toMatch(/,A020\|A015\|[A0-9|]+$/);
    const dutch = runCli(['solve', join(folder, 'sum.yaml'), '--lang', 'nl', '--explain', 'fast']).stdout;
    expect(dutch).toMatch(
      /- A004 \(Boom \(11005\), prioriteit 91\) wordt niet toegekend, terwijl \d+ aanvragen met een lagere prioriteit wel toegekend worden/,
    );
  });

  it('order: strict serves the requests strictly by priority: A004 keeps its trajectory', () => {
    const { status, result } = solve(join(folder, 'strict.yaml'));
    expect(status).toBe(0);
    expectValidResult(result);
    expect(result.status).toBe('optimal');
    expect(result.priority).toMatchObject({ rule: 'score', scoreOrder: 'strict' });
    expect(result.priority.order?.slice(0, 3)).toEqual(['A001', 'A012', 'A004']);
    expect(served(result)).toContain('A004');
    const report = runCli(['solve', join(folder, 'strict.yaml'), '--explain', 'fast']).stdout;
    expect(report).toContain('Order: strict.');
    expect(report).not.toContain('Higher priority left unserved');
  });

  it('the weighted rule takes order: strict too', () => {
    const { status, result } = solve(join(EXAMPLE, 'rule-weighted-strict.yaml'));
    expect(status).toBe(0);
    expect(result.priority).toMatchObject({ rule: 'weighted', scoreOrder: 'strict' });
    expect(result.priority.order).toHaveLength(34);
    expectValidResult(result);
  });
});

describe('policy constraints and infeasibility through the CLI', () => {
  it('the policy example keeps its pin and honours every constraint', () => {
    const path = join(EXAMPLE, 'policy-constraints.yaml');
    const { status, result } = solve(path);
    expect(status).toBe(0);
    expect(result.assignments).toContainEqual(expect.objectContaining({ expert: 'X003', request: 'A007', period: 'P2' }));
    expect(checkAllocation(loadRound(path).round, { trajectories: result.assignments })).toEqual([]);
  });

  it('an unmeetable province min exits 1 with a diagnosis that names it', () => {
    const copy = (name: string) => readFileSync(join(EXAMPLE, name), 'utf8');
    const folder = writeRoundFolder({
      'municipalities.csv': copy('municipalities.csv'),
      'experts.csv': copy('experts.csv'),
      'requests.csv': copy('requests.csv'),
    });
    const scenario = join(folder, 'limburg.yaml');
    writeFileSync(
      scenario,
      'name: Limburg min\nbudget: 250000\ndefaults: { cost: 16667, maxDistanceKm: 60 }\ndata: { municipalities: municipalities.csv, experts: experts.csv, requests: requests.csv }\nconstraints: { provinces: { Limburg: { min: 9 } } }\n',
    );
    const { status, result } = solve(scenario);
    expect(status).toBe(1);
    expect(runCli(['solve', scenario]).stderr).toMatch(/^infeasible: constraints\.provinces\.Limburg\.min: Limburg min 9/m);
    expect(result.status).toBe('infeasible');
    expect(result.diagnosis?.[0]).toMatchObject({ constraint: 'constraints.provinces.Limburg.min' });
    expect(result.diagnosis?.[0]?.message).toMatch(/^Limburg min 9, but only \d eligible requests can be served/);
    // validate's own checks prove it: it says the round cannot be solved and exits 1, in English and Dutch.
    const validate = runCli(['validate', scenario]);
    expect(validate.status).toBe(1);
    expect(validate.stdout).not.toContain('the inputs are valid');
    expect(validate.stdout).toMatch(
      /^Limburg min: the inputs can be read, but this round cannot be solved: no allocation can meet all its settings\./,
    );
    expect(validate.stdout).toMatch(
      /cannot be solved: no allocation can meet these settings:\n  - constraints\.provinces\.Limburg\.min: Limburg min 9/,
    );
    expect(JSON.parse(runCli(['validate', scenario, '--json']).stdout)).toMatchObject({ solvable: false });
    const dutch = runCli(['validate', scenario, '--lang', 'nl']);
    expect(dutch.status).toBe(1);
    expect(dutch.stdout).toMatch(
      /^Limburg min: de invoer is leesbaar, maar met deze instellingen kan geen enkele toewijzing gemaakt worden\./,
    );
    expectValidResult(result);
  });

  it('validate lists the supply per domain and level and the supplying municipalities', () => {
    const run = runCli(['validate', join(EXAMPLE, 'scenario.yaml')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/supply per domain \(experts at level 1 \/ 2 \/ 3\)/);
    expect(run.stdout).toMatch(/kinderarmoede\s+1 \/ 1 \/ 2\s+Genk \(X005:2\); Gent \(X001:3\)/);
  });
});
