import { haversineKm, kmBeyondShown } from '../domain/distance.js';
import type { Allocation, Round } from '../domain/types.js';
import { checkPolicy, type PolicyViolation, type TrajectoryRef } from './check-policy.js';
import { expertPeriodKey } from '../domain/expert-period.js';
import { budgetCents, centsToEuros, costCents } from '../domain/money.js';
import { roundLookup } from './round-lookup.js';
import { checkReplan, type ReplanViolation } from './check-replan.js';

/** Why a trajectory is not eligible by the rules of the round. */
type EligibilityFailure =
  | { readonly code: 'round-period' }
  | { readonly code: 'domain'; readonly domain: string }
  | { readonly code: 'own-municipality' }
  | { readonly code: 'expert-period' }
  | { readonly code: 'request-period' }
  | { readonly code: 'distance'; readonly distanceKm: number; readonly maxDistanceKm: number };

/** One broken rule, with the facts of the break (text/ words them). */
export type Violation =
  | { readonly rule: 'unknown-id'; readonly trajectory: TrajectoryRef; readonly unknown: 'expert' | 'request' | 'municipality' }
  | { readonly rule: 'eligibility'; readonly trajectory: TrajectoryRef; readonly failure: EligibilityFailure }
  | { readonly rule: 'expert-period'; readonly expert: string; readonly period: string }
  | { readonly rule: 'expert-max'; readonly expert: string; readonly limit: number }
  | { readonly rule: 'request-once'; readonly request: string }
  | { readonly rule: 'municipality-cap'; readonly municipality: string; readonly limit: number }
  /** Amounts in EUR. */
  | { readonly rule: 'budget'; readonly cost: number; readonly budget: number }
  | PolicyViolation
  | ReplanViolation;

/**
 * Checks an allocation against the rules of the round, from the round alone:
 * it knows nothing of the MIP, so a modelling bug cannot hide here. A revised
 * allocation is also checked against what its replan keeps and rules out.
 * Returns every violation; an empty list means the allocation is valid.
 */
export function checkAllocation(round: Round, allocation: Allocation): Violation[] {
  const violations: Violation[] = [];
  const { experts, requests, municipalities } = roundLookup(round);
  const count = <K>(map: Map<K, number>, key: K) => {
    const next = (map.get(key) ?? 0) + 1;
    map.set(key, next);
    return next;
  };
  const perExpertPeriod = new Map<string, number>();
  const perExpert = new Map<string, number>();
  const perRequest = new Map<string, number>();
  const perMunicipality = new Map<string, number>();
  let cost = 0;

  for (const { expert: expertId, request: requestId, period } of allocation.trajectories) {
    const expert = experts.get(expertId);
    const request = requests.get(requestId);
    const trajectory = { expert: expertId, request: requestId, period };
    if (!expert || !request) {
      violations.push({ rule: 'unknown-id', trajectory, unknown: expert ? 'request' : 'expert' });
      continue;
    }
    const ineligible = (failure: EligibilityFailure) => violations.push({ rule: 'eligibility', trajectory, failure });
    const supplier = municipalities.get(expert.municipality);
    const host = municipalities.get(request.municipality);
    if (!round.periods.includes(period)) ineligible({ code: 'round-period' });
    if (!expert.domains.includes(request.domain)) ineligible({ code: 'domain', domain: request.domain });
    if (expert.municipality === request.municipality) ineligible({ code: 'own-municipality' });
    if (!expert.periods.includes(period)) ineligible({ code: 'expert-period' });
    if (!request.periods.includes(period)) ineligible({ code: 'request-period' });
    if (!supplier || !host) {
      violations.push({ rule: 'unknown-id', trajectory, unknown: 'municipality' });
    } else {
      // The exact distance counts, not the 0.1 km the reports show: 60.04 km is beyond a 60 km maximum.
      const km = haversineKm(supplier, host);
      if (km > expert.maxDistanceKm) {
        ineligible({ code: 'distance', distanceKm: kmBeyondShown(km, expert.maxDistanceKm), maxDistanceKm: expert.maxDistanceKm });
      }
    }
    if (count(perExpertPeriod, expertPeriodKey(expert.id, period)) === 2)
      violations.push({ rule: 'expert-period', expert: expert.id, period });
    if (count(perExpert, expert.id) === expert.maxTrajectories + 1) {
      violations.push({ rule: 'expert-max', expert: expert.id, limit: expert.maxTrajectories });
    }
    if (count(perRequest, request.id) === 2) violations.push({ rule: 'request-once', request: request.id });
    if (count(perMunicipality, request.municipality) === round.constraints.maxPerMunicipality + 1) {
      violations.push({ rule: 'municipality-cap', municipality: request.municipality, limit: round.constraints.maxPerMunicipality });
    }
    cost += costCents(expert.cost);
  }
  if (cost > budgetCents(round.budget)) {
    violations.push({ rule: 'budget', cost: centsToEuros(cost), budget: round.budget });
  }
  violations.push(...checkPolicy(round, allocation), ...checkReplan(round, allocation));
  return violations;
}
