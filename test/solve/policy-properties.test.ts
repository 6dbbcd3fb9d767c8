import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAllocation } from '../../src/check/check-allocation.js';
import { diagnoseInfeasible } from '../../src/diagnose/diagnose-infeasible.js';
import { greedyAllocation } from '../../src/solve/greedy.js';
import { priorityScores } from '../../src/domain/priority.js';
import type { Round, Trajectory } from '../../src/domain/types.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { solveRound } from '../../src/solve/prepared-round.js';
import { arbitraryRound } from '../support/random-round.js';
import { arbitraryPolicyRound, validAllocationsMatching } from '../support/policy-arbitraries.js';

const highs = new HighsEngine();
const solve = (round: Round) => solveRound(round, { engine: highs, timeLimitSeconds: 30 });
const priorityTenths = (round: Round, trajectories: readonly Trajectory[]) => {
  const scores = priorityScores(round);
  return trajectories.reduce((sum, t) => sum + Math.round((scores.get(t.request) ?? 0) * 10), 0);
};
const runs = (numRuns: number, seed: number) => ({ numRuns, seed });

describe('policy constraints on random rounds', () => {
  it('the optimum honours every constraint and matches an exhaustive search on the priority tier', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryPolicyRound(), async (round) => {
        const outcome = await solve(round);
        const valid = validAllocationsMatching(round, outcome);
        if (!valid) return;
        const best = Math.max(...valid.map((allocation) => priorityTenths(round, allocation)));
        expect(priorityTenths(round, outcome.allocation!.trajectories)).toBe(best);
      }),
      runs(20, 3103),
    );
  });

  it('the expertise tier finds the largest summed level, as an exhaustive search does', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryPolicyRound(), async (base) => {
        const round: Round = { ...base, objective: ['expertise', 'served'] };
        const outcome = await solve(round);
        const valid = validAllocationsMatching(round, outcome);
        if (!valid) return;
        const level = (t: Trajectory) =>
          round.experts.find((e) => e.id === t.expert)!.levels[round.requests.find((r) => r.id === t.request)!.domain] ?? 1;
        const best = Math.max(...valid.map((allocation) => allocation.reduce((sum, t) => sum + level(t), 0)));
        expect(outcome.tiers[0]).toMatchObject({ tier: 'expertise', value: best });
      }),
      runs(20, 5150),
    );
  });

  it('history: exclude never serves a municipality served before; penalise with factor 1 changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRound({ maxExperts: 4, maxRequests: 7 }), fc.nat(), async (round, pick) => {
        const before = round.municipalities[pick % round.municipalities.length]!.nis;
        const records = [{ year: 2021, expert: 'X999', municipality: before, domain: 'wonen' }];
        const excluded = await solve({ ...round, history: { records, servedBefore: 'exclude', factor: 1, ongoing: [] } });
        const hosts = excluded.allocation!.trajectories.map((t) => round.requests.find((r) => r.id === t.request)!.municipality);
        expect(hosts).not.toContain(before);
        const neutral = await solve({ ...round, history: { records, servedBefore: 'penalise', factor: 1, ongoing: [] } });
        expect(neutral.allocation).toEqual((await solve(round)).allocation);
      }),
      runs(20, 2021),
    );
  });

  it('raising a province max never lowers the priority tier', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRound({ maxExperts: 4, maxRequests: 7 }), fc.integer({ min: 0, max: 2 }), async (round, max) => {
        const province = round.municipalities[0]!.province;
        const value = async (limit: number) =>
          (await solve({ ...round, constraints: { ...round.constraints, provinces: { [province]: { max: limit } } } })).tiers[0]!.value;
        expect(await value(max + 1)).toBeGreaterThanOrEqual(await value(max));
      }),
      runs(25, 31),
    );
  });

  it('a pinned trajectory is always in the result; when it cannot be, the round is infeasible', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRound({ maxExperts: 4, maxRequests: 6 }), fc.nat(), fc.nat(), fc.nat(), async (round, e, q, p) => {
        const expert = round.experts[e % round.experts.length]!;
        const request = round.requests[q % round.requests.length]!;
        const pin = { expert: expert.id, request: request.id, period: round.periods[p % round.periods.length]! };
        const pinned = { ...round, constraints: { ...round.constraints, pins: [pin] } };
        const outcome = await solve(pinned);
        if (outcome.status === 'infeasible') {
          // Alone, the pin fails only when it breaks a rule by itself, which the checker sees too.
          expect(checkAllocation(pinned, { trajectories: [pin] }).length).toBeGreaterThan(0);
          expect(diagnoseInfeasible(pinned).length).toBeGreaterThan(0);
        } else {
          expect(outcome.allocation!.trajectories).toContainEqual(pin);
          expect(checkAllocation(pinned, outcome.allocation!)).toEqual([]);
        }
      }),
      runs(30, 59),
    );
  });

  it('the greedy baseline breaks no rule without minimums, and never beats the optimum', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRound({ maxExperts: 4, maxRequests: 7 }), async (round) => {
        const greedy = greedyAllocation(round);
        expect(checkAllocation(round, greedy)).toEqual([]);
        const outcome = await solve(round);
        expect(priorityTenths(round, outcome.allocation!.trajectories)).toBeGreaterThanOrEqual(priorityTenths(round, greedy.trajectories));
      }),
      runs(40, 71),
    );
  });
});
