import { rankingConfig } from '../domain/priority.js';
import type { Counterfactual } from '../result/explanation.js';
import type { RequestDecision } from '../solve/order-decisions.js';
import { roundArcs } from '../solve/round-arcs.js';
import type { ExplainContext } from './explain-context.js';

/** The rules whose order is strict (see domain/priority.ts), as an order proof names them. */
const STRICT_RULES = ['first-come', 'lottery', 'score', 'weighted'] as const;

/**
 * The reasons a strict order proves by itself, from the solve's own
 * decisions (solve/order-decisions.ts): each request the pass refused
 * cannot be served together with the requests before it in the order that
 * were served. No further solve is needed, and the rule's order, not a
 * criterion, decides.
 *
 * Nothing (an empty map) unless the decisions describe the allocation
 * explained: each request decided served is served in it, each refused one
 * is not, at the position the rule gives it. A hand-matching, or decisions
 * of another model, prove nothing about it. After a time limit the
 * decisions stop where the pass stopped, and so do the proofs.
 */
export function orderCounterfactuals(
  context: ExplainContext,
  decisions: readonly RequestDecision[] | undefined,
): ReadonlyMap<string, Counterfactual> {
  const order = roundArcs(context.round).ranking.strict;
  const rule = STRICT_RULES.find((name) => name === rankingConfig(context.round.priority).rule);
  if (!decisions || !order || !rule || !context.formulation.tiers[0]?.order) return new Map();
  const describesAllocation = decisions.every(
    (decision) => order[decision.position] === decision.request && decision.served === context.servedBy.has(decision.request),
  );
  if (!describesAllocation) return new Map();
  const proofs = new Map<string, Counterfactual>();
  const servedBefore: string[] = [];
  for (const decision of decisions) {
    if (decision.served) {
      servedBefore.push(decision.request);
      continue;
    }
    // Nothing served before it: then no allocation serves it at all.
    if (servedBefore.length === 0) {
      proofs.set(decision.request, { status: 'infeasible', displaced: [] });
      continue;
    }
    const host = context.requests.get(decision.request)?.municipality;
    const heldBy = decision.by === 'cap' ? servedBefore.filter((id) => context.requests.get(id)?.municipality === host) : [...servedBefore];
    const numbers =
      decision.by === 'count' || decision.by === 'cap'
        ? { limit: decision.limit }
        : decision.by === 'budget'
          ? { cost: decision.cost, budget: decision.budget }
          : {};
    const proof = { rule, position: decision.position + 1, heldBy, proof: decision.by, ...numbers };
    proofs.set(decision.request, { status: 'order', displaced: [], order: proof });
  }
  return proofs;
}
