import type { Allocation, Round, Trajectory } from '../domain/types.js';
import type { MipEngine, ProbeOptions } from '../mip/engine.js';
import { assertValidModel, type MipModel } from '../mip/model.js';
import { arcColumnByKey, arcKey, type Arc } from './arc.js';
import { arcEvaluation, type ArcEvaluation } from './arc-evaluation.js';
import { buildFormulation, type BudgetFormulation, type Formulation } from './formulation.js';
import type { TierObjective } from './objective-tiers.js';
import { tierRelaxation, type TierRelaxation } from './reduced-cost-fixing.js';
import { probeForcedRequests, type ForcedRelaxations, type ForcedRequest } from './forced-relaxation.js';
import { solveTiers, type ModelSize, type SolveOutcome, type TierOutcome } from './solve-round.js';

/** What the solve needs to know of an engine to choose the formulation. */
export type EngineCapabilities = Pick<MipEngine, 'generalIntegers'>;

/**
 * The budget formulation for an engine, decided here and nowhere else: the
 * expert-count budget (general integer counts, much faster to prove on
 * mid-budget rounds) for engines that handle general integers, the per-arc
 * budget (binaries only) for the others.
 */
function budgetFormulationFor(engine: EngineCapabilities): BudgetFormulation {
  return engine.generalIntegers ? 'expert-count' : 'per-arc';
}

/**
 * How many counterfactual solves an automatic explanation runs: as many as
 * keep their summed model size under AUTO_ARC_BUDGET arcs, and at least
 * AUTO_MINIMUM. A realistic round (228 arcs, 21 unserved requests with an
 * eligible expert) gets all of them, in about 0.4 s; a Flanders-scale round
 * (8,314 arcs, 215-281 such requests, 0.15-0.5 s a solve on one core) gets
 * 12 instead of the 36 s that all of them took on two cores.
 */
export const AUTO_ARC_BUDGET = 100_000;
export const AUTO_MINIMUM = 10;

/** How many counterfactual solves an automatic explanation runs on a round of `arcs` arcs. */
export const autoCounterfactuals = (arcs: number): number => Math.max(AUTO_MINIMUM, Math.floor(AUTO_ARC_BUDGET / Math.max(1, arcs)));

/** Engine and time of one solve of a prepared round. */
export interface RoundSolveOptions {
  readonly engine: MipEngine;
  /** Wall-clock seconds for all tiers together. */
  readonly timeLimitSeconds: number;
  /** Fix arcs at 0 by LP reduced costs (default true; see reduced-cost-fixing.ts). */
  readonly reducedCostFixing?: boolean;
  /** Called with the first tier's optimal point while the later tiers run (see TierLoopOptions.afterFirstTier). */
  readonly afterFirstTier?: (point: Float64Array) => void;
}

/** A counterfactual solve: the round with one request forced in. */
export interface ForceInOptions extends RoundSolveOptions {
  /** A valid allocation that serves the request, to start from (see explain/forced-start.ts). */
  readonly start?: Allocation;
  /** Stops after a tier when this returns true (see TierLoopOptions). */
  readonly stopAfter?: (tier: TierOutcome) => boolean;
}

/** The model of a round's first objective tier, as the solver sends it to the engine. */
export interface FirstTierModel {
  readonly model: MipModel;
  readonly tier: TierObjective;
  /** How many of the first columns are arcs (possible trajectories); the rest are auxiliary counts. */
  readonly arcs: number;
}

/**
 * One round as the solver sees it, for one budget formulation: its arcs, its
 * formulation and model size, and every solve of it (the round itself, a
 * request forced in, a feasibility check). Explanations, diagnosis, the
 * checks before a solve and the commands ask it instead of building models.
 *
 * It also keeps the LP relaxation of the first tier once a solve has solved
 * it: a counterfactual solve then fixes with it the arcs that cannot be in an
 * allocation as good as its start.
 */
export class PreparedRound {
  readonly formulation: Formulation;
  private solvedRelaxation: TierRelaxation | undefined;

  constructor(
    readonly round: Round,
    readonly budget: BudgetFormulation,
  ) {
    const formulation = buildFormulation(round, budget);
    // Shared by every solve of the round, so frozen: a caller that changed it would change every later solve.
    for (const part of [formulation.variables, formulation.constraints, formulation.definitions, formulation.tiers]) Object.freeze(part);
    this.formulation = Object.freeze(formulation);
  }

  /** The possible trajectories; column i of the model is arc i. */
  get arcs(): readonly Arc[] {
    return this.formulation.arcs;
  }

  /** The LP relaxation of the first tier, once a solve of the round has solved it. */
  get firstTierRelaxation(): TierRelaxation | undefined {
    return this.solvedRelaxation;
  }

  /** The size of the model the solve sends to its engine. */
  get model(): ModelSize {
    return { variables: this.formulation.variables.length, constraints: this.formulation.constraints.length };
  }

  /** The formulation's tiers and rows evaluated on sets of arcs. */
  get evaluation(): ArcEvaluation {
    return arcEvaluation(this.formulation);
  }

