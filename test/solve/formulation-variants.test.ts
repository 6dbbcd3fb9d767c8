import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAllocation } from '../../src/check/check-allocation.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { buildFormulation } from '../../src/solve/formulation.js';
import { solveRound } from '../../src/solve/prepared-round.js';
import type { SolveOutcome } from '../../src/solve/solve-round.js';
import { arbitraryRound } from '../support/random-round.js';

const highs = new HighsEngine();
// The tie-break is left out: it chooses periods for the pairs each solve picked, which may differ (see tie-break.ts).
const tierValues = (outcome: SolveOutcome) =>
  outcome.tiers.filter((tier) => tier.tier !== 'tie-break').map((tier) => [tier.tier, tier.value]);

describe('budget formulations and reduced-cost fixing', () => {
  it('per-arc, expert-count and expert-count without fixing reach the same value on every objective tier', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRound({ maxExperts: 5, maxRequests: 9 }), async (round) => {
        const plain = await solveRound(round, { engine: highs, timeLimitSeconds: 30, budget: 'per-arc', reducedCostFixing: false });
        const counted = await solveRound(round, { engine: highs, timeLimitSeconds: 30, budget: 'expert-count', reducedCostFixing: false });
        const fixedByCosts = await solveRound(round, { engine: highs, timeLimitSeconds: 30 });
        for (const outcome of [plain, counted, fixedByCosts]) {
          expect(outcome.status).toBe('optimal');
          expect(checkAllocation(round, outcome.allocation!)).toEqual([]);
        }
        expect(tierValues(counted)).toEqual(tierValues(plain));
        expect(tierValues(fixedByCosts)).toEqual(tierValues(plain));
      }),
      { numRuns: 20, seed: 606 },
    );
  });

  it('expert-count keeps the arcs as the first columns and adds one count per expert plus the total', () => {
    fc.assert(
      fc.property(arbitraryRound(), (round) => {
        const plain = buildFormulation(round, 'per-arc');
        const counted = buildFormulation(round, 'expert-count');
        expect(counted.arcs).toEqual(plain.arcs);
        const costs = new Set(plain.arcs.map((arc) => arc.expert.cost));
        const experts = new Set(plain.arcs.map((arc) => arc.expert.id));
        const extra = costs.size > 1 ? experts.size + 1 : 0;
        expect(counted.variables.length).toBe(plain.arcs.length + extra);
        expect(counted.variables.slice(plain.arcs.length).every((variable) => variable.integer && variable.lower === 0)).toBe(true);
      }),
      { numRuns: 50, seed: 6 },
    );
  });
});
