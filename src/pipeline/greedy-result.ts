import type { Violation } from '../check/check-allocation.js';
import { compareStrings } from '../domain/index-by.js';
import type { Allocation, Round } from '../domain/types.js';
import type { MipEngine } from '../mip/engine.js';
import type { ReturnedOutcome } from '../result/build-result.js';
import type { Optimum, TierValues } from '../result/policy.js';
import type { ResultTier } from '../result/status.js';
import { prepareRound } from '../solve/prepared-round.js';
import { relativeGap, type SolveOutcome } from '../solve/solve-round.js';

/** The returned hand-matching and the optimiser's allocation beside it. */
export interface GreedyReturned {
  readonly outcome: ReturnedOutcome;
  readonly optimum: Optimum;
  /** Present when the hand-matching breaks rules of the round (status `breaks_rules`). */
  readonly violations?: readonly Violation[];
}

/**
 * The hand-matching's own value on each objective tier (the tie-break, which
 * only orders equally good optima, left out). Only the first tier gets the
 * optimiser's proven bound: the later tiers' bounds hold only for allocations
 * as good as the optimum on the tiers before, which the hand-matching need not
 * be. A strict order bounds nothing either: its pass is lexicographic, and the
 * summed rank scores it reports are not what it maximises.
 */
function greedyTiers(round: Round, engine: MipEngine, greedy: Allocation, optimiser: SolveOutcome): ResultTier[] {
  const prepared = prepareRound(round, engine);
  const values = prepared.tierValuesOf(greedy.trajectories);
  if (!values) throw new Error('the hand-matching used a trajectory that is not a possible trajectory of the round');
  const proven = prepared.formulation.tiers[0]?.order ? undefined : optimiser.tiers[0]?.bound;
  return prepared.formulation.tiers.flatMap((tier, index): ResultTier[] => {
    if (tier.tier === 'tie-break') return [];
    const value = values[index]!;
    const bound = index === 0 ? proven : undefined;
    return [
      { tier: tier.tier, status: 'feasible', value, seconds: 0, ...(bound === undefined ? {} : { bound, gap: relativeGap(value, bound) }) },
    ];
  });
}

/**
 * Under the `greedy` rule the hand-matching itself is returned, and the
 * result says what it is: status `feasible` (it keeps every rule of the
 * round, but is not optimised) or `breaks_rules` (it breaks the rules the
 * checker found, e.g. a quota minimum it did not look ahead for); its tiers
 * are its own values; the optimiser's allocation stands beside it in `optimum`.
 */
export function returnGreedy(
  round: Round,
  engine: MipEngine,
  optimiser: SolveOutcome,
  greedy: Allocation,
  violations: readonly Violation[],
  optimiserValues: { readonly objective: TierValues; readonly budgetUsed: number } | undefined,
): GreedyReturned {
  const optimum: Optimum = {
    status: optimiser.status === 'optimal' ? 'optimal' : 'time_limit',
    tiers: optimiser.tiers,
    ...(optimiser.allocation && optimiserValues
      ? {
          ...optimiserValues,
          served: optimiser.allocation.trajectories.map((t) => t.request).sort(compareStrings),
        }
      : {}),
  };
  return {
    outcome: {
      status: violations.length > 0 ? 'breaks_rules' : 'feasible',
      allocation: greedy,
      tiers: greedyTiers(round, engine, greedy, optimiser),
      model: optimiser.model,
      seconds: optimiser.seconds,
    },
    optimum,
    ...(violations.length > 0 ? { violations } : {}),
  };
}
