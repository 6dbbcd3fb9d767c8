import type { EngineResult, MipEngine } from '../mip/engine.js';
import type { Allocation, Round } from '../domain/types.js';
import type { Formulation } from './formulation.js';
import type { TierObjective } from './objective-tiers.js';
import { selectedTrajectories } from './arc.js';
import { fixAtZero, tierRelaxation, type TierRelaxation } from './reduced-cost-fixing.js';
import { assertValidModel, evaluate, ONE, type MipConstraint, type MipModel } from '../mip/model.js';
import { strictOrderTier } from './strict-order.js';
import type { RequestDecision } from './order-decisions.js';
import { startVector } from './start-vector.js';
import { arcsOutsideChosenPairs } from './tie-break.js';

/** What one lexicographic tier achieved. */
export interface TierOutcome {
  readonly tier: TierObjective['tier'];
  readonly status: 'optimal' | 'time_limit';
  /** The tier's value in its own unit (score points, requests, km). */
  readonly value: number;
  /** Best proven bound in the tier's unit, when the engine reports one. */
  readonly bound?: number;
  readonly gap?: number;
  readonly nodes?: number;
  /** Simplex iterations, when the engine reports them (with `nodes`, work that does not depend on the machine). */
  readonly iterations?: number;
  readonly seconds: number;
}

/** The size of the model a solve sends to its engine. */
export interface ModelSize {
  readonly variables: number;
  readonly constraints: number;
}

export interface SolveOutcome {
  readonly status: 'optimal' | 'time_limit' | 'infeasible';
  /** Present for `optimal`, and for `time_limit` when a feasible allocation was found. */
  readonly allocation?: Allocation;
  readonly tiers: readonly TierOutcome[];
  readonly model: ModelSize;
  readonly seconds: number;
  /** Strict-order rules, when the order is the first tier of the round's own model: how the pass decided each request it reached. */
  readonly order?: readonly RequestDecision[];
}

/** How one run of the tier loop solves; prepared-round.ts fills it in for a solve and for a counterfactual. */
export interface TierLoopOptions {
  readonly engine: MipEngine;
  /** Wall-clock seconds for all tiers together. */
  readonly timeLimitSeconds: number;
  /** Fix arcs at 0 between tiers by LP reduced costs (default true; see reduced-cost-fixing.ts). */
  readonly reducedCostFixing?: boolean;
  /** Rows added to the formulation's own, e.g. the row that forces a request in. */
  readonly extraRows?: readonly MipConstraint[];
  /**
   * Stops after a tier when this returns true; the outcome is then optimal for
   * the tiers solved so far. A counterfactual needs only the first tier where
   * it differs from the allocation it is compared with.
   */
  readonly stopAfter?: (tier: TierOutcome) => boolean;
  /**
   * A valid allocation (for the formulation with `extraRows`) to start the
   * first tier from, e.g. a counterfactual's allocation repaired by hand.
   */
  readonly start?: Allocation;
  /**
   * Called with the first tier's optimal point as soon as it is proven (not
   * for a strict-order tier), while the later tiers still run: work that
   * needs only the first tier (an explanation's LP bounds) can start on
   * another engine.
   */
  readonly afterFirstTier?: (point: Float64Array) => void;
  /**
   * The LP relaxation of the formulation's own first tier (without extra
   * rows): every point of the model with `extraRows` is one of its points, so
   * with a `start` the arcs that cannot be 1 in any point as good as the
   * start are fixed at 0 before the first tier.
   */
  readonly firstTierRelaxation?: TierRelaxation;
}

/** What the tier loop found, and the first tier's LP relaxation when it solved one for the formulation's own rows. */
export interface TierLoopResult {
  readonly outcome: SolveOutcome;
  readonly firstTierRelaxation?: TierRelaxation;
}

/** Thrown when an engine fails (not a limit, not infeasibility): an internal error. */
export class EngineFailure extends Error {
  override readonly name = 'EngineFailure';
}

/** A row that keeps a solved tier at its optimum while the next tiers run. */
function fixTier(tier: TierObjective, optimum: number, name: string): MipConstraint {
  return { name, ...tier.expression, ...(tier.sense === 'max' ? { min: optimum } : { max: optimum }) };
}

/**
 * |bound - value| / max(|bound|, |value|): 0 when proven, at most 1, and finite
 * when the incumbent is 0 (where the engine's own gap is infinite and would
 * turn into null in JSON).
 */
export function relativeGap(value: number, bound: number): number {
  const scale = Math.max(Math.abs(bound), Math.abs(value));
  return scale === 0 ? 0 : Math.abs(bound - value) / scale;
}

/** Rounds an engine's objective to the integer it must be (every tier objective has integer coefficients). */
const integral = (value: number) => Math.round(value);

/**
 * Solves a round's formulation tier by tier: each tier is optimised with the
 * tiers before it fixed at their optimum, starting from the previous tier's
 * solution. Callers go through a prepared round (prepared-round.ts), which
 * owns the formulation.
 */
