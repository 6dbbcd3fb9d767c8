import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { WorkerEngine } from '../../src/engines/worker-engine.js';
import type { BoundChange } from '../../src/mip/engine.js';
import type { MipModel } from '../../src/mip/model.js';
import { prepareRound } from '../../src/solve/prepared-round.js';
import { faultyWorkerScript } from '../support/engine-fault-worker.js';
import { arbitraryRound } from '../support/random-round.js';

const highs = new HighsEngine();

/** The model's LP relaxation with the changes applied, as a model of its own. */
function changed(model: MipModel, changes: readonly BoundChange[]): MipModel {
  const variables = model.variables.map((variable) => ({ ...variable, integer: false }));
  const constraints = [...model.constraints];
  for (const change of changes) {
    if (change.target === 'column') variables[change.index] = { ...variables[change.index]!, lower: change.min, upper: change.max };
    else constraints[change.index] = { ...constraints[change.index]!, min: change.min, max: change.max };
  }
  return { ...model, variables, constraints };
}

/** A round's first tier and one probe per request row and per arc: that row or arc forced to 1. */
function probesOf(model: MipModel): BoundChange[][] {
  const rows = model.constraints.flatMap((row, index) => (row.max === 1 && row.min === undefined ? [index] : []));
  return [
    ...rows.map((index): BoundChange[] => [{ target: 'row', index, min: 1, max: 1 }]),
    ...model.variables.slice(0, 6).map((_, index): BoundChange[] => [{ target: 'column', index, min: 1, max: 1 }]),
  ];
}

describe('probing an LP relaxation', () => {
  it('gives each probe the optimum of its own LP solved from scratch, whatever the probes before it', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRound({ maxExperts: 4, maxRequests: 8 }), async (round) => {
        const { model } = prepareRound(round, highs).firstTierModel();
        const probes = probesOf(model);
        if (probes.length === 0) return;
        const probed = await highs.probeRelaxation(model, probes, { iterationLimit: 10_000, timeLimitSeconds: 30 });
        // The same probes in reverse order, and every other one alone: each probe's result (its point and
        // iterations too) depends on it alone, so a set of probes may be split over engines in any way.
        const reversed = await highs.probeRelaxation(model, [...probes].reverse(), { iterationLimit: 10_000, timeLimitSeconds: 30 });
        expect(reversed.probes).toEqual([...probed.probes].reverse());
        const halves = await highs.probeRelaxation(
          model,
          probes.filter((_, index) => index % 2 === 1),
          { iterationLimit: 10_000, timeLimitSeconds: 30 },
        );
        expect(halves.probes).toEqual(probed.probes.filter((_, index) => index % 2 === 1));
        for (const [index, changes] of probes.entries()) {
          const alone = await highs.solve(changed(model, changes), { timeLimitSeconds: 30 });
          const probe = probed.probes[index]!;
          expect(probe.termination).toBe(alone.termination);
          if (alone.termination !== 'optimal') continue;
          expect(probe.objective).toBeCloseTo(alone.solution!.objective, 6);
          // The support is the LP point's nonzero columns: it meets the forced bound.
          for (const change of changes) {
            if (change.target === 'column') expect(probe.support!.columns).toContain(change.index);
          }
        }
      }),
      { numRuns: 15, seed: 31 },
    );
  });

  it('stops a probe at its iteration limit, leaving no bound', async () => {
    const round = (await import('../../src/io/load-round.js')).loadRound('scenarios/round-2022/scenario.yaml').round;
    const { model } = prepareRound(round, highs).firstTierModel();
    const probes = probesOf(model);
    const probed = await highs.probeRelaxation(model, probes, { iterationLimit: 0, timeLimitSeconds: 30 });
    // A probe whose bound change leaves the relaxation's optimum feasible needs no iteration; the others stop.
    expect(probed.probes.some((probe) => probe.termination === 'limit' && probe.objective === undefined)).toBe(true);
    expect(probed.probes.every((probe) => probe.termination === 'limit' || probe.iterations === 0)).toBe(true);
  });

  it('runs in a worker engine as in the caller’s thread, and fails every probe when the worker crashes', async () => {
    const round = (await import('../../src/io/load-round.js')).loadRound('scenarios/round-2022/scenario.yaml').round;
    const { model } = prepareRound(round, highs).firstTierModel();
    const probes = probesOf(model);
    const options = { iterationLimit: 10_000, timeLimitSeconds: 30 };
    const worker = new WorkerEngine('highs');
    const crashing = new WorkerEngine('highs', { workerScript: faultyWorkerScript('crash') });
    try {
      const inThread = await highs.probeRelaxation(model, probes, options);
      const inWorker = await worker.probeRelaxation!(model, probes, options);
      expect({ ...inWorker, seconds: 0 }).toEqual({ ...inThread, seconds: 0 });
      const crashed = await crashing.probeRelaxation!(model, probes, options);
      expect(crashed.probes.every((probe) => probe.termination === 'error')).toBe(true);
      expect(new WorkerEngine('jslp').probeRelaxation).toBeUndefined();
    } finally {
      await Promise.all([worker.close(), crashing.close()]);
    }
  });
});
