import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAllocation } from '../../src/check/check-allocation.js';
import { costCents } from '../../src/domain/money.js';
import type { Round, Trajectory } from '../../src/domain/types.js';
import { JslpEngine } from '../../src/engines/jslp-engine.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { solveRound } from '../../src/solve/prepared-round.js';
import { allocationOf, arbitraryPromisedRound, mostKept, revisedRound } from '../support/replan-rounds.js';

const highs = new HighsEngine();
const key = (t: Trajectory) => `${t.expert} ${t.request} ${t.period}`;
const keys = (trajectories: readonly Trajectory[]) => trajectories.map(key).sort();
// Seeds are fixed so a failure reproduces; fast-check prints the counterexample and its seed.
const runs = (numRuns: number, seed: number) => ({ numRuns, seed });

/** The changes a random draw describes, kept valid: no withdrawal or cancellation touches a frozen trajectory, and the budget pays the frozen ones. */
function drawnChanges(
  round: Round,
  promised: readonly Trajectory[],
  draw: { frozenPeriods: number; withdrawer: number; fromOffset: number; cancelled: number; cutThousands: number },
) {
  const frozen = round.periods.slice(0, draw.frozenPeriods);
  const expert = round.experts[draw.withdrawer % round.experts.length]!.id;
  const from = round.periods[Math.min(round.periods.length - 1, draw.frozenPeriods + draw.fromOffset)]!;
  const frozenRequests = new Set(promised.filter((t) => frozen.includes(t.period)).map((t) => t.request));
  const open = round.requests.filter((r) => !frozenRequests.has(r.id));
  const cancelled = open.length > 0 ? [open[draw.cancelled % open.length]!.id] : [];
  const frozenCost = promised
    .filter((t) => frozen.includes(t.period))
    .reduce((sum, t) => sum + costCents(round.experts.find((e) => e.id === t.expert)!.cost) / 100, 0);
  const budget = Math.max(frozenCost, round.budget - draw.cutThousands * 1000);
  return { frozen, withdrawn: [{ expert, from }], cancelled, budget };
}

describe('replan properties on random rounds', () => {
  it('with no change, returns the promised allocation, whatever is frozen', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryPromisedRound(), async ({ round, frozenPeriods }) => {
        const promised = await allocationOf(round);
        const revised = revisedRound(round, promised, { frozen: round.periods.slice(0, frozenPeriods) });
        expect(keys((await allocationOf(revised)).trajectories)).toEqual(keys(promised.trajectories));
      }),
      runs(40, 1601),
    );
  });

  it("with a withdrawal, keeps every trajectory that does not touch the expert's later periods", async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryPromisedRound(), async (draw) => {
        const { round } = draw;
        const promised = await allocationOf(round);
        const { frozen, withdrawn } = drawnChanges(round, promised.trajectories, draw);
        const revised = revisedRound(round, promised, { frozen, withdrawn });
        const now = new Set(keys((await allocationOf(revised)).trajectories));
        const { expert, from } = withdrawn[0]!;
        const untouched = promised.trajectories.filter(
          (t) => t.expert !== expert || round.periods.indexOf(t.period) < round.periods.indexOf(from),
        );
        for (const t of untouched) expect(now.has(key(t)), key(t)).toBe(true);
      }),
      runs(40, 1602),
    );
  });

  it('never changes a frozen period, passes the checker and keeps as many promises as any allocation can', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryPromisedRound(), async (draw) => {
        const { round } = draw;
        const promised = await allocationOf(round);
        const changes = drawnChanges(round, promised.trajectories, draw);
        const revised = revisedRound(round, promised, changes);
        const outcome = await solveRound(revised, { engine: highs, timeLimitSeconds: 30 });
        expect(outcome.status).toBe('optimal');
        const now = outcome.allocation!.trajectories;
        const inFrozen = (list: readonly Trajectory[]) => keys(list.filter((t) => changes.frozen.includes(t.period)));
        expect(inFrozen(now)).toEqual(inFrozen(promised.trajectories));
        expect(checkAllocation(revised, outcome.allocation!)).toEqual([]);
        const kept = now.filter((t) => promised.trajectories.some((p) => key(p) === key(t))).length;
        expect(outcome.tiers.find((t) => t.tier === 'kept')?.value ?? 0).toBe(kept);
        expect(kept).toBe(Math.max(0, mostKept(revised)));
      }),
      runs(40, 1603),
    );
  });

  it('HiGHS and javascript-lp-solver agree on the kept tier, frozen arcs fixed on both', async () => {
    const jslp = new JslpEngine();
    await fc.assert(
      fc.asyncProperty(arbitraryPromisedRound({ maxExperts: 3, maxRequests: 5 }), async (draw) => {
        const { round } = draw;
        const promised = await allocationOf(round);
        const revised = revisedRound(round, promised, drawnChanges(round, promised.trajectories, draw));
        const [a, b] = [await allocationOf(revised), await allocationOf(revised, jslp)];
        expect(checkAllocation(revised, b)).toEqual([]);
        const keptIn = (allocation: { trajectories: readonly Trajectory[] }) =>
          allocation.trajectories.filter((t) => promised.trajectories.some((p) => key(p) === key(t))).length;
        expect(keptIn(b)).toBe(keptIn(a));
      }),
      runs(20, 1604),
    );
  });
});