export async function solveTiers(round: Round, built: Formulation, options: TierLoopOptions): Promise<TierLoopResult> {
  const started = performance.now();
  const formulation: Formulation = options.extraRows ? { ...built, constraints: [...built.constraints, ...options.extraRows] } : built;
  const fixed: MipConstraint[] = [];
  // Arcs ruled out by reduced costs are fixed at 0 here, tier by tier.
  let variables = formulation.variables;
  const tiers: TierOutcome[] = [];
  let best: Float64Array | undefined = options.start ? startVector(formulation, options.start.trajectories) : undefined;
  const startKind = () => (tiers.length === 0 && options.start ? 'heuristic' : 'previous-tier');
  const elapsed = () => (performance.now() - started) / 1000;
  let relaxed: TierRelaxation | undefined;
  let order: readonly RequestDecision[] | undefined;
  const outcome = (status: SolveOutcome['status']): TierLoopResult => ({
    outcome: {
      status,
      allocation: best ? { trajectories: selectedTrajectories(formulation.arcs, best) } : undefined,
      tiers,
      model: { variables: formulation.variables.length, constraints: formulation.constraints.length },
      seconds: elapsed(),
      ...(order ? { order } : {}),
    },
    ...(relaxed ? { firstTierRelaxation: relaxed } : {}),
  });
  const first = formulation.tiers[0];
  const given = options.firstTierRelaxation;
  if (given && best && first && !first.order) {
    // Every point of this model is one of the relaxed model's; the optimum is at least as good as the start.
    const ruledOut = given.ruledOut(evaluate(first.expression, best), best);
    // Fixing only part of the arcs costs more than it saves (the engine then presolves a model that is still large).
    if (ruledOut.length >= formulation.arcs.length / 2) variables = fixAtZero(variables, ruledOut);
  }

  for (const tier of formulation.tiers) {
    if (tier.order) {
      // Strict-order rules: a lexicographic pass over the requests replaces the priority tier.
      const pass = await strictOrderTier(round, formulation, tier.order, {
        variables,
        constraints: [...formulation.constraints, ...fixed],
        engine: options.engine,
        timeLimitSeconds: options.timeLimitSeconds - elapsed(),
        start: best,
      });
      if (pass.status === 'error')
        throw new EngineFailure(`${options.engine.name} failed in the strict-order pass of tier "${tier.tier}": ${pass.message}`);
      if (pass.status === 'infeasible') return outcome('infeasible');
      best = pass.best;
      // Decided on the round's own rows alone, each is a fact about the round: an explanation may state it.
      if (tier === first && !options.extraRows) order = pass.requests;
      const value = best ? Math.round(evaluate(tier.expression, best)) / tier.scale : undefined;
      if (value !== undefined)
        tiers.push({
          tier: tier.tier,
          status: pass.status,
          value,
          nodes: pass.nodes,
          seconds: pass.seconds,
          ...(pass.status === 'optimal' ? { bound: value, gap: 0 } : {}),
        });
      if (pass.status === 'time_limit') return outcome('time_limit');
      fixed.push(...pass.rows.map((row, index) => ({ ...row, name: `t${fixed.length + index}` })));
      // A pass that needed no point (every request refused by a bound) has no tier value to stop on.
      if (value !== undefined && options.stopAfter?.(tiers.at(-1)!)) break;
      continue;
    }
    // The tie-break only chooses periods for the pairs already chosen (see tie-break.ts).
    if (tier.tier === 'tie-break' && best) variables = fixAtZero(variables, arcsOutsideChosenPairs(formulation.arcs, best));
    const model: MipModel = {
      variables,
      constraints: [...formulation.constraints, ...fixed],
      objective: { sense: tier.sense, ...tier.expression },
    };
    assertValidModel(model);
    const left = options.timeLimitSeconds - elapsed();
    const result: EngineResult =
      left > 0
        ? await options.engine.solve(model, { timeLimitSeconds: left, start: best, startKind: startKind() })
        : { termination: 'time_limit', seconds: 0 };
    const inUnits = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? undefined : value / tier.scale);
    switch (result.termination) {
      case 'error':
        throw new EngineFailure(`${options.engine.name} failed on tier "${tier.tier}": ${result.message ?? 'no message'}`);
      case 'infeasible':
        if (tiers.length === 0) return outcome('infeasible');
        throw new EngineFailure(`${options.engine.name} called tier "${tier.tier}" infeasible after earlier tiers were solved`);
      case 'time_limit': {
        if (result.solution) best = result.solution.values;
        if (result.solution) {
          const value = integral(result.solution.objective) / tier.scale;
          const bound = inUnits(result.bound);
          tiers.push({
            tier: tier.tier,
            status: 'time_limit',
            value,
            bound,
            gap: bound === undefined ? undefined : relativeGap(value, bound),
            nodes: result.nodes,
            iterations: result.iterations,
            seconds: result.seconds,
          });
        }
        return outcome('time_limit');
      }
      case 'optimal': {
        const solution = result.solution!;
        const value = integral(solution.objective);
        best = solution.values;
        tiers.push({
          tier: tier.tier,
          status: 'optimal',
          value: value / tier.scale,
          bound: value / tier.scale,
          gap: 0,
          nodes: result.nodes,
          iterations: result.iterations,
          seconds: result.seconds,
        });
        if (tier === first) options.afterFirstTier?.(solution.values);
        // Checked before the fixing below: its LP serves only the tiers after this one.
        if (options.stopAfter?.(tiers[tiers.length - 1]!)) return outcome('optimal');
        fixed.push(fixTier(tier, value, `t${fixed.length}`));
        // No fixing before the tie-break: its scope fixes more (see tie-break.ts).
        const next = formulation.tiers[formulation.tiers.indexOf(tier) + 1];
        if ((options.reducedCostFixing ?? true) && next !== undefined && next.tier !== 'tie-break') {
          const relaxation = await tierRelaxation(model, formulation.arcs.length, options.engine, options.timeLimitSeconds - elapsed());
          variables = fixAtZero(variables, relaxation?.ruledOut(value, solution.values) ?? []);
          // Only the plain first tier's relaxation holds for other models of this formulation.
          if (relaxation && tier === first && !options.extraRows) relaxed = relaxation;
        }
        break;
      }
    }
  }
  return outcome('optimal');
}
