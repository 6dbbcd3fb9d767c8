import { integerScale, scaled } from '../domain/numbers.js';
import { expertLevel } from '../domain/policy.js';
import type { PriorityRanking } from '../domain/priority.js';
import { trajectoryKey } from '../domain/trajectory-key.js';
import type { RoundTier, Round } from '../domain/types.js';
import type { LinearExpression } from '../mip/model.js';
import type { Arc } from './arc.js';
import { priorityTiers, type PriorityTier } from './priority-objectives.js';
import { tieBreakCoefficients } from './tie-break.js';

/** A tier's objective. The MIP value divided by `scale` is the tier's value in its own unit. */
export interface TierObjective {
  readonly tier: RoundTier | 'tie-break' | PriorityTier['tier'];
  readonly sense: 'max' | 'min';
  readonly expression: LinearExpression;
  readonly scale: number;
  /** Strict-order rules only: arc indices per request in rule order (see priority-objectives.ts). */
  readonly order?: PriorityTier['order'];
}

/**
 * A revised allocation's tiers (see ReplanTier): the arcs that are promised
 * trajectories (`kept`), or that serve a promised request otherwise
 * (`moved`), each counting 1. No tier when no arc counts: it would be a constant.
 */
function replanTier(tier: 'kept' | 'moved', round: Round, arcs: readonly Arc[]): TierObjective[] {
  const promised = round.replan?.promised ?? [];
  const keys = new Set(promised.map((t) => trajectoryKey(t.expert, t.request, t.period)));
  const requests = new Set(promised.map((t) => t.request));
  const counts = (arc: Arc) => {
    const isPromised = keys.has(trajectoryKey(arc.expert.id, arc.request.id, arc.period));
    return tier === 'kept' ? isPromised : requests.has(arc.request.id) && !isPromised;
  };
  const indices = arcs.flatMap((arc, index) => (counts(arc) ? [index] : []));
  if (indices.length === 0) return [];
  return [{ tier, sense: 'max', scale: 1, expression: { indices, coefficients: indices.map(() => 1) } }];
}

/**
 * The round's objective tiers over its arcs, most important first, then the
 * tie-break. They read arc columns only, so every budget formulation has the same tiers.
 */
export function objectiveTiers(round: Round, arcs: readonly Arc[], ranking: PriorityRanking): TierObjective[] {
  const all = arcs.map((_, index) => index);
  const priorityScale = integerScale(arcs.map((arc) => arc.score));
  const tiers: TierObjective[] = round.objective.flatMap((tier): TierObjective | TierObjective[] => {
    switch (tier) {
      case 'kept':
      case 'moved':
        return replanTier(tier, round, arcs);
      case 'priority':
        if (ranking.classes || ranking.strict) return priorityTiers(ranking, arcs);
        return {
          tier,
          sense: 'max',
          scale: priorityScale,
          expression: { indices: all, coefficients: arcs.map((arc) => scaled(arc.score, priorityScale)) },
        };
      case 'expertise':
        return {
          tier,
          sense: 'max',
          scale: 1,
          expression: { indices: all, coefficients: arcs.map((arc) => expertLevel(arc.expert, arc.request.domain)) },
        };
      case 'served':
        return { tier, sense: 'max', scale: 1, expression: { indices: all, coefficients: all.map(() => 1) } };
      case 'distance':
        return { tier, sense: 'min', scale: 10, expression: { indices: all, coefficients: arcs.map((arc) => scaled(arc.distanceKm, 10)) } };
    }
  });
  // The tie-break: see tie-break.ts for its coefficients and its scope.
  tiers.push({
    tier: 'tie-break',
    sense: 'min',
    scale: 1,
    expression: { indices: all, coefficients: tieBreakCoefficients(round.periods, arcs) },
  });
  return tiers;
}
