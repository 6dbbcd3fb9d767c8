import { haversineKm } from '../domain/distance.js';
import type { Allocation, Round } from '../domain/types.js';
import { checkPolicy, type PolicyViolation } from './check-policy.js';
import { expertPeriodKey, roundLookup } from './round-lookup.js';

/** One broken rule, with the ids involved. */
export interface Violation {
  readonly rule:
    | 'unknown-id'
    | 'eligibility'
    | 'expert-period'
    | 'expert-max'
    | 'request-once'
    | 'municipality-cap'
    | 'budget'
    | PolicyViolation['rule'];
  readonly message: string;
}

/**
 * Checks an allocation against the rules of the round, from the round alone:
 * it knows nothing of the MIP, so a modelling bug cannot hide here.
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
    if (!expert || !request) {
      violations.push({ rule: 'unknown-id', message: `trajectory ${expertId} -> ${requestId}: unknown ${expert ? 'request' : 'expert'}` });
      continue;
    }
    const where = `${expert.id} -> ${request.id} in ${period}`;
    const supplier = municipalities.get(expert.municipality);
    const host = municipalities.get(request.municipality);
    if (!round.periods.includes(period))
      violations.push({ rule: 'eligibility', message: `${where}: ${period} is not a period of the round` });
    if (!expert.domains.includes(request.domain))
      violations.push({ rule: 'eligibility', message: `${where}: expert does not offer ${request.domain}` });
    if (expert.municipality === request.municipality)
      violations.push({ rule: 'eligibility', message: `${where}: expert would help its own municipality` });
    if (!expert.periods.includes(period))
      violations.push({ rule: 'eligibility', message: `${where}: expert is not available in ${period}` });
    if (!request.periods.includes(period)) violations.push({ rule: 'eligibility', message: `${where}: request does not accept ${period}` });
    if (!supplier || !host) {
      violations.push({ rule: 'unknown-id', message: `${where}: municipality missing` });
    } else {
      // The exact distance counts, not the 0.1 km the reports show: 60.04 km is beyond a 60 km maximum.
      const km = haversineKm(supplier, host);
      if (km > expert.maxDistanceKm)
        violations.push({
          rule: 'eligibility',
          message: `${where}: ${km.toFixed(2)} km is beyond the expert's ${expert.maxDistanceKm} km`,
        });
    }
    if (count(perExpertPeriod, expertPeriodKey(expert.id, period)) === 2)
      violations.push({ rule: 'expert-period', message: `${expert.id} has more than one trajectory in ${period}` });
    if (count(perExpert, expert.id) === expert.maxTrajectories + 1) {
      violations.push({ rule: 'expert-max', message: `${expert.id} has more than ${expert.maxTrajectories} trajectories` });
    }
    if (count(perRequest, request.id) === 2)
      violations.push({ rule: 'request-once', message: `request ${request.id} is served more than once` });
    if (count(perMunicipality, request.municipality) === round.constraints.maxPerMunicipality + 1) {
      violations.push({
        rule: 'municipality-cap',
        message: `municipality ${request.municipality} receives more than ${round.constraints.maxPerMunicipality} trajectories`,
      });
    }
    cost += Math.round(expert.cost * 100);
  }
  if (cost > Math.floor(round.budget * 100 + 1e-6)) {
    violations.push({ rule: 'budget', message: `cost EUR ${(cost / 100).toFixed(2)} exceeds the budget of EUR ${round.budget}` });
  }
  violations.push(...checkPolicy(round, allocation));
  return violations;
}
