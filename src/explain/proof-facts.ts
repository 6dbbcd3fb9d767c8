import type { Trajectory } from '../domain/types.js';
import type { Counterfactual } from '../result/explanation.js';
import type { ExplainContext } from './explain-context.js';
import { counterfactualOf } from './explain-counterfactual.js';
import type { ForcedExample } from './forced-start.js';
import type { Branch } from '../solve/forced-relaxation.js';

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
