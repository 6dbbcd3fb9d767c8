import type { Round } from '../domain/types.js';
import { buildFormulation, type BudgetFormulation, type TierObjective } from './formulation.js';
import { assertValidModel, type MipModel } from '../mip/model.js';

/** The model of a round's first objective tier, as the solver sends it to the engine. */
export interface FirstTierModel {
  readonly model: MipModel;
  readonly tier: TierObjective;
  /** How many of the first columns are arcs (possible trajectories); the rest are auxiliary counts. */
  readonly arcs: number;
}

/**
 * The exact MIP the solver's first tier optimises: the round's rows with the
 * first tier's objective. Its optimum divided by `tier.scale` is the tier's
 * value in the result (e.g. the summed priority).
 */
export function firstTierModel(round: Round, budget: BudgetFormulation = 'expert-count'): FirstTierModel {
  const formulation = buildFormulation(round, { budget });
  const tier = formulation.tiers[0]!;
  const model: MipModel = {
    variables: formulation.variables,
    constraints: formulation.constraints,
    objective: { sense: tier.sense, ...tier.expression },
  };
  assertValidModel(model);
  return { model, tier, arcs: formulation.arcs.length };
}
