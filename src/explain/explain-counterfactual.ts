import type { Trajectory } from '../domain/types.js';
import type { MipEngine } from '../mip/engine.js';
import { EngineFailure, type SolveOutcome } from '../solve/solve-round.js';
import { byPriority, firstDifference, type ExplainContext } from './explain-context.js';
import type { Counterfactual } from '../result/explanation.js';
import { forcedAllocation } from './forced-start.js';

/** Engine and time a counterfactual solve may use. */
export interface CounterfactualOptions {
  readonly engine: MipEngine;
  readonly timeLimitSeconds: number;
}

/**
 * What an allocation that serves the request says against the reported one:
 * the requests it leaves out (displaced), and, with `compare`, the first tier
 * it does worse on (for an allocation proven best on the tiers that differ).
 */
export function counterfactualOf(
  context: ExplainContext,
  trajectories: readonly Trajectory[],
  status: Counterfactual['status'],
  compare: boolean,
): Counterfactual {
  const stillServed = new Set(trajectories.map((t) => t.request));
  const displaced = byPriority(
    context,
    [...context.servedBy.keys()].filter((id) => !stillServed.has(id)),
  ).map((request) => ({ request, priority: context.scores.get(request) ?? 0 }));
  const found = compare ? firstDifference(context, trajectories) : undefined;
  // Better is possible only when the allocation explained is not a proven optimum (the hand-matching, a time limit),
  // or on the tie-break, which the solve optimises only over the pairs it chose: a tie the order decided, not a better allocation.
  const difference = !found
    ? {}
    : found.worse
      ? { worse: found.difference }
      : found.difference.tier === 'tie-break'
        ? {}
        : { better: found.difference };
  return { status, displaced, ...difference };
}

/**
 * Solves the round again, with the same formulation and engine plus one row
 * that forces `requestId` in, and compares: the requests that leave the
 * allocation are the ones serving it would displace, and the first tier that
 * differs is what the optimum would give up (or, when the allocation is not a
 * proven optimum, what serving it would gain).
 */
export async function forceIn(context: ExplainContext, requestId: string, options: CounterfactualOptions): Promise<Counterfactual> {
  const current = context.tierValues(context.allocation.trajectories);
  const names = context.formulation.tiers.map((tier) => tier.tier);
  let outcome: SolveOutcome;
  try {
    outcome = await context.prepared.forceIn(requestId, {
      ...options,
      // Later tiers cannot change which tier is worse: stop at the first that differs.
      stopAfter: (tier) => current !== undefined && current[names.indexOf(tier.tier)] !== tier.value,
      start: forcedAllocation(context, requestId),
    });
  } catch (error) {
    // An engine fault in an explanation must not cost the user the allocation itself.
    if (error instanceof EngineFailure) return { status: 'not-run', displaced: [] };
    throw error;
  }
  if (outcome.status === 'infeasible') return { status: 'infeasible', displaced: [] };
  if (!outcome.allocation) return { status: 'time_limit', displaced: [] };
  return counterfactualOf(context, outcome.allocation.trajectories, outcome.status, true);
}
