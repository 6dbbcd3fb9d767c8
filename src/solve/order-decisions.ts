import { budgetCents, centsToEuros, costCents } from '../domain/money.js';
import type { Round } from '../domain/types.js';
import type { Arc } from './arc.js';
import { maxTrajectoriesWithinBudget } from './round-arcs.js';

/**
 * What proved that a request cannot be served together with the requests
 * before it in the order that were served: `count`, the budget pays at most
 * `limit` trajectories and they are all served already; `budget`, their
 * cheapest eligible experts together with its own cost `cost` (EUR), more
 * than the budget; `cap`, its municipality already receives `limit` of them;
 * `solve`, a MIP that maximised its service under the decisions so far
 * proved 0.
 */
export type OrderRefusal =
  | { readonly by: 'count'; readonly limit: number }
  | { readonly by: 'budget'; readonly cost: number; readonly budget: number }
  | { readonly by: 'cap'; readonly limit: number }
  | { readonly by: 'solve' };

/** What showed that a request can be served: a point that serves it, a one-arc extension of it, or a MIP's point. */
export type ServedBy = 'point' | 'extension' | 'solve';

/**
 * How the strict-order pass decided one request with eligible experts, at
 * `position` in the rule's order (0 first): served, by a point that already
 * served it, a checked one-arc extension of that point, or a MIP's point; or
 * refused, by a proof (OrderRefusal). Engine-neutral facts: the same round
 * gives the same decisions.
 */
export type OrderDecision =
  | { readonly position: number; readonly served: true; readonly by: ServedBy }
  | ({ readonly position: number; readonly served: false } & OrderRefusal);

/** A decision of the round's own strict order, with the request it decided. */
export type RequestDecision = OrderDecision & { readonly request: string };

/**
 * Necessary conditions for serving one more request, from the arcs alone:
 * the number served must not exceed what the budget can pay at all, the
 * served requests' cheapest arcs must fit the budget together, and the host
 * must be under its cap. Each is implied by the model, so a refusal is
 * exact. Returns the first condition that fails, or undefined.
 */
export function budgetBounds(
  arcs: readonly Arc[],
  order: readonly (readonly number[])[],
  round: Round,
): (served: readonly number[], position: number) => OrderRefusal | undefined {
  const cheapest = order.map((group) => Math.min(...group.map((index) => costCents(arcs[index]!.expert.cost))));
  const host = order.map((group) => (group.length > 0 ? arcs[group[0]!]!.request.municipality : ''));
  const budget = budgetCents(round.budget);
  const countLimit = maxTrajectoriesWithinBudget(arcs, round.budget);
  const cap = round.constraints.maxPerMunicipality;
  return (served, position) => {
    if (served.length + 1 > countLimit) return { by: 'count', limit: countLimit };
    const cost = served.reduce((sum, p) => sum + cheapest[p]!, cheapest[position]!);
    if (cost > budget) return { by: 'budget', cost: centsToEuros(cost), budget: centsToEuros(budget) };
    if (served.filter((p) => host[p] === host[position]).length >= cap) return { by: 'cap', limit: cap };
    return undefined;
  };
}

/** The decisions with the request each decided: the first arc of its group names it (undecided positions have arcs). */
export function withRequests(
  decisions: readonly OrderDecision[],
  order: readonly (readonly number[])[],
  arcs: readonly Arc[],
): RequestDecision[] {
  return decisions.map((decision) => ({ ...decision, request: arcs[order[decision.position]![0]!]!.request.id }));
}
