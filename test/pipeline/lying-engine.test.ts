import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engines/registry.js';
import { loadRound } from '../../src/io/load-round.js';
import type { MipEngine } from '../../src/mip/engine.js';
import { AllocationCheckError, solveChecked } from '../../src/pipeline/solve-checked.js';

/** An engine that answers every solve with "optimal" and every column at 1: trajectories for every expert, period and request at once. */
function lyingEngine(): MipEngine {
  const honest = createEngine('highs');
  return {
    name: 'lying',
    version: '0',
    generalIntegers: honest.generalIntegers,
    async solve(model) {
      return { termination: 'optimal', solution: { values: new Float64Array(model.variables.length).fill(1), objective: 0 }, seconds: 0 };
    },
  };
}

describe('an allocation that leaves the solver', () => {
  it('is re-checked by the independent checker: an engine that claims an impossible optimum is caught, never reported', async () => {
    const loaded = loadRound('scenarios/round-2022/scenario.yaml');
    const error = await solveChecked(loaded, { engine: lyingEngine(), timeLimitSeconds: 10, counterfactuals: 'none' }).catch(
      (caught) => caught,
    );
    expect(error).toBeInstanceOf(AllocationCheckError);
    expect((error as AllocationCheckError).violations.length).toBeGreaterThan(0);
  });
});
