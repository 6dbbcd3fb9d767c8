import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAllocation } from '../../src/check/check-allocation.js';
import type { MipEngine } from '../../src/mip/engine.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { JslpEngine } from '../../src/engines/jslp-engine.js';
import { solveRound } from '../../src/solve/prepared-round.js';
import type { SolveOutcome } from '../../src/solve/solve-round.js';
import { bruteForceOptimum } from '../support/brute-force.js';
import { arbitraryRound } from '../support/random-round.js';

const highs = new HighsEngine();
const jslp = new JslpEngine();
const solve = (round: Parameters<typeof solveRound>[0], engine: MipEngine = highs) => solveRound(round, { engine, timeLimitSeconds: 30 });
const tierValue = (outcome: SolveOutcome, tier: string) => outcome.tiers.find((t) => t.tier === tier)?.value;
// Seeds are fixed so a failure reproduces; fast-check prints the counterexample and its seed.
const runs = (numRuns: number, seed: number) => ({ numRuns, seed });

describe('solver properties on random rounds', () => {
  it('every allocation is proven optimal and passes the independent checker', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRound(), async (round) => {
        const outcome = await solve(round);
        expect(outcome.status).toBe('optimal');
        expect(checkAllocation(round, outcome.allocation!)).toEqual([]);
      }),
      runs(60, 20221),
    );
  });

  it('matches an exhaustive search on tiny rounds, tier by tier', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRound({ maxExperts: 3, maxRequests: 5 }), async (round) => {
        const outcome = await solve(round);
        const expected = bruteForceOptimum(round);
        expect(Math.round(tierValue(outcome, 'priority')! * 10)).toBe(expected.priorityTenths);
        expect(tierValue(outcome, 'served')).toBe(expected.served);
        expect(Math.round(tierValue(outcome, 'distance')! * 10)).toBe(expected.distanceTenths);
      }),
      runs(40, 7),
    );
  });

  it('HiGHS and javascript-lp-solver agree on every tier value', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRound({ maxExperts: 3, maxRequests: 6 }), async (round) => {
        const [a, b] = [await solve(round, highs), await solve(round, jslp)];
        expect(b.status).toBe('optimal');
        for (const tier of ['priority', 'served', 'distance']) expect(tierValue(b, tier)).toBe(tierValue(a, tier));
        expect(checkAllocation(round, b.allocation!)).toEqual([]);
      }),
      runs(30, 42),
    );
  });

  it('more budget never lowers the priority tier', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRound(), fc.integer({ min: 1, max: 40 }), async (round, extraThousands) => {
        const before = await solve(round);
        const after = await solve({ ...round, budget: round.budget + extraThousands * 1000 });
        expect(tierValue(after, 'priority')!).toBeGreaterThanOrEqual(tierValue(before, 'priority')!);
      }),
      runs(40, 99),
    );
  });

  it('the order of experts and requests never changes the allocation', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRound(), fc.integer(), async (round, salt) => {
        const shuffle = <T>(items: readonly T[]) =>
          [...items]
            .map((item, i) => ({ item, key: Math.sin(salt + i) }))
            .sort((x, y) => x.key - y.key)
            .map((x) => x.item);
        // The loaders sort rows canonically; the solver must depend on that order only.
        const canonical = await solve(round);
        const reloaded = {
          ...round,
          experts: [...shuffle(round.experts)].sort((x, y) => (x.id < y.id ? -1 : 1)),
          requests: [...shuffle(round.requests)].sort((x, y) => (x.id < y.id ? -1 : 1)),
        };
        expect((await solve(reloaded)).allocation).toEqual(canonical.allocation);
      }),
      runs(20, 5),
    );
  });
});
