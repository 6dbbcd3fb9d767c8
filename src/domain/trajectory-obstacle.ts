import { judgePair, type IneligibilityReason } from './eligibility.js';
import { indexBy } from './index-by.js';
import { policyFilter, type PolicyBlock } from './policy.js';
import { replanFilter } from './replan.js';
import type { Round, Trajectory } from './types.js';

/** Why a round does not allow one given trajectory, with the facts text/ words. */
export type TrajectoryObstacle =
  | { readonly code: 'unknown'; readonly unknown: 'expert' | 'request' | 'period' | 'municipality' }
  | { readonly code: 'ineligible'; readonly failures: readonly IneligibilityReason[] }
  | { readonly code: 'policy'; readonly block: PolicyBlock };

/**
 * The test of whether a round allows given trajectories: undefined when it
 * does (the trajectory is an arc of its model), else the first obstacle. A
 * revised allocation's own blocks come first (they need only the ids, so an
 * expert who withdrew counts as withdrawn even when experts.csv no longer
 * lists it), then unknown ids, eligibility in that very period, and the
 * scenario's policy.
 */
export function trajectoryObstacles(round: Round): (trajectory: Trajectory) => TrajectoryObstacle | undefined {
  const experts = indexBy(round.experts, (e) => e.id);
  const requests = indexBy(round.requests, (r) => r.id);
  const municipalities = indexBy(round.municipalities, (m) => m.nis);
  const revised = replanFilter(round);
  const blocked = policyFilter(round);
  return ({ expert: expertId, request: requestId, period }) => {
    const block = revised(expertId, requestId, period);
    if (block) return { code: 'policy', block };
    const expert = experts.get(expertId);
    const request = requests.get(requestId);
    if (!expert) return { code: 'unknown', unknown: 'expert' };
    if (!request) return { code: 'unknown', unknown: 'request' };
    if (!round.periods.includes(period)) return { code: 'unknown', unknown: 'period' };
    const supplier = municipalities.get(expert.municipality);
    const host = municipalities.get(request.municipality);
    if (!supplier || !host) return { code: 'unknown', unknown: 'municipality' };
    const verdict = judgePair(expert, request, supplier, host, round.periods);
    // The pair may share other periods: what counts is this one.
    const failures: IneligibilityReason[] = verdict.eligible ? [] : verdict.reasons.filter((reason) => reason.code !== 'period');
    if (!expert.periods.includes(period) || !request.periods.includes(period))
      failures.push({ code: 'period', expertPeriods: expert.periods, requestPeriods: request.periods });
    if (failures.length > 0) return { code: 'ineligible', failures };
    const policy = blocked(expert, request, period);
    return policy ? { code: 'policy', block: policy } : undefined;
  };
}
