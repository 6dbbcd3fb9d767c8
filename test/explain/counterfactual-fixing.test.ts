import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainContext } from '../../src/explain/explain-context.js';
import { forceIn } from '../../src/explain/explain-counterfactual.js';
import { forcedAllocation } from '../../src/explain/forced-start.js';
import { arcKey } from '../../src/solve/arc.js';
import { startVector } from '../../src/solve/start-vector.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { PreparedRound } from '../../src/solve/prepared-round.js';
import { arbitraryPolicyRound } from '../support/policy-arbitraries.js';
import { arbitraryRound } from '../support/random-round.js';

const engine = new HighsEngine();

describe('counterfactual solves with arcs fixed by the first tier’s relaxation', () => {
  for (const [name, rounds] of [
    ['random rounds', arbitraryRound({ maxExperts: 4, maxRequests: 9 })],
    ['rounds with pins, quotas, caps and exclusions', arbitraryPolicyRound({ maxExperts: 4, maxRequests: 9 })],
  ] as const) {
    it(`reach the same status and the same first worse tier as without: ${name}`, async () => {
      let fixedSome = false;
      await fc.assert(
        fc.asyncProperty(rounds, async (round) => {
          // Two prepared rounds of one round: the first solves it (and keeps its first tier's relaxation), the other never does.
          const solved = new PreparedRound(round, 'expert-count');
          const unsolved = new PreparedRound(round, 'expert-count');
          const outcome = await solved.solve({ engine, timeLimitSeconds: 30 });
          if (outcome.status !== 'optimal') return;
          const fixing = explainContext(solved, outcome.allocation!);
          const plain = explainContext(unsolved, outcome.allocation!);
          for (const request of round.requests) {
            if (plain.servedBy.has(request.id) || (plain.arcsOf.get(request.id) ?? []).length === 0) continue;
            const without = await forceIn(plain, request.id, { engine, timeLimitSeconds: 30 });
            const fixed = await forceIn(fixing, request.id, { engine, timeLimitSeconds: 30 });
            expect({ status: fixed.status, worse: fixed.worse }).toEqual({ status: without.status, worse: without.worse });
            if (solved.firstTierRelaxation) fixedSome = true;
          }
        }),
        { numRuns: 30, seed: 1618 },
      );
      expect(fixedSome).toBe(true);
    });
  }

  it('rule out only arcs that no allocation as good as the start uses: the forced optimum keeps all of its arcs', async () => {
    let ruledOutSome = false;
    await fc.assert(
      fc.asyncProperty(arbitraryPolicyRound({ maxExperts: 4, maxRequests: 9 }), async (round) => {
        const prepared = new PreparedRound(round, 'expert-count');
        const outcome = await prepared.solve({ engine, timeLimitSeconds: 30 });
        const relaxation = prepared.firstTierRelaxation;
        if (outcome.status !== 'optimal' || !relaxation) return;
        const { formulation } = prepared;
        const first = formulation.tiers[0]!;
        const context = explainContext(prepared, outcome.allocation!);
        for (const request of round.requests) {
          if (context.servedBy.has(request.id) || (context.arcsOf.get(request.id) ?? []).length === 0) continue;
          const start = forcedAllocation(context, request.id);
          if (!start) continue;
          const startArcs = new Set(start.trajectories.map((t) => context.arcIndex.get(arcKey(t.expert, t.request, t.period))!));
          const startValue = prepared.evaluation.tierValues(startArcs)[0]! * first.scale;
          const ruledOut = new Set(relaxation.ruledOut(startValue, startVector(formulation, start.trajectories)!));
          ruledOutSome ||= ruledOut.size > 0;
          // The forced optimum, solved without any fixing: none of its arcs may be ruled out.
          const forced = await prepared.forceIn(request.id, {
            engine,
            timeLimitSeconds: 30,
            reducedCostFixing: false,
            stopAfter: () => true,
          });
          for (const t of forced.allocation!.trajectories)
            expect(ruledOut.has(context.arcIndex.get(arcKey(t.expert, t.request, t.period))!)).toBe(false);
        }
      }),
      { numRuns: 100, seed: 31415 },
    );
    expect(ruledOutSome).toBe(true);
  });
});
