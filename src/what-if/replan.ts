import type { LoadedRound } from '../io/load-round.js';
import { solveChecked, type SolveCheckedOptions } from '../pipeline/solve-checked.js';
import { hasNoAllocation, type AllocationResult } from '../result/result.js';
import type { ReplanInput } from './replan-round.js';
import { replanReport } from './replan-report.js';

/** The loaded round with its round replaced by the revised one: what every solve of a revised allocation reads. */
export const revisedRound = (loaded: LoadedRound, input: ReplanInput): LoadedRound => ({ ...loaded, round: input.round });

/**
 * Solves a revised round (prepareReplan) as `solve` solves a round: tier by
 * tier to proven optimality (`kept` among the tiers), re-checked by the
 * independent checker (which also checks the frozen trajectories,
 * withdrawals and cancellations), explained. The result adds `replan`, what
 * became of every promised trajectory and why, and the hashes of the
 * previous result and the changes file to its run record. Without an
 * allocation (infeasible, or nothing found in time) nothing is sorted.
 */
export async function replanChecked(loaded: LoadedRound, input: ReplanInput, options: SolveCheckedOptions): Promise<AllocationResult> {
  const result = await solveChecked(revisedRound(loaded, input), options);
  const replan = hasNoAllocation(result)
    ? { changes: input.changes, kept: [], moved: [], dropped: [], added: [] }
    : replanReport(input.round, {
        changes: input.changes,
        promised: input.promised,
        previousBudget: input.previousBudget,
        assignments: result.assignments,
      });
  return { ...result, replan, run: { ...result.run, replan: input.run } };
}
