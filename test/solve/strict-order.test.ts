import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAllocation } from '../../src/check/check-allocation.js';
import { rankRequests } from '../../src/domain/priority.js';
import type { Round, Trajectory } from '../../src/domain/types.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { prepareRound, solveRound } from '../../src/solve/prepared-round.js';
import { arbitraryRound } from '../support/random-round.js';
import { tinyRound } from '../support/tiny-round.js';
import { arbitraryPolicyRound, validAllocationsMatching } from '../support/policy-arbitraries.js';

const highs = new HighsEngine();
const solve = (round: Round) => solveRound(round, { engine: highs, timeLimitSeconds: 30 });
const servedSet = (trajectories: readonly Trajectory[]) => new Set(trajectories.map((t) => t.request));

/** The served pattern in rule order, as a string of 0/1: lexicographically larger is better. */
const pattern = (order: readonly string[], trajectories: readonly Trajectory[]) => {
  const served = servedSet(trajectories);
  return order.map((id) => (served.has(id) ? '1' : '0')).join('');
};

const withSubmissionTimes = (round: Round, minutes: readonly number[]): Round => ({
  ...round,
  priority: { rule: 'first-come' },
  requests: round.requests.map((request, index) => ({
    ...request,
    submittedAt: new Date(Date.UTC(2021, 9, 1, 8, minutes[index % minutes.length]!)).toISOString(),
  })),
});

describe('strict order (first-come, lottery)', () => {
  it('serves the lexicographically best set in rule order, as an exhaustive search finds it', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryPolicyRound({ maxExperts: 3, maxRequests: 5 }), fc.nat(), async (base, seed) => {
        const round: Round = { ...base, priority: { rule: 'lottery', seed } };
        const order = rankRequests(round).strict!;
        const outcome = await solve(round);
        const valid = validAllocationsMatching(round, outcome);
        if (!valid) return;
        const best = valid
          .map((allocation) => pattern(order, allocation))
          .sort()
          .at(-1);
        expect(pattern(order, outcome.allocation!.trajectories)).toBe(best);
      }),
      { numRuns: 30, seed: 404 },
    );
  });

  it('gives the same served set with the budget on every arc as with per-expert counts', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryPolicyRound({ maxExperts: 4, maxRequests: 7 }), fc.nat(), async (base, seed) => {
        const round: Round = { ...base, priority: { rule: 'lottery', seed } };
        const order = rankRequests(round).strict!;
        const counted = await solveRound(round, { engine: highs, timeLimitSeconds: 30, budget: 'expert-count' });
        const perArc = await solveRound(round, { engine: highs, timeLimitSeconds: 30, budget: 'per-arc' });
        expect(perArc.status).toBe(counted.status);
        if (counted.allocation)
          expect(pattern(order, perArc.allocation!.trajectories)).toBe(pattern(order, counted.allocation.trajectories));
      }),
      { numRuns: 15, seed: 606 },
    );
  });

  it('under first-come, no unserved request could take the expert-period a later request holds', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryRound({ maxExperts: 4, maxRequests: 8 }),
        fc.array(fc.integer({ min: 0, max: 59 }), { minLength: 8, maxLength: 8 }),
        async (base, minutes) => {
          const round = withSubmissionTimes(base, minutes);
          const order = rankRequests(round).strict!;
          const allocation = (await solve(round)).allocation!;
          const served = servedSet(allocation.trajectories);
          for (const unserved of order.filter((id) => !served.has(id))) {
            for (const held of allocation.trajectories.filter((t) => order.indexOf(t.request) > order.indexOf(unserved))) {
              // Hand the later request's slot to the earlier one: some rule must forbid it.
              const swapped = allocation.trajectories.map((t) => (t === held ? { ...held, request: unserved } : t));
              expect(checkAllocation(round, { trajectories: swapped }).length).toBeGreaterThan(0);
            }
          }
        },
      ),
      { numRuns: 30, seed: 808 },
    );
  });

  it('the first request is served whenever it can be, even at the cost of two later ones', async () => {
    // tinyRound: R2 (Mechelen) first. X1 can serve R2, leaving R1 for X2 with R3 unserved (one per municipality).
    const round: Round = {
      ...tinyRound,
      priority: { rule: 'first-come' },
      requests: tinyRound.requests.map((r, i) => ({ ...r, submittedAt: `2021-10-0${[2, 1, 3, 4][i]}T09:00:00Z` })),
    };
    expect(rankRequests(round).strict).toEqual(['R2', 'R1', 'R3', 'R4']);
    const outcome = await solve(round);
    expect([...servedSet(outcome.allocation!.trajectories)].sort()).toEqual(['R1', 'R2']);
    expect(outcome.tiers.map((t) => t.tier)).toEqual(['priority', 'served', 'distance', 'tie-break']);
  });
});

