import fc from 'fast-check';
import { checkAllocation } from '../../src/check/check-allocation.js';
import type { Allocation, Replan, Round, Trajectory } from '../../src/domain/types.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import type { MipEngine } from '../../src/mip/engine.js';
import { solveRound } from '../../src/solve/prepared-round.js';
import { arbitraryRound } from './random-round.js';

const highs = new HighsEngine();

/** Solves a round with HiGHS (or `engine`) and returns its allocation; the round must have one. */
export async function allocationOf(round: Round, engine: MipEngine = highs): Promise<Allocation> {
  const outcome = await solveRound(round, { engine, timeLimitSeconds: 30 });
  if (!outcome.allocation || outcome.status !== 'optimal') throw new Error(`no proven allocation: ${outcome.status}`);
  return outcome.allocation;
}

/** The round revised after `changes`, from its promised allocation, with `kept` first. */
export function revisedRound(round: Round, promised: Allocation, changes: Partial<Replan> & { budget?: number } = {}): Round {
  const { budget, ...replan } = changes;
  return {
    ...round,
    budget: budget ?? round.budget,
    objective: ['kept', ...round.objective],
    replan: { promised: promised.trajectories, frozen: [], withdrawn: [], cancelled: [], ...replan },
  };
}

/** A random round, solved, with random choices for what changes: how many periods are frozen, who withdraws from when, what is cancelled, how much budget is cut. */
export const arbitraryPromisedRound = (options?: Parameters<typeof arbitraryRound>[0]) =>
  fc.record({
    round: arbitraryRound(options),
    frozenPeriods: fc.integer({ min: 0, max: 2 }),
    withdrawer: fc.nat(),
    fromOffset: fc.nat({ max: 2 }),
    cancelled: fc.nat(),
    cutThousands: fc.integer({ min: 0, max: 40 }),
  });

/**
 * The most promised trajectories any allocation of the revised round keeps,
 * by exhaustive search over the promised trajectories with the independent
 * checker alone (random rounds have no minimums, so subsets of a valid set stay valid).
 */
export function mostKept(round: Round): number {
  const promised = round.replan!.promised;
  let best = -1;
  const chosen: Trajectory[] = [];
  const search = (index: number) => {
    if (chosen.length + (promised.length - index) <= best) return;
    if (index === promised.length) {
      if (checkAllocation(round, { trajectories: chosen }).length === 0) best = chosen.length;
      return;
    }
    chosen.push(promised[index]!);
    search(index + 1);
    chosen.pop();
    search(index + 1);
  };
  search(0);
  return best;
}
