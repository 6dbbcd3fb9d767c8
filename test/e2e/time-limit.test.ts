import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAllocation } from '../../src/check/check-allocation.js';
import type { EngineResult, MipEngine } from '../../src/mip/engine.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { generateRound } from '../../src/io/generate-round.js';
import { loadRound } from '../../src/io/load-round.js';
import { writeOutputs } from '../../src/io/write-outputs.js';
import { evaluate, type MipModel } from '../../src/mip/model.js';
import { solveRound } from '../../src/solve/prepared-round.js';
import { relativeGap } from '../../src/solve/solve-round.js';
import { MAX_TIME_LIMIT_SECONDS } from '../../src/cli/engine-options.js';
import { runCli } from '../support/run-cli.js';
import { smallRound } from '../support/temp-round.js';
import { tinyRound } from '../support/tiny-round.js';

/** A round the plain per-arc model cannot prove in a fraction of a second: a budget knapsack over 12 experts with different costs. */
function hardRound(options: { municipalities: number; experts: number; requests: number; budget: number; seed: number }): string {
  const folder = mkdtempSync(join(tmpdir(), 'expertpool-limit-'));
  writeOutputs(folder, generateRound(options), []);
  return join(folder, 'scenario.yaml');
}

/** An engine that stops every solve at its "limit" with the empty point and a bound above it. */
class StoppingEngine implements MipEngine {
  readonly name = 'stopping';
  readonly version = 'test';
  readonly generalIntegers = true;
  async solve(model: MipModel): Promise<EngineResult> {
    const values = new Float64Array(model.variables.length);
    return {
      termination: 'time_limit',
      solution: { values, objective: evaluate(model.objective, values) },
      bound: 25,
      gap: 1,
      nodes: 3,
      seconds: 0.1,
    };
  }
}

describe('a solve stopped by its time limit', () => {
  it('says time_limit and keeps the incumbent, the bound and the gap of the tier that stopped', async () => {
    const outcome = await solveRound(tinyRound, { engine: new StoppingEngine(), timeLimitSeconds: 5 });
    expect(outcome.status).toBe('time_limit');
    expect(outcome.allocation).toEqual({ trajectories: [] });
    expect(outcome.tiers).toHaveLength(1);
    const [first] = outcome.tiers;
    expect(first).toMatchObject({ tier: 'priority', status: 'time_limit', value: 0, gap: 1, nodes: 3 });
    expect(first!.bound).toBeGreaterThan(first!.value);
  });

  it('with HiGHS and a tiny limit on a hard round: time_limit, never a silent non-optimum', async () => {
    const { round } = loadRound(hardRound({ municipalities: 60, experts: 12, requests: 40, budget: 250000, seed: 7 }));
    const outcome = await solveRound(round, {
      engine: new HighsEngine(),
      timeLimitSeconds: 0.05,
      budget: 'per-arc',
      reducedCostFixing: false,
    });
    expect(outcome.status).toBe('time_limit');
    const stopped = outcome.tiers.find((tier) => tier.status === 'time_limit');
    if (outcome.allocation) {
      expect(checkAllocation(round, outcome.allocation)).toEqual([]);
      expect(stopped).toBeDefined();
      expect(stopped!.bound).toBeGreaterThanOrEqual(stopped!.value);
    } else {
      expect(outcome.tiers).toEqual([]);
    }
  });

  it('through the CLI on a Flanders-scale round: the JSON says time_limit, with bound and gap when an allocation is reported', () => {
    const scenario = hardRound({ municipalities: 285, experts: 60, requests: 300, budget: 600000, seed: 2 });
    const run = runCli(['solve', scenario, '--json', '--time-limit', '1']);
    const result = JSON.parse(run.stdout) as {
      status: string;
      assignments: unknown[];
      tiers: { status: string; value: number; bound?: number; gap?: number }[];
    };
    expect(result.status).toBe('time_limit');
    if (run.status === 0) {
      // Either the engine stopped a tier with an incumbent (then its bound and a finite gap are
      // reported), or the hard stop ended a later tier and the earlier, proven tiers stand alone.
      const stopped = result.tiers.find((tier) => tier.status === 'time_limit');
      if (stopped) {
        expect(stopped.gap).toBeGreaterThan(0);
        expect(stopped.gap).toBeLessThanOrEqual(1);
        expect(stopped.bound).toBeGreaterThan(stopped.value);
      } else {
        expect(result.tiers.length).toBeGreaterThan(0);
        expect(result.tiers.every((tier) => tier.status === 'optimal')).toBe(true);
      }
    } else {
      expect(run.status).toBe(1);
      expect(result.assignments).toEqual([]);
    }
  });
});

describe('--time-limit', () => {
  const scenario = join(smallRound(), 'scenario.yaml');
  const STACK_LINE = /^\s+at /m;

  it('is refused (exit 2, no stack) when it is not more than 0 and at most a day, on every command that solves', () => {
    const commands = [
      ['solve', scenario],
      ['explain', scenario, '--request', 'A001'],
      ['compare', scenario, scenario],
      ['sweep', scenario, '--vary', 'budget=30000,60000'],
    ];
    for (const [command, values] of [
      [commands[0]!, ['99999999', '1e400', 'Infinity', 'NaN', 'soon', '0', '-5']],
      ...commands.slice(1).map((args) => [args, ['1e400', '0']] as const),
    ] as const) {
      for (const value of values) {
        const run = runCli([...command, '--time-limit', value]);
        expect(run.status, `${command[0]} --time-limit ${value}`).toBe(2);
        expect(run.stderr).toContain(`--time-limit must be a number of seconds more than 0 and at most ${MAX_TIME_LIMIT_SECONDS}`);
        expect(run.stderr).not.toMatch(STACK_LINE);
        expect(run.stdout).toBe('');
      }
    }
  });

  it('of a whole day is accepted and solves as usual (its hard stop does not overflow)', () => {
    const run = runCli(['solve', scenario, '--json', '--time-limit', String(MAX_TIME_LIMIT_SECONDS)]);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).status).toBe('optimal');
  });
});

describe('relativeGap', () => {
  it('is 0 when proven, finite when the incumbent is 0, and symmetric in scale', () => {
    expect(relativeGap(10, 10)).toBe(0);
    expect(relativeGap(0, 25)).toBe(1);
    expect(relativeGap(0, 0)).toBe(0);
    expect(relativeGap(90, 100)).toBeCloseTo(0.1);
  });
});
