import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveChecked } from '../../src/pipeline/solve-checked.js';
import { marginalSteps } from '../../src/what-if/sweep.js';
import { pointFromResult, type SweepPoint } from '../../src/what-if/sweep-point.js';
import type { Round } from '../../src/domain/types.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import type { LoadedRound } from '../../src/io/load-round.js';
import { arbitraryRound } from '../support/random-round.js';

const engine = new HighsEngine();

/** A random round as the loader would hand it over, so the sweep's own point code runs on it. */
const asLoaded = (round: Round): LoadedRound => ({
  round,
  scenario: { name: round.name, budget: round.budget, data: { municipalities: 'm.csv', experts: 'e.csv', requests: 'r.csv' } },
  scenarioPath: 'random.yaml',
  inputs: {},
  warnings: [],
  scenarioFiles: [],
  inputPaths: [],
});

/** The sweep points of `round` at each budget, solved and checked like `expertpool sweep --vary budget=...`. */
async function budgetSweep(round: Round, budgets: readonly number[]): Promise<SweepPoint[]> {
  const points: SweepPoint[] = [];
  for (const budget of budgets) {
    const result = await solveChecked(asLoaded({ ...round, budget }), { engine, timeLimitSeconds: 30 });
    points.push(pointFromResult(budget, result));
  }
  return points;
}

describe('budget sweeps', () => {
  it('are monotone in the priority tier: no step of more budget lowers it', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryRound({ maxExperts: 4, maxRequests: 6 }),
        fc.uniqueArray(fc.integer({ min: 5, max: 80 }), { minLength: 2, maxLength: 4 }),
        async (round, thousands) => {
          const budgets = [...thousands].sort((a, b) => a - b).map((k) => k * 1000);
          const points = await budgetSweep(round, budgets);
          for (const point of points) expect(point.status).toBe('optimal');
          const priorityTier = points.map((p) => p.tiers.find((t) => t.tier === 'priority')!.value);
          for (let i = 1; i < priorityTier.length; i++) expect(priorityTier[i]!).toBeGreaterThanOrEqual(priorityTier[i - 1]!);
          for (const step of marginalSteps(points)) {
            expect(step.priorityDelta).toBeGreaterThanOrEqual(0);
            expect(step.gained.length - step.lost.length).toBe(step.servedDelta);
          }
          for (const point of points) expect(point.budget.used).toBeLessThanOrEqual(point.value as number);
        },
      ),
      { numRuns: 20, seed: 2022 },
    );
  });
});
