import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SweepResult } from '../../src/what-if/sweep.js';
import { runCli } from '../support/run-cli.js';
import { smallRound } from '../support/temp-round.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const EXAMPLE = 'scenarios/round-2022/scenario.yaml';
/** Timing never appears in a sweep; this removes it should a field ever carry it. */
const withoutTiming = (json: string) => json.replace(/"seconds": [0-9.e-]+/g, '"seconds": 0');

describe('expertpool sweep', () => {
  it('gives byte-identical JSON with --jobs 1, 2 and 3 (worker engines)', () => {
    const scenario = join(smallRound(), 'scenario.yaml');
    const args = ['sweep', scenario, '--vary', 'budget=10000:60000:10000', '--json'];
    const one = runCli([...args, '--jobs', '1']);
    expect(one.status).toBe(0);
    for (const jobs of ['2', '3']) {
      const more = runCli([...args, '--jobs', jobs]);
      expect(more.status).toBe(0);
      expect(withoutTiming(more.stdout)).toBe(withoutTiming(one.stdout));
    }
    const sweep = JSON.parse(one.stdout) as SweepResult;
    expect(sweep.points.map((p) => p.value)).toEqual([10000, 20000, 30000, 40000, 50000, 60000]);
    expect(sweep.points[0]!.served).toEqual([]);
    expect(sweep.points.at(-1)!.objective.served).toBeGreaterThan(0);
  });

  it('sweeps the example round budget on worker threads and writes the reports with a chart', () => {
    const out = mkdtempSync(join(tmpdir(), 'expertpool-sweep-'));
    const run = runCli(['sweep', EXAMPLE, '--vary', 'budget=250000,300000', '--jobs', '2', '--json', '--out', out], { cwd: ROOT });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const sweep = JSON.parse(run.stdout) as SweepResult;
    expect(Object.keys(sweep)).toEqual(['key', 'scenario', 'points', 'steps']);
    expect(sweep.key).toBe('budget');
    expect(Object.keys(sweep.points[0]!)).toEqual(['value', 'status', 'objective', 'budget', 'served', 'tiers']);
    const [low, high] = sweep.points as [SweepResult['points'][number], SweepResult['points'][number]];
    expect([low.status, high.status]).toEqual(['optimal', 'optimal']);
    expect(low.budget.limit).toBe(250000);
    expect(high.objective.priority).toBeGreaterThanOrEqual(low.objective.priority);
    expect(sweep.steps).toHaveLength(1);
    expect(sweep.steps[0]!.servedDelta).toBe(high.objective.served - low.objective.served);
    expect(readFileSync(join(out, 'sweep.json'), 'utf8')).toBe(run.stdout);
    const html = readFileSync(join(out, 'sweep.html'), 'utf8');
    expect(html).toContain('<svg');
    expect(html.match(/<circle /g)).toHaveLength(6);
    const markdown = readFileSync(join(out, 'sweep.md'), 'utf8');
    expect(markdown).toContain('## Marginal value of each step');
    // Requests gained or lost in a step are named with their municipality.
    expect(markdown).toMatch(/\| A\d{3} \([A-Z][a-z]/);
    expect(html).toContain('<text class="axis-title"');
    expect(readFileSync(join(out, 'sweep.csv'), 'utf8').split('\n')[1]).toMatch(/^250000,optimal,/);
    expect(existsSync(join(out, 'sweep.html'))).toBe(true);
  });

  it("sweeps the greedy rule: each point is the hand-matching (not optimal), with the optimiser's values beside it", () => {
    const run = runCli(['sweep', 'scenarios/round-2022/rule-greedy.yaml', '--vary', 'budget=250000,300000', '--jobs', '1', '--json'], {
      cwd: ROOT,
    });
    expect(run.status, run.stderr).toBe(0);
    const sweep = JSON.parse(run.stdout) as SweepResult;
    expect(sweep.points.map((p) => p.status)).toEqual(['feasible', 'feasible']);
    const first = sweep.points[0]!;
    expect(first.objective.priority).toBe(1195);
    expect(first.optimum).toMatchObject({ priority: 1212, served: 15 });
    expect(first.tiers[0]).toMatchObject({ tier: 'priority', status: 'feasible', value: 1195 });
    const text = runCli(['sweep', 'scenarios/round-2022/rule-greedy.yaml', '--vary', 'budget=250000', '--jobs', '1'], { cwd: ROOT }).stdout;
    expect(text).toContain('hand-matching, not optimised');
    expect(text).not.toContain('proven optimal');
  });

  it('sweeps a nested key given as a list', () => {
    const scenario = join(smallRound(), 'scenario.yaml');
    const run = runCli(['sweep', scenario, '--vary', 'defaults.maxDistanceKm=20,200', '--jobs', '1', '--json']);
    expect(run.status).toBe(0);
    const sweep = JSON.parse(run.stdout) as SweepResult;
    expect(sweep.points.map((p) => p.value)).toEqual([20, 200]);
    expect(sweep.points[1]!.objective.served).toBeGreaterThanOrEqual(sweep.points[0]!.objective.served);
  });

  it('exits 2 before solving when a value or key is invalid, naming the field', () => {
    const scenario = join(smallRound(), 'scenario.yaml');
    const typo = runCli(['sweep', scenario, '--vary', 'bugdet=1:3:1']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('field "bugdet"');
    expect(typo.stderr).toContain('Did you mean "budget"?');
    const negative = runCli(['sweep', scenario, '--vary', 'budget=50000,-1']);
    expect(negative.status).toBe(2);
    expect(negative.stderr).toContain('scenario.yaml with budget=-1, field "budget"');
    const malformed = runCli(['sweep', scenario, '--vary', 'budget=1:2']);
    expect(malformed.status).toBe(2);
    expect(malformed.stderr).toContain('--vary');
    const jobs = runCli(['sweep', scenario, '--vary', 'budget=1,2', '--jobs', '0']);
    expect(jobs.status).toBe(2);
    expect(jobs.stderr).toContain('--jobs');
    const outside = runCli(['sweep', scenario, '--vary', 'data.experts=experts.csv,../../etc/passwd']);
    expect(outside.status).toBe(2);
    expect(outside.stderr).toContain('field "data.experts"');
    expect(outside.stderr).toContain('--allow-outside');
    const full = runCli(['sweep', scenario, '--vary', 'budget=20000,40000', '--out', join(scenario, '..')]);
    expect(full.status).toBe(2);
    expect(full.stdout).toBe('');
  });

  it('writes sweep.csv for Excel in Belgian Dutch on request', () => {
    const scenario = join(smallRound(), 'scenario.yaml');
    const out = mkdtempSync(join(tmpdir(), 'expertpool-sweep-'));
    const run = runCli([
      'sweep',
      scenario,
      '--vary',
      'budget=20000.5,40000',
      '--jobs',
      '1',
      '--out',
      out,
      '--csv-dialect',
      'excel-nl',
      '--lang',
      'nl',
    ]);
    expect(run.status).toBe(0);
    const csv = readFileSync(join(out, 'sweep.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFvalue;status;')).toBe(true);
    expect(csv.split('\r\n')[1]).toMatch(/^20000,5;optimal;1;80;/);
    expect(readFileSync(join(out, 'sweep.md'), 'utf8')).toContain('# Budgetcurve');
  });
});

describe('expertpool sweep --vary with a range that gives no points', () => {
  it('exits 2 naming --vary', () => {
    const run = runCli(['sweep', join(smallRound(), 'scenario.yaml'), '--vary', `budget=0.${'0'.repeat(400)}1:1:0.5`, '--json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^expertpool: --vary: the range "0\.0+…" gives no points/);
  });
});
