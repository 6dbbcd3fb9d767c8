import { compareStrings } from '../domain/index-by.js';
import { replanLookup } from '../domain/replan.js';
import { trajectoryKey } from '../domain/trajectory-key.js';
import type { Allocation, Trajectory } from '../domain/types.js';
import { checkAllocation } from '../check/check-allocation.js';
import type { ExplainContext } from './explain-context.js';
import type { Arc } from '../solve/arc.js';

/**
 * A valid allocation that serves `requestId`, made from the optimum by hand:
 * for each arc of the request, the trajectory holding that expert-period
 * leaves, the request comes in, and then other trajectories leave, one at a
 * time (first those that share a cap or quota with it, least valuable first),
 * until the independent checker accepts the rest, and those that fit again
 * come back, the most valuable first. The best of these (summed priority)
 * starts the counterfactual solve: a MIP that
 * starts near its optimum spends its time proving it instead of finding it
 * (with the optimum itself as start, the realistic round's counterfactual
 * solves took a third of the time). Undefined when no arc yields a valid
 * allocation, e.g. when pins or minimum quotas hold the room.
 */
export function forcedAllocation(context: ExplainContext, requestId: string): Allocation | undefined {
  const score = (t: Trajectory) => context.scores.get(t.request) ?? 0;
  const frozen = replanLookup(context.round)?.frozenKeys ?? new Set<string>();
  let best: { readonly trajectories: Trajectory[]; readonly value: number } | undefined;
  for (const index of context.arcsOf.get(requestId) ?? []) {
    const arc = context.formulation.arcs[index]!;
    const added: Trajectory = { expert: arc.expert.id, request: requestId, period: arc.period };
    const kept = context.allocation.trajectories.filter((t) => !(t.expert === added.expert && t.period === added.period));
    // Those that share a cap or quota with the new trajectory first, as they are what a broken limit counts; then
    // the rest. Least valuable first within each; ties in canonical order, so the result does not depend on the
    // allocation's order.
    const shared = (t: Trajectory) => sharedLimit(context, arc, t);
    // A frozen trajectory of a revised allocation never leaves.
    const leaving = kept
      .filter((t) => !frozen.has(trajectoryKey(t.expert, t.request, t.period)))
      .sort((a, b) => shared(a) - shared(b) || score(a) - score(b) || compareStrings(a.request, b.request));
    let candidate: Trajectory[] | undefined = [...kept, added];
    const dropped: Trajectory[] = [];
    while (candidate && checkAllocation(context.round, { trajectories: candidate }).length > 0) {
      const drop = leaving.shift();
      if (drop) dropped.push(drop);
      candidate = drop ? candidate.filter((t) => t !== drop) : undefined;
    }
    if (!candidate) continue;
    // Dropping the least valuable first can free more than needed: the most valuable of them come back where they fit.
    let repaired: Trajectory[] = candidate;
    for (const back of dropped.reverse()) {
      const grown = [...repaired, back];
      if (checkAllocation(context.round, { trajectories: grown }).length === 0) repaired = grown;
    }
    const value = repaired.reduce((sum, t) => sum + score(t), 0);
    if (!best || value > best.value) best = { trajectories: repaired, value };
  }
  return best ? { trajectories: best.trajectories } : undefined;
}

/**
 * How closely trajectory `t` shares a limit with the arc's trajectory: 0 when
 * it has the same expert, host or supplier municipality (their caps), 1 when
 * it has the same domain or host province and that has a maximum quota, 2
 * otherwise (only the budget is shared).
 */
function sharedLimit(context: ExplainContext, arc: Arc, t: Trajectory): number {
  const request = context.requests.get(t.request);
  const expert = context.experts.get(t.expert);
  if (t.expert === arc.expert.id || !request || !expert) return 0;
  if (request.municipality === arc.request.municipality || expert.municipality === arc.expert.municipality) return 0;
  const { domains, provinces } = context.round.constraints;
  const province = (nis: string) => context.municipalities.get(nis)?.province ?? '';
  const arcProvince = province(arc.request.municipality);
  if (request.domain === arc.request.domain && domains?.[request.domain]?.max !== undefined) return 1;
  if (province(request.municipality) === arcProvince && provinces?.[arcProvince]?.max !== undefined) return 1;
  return 2;
}
