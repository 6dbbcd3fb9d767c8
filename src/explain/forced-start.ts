import type { Allocation, Trajectory } from '../domain/types.js';
import { checkAllocation } from '../check/check-allocation.js';
import { repairWithArc, type RepairedArcs, type RepairValues } from '../solve/arc-repair.js';
import type { ExplainContext } from './explain-context.js';
import { arcKey } from '../solve/arc.js';

/** A valid allocation that serves a request, with its value on the first tier (in the model's integer units). */
export interface ForcedExample {
  readonly trajectories: readonly Trajectory[];
  readonly value: number;
}

/** The first tier's value of a set of arcs, in the model's integer units. */
const tierValueOf = (context: ExplainContext, arcs: readonly number[]): number => {
  const raw = context.prepared.evaluation.tierCoefficients[0];
  return Math.round(arcs.reduce((sum, arc) => sum + (raw?.[arc] ?? 0), 0));
};

/** The first tier's value of an allocation made of the round's arcs, in the model's integer units. */
export const firstTierValue = (context: ExplainContext, trajectories: readonly Trajectory[]): number =>
  tierValueOf(context, arcsOf(context, trajectories));

/**
 * At most this many arcs may come in to fill room after a repair: each is
 * tried against its rows, and a round of 150,000 arcs would otherwise cost
 * that many tries per repair.
 */
export const FILL_LIMIT = 2000;

/** How a repair starts, what it forces and what may come in (see forcedExample). */
export interface ForcedExampleOptions {
  /** The arcs to repair: the reported allocation's unless given, e.g. the integral part of an LP point. */
  readonly base?: readonly number[];
  /** The request's arcs to try, each forced in turn: all of them unless given. */
  readonly forcedArcs?: readonly number[];
  /** Arcs to bring in first, also by moving others within their rows (e.g. an LP point's fractional arcs). */
  readonly insert?: readonly number[];
  /**
   * The arcs that may fill room after a repair worth `value` (the first
   * tier's, in model units), in order: the most valuable ones unless given.
   */
  readonly fill?: (value: number) => readonly number[];
}

const byValue = new WeakMap<ExplainContext, readonly number[]>();

/** The FILL_LIMIT arcs that add the most to the first tier (what it counts as better), the most valuable first. */
function mostValuable(context: ExplainContext): readonly number[] {
  let arcs = byValue.get(context);
  if (!arcs) {
    const value = firstTierValues(context);
    arcs = context.formulation.arcs
      .flatMap((_, arc) => ((value[arc] ?? 0) > 0 ? [arc] : []))
      .sort((a, b) => value[b]! - value[a]! || a - b)
      .slice(0, FILL_LIMIT);
    byValue.set(context, arcs);
  }
  return arcs;
}

const signedValues = new WeakMap<ExplainContext, Float64Array>();

/**
 * Each arc's coefficient on the first tier (model units), negated for a min
 * tier: what an arc adds, so that more is better for the repairs either way.
 */
function firstTierValues(context: ExplainContext): Float64Array {
  let values = signedValues.get(context);
  if (!values) {
    const tier = context.formulation.tiers[0];
    const raw = context.prepared.evaluation.tierCoefficients[0] ?? new Float64Array(context.formulation.arcs.length);
    values = tier?.sense === 'min' ? raw.map((value) => -value) : raw;
    signedValues.set(context, values);
  }
  return values;
}

/** The arcs of an allocation's trajectories (a trajectory that is no arc has none). */
function arcsOf(context: ExplainContext, trajectories: readonly Trajectory[]): number[] {
  return trajectories.flatMap((t) => {
    const arc = context.arcIndex.get(arcKey(t.expert, t.request, t.period));
    return arc === undefined ? [] : [arc];
  });
}

const reportedArcs = new WeakMap<ExplainContext, readonly number[]>();

/** The reported allocation's arcs: one array per explanation, so that the repairs build their base from it once. */
function allocationArcs(context: ExplainContext): readonly number[] {
  let arcs = reportedArcs.get(context);
  if (!arcs) {
    arcs = arcsOf(context, context.allocation.trajectories);
    reportedArcs.set(context, arcs);
  }
  return arcs;
}

/**
 * The best valid allocation found that serves `requestId`, made by hand: for
 * each of the forced arcs, the arc comes into the base and the set is
 * repaired (see arc-repair.ts: what breaks a row leaves, the least valuable
 * first; then what fits comes back or in). The best of these by the first
 * tier, filled, is returned only once the independent checker accepts it (and
 * no row of the model breaks), so it is a fact: a lower bound on what serving
 * the request can keep. Undefined when no repair yields one, e.g. when pins or
 * minimum quotas hold the room.
 */
export function forcedExample(context: ExplainContext, requestId: string, options: ForcedExampleOptions = {}): ForcedExample | undefined {
  const { formulation } = context;
  const value = firstTierValues(context);
  const repairValues: RepairValues = {
    value,
    sameRequest: (arc) => context.arcsOf.get(formulation.arcs[arc]!.request.id) ?? [],
    ...(options.insert ? { insert: options.insert } : {}),
  };
  const base = options.base ?? allocationArcs(context);
  // Without the fill first (cheap), then the best with it: filling every candidate would cost as much again per arc.
  const candidates = (options.forcedArcs ?? context.arcsOf.get(requestId) ?? [])
    .flatMap((forced) => {
      const repaired = repairWithArc(formulation, base, forced, repairValues);
      return repaired ? [{ forced, repaired }] : [];
    })
    .sort((a, b) => b.repaired.value - a.repaired.value);
  for (const { forced, repaired } of candidates) {
    const fill = options.fill?.(tierValueOf(context, repaired.arcs)) ?? mostValuable(context);
    const filled = repairWithArc(formulation, repaired.arcs, forced, { ...repairValues, fill }) ?? repaired;
    const accepted = acceptedExample(context, filled.value >= repaired.value ? filled : repaired);
    if (accepted) return accepted;
  }
  return undefined;
}

/** The repaired arcs as trajectories, when the independent checker and the model's rows accept them. */
function acceptedExample(context: ExplainContext, repaired: RepairedArcs): ForcedExample | undefined {
  const trajectories = repaired.arcs.map((arc): Trajectory => {
    const { expert, request, period } = context.formulation.arcs[arc]!;
    return { expert: expert.id, request: request.id, period };
  });
  if (checkAllocation(context.round, { trajectories }).length > 0) return undefined;
  if (context.prepared.evaluation.breaksARow(new Set(repaired.arcs))) return undefined;
  return { trajectories, value: tierValueOf(context, repaired.arcs) };
}

/**
 * A valid allocation that serves `requestId`, to start its counterfactual
 * solve from: a MIP that starts near its optimum spends its time proving it
 * instead of finding it (with the optimum itself as start, the realistic
 * round's counterfactual solves took a third of the time).
 */
export function forcedAllocation(context: ExplainContext, requestId: string): Allocation | undefined {
  const example = forcedExample(context, requestId);
  return example ? { trajectories: example.trajectories } : undefined;
}
