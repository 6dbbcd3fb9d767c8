import { expertPeriodKey } from './expert-period.js';
import { replanLookup } from './replan.js';
import type { Expert, PeriodId, Round } from './types.js';

/**
 * Each expert's free periods in a round: the periods it is available in,
 * less those an ongoing trajectory (`history.ongoing`) already takes; in a
 * revised allocation also less the periods from its withdrawal on and the
 * frozen periods in which it has no frozen trajectory.
 */
export function freePeriodsOf(round: Round): (expert: Expert) => readonly PeriodId[] {
  const taken = new Map<string, Set<PeriodId>>();
  for (const slot of round.history?.ongoing ?? []) taken.set(slot.expert, (taken.get(slot.expert) ?? new Set()).add(slot.period));
  const replan = replanLookup(round);
  const working = new Set(replan?.frozen.map((t) => expertPeriodKey(t.expert, t.period)));
  const open = (expert: Expert, period: PeriodId) =>
    !replan ||
    (replan.withdrawnIn(expert.id, period) === undefined &&
      (!replan.frozenPeriods.has(period) || working.has(expertPeriodKey(expert.id, period))));
  return (expert) => {
    const busy = taken.get(expert.id);
    return expert.periods.filter((period) => !busy?.has(period) && open(expert, period));
  };
}

/**
 * How many trajectories an expert can still do in a round: at most one per
 * free period (ongoing trajectories taken off) and at most its maximum.
 * Every count of supply (validate, the shortfalls, the result's demand and
 * supply) uses this one measure, so they agree.
 */
export function capacityOf(round: Round): (expert: Expert) => number {
  const free = freePeriodsOf(round);
  return (expert) => Math.min(expert.maxTrajectories, free(expert).length);
}