  /**
   * Each tier's value (in its unit) of an allocation of the round's possible
   * trajectories; undefined when a trajectory is not one of them.
   */
  tierValuesOf(trajectories: readonly Trajectory[]): number[] | undefined {
    const columns = arcColumnByKey(this.arcs);
    const arcs = new Set<number>();
    for (const t of trajectories) {
      const column = columns.get(arcKey(t.expert, t.request, t.period));
      if (column === undefined) return undefined;
      arcs.add(column);
    }
    return this.evaluation.tierValues(arcs);
  }

  /** How many counterfactual solves an automatic explanation of this round runs (see AUTO_ARC_BUDGET). */
  get autoCounterfactuals(): number {
    return autoCounterfactuals(this.arcs.length);
  }

  /** Solves the round to proven optimality, tier by tier. */
  async solve(options: RoundSolveOptions): Promise<SolveOutcome> {
    const { outcome, firstTierRelaxation } = await solveTiers(this.round, this.formulation, options);
    if (firstTierRelaxation) this.solvedRelaxation = firstTierRelaxation;
    return outcome;
  }

  /**
   * The LP relaxation of the first tier (see firstTierRelaxation), solved now
   * on `engine` when no solve of the round has solved it yet. Undefined when
   * the engine reports no reduced costs or the first tier is a strict order.
   */
  async relaxFirstTier(engine: MipEngine, timeLimitSeconds: number): Promise<TierRelaxation | undefined> {
    const { model, tier, arcs } = this.firstTierModel();
    if (!this.solvedRelaxation && !tier.order) this.solvedRelaxation = await tierRelaxation(model, arcs, engine, timeLimitSeconds);
    return this.solvedRelaxation;
  }

  /**
   * Bounds the first tier with each request forced in, from its LP
   * relaxation with all the round's rows (see forced-relaxation.ts), on an
   * engine that can probe relaxations.
   */
  probeForced(requests: readonly ForcedRequest[], engine: MipEngine, options: ProbeOptions): Promise<ForcedRelaxations> {
    return probeForcedRequests(this.formulation, this.firstTierModel().model, requests, engine, options);
  }

  /**
   * Solves the round with one more row that forces `requestIds` in: one of
   * them when there are several (the best allocation that serves at least
   * one). The same formulation, the same engine.
   */
  async forceIn(requestIds: string | readonly string[], options: ForceInOptions): Promise<SolveOutcome> {
    const forced = new Set(typeof requestIds === 'string' ? [requestIds] : requestIds);
    const indices = this.arcs.flatMap((arc, index) => (forced.has(arc.request.id) ? [index] : []));
    const { outcome } = await solveTiers(this.round, this.formulation, {
      ...options,
      extraRows: [{ name: 'f0', indices, coefficients: indices.map(() => 1), min: 1 }],
      ...(options.reducedCostFixing === false ? {} : { firstTierRelaxation: this.solvedRelaxation }),
    });
    return outcome;
  }

  /** Whether any allocation meets every rule: undefined when the engine could not tell in time. */
  async isFeasible(engine: MipEngine, timeLimitSeconds: number): Promise<boolean | undefined> {
    const { variables, constraints } = this.formulation;
    const result = await engine.solve(
      { variables, constraints, objective: { sense: 'max', indices: [], coefficients: [] } },
      { timeLimitSeconds },
    );
    if (result.termination === 'infeasible') return false;
    return result.solution ? true : undefined;
  }

  /**
   * The exact MIP the solver's first tier optimises: the round's rows with
   * the first tier's objective. Its optimum divided by `tier.scale` is the
   * tier's value in the result (e.g. the summed priority).
   */
  firstTierModel(): FirstTierModel {
    const { variables, constraints, tiers, arcs } = this.formulation;
    const tier = tiers[0]!;
    const model: MipModel = { variables, constraints, objective: { sense: tier.sense, ...tier.expression } };
    assertValidModel(model);
    return { model, tier, arcs: arcs.length };
  }
}

const prepared = new WeakMap<Round, Map<BudgetFormulation, PreparedRound>>();

/**
 * The prepared round for `round` and an engine (whose capabilities choose the
 * formulation; see budgetFormulationFor) or an explicit budget formulation.
 * One per round object and formulation: the solve, the checks before it, the
 * explanation and every counterfactual solve share it, and a formulation
 * takes 0.1-0.2 s to build on a Flanders-scale round. Rounds are never
 * changed in place (their fields are readonly), so it cannot go stale.
 */
export function prepareRound(round: Round, formulation: EngineCapabilities | BudgetFormulation): PreparedRound {
  const budget = typeof formulation === 'string' ? formulation : budgetFormulationFor(formulation);
  const byBudget = prepared.get(round) ?? new Map<BudgetFormulation, PreparedRound>();
  prepared.set(round, byBudget);
  let found = byBudget.get(budget);
  if (!found) {
    found = new PreparedRound(round, budget);
    byBudget.set(budget, found);
  }
  return found;
}

/** Options of solveRound. */
export interface SolveRoundOptions extends RoundSolveOptions {
  /** The budget formulation, when not the engine's (see budgetFormulationFor). */
  readonly budget?: BudgetFormulation;
}

/** Solves `round` to proven optimality, tier by tier, on its prepared round for the engine (or `budget`). */
export function solveRound(round: Round, options: SolveRoundOptions): Promise<SolveOutcome> {
  return prepareRound(round, options.budget ?? options.engine).solve(options);
}
