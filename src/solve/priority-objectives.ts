import type { PriorityRanking } from '../domain/priority.js';
import { integerScale, scaled } from '../domain/numbers.js';
import type { LinearExpression } from '../mip/model.js';

/** The part of an arc the priority objectives read. */
export interface ScoredArc {
  readonly request: { readonly id: string };
  readonly score: number;
}

/** One objective tier built from the priority rule. */
export interface PriorityTier {
  /** `priority`, or `priority:CLASS` for each class of the `tiers` rule. */
  readonly tier: 'priority' | `priority:${string}`;
  readonly sense: 'max';
  readonly expression: LinearExpression;
  readonly scale: number;
  /**
   * Strict-order rules: the arc indices of each request, in rule order. The
   * solver then serves requests lexicographically in this order (see
   * strict-order.ts) instead of maximising the expression, which only
   * reports the summed rank scores.
   */
  readonly order?: readonly (readonly number[])[];
}

function scoreExpression(
  arcs: readonly ScoredArc[],
  include: (arc: ScoredArc) => boolean,
): { expression: LinearExpression; scale: number } {
  const indices = arcs.flatMap((arc, index) => (include(arc) ? [index] : []));
  const scale = integerScale(indices.map((index) => arcs[index]!.score));
  return { expression: { indices, coefficients: indices.map((index) => scaled(arcs[index]!.score, scale)) }, scale };
}

/**
 * The priority tiers of a ranking. `score` and `weighted`: one tier, the
 * summed scores. `tiers`: one tier per class, in class order, each solved
 * with the classes before it fixed, so no number of class-B requests can
 * outweigh one class-A request and no big weights are needed. Strict-order
 * rules: one tier that carries the request order.
 */
export function priorityTiers(ranking: PriorityRanking, arcs: readonly ScoredArc[]): PriorityTier[] {
  if (ranking.classes) {
    const classes = ranking.classes;
    // A class without any arc has nothing to optimise; its tier would be a constant 0.
    return classes.names
      .map(
        (name): PriorityTier => ({
          tier: `priority:${name}`,
          sense: 'max',
          ...scoreExpression(arcs, (arc) => classes.of.get(arc.request.id) === name),
        }),
      )
      .filter((tier) => tier.expression.indices.length > 0);
  }
  const tier: PriorityTier = { tier: 'priority', sense: 'max', ...scoreExpression(arcs, () => true) };
  if (!ranking.strict) return [tier];
  const byRequest = new Map<string, number[]>(ranking.strict.map((id) => [id, []]));
  arcs.forEach((arc, index) => byRequest.get(arc.request.id)?.push(index));
  return [{ ...tier, order: ranking.strict.map((id) => byRequest.get(id)!) }];
}
