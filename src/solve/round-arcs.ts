import { eligiblePairs } from '../domain/eligibility.js';
import { budgetCents, costCents } from '../domain/money.js';
import { policyFilter } from '../domain/policy.js';
import { rankRequests, type PriorityRanking } from '../domain/priority.js';
import type { Round } from '../domain/types.js';
import type { Arc } from './arc.js';

/** A round's priority ranking and its arcs (possible trajectories), in canonical order. */
export interface RankedArcs {
  readonly ranking: PriorityRanking;
  readonly arcs: readonly Arc[];
}

const arcCache = new WeakMap<Round, RankedArcs>();

/**
 * The round's ranking and arcs: every eligible (expert, request, period) the
 * policy allows. They are the same for every formulation of the round, so
 * they are computed once per round object (rounds are never changed in place).
 */
export function roundArcs(round: Round): RankedArcs {
  const cached = arcCache.get(round);
  if (cached) return cached;
  const ranking = rankRequests(round);
  const scores = ranking.scores;
  // Exclusions, minimum levels, history and ongoing trajectories remove arcs.
  const blocked = policyFilter(round);
  const arcs: Arc[] = [];
  for (const pair of eligiblePairs(round)) {
    for (const period of pair.periods) {
      if (blocked(pair.expert, pair.request, period)) continue;
      arcs.push({
        expert: pair.expert,
        request: pair.request,
        period,
        distanceKm: pair.distanceKm,
        score: scores.get(pair.request.id) ?? 0,
      });
    }
  }
  const result = { ranking, arcs: Object.freeze(arcs) };
  arcCache.set(round, result);
  return result;
}

/** Groups arc indices by a key, in first-seen order. */
export function groupArcs(arcs: readonly Arc[], key: (arc: Arc) => string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  arcs.forEach((arc, index) => {
    const group = groups.get(key(arc));
    if (group) group.push(index);
    else groups.set(key(arc), [index]);
  });
  return groups;
}

/** Per expert with an arc: the expert and the number of periods in which it has one. */
export function expertsWithArcs(arcs: readonly Arc[]): Map<string, { readonly expert: Arc['expert']; readonly periods: number }> {
  const experts = new Map<string, { readonly expert: Arc['expert']; readonly periods: number }>();
  for (const [expertId, indices] of groupArcs(arcs, (arc) => arc.expert.id)) {
    experts.set(expertId, { expert: arcs[indices[0]!]!.expert, periods: new Set(indices.map((index) => arcs[index]!.period)).size });
  }
  return experts;
}

/**
 * The largest number of trajectories the budget can pay: how many of the
 * cheapest expert-periods fit. A valid cut that tightens the LP bound of the
 * budget knapsack considerably, and a sound bound for the quick checks.
 */
export function maxTrajectoriesWithinBudget(arcs: readonly Arc[], budget: number): number {
  const slotCosts: number[] = [];
  for (const { expert, periods } of expertsWithArcs(arcs).values()) {
    for (let slot = 0; slot < Math.min(periods, expert.maxTrajectories); slot++) slotCosts.push(costCents(expert.cost));
  }
  slotCosts.sort((a, b) => a - b);
  let left = budgetCents(budget);
  let count = 0;
  for (const cost of slotCosts) {
    if (cost > left) break;
    left -= cost;
    count++;
  }
  return count;
}
