import type { Allocation, Round } from '../domain/types.js';
import type { TrajectoryRef } from './check-policy.js';

/** A rule of a revised allocation that an allocation breaks, with the facts of the break. */
export type ReplanViolation =
  /** A trajectory of a frozen period is missing or changed: it must stay as it was. */
  | { readonly rule: 'frozen'; readonly trajectory: TrajectoryRef }
  /** A trajectory in a frozen period that was not promised there. */
  | { readonly rule: 'frozen-period'; readonly trajectory: TrajectoryRef }
  /** An expert works in or after the period of its withdrawal. */
  | { readonly rule: 'withdrawn'; readonly trajectory: TrajectoryRef; readonly from: string }
  /** A cancelled request is served. */
  | { readonly rule: 'cancelled'; readonly trajectory: TrajectoryRef };

const sameTrajectory = (a: TrajectoryRef, b: TrajectoryRef) => a.expert === b.expert && a.request === b.request && a.period === b.period;

/**
 * Checks the rules of a revised allocation from the round's `replan` alone,
 * written apart from the code that removes and fixes arcs: every promised
 * trajectory of a frozen period is in the allocation unchanged, no other
 * trajectory is in a frozen period, no withdrawn expert works from its
 * withdrawal on (in the round's period order), and no cancelled request is served.
 */
export function checkReplan(round: Round, allocation: Allocation): ReplanViolation[] {
  const replan = round.replan;
  if (!replan) return [];
  const violations: ReplanViolation[] = [];
  const frozen = replan.promised.filter((t) => replan.frozen.includes(t.period));
  for (const promised of frozen) {
    const trajectory = { expert: promised.expert, request: promised.request, period: promised.period };
    if (!allocation.trajectories.some((t) => sameTrajectory(t, trajectory))) violations.push({ rule: 'frozen', trajectory });
  }
  for (const { expert, request, period } of allocation.trajectories) {
    const trajectory = { expert, request, period };
    if (replan.frozen.includes(period) && !frozen.some((t) => sameTrajectory(t, trajectory)))
      violations.push({ rule: 'frozen-period', trajectory });
    for (const withdrawal of replan.withdrawn) {
      if (withdrawal.expert === expert && round.periods.indexOf(period) >= round.periods.indexOf(withdrawal.from))
        violations.push({ rule: 'withdrawn', trajectory, from: withdrawal.from });
    }
    if (replan.cancelled.includes(request)) violations.push({ rule: 'cancelled', trajectory });
  }
  return violations;
}