describe('strict-order decisions in the solve outcome', () => {
  it('record every request with an eligible expert in rule order, served exactly when the allocation serves it', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryPolicyRound({ maxExperts: 4, maxRequests: 8 }), fc.nat(), async (base, seed) => {
        const round: Round = { ...base, priority: { rule: 'lottery', seed } };
        const outcome = await solve(round);
        if (outcome.status !== 'optimal') return;
        const order = rankRequests(round).strict!;
        const withArcs = new Set(prepareRound(round, highs).arcs.map((arc) => arc.request.id));
        const decisions = outcome.order!;
        expect(decisions.map((d) => d.request)).toEqual(order.filter((id) => withArcs.has(id)));
        expect(decisions.map((d) => order[d.position])).toEqual(decisions.map((d) => d.request));
        const served = servedSet(outcome.allocation!.trajectories);
        for (const decision of decisions) expect(decision.served).toBe(served.has(decision.request));
      }),
      { numRuns: 30, seed: 909 },
    );
  });

  it('a request forced into a round whose budget pays no trajectory is infeasible, not an internal error', async () => {
    // Every request is refused by the count bound, so the pass has no point and no tier value.
    const round: Round = {
      ...tinyRound,
      budget: 5000,
      priority: { rule: 'first-come' },
      requests: tinyRound.requests.map((r, i) => ({ ...r, submittedAt: `2021-10-0${i + 1}T09:00:00Z` })),
    };
    expect((await solve(round)).order?.every((d) => !d.served && d.by === 'count')).toBe(true);
    const forced = await prepareRound(round, highs).forceIn('R1', { engine: highs, timeLimitSeconds: 30, stopAfter: () => true });
    expect(forced.status).toBe('infeasible');
  });
});

describe('tiers rule in the solver', () => {
  it('maximises class A first: no number of class-B requests outweighs one class-A request', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryPolicyRound({ maxExperts: 3, maxRequests: 5 }), async (base) => {
        // Class A: requests whose municipality comes first; the rest are B.
        const first = base.municipalities[0]!.nis;
        const round: Round = {
          ...base,
          municipalities: base.municipalities.map((m) => ({ ...m, indicators: { need: m.nis === first ? 1 : 0 } })),
          priority: {
            rule: 'tiers',
            classes: [{ name: 'A', when: { indicator: 'need', min: 1 } }, { name: 'B' }],
            within: { rule: 'score' },
          },
        };
        const outcome = await solve(round);
        const valid = validAllocationsMatching(round, outcome);
        if (!valid) return;
        const classScore = (trajectories: readonly Trajectory[], inA: boolean) =>
          trajectories
            .filter((t) => (round.requests.find((r) => r.id === t.request)!.municipality === first) === inA)
            .reduce((sum, t) => sum + Math.round((round.requests.find((r) => r.id === t.request)!.priority ?? 0) * 10), 0);
        const bestA = Math.max(...valid.map((a) => classScore(a, true)));
        const bestB = Math.max(...valid.filter((a) => classScore(a, true) === bestA).map((a) => classScore(a, false)));
        expect(classScore(outcome.allocation!.trajectories, true)).toBe(bestA);
        expect(classScore(outcome.allocation!.trajectories, false)).toBe(bestB);
      }),
      { numRuns: 25, seed: 1212 },
    );
  });
});
