import { checkAllocation } from '../../src/check/check-allocation.js';
import { haversineKm, roundedKm } from '../../src/domain/distance.js';
import type { Round, Trajectory } from '../../src/domain/types.js';

/** Tier values of an allocation, in integer units: priority tenths, count, distance tenths of km. */
export interface TierValues {
  readonly priorityTenths: number;
  readonly served: number;
  readonly distanceTenths: number;
}

/**
 * The lexicographic optimum (max priority, max served, min distance) by
 * exhaustive search. It uses only the independent checker to decide what is
 * allowed, so it shares nothing with the MIP formulation. Tiny rounds only.
 */
export function bruteForceOptimum(round: Round): TierValues {
  const municipalities = new Map(round.municipalities.map((m) => [m.nis, m]));
  const options = round.requests.map((request) => {
    const choices: Trajectory[] = [];
    for (const expert of round.experts) {
      for (const period of round.periods) {
        const trajectory = { expert: expert.id, request: request.id, period };
        if (checkAllocation({ ...round, budget: Number.MAX_SAFE_INTEGER }, { trajectories: [trajectory] }).length === 0)
          choices.push(trajectory);
      }
    }
    return choices;
  });
  const value = (trajectories: readonly Trajectory[]): TierValues => {
    let priorityTenths = 0;
    let distanceTenths = 0;
    for (const t of trajectories) {
      const request = round.requests.find((r) => r.id === t.request)!;
      const expert = round.experts.find((e) => e.id === t.expert)!;
      priorityTenths += Math.round((request.priority ?? 0) * 10);
      distanceTenths += Math.round(
        roundedKm(haversineKm(municipalities.get(expert.municipality)!, municipalities.get(request.municipality)!)) * 10,
      );
    }
    return { priorityTenths, served: trajectories.length, distanceTenths };
  };
  const better = (a: TierValues, b: TierValues) =>
    a.priorityTenths !== b.priorityTenths
      ? a.priorityTenths > b.priorityTenths
      : a.served !== b.served
        ? a.served > b.served
        : a.distanceTenths < b.distanceTenths;

  let best: TierValues = { priorityTenths: 0, served: 0, distanceTenths: 0 };
  const chosen: Trajectory[] = [];
  const search = (index: number) => {
    if (index === options.length) {
      const current = value(chosen);
      if (better(current, best)) best = current;
      return;
    }
    search(index + 1);
    for (const choice of options[index]!) {
      chosen.push(choice);
      if (checkAllocation(round, { trajectories: chosen }).length === 0) search(index + 1);
      chosen.pop();
    }
  };
  search(0);
  return best;
}
