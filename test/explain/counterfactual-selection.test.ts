import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainAllocation } from '../../src/explain/explain-allocation.js';
import { priorityScores } from '../../src/domain/priority.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { AUTO_ARC_BUDGET, AUTO_MINIMUM, autoCounterfactuals, solveRound } from '../../src/solve/prepared-round.js';
import { roundArcs } from '../../src/solve/round-arcs.js';
import { arbitraryRound } from '../support/random-round.js';

const engine = new HighsEngine();

describe('counterfactual solves for the highest-priority unserved requests', () => {
  it('run for exactly those, highest priority first and ties by id, and for no other', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRound({ maxExperts: 3, maxRequests: 7 }), fc.nat({ max: 4 }), async (round, count) => {
        const outcome = await solveRound(round, { engine, timeLimitSeconds: 30 });
        const allocation = outcome.allocation!;
        const served = new Set(allocation.trajectories.map((t) => t.request));
        const withArcs = new Set(roundArcs(round).arcs.map((arc) => arc.request.id));
        const scores = priorityScores(round);
        const candidates = round.requests
          .map((request) => request.id)
          .filter((id) => !served.has(id) && withArcs.has(id))
          .sort((a, b) => scores.get(b)! - scores.get(a)! || (a < b ? -1 : 1));
        const chosen = new Set(candidates.slice(0, count));

        const explained = await explainAllocation(round, allocation, {
          engine,
          timeLimitSeconds: 30,
          counterfactuals: { highestPriority: count },
        });
        expect(explained.counterfactualSolves).toBe(chosen.size);
        for (const unserved of explained.unserved) {
          for (const reason of unserved.reasons) {
            if (reason.code === 'outranked') expect(reason.counterfactual.status !== 'not-run').toBe(chosen.has(unserved.request));
          }
        }
        // With room for every candidate, the selection is the full explanation.
        const all = await explainAllocation(round, allocation, { engine, timeLimitSeconds: 30 });
        const roomy = await explainAllocation(round, allocation, {
          engine,
          timeLimitSeconds: 30,
          counterfactuals: { highestPriority: candidates.length },
        });
        expect({ ...roomy, seconds: 0 }).toEqual({ ...all, seconds: 0 });
      }),
      { numRuns: 25, seed: 2718 },
    );
  });

  it('--explain auto: as many as fit the arc budget, at least the minimum', () => {
    // The realistic generated round (228 arcs, 21 outranked requests) gets all; a Flanders round 12; huge rounds the minimum.
    expect(autoCounterfactuals(228)).toBeGreaterThanOrEqual(21);
    expect(autoCounterfactuals(8314)).toBe(12);
    expect(autoCounterfactuals(152_695)).toBe(AUTO_MINIMUM);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (arcs) => {
        const count = autoCounterfactuals(arcs);
        expect(count).toBeGreaterThanOrEqual(AUTO_MINIMUM);
        if (count > AUTO_MINIMUM) expect(count * arcs).toBeLessThanOrEqual(AUTO_ARC_BUDGET);
        expect(autoCounterfactuals(arcs + 1)).toBeLessThanOrEqual(count);
      }),
    );
  });
});
