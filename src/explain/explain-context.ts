import { compareStrings } from '../domain/index-by.js';
import { policyFilter } from '../domain/policy.js';
import { priorityScores } from '../domain/priority.js';
import type { Allocation, Expert, Municipality, Request, Round, Trajectory } from '../domain/types.js';
import type { Formulation } from '../solve/formulation.js';
import type { PreparedRound } from '../solve/prepared-round.js';
import { arcColumnByKey, arcKey, type Arc } from '../solve/arc.js';
import { checkAllocation } from '../check/check-allocation.js';
import { expertPeriodKey } from '../domain/expert-period.js';
import { budgetCents, centsToEuros, costCents } from '../domain/money.js';
import { roundLookup } from '../check/round-lookup.js';
import type { SwapRule, TierDifference } from '../result/explanation.js';

/**
 * Everything the explanations read, built once per allocation: the round's
 * own formulation (so "eligible" means exactly what the solver allowed),
 * who holds which slot, and each expert's load.
 */
export interface ExplainContext {
  readonly round: Round;
  readonly allocation: Allocation;
  /** The round as the solve saw it: its counterfactual solves run here. */
  readonly prepared: PreparedRound;
  readonly formulation: Formulation;
  readonly experts: ReadonlyMap<string, Expert>;
  readonly requests: ReadonlyMap<string, Request>;
  readonly municipalities: ReadonlyMap<string, Municipality>;
  readonly scores: ReadonlyMap<string, number>;
  /** The trajectory serving each served request. */
  readonly servedBy: ReadonlyMap<string, Trajectory>;
  /** The request holding each expert-period slot. */
  readonly slotHolder: ReadonlyMap<string, string>;
  /** Requests each expert serves, in allocation order. */
  readonly load: ReadonlyMap<string, readonly string[]>;
  /** Arc indices of each request in the formulation. */
  readonly arcsOf: ReadonlyMap<string, readonly number[]>;
  readonly arcIndex: ReadonlyMap<string, number>;
  /** EUR left, computed in cents so it is exact. */
  readonly budgetLeft: number;
  readonly blocked: ReturnType<typeof policyFilter>;
  /** Each tier's value (in its unit) of an allocation made of the formulation's arcs. */
  tierValues(trajectories: readonly Trajectory[]): number[] | undefined;
}

/** Builds the context of an allocation of the prepared round. */
export function explainContext(prepared: PreparedRound, allocation: Allocation): ExplainContext {
  const { round, formulation } = prepared;
  const { experts, requests, municipalities } = roundLookup(round);
  const servedBy = new Map<string, Trajectory>();
  const slotHolder = new Map<string, string>();
  const load = new Map<string, string[]>();
  let spentCents = 0;
  for (const trajectory of allocation.trajectories) {
    servedBy.set(trajectory.request, trajectory);
    slotHolder.set(expertPeriodKey(trajectory.expert, trajectory.period), trajectory.request);
    load.set(trajectory.expert, [...(load.get(trajectory.expert) ?? []), trajectory.request]);
    spentCents += costCents(experts.get(trajectory.expert)?.cost ?? 0);
  }
  const arcsOf = new Map<string, number[]>();
  formulation.arcs.forEach((arc: Arc, index) => arcsOf.set(arc.request.id, [...(arcsOf.get(arc.request.id) ?? []), index]));
  const arcIndex = arcColumnByKey(formulation.arcs);
  return {
    round,
    allocation,
    prepared,
    formulation,
    experts,
    requests,
    municipalities,
    scores: priorityScores(round),
    servedBy,
    slotHolder,
    load,
    arcsOf,
    arcIndex,
    budgetLeft: centsToEuros(budgetCents(round.budget) - spentCents),
    blocked: policyFilter(round),
    tierValues: (trajectories) => prepared.tierValuesOf(trajectories),
  };
}

/**
 * The first tier on which `alternative` differs from the allocation, and
 * whether it is worse there (a tier's sense says which way is better).
 * Undefined when they are equal on every tier.
 */
export function firstDifference(
  context: ExplainContext,
  alternative: readonly Trajectory[],
): { readonly difference: TierDifference; readonly worse: boolean } | undefined {
  const current = context.tierValues(context.allocation.trajectories);
  const other = context.tierValues(alternative);
  if (!current || !other) return undefined;
  for (const [index, tier] of context.formulation.tiers.entries()) {
    const value = current[index]!;
    const alternativeValue = other[index]!;
    if (value === alternativeValue) continue;
    const worse = tier.sense === 'max' ? alternativeValue < value : alternativeValue > value;
    return { difference: { tier: tier.tier, value, alternativeValue }, worse };
  }
  return undefined;
}

/** Request ids sorted by priority (highest first), then id: how lists of requests are shown. */
export function byPriority(context: ExplainContext, ids: Iterable<string>): string[] {
  return [...ids].sort((a, b) => (context.scores.get(b) ?? 0) - (context.scores.get(a) ?? 0) || compareStrings(a, b));
}

/** The allocation with `remove` replaced by `add`. */
export function swapped(context: ExplainContext, remove: Trajectory, add: Trajectory): Trajectory[] {
  return [...context.allocation.trajectories.filter((t) => t !== remove), add];
}

/**
 * The rules an allocation breaks: the independent checker's, plus
 * `scenario-constraint` when it breaks a policy row of the model (quota,
 * supplier cap, pin) that the checker does not know.
 */
export function brokenRules(context: ExplainContext, trajectories: readonly Trajectory[]): SwapRule[] {
  const rules: SwapRule[] = checkAllocation(context.round, { trajectories }).map((violation) => violation.rule);
  if (rules.length > 0) return [...new Set(rules)];
  const arcs = new Set<number>();
  for (const t of trajectories) {
    const index = context.arcIndex.get(arcKey(t.expert, t.request, t.period));
    if (index !== undefined) arcs.add(index);
  }
  return context.prepared.evaluation.breaksARow(arcs) ? ['scenario-constraint'] : [];
}
