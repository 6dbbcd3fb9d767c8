import type { Trajectory } from '../domain/types.js';
import type { Counterfactual } from '../result/explanation.js';
import type { ExplainContext } from './explain-context.js';
import { counterfactualOf } from './explain-counterfactual.js';
import { forcedExample, type ForcedExample } from './forced-start.js';
import type { Branch, ForcedRelaxation } from '../solve/forced-relaxation.js';

/**
 * Simplex iterations one forced LP may take. From the relaxation's optimal
 * basis a forced request takes 11-36 on average on three Flanders-scale
 * rounds (the relaxation itself about 500 from scratch); a probe that stops
 * here keeps only the bound from reduced costs.
 */
export const PROBE_ITERATIONS = 2000;

/**
 * What is known of one request forced in, on the first tier (model units):
 * an example allocation that serves it (one end), a bound no such allocation
 * passes (the other end), or that none exists.
 */
export interface Known {
  example?: ForcedExample;
  bound: number;
  infeasible: boolean;
  /** Where the forced LP's point is fractional in a count, to split it on (see forced-relaxation.ts). */
  branch?: Branch;
  /** The forced LP's point (its arcs above 0), to round into an example. */
  point?: { readonly arcs: readonly number[]; readonly values: readonly number[] };
}

/**
 * Whether what is known proves the request's reason: the bound is short of
 * the reported value `current` (serving it costs first-tier value), with an
 * example, and the two ends agree (a bound beyond the example would be a
 * contradiction: numbers not to trust).
 */
export function provenShort(known: Known, current: number, sign: number): known is Known & { example: ForcedExample } {
  const { example, bound } = known;
  return example !== undefined && sign * bound < sign * current && sign * bound >= sign * example.value;
}

/**
 * A `bounded` or `tie` counterfactual of an example allocation worth
 * `example`, with the first tier's range up to `bound` (model units): for a
 * max tier the example is the lowest end, for a min tier the highest.
 */
function withBounds(
  context: ExplainContext,
  trajectories: readonly Trajectory[],
  status: 'bounded' | 'tie',
  current: number,
  [example, bound]: readonly [number, number],
): Counterfactual {
  const tier = context.formulation.tiers[0]!;
  const [lowest, highest] = tier.sense === 'max' ? [example, bound] : [bound, example];
  return {
    ...counterfactualOf(context, trajectories, status, false),
    bounds: { tier: tier.tier, value: current / tier.scale, lowest: lowest / tier.scale, highest: highest / tier.scale },
  };
}

/** An allocation that serves the request and keeps the reported first-tier value `current`: the later tiers decided. */
export const tieOf = (context: ExplainContext, trajectories: readonly Trajectory[], current: number): Counterfactual =>
  withBounds(context, trajectories, 'tie', current, [current, current]);

/**
 * The reason of a request whose bound is short of the reported value (see
 * provenShort): exact when the example meets the bound, else the interval
 * between them.
 */
export function provenBelow(context: ExplainContext, known: Known & { example: ForcedExample }, current: number): Counterfactual {
  const { example, bound } = known;
  if (example.value === bound) return counterfactualOf(context, example.trajectories, 'optimal', true);
  return withBounds(context, example.trajectories, 'bounded', current, [example.value, bound]);
}

/** Adds what a forced LP says: no allocation serves the request, or a tighter bound, its point and where to split it. */
export function addProbe(known: Known, forced: ForcedRelaxation, sign: number): void {
  if (forced.status === 'infeasible') known.infeasible = true;
  if (forced.status !== 'bound' || forced.bound === undefined) return;
  if (sign * forced.bound < sign * known.bound) known.bound = forced.bound;
  if (forced.branch) known.branch = forced.branch;
  if (forced.support) known.point = forced.support;
}

/**
 * An example from the request's forced LP point (the arcs at 1, the request
 * on its largest arc, then the fractional arcs where they fit), repaired and
 * checked like the others, when it is better than the example known.
 */
export function roundExample(
  context: ExplainContext,
  id: string,
  known: Known,
  { sign, fill, current }: { readonly sign: number; readonly fill: (value: number) => readonly number[]; readonly current: number },
): void {
  // An example that meets the bound, or ties, cannot be bettered.
  if (!known.point || (known.example && (known.example.value === known.bound || known.example.value === current))) return;
  const own = new Set(context.arcsOf.get(id) ?? []);
  const { arcs, values } = known.point;
  const order = arcs.map((_, position) => position).sort((a, b) => values[b]! - values[a]! || arcs[a]! - arcs[b]!);
  const largest = order.map((position) => arcs[position]!).find((arc) => own.has(arc));
  if (largest === undefined) return;
  // The arcs at 1 stay; the fractional ones come in where they fit, the largest first.
  const base = order.filter((position) => values[position]! >= 1 - 1e-6).map((position) => arcs[position]!);
  const fractional = order.filter((position) => values[position]! < 1 - 1e-6).map((position) => arcs[position]!);
  const rounded = forcedExample(context, id, { base, forcedArcs: [largest], insert: fractional, fill });
  if (rounded && (!known.example || sign * rounded.value > sign * known.example.value)) known.example = rounded;
}
