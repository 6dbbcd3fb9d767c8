import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { highsRuntime } from '../../src/engines/highs-model.js';
import { generateRound } from '../../src/io/generate-round.js';
import { loadRound } from '../../src/io/load-round.js';
import { writeOutputs } from '../../src/io/write-outputs.js';
import { solveRound } from '../../src/solve/prepared-round.js';
import { runCli } from '../support/run-cli.js';

/** Re-solves an exported file with a fresh HiGHS instance that only sees the file. */
async function solveFile(format: 'lp' | 'mps', data: string): Promise<number> {
  const highs = await highsRuntime();
  const instance = highs.createModel({ format, data });
  try {
    instance.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0.999 });
    const { modelStatus } = instance.run();
    expect(modelStatus).toBe(highs.constants.modelStatus.optimal);
    return instance.getObjectiveValue();
  } finally {
    instance.dispose();
  }
}

const folder = mkdtempSync(join(tmpdir(), 'expertpool-export-'));
writeOutputs(folder, generateRound({ municipalities: 60, experts: 12, requests: 40, budget: 120000, seed: 11 }), []);
const ROUNDS = {
  'the example round': 'scenarios/round-2022/scenario.yaml',
  'a generated round with per-expert costs': join(folder, 'scenario.yaml'),
};

describe('expertpool export', () => {
  for (const [label, scenario] of Object.entries(ROUNDS)) {
    it(`writes LP and MPS files whose optimum is the first tier's optimum: ${label}`, async () => {
      const out = mkdtempSync(join(tmpdir(), 'expertpool-export-out-'));
      for (const formulation of ['expert-count', 'per-arc']) {
        const [lp, mps] = [join(out, `${formulation}.lp`), join(out, `${formulation}.mps`)];
        const run = runCli(['export', scenario, '--lp', lp, '--mps', mps, '--budget-formulation', formulation]);
        expect(run.status).toBe(0);
        const outcome = await solveRound(loadRound(scenario).round, { engine: new HighsEngine(), timeLimitSeconds: 60 });
        const first = outcome.tiers[0]!;
        expect(first.status).toBe('optimal');
        const expected = Math.round(first.value * 10);
        expect(Math.round(await solveFile('lp', readFileSync(lp, 'utf8')))).toBe(expected);
        expect(Math.round(await solveFile('mps', readFileSync(mps, 'utf8')))).toBe(expected);
      }
    });
  }

  it('asks for a file with exit 2 when neither --lp nor --mps is given', () => {
    const run = runCli(['export', ROUNDS['the example round']]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--lp FILE');
  });
});

describe('an exported LP file in CBC', () => {
  const cbc = spawnSync('cbc', ['-quit'], { encoding: 'utf8' });
  it.skipIf(cbc.error !== undefined)('gives the first-tier optimum with Debian coinor-cbc, integrality included', async () => {
    const out = mkdtempSync(join(tmpdir(), 'expertpool-export-cbc-'));
    const scenario = ROUNDS['a generated round with per-expert costs'];
    expect(runCli(['export', scenario, '--lp', join(out, 'round.lp')]).status).toBe(0);
    const run = spawnSync('cbc', [join(out, 'round.lp'), 'solve'], { encoding: 'utf8', timeout: 120_000 });
    expect(run.stdout).not.toContain('does not appear');
    const objective = /Objective value:\s*(-?[\d.e+]+)/.exec(run.stdout);
    const outcome = await solveRound(loadRound(scenario).round, { engine: new HighsEngine(), timeLimitSeconds: 60 });
    // CBC maximises as the file says; the LP bound would be above the integer optimum.
    expect(Math.round(Number(objective?.[1]))).toBe(Math.round(outcome.tiers[0]!.value * 10));
  });
});
