import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAllocation } from '../../src/check/check-allocation.js';
import type { Round } from '../../src/domain/types.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { arcKey } from '../../src/solve/arc.js';
import { repairWithArc } from '../../src/solve/arc-repair.js';
import { prepareRound } from '../../src/solve/prepared-round.js';
import { arbitraryPolicyRound } from '../support/policy-arbitraries.js';
import { arbitraryRound } from '../support/random-round.js';

const engine = new HighsEngine();

/**
 * Repairs the optimum with every arc of every unserved request forced in
 * (and, to bring in first, the arcs of the other unserved requests) and
 * checks each result: it holds every row of the model, the independent
 * checker accepts it, it serves the forced arc, and its value is its arcs'.
 */
async function repairsHold(round: Round): Promise<number> {
  const prepared = prepareRound(round, engine);
  const outcome = await prepared.solve({ engine, timeLimitSeconds: 30 });
  if (outcome.status !== 'optimal') return 0;
  const { formulation, evaluation } = prepared;
  const columns = new Map(formulation.arcs.map((arc, column) => [arcKey(arc.expert.id, arc.request.id, arc.period), column]));
  const base = outcome.allocation!.trajectories.map((t) => columns.get(arcKey(t.expert, t.request, t.period))!);
  const served = new Set(outcome.allocation!.trajectories.map((t) => t.request));
  const value = evaluation.tierCoefficients[0]!;
  const arcsOf = (request: string) => formulation.arcs.flatMap((arc, column) => (arc.request.id === request ? [column] : []));
  const unservedArcs = formulation.arcs.flatMap((arc, column) => (served.has(arc.request.id) ? [] : [column]));
  let repaired = 0;
  for (const forced of unservedArcs) {
    for (const insert of [undefined, unservedArcs.filter((arc) => arc !== forced)]) {
      const result = repairWithArc(formulation, base, forced, {
        value,
        sameRequest: (arc) => arcsOf(formulation.arcs[arc]!.request.id),
        fill: unservedArcs,
        ...(insert ? { insert } : {}),
      });
      if (!result) continue;
      repaired++;
      expect(result.arcs).toContain(forced);
      expect(new Set(result.arcs).size).toBe(result.arcs.length);
      expect(evaluation.breaksARow(new Set(result.arcs))).toBe(false);
      const trajectories = result.arcs.map((arc) => {
        const { expert, request, period } = formulation.arcs[arc]!;
        return { expert: expert.id, request: request.id, period };
      });
      expect(checkAllocation(round, { trajectories })).toEqual([]);
      expect(result.value).toBe(result.arcs.reduce((sum, arc) => sum + value[arc]!, 0));
    }
  }
  return repaired;
}

describe('repairing an allocation around a forced arc', () => {
  it('gives a valid allocation that serves it, on random rounds', async () => {
    let repaired = 0;
    await fc.assert(
      fc.asyncProperty(arbitraryRound({ maxExperts: 5, maxRequests: 10 }), async (round) => {
        repaired += await repairsHold(round);
      }),
      { numRuns: 30, seed: 808 },
    );
    expect(repaired).toBeGreaterThan(100);
  });

  it('keeps pins and minimum quotas, and every other policy row', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryPolicyRound({ maxExperts: 4, maxRequests: 9 }), async (round) => {
        await repairsHold(round);
      }),
      { numRuns: 30, seed: 809 },
    );
  });
});
