import { judgePair } from '../domain/eligibility.js';
import { compareStrings } from '../domain/index-by.js';
import { replanLookup } from '../domain/replan.js';
import { brokenRules, firstDifference, swapped, type ExplainContext } from './explain-context.js';
import type { Justification, StabilityEntry } from '../result/explanation.js';

/**
 * What stops `unservedId` from taking the trajectory of `servedId` (same
 * expert, same period): the pair is not eligible, the policy forbids it, the
 * swap breaks a rule, or it makes an objective tier worse.
 */
function justify(context: ExplainContext, unservedId: string, servedId: string): Justification {
  const trajectory = context.servedBy.get(servedId)!;
  const expert = context.experts.get(trajectory.expert)!;
  const request = context.requests.get(unservedId)!;
  const supplier = context.municipalities.get(expert.municipality)!;
  const host = context.municipalities.get(request.municipality)!;
  const verdict = judgePair(expert, request, supplier, host, context.round.periods);
  if (!verdict.eligible) return { code: 'ineligible', failures: verdict.reasons };
  const block = context.blocked(expert, request, trajectory.period);
  if (block) return { code: 'excluded', rule: block.code };
  const swap = swapped(context, trajectory, { expert: expert.id, request: unservedId, period: trajectory.period });
  const rules = brokenRules(context, swap);
  if (rules.length > 0) return { code: 'constraint', rules };
  const found = firstDifference(context, swap);
  return found?.worse ? { code: 'worse', difference: found.difference } : { code: 'unjustified' };
}

/**
 * The stability check: every unserved request (not cancelled) with a higher priority than a
 * served request of the same domain, in a period the unserved one accepts,
 * and the constraint or tier that justifies leaving it out.
 */
export function stabilityCheck(context: ExplainContext): StabilityEntry[] {
  const entries: StabilityEntry[] = [];
  // A cancelled request is not waiting, so it outranks no one.
  const cancelled = replanLookup(context.round)?.cancelled;
  const unserved = context.round.requests.filter((request) => !context.servedBy.has(request.id) && !cancelled?.has(request.id));
  for (const request of unserved) {
    const priority = context.scores.get(request.id) ?? 0;
    for (const trajectory of context.allocation.trajectories) {
      const served = context.requests.get(trajectory.request)!;
      const servedPriority = context.scores.get(served.id) ?? 0;
      if (served.domain !== request.domain || !request.periods.includes(trajectory.period) || !(priority > servedPriority)) continue;
      entries.push({
        unserved: request.id,
        unservedPriority: priority,
        served: served.id,
        servedPriority,
        domain: request.domain,
        period: trajectory.period,
        expert: trajectory.expert,
        justification: justify(context, request.id, served.id),
      });
    }
  }
  return entries.sort((a, b) => compareStrings(a.unserved, b.unserved) || compareStrings(a.served, b.served));
}
