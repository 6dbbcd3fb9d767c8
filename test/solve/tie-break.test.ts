import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAllocation } from '../../src/check/check-allocation.js';
import type { Round, Trajectory } from '../../src/domain/types.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { solveRound } from '../../src/solve/prepared-round.js';
import { roundArcs } from '../../src/solve/round-arcs.js';
import { tieBreakCoefficients } from '../../src/solve/tie-break.js';
import { arbitraryRound } from '../support/random-round.js';
import { tinyRound } from '../support/tiny-round.js';

const highs = new HighsEngine();

/** The tie-break's value of an allocation, from the coefficients alone. */
function tieBreakValue(round: Round, trajectories: readonly Trajectory[]): number {
  const { arcs } = roundArcs(round);
  const coefficients = tieBreakCoefficients(round.periods, arcs);
  return trajectories.reduce((sum, t) => {
    const index = arcs.findIndex((arc) => arc.expert.id === t.expert && arc.request.id === t.request && arc.period === t.period);
    return sum + coefficients[index]!;
  }, 0);
}

/** Every way to give the same expert-request pairs periods that the independent checker accepts. */
function periodAssignments(round: Round, pairs: readonly Trajectory[]): Trajectory[][] {
  const experts = new Map(round.experts.map((expert) => [expert.id, expert]));
  const requests = new Map(round.requests.map((request) => [request.id, request]));
  let partial: Trajectory[][] = [[]];
  for (const pair of pairs) {
    const periods = experts.get(pair.expert)!.periods.filter((period) => requests.get(pair.request)!.periods.includes(period));
    partial = partial.flatMap((chosen) => periods.map((period) => [...chosen, { ...pair, period }]));
  }
  return partial.filter((trajectories) => checkAllocation(round, { trajectories }).length === 0);
}

describe('the tie-break', () => {
  it('gives the pairs the solve chose their best periods: an exhaustive search over them agrees', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRound({ maxExperts: 4, maxRequests: 8 }), async (round) => {
        const outcome = await solveRound(round, { engine: highs, timeLimitSeconds: 30 });
        expect(outcome.status).toBe('optimal');
        const trajectories = outcome.allocation!.trajectories;
        const reported = outcome.tiers.find((tier) => tier.tier === 'tie-break')!.value;
        expect(tieBreakValue(round, trajectories)).toBe(reported);
        const best = Math.min(...periodAssignments(round, trajectories).map((candidate) => tieBreakValue(round, candidate)));
        expect(reported).toBe(best);
      }),
      { numRuns: 40, seed: 2026 },
    );
  });

  it('gives the earlier period to the request first in canonical order when one expert serves two', async () => {
    // One expert, two equal requests (rows in canonical order, as the loader sorts them): only the periods differ.
    const round: Round = {
      ...tinyRound,
      budget: 1_000_000,
      experts: [{ ...tinyRound.experts[0]!, periods: ['P1', 'P2', 'P3'], maxTrajectories: 2 }],
      requests: [
        { ...tinyRound.requests[0]!, id: 'R1', periods: ['P1', 'P3'] },
        { ...tinyRound.requests[0]!, id: 'R2', periods: ['P1', 'P3'] },
      ],
      constraints: { maxPerMunicipality: 2 },
    };
    const outcome = await solveRound(round, { engine: highs, timeLimitSeconds: 30 });
    expect(outcome.allocation!.trajectories).toEqual([
      { expert: tinyRound.experts[0]!.id, request: 'R1', period: 'P1' },
      { expert: tinyRound.experts[0]!.id, request: 'R2', period: 'P3' },
    ]);
  });
});
