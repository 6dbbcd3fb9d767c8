import type { MipModel } from './model.js';

/** How a solve ended, apart from whether it left a solution (termination vs. primal status). */
type Termination = 'optimal' | 'time_limit' | 'infeasible' | 'error';

/** A primal point the engine vouches for: integral and feasible to its tolerances. */
interface EngineSolution {
  readonly values: Float64Array;
  readonly objective: number;
}

export interface EngineResult {
  readonly termination: Termination;
  /** Present only when the engine has a feasible point; read values only from here. */
  readonly solution?: EngineSolution;
  /** Best proven bound on the objective, when the engine reports one. */
  readonly bound?: number;
  /** Relative gap between solution and bound, when the engine reports one. */
  readonly gap?: number;
  readonly nodes?: number;
  /** Simplex iterations, when the engine reports them: with `nodes`, a measure of the work that does not depend on the machine. */
  readonly iterations?: number;
  /**
   * For a model without integer variables (an LP) solved to optimality: the
   * reduced cost of every column, when the engine reports them. The solver
   * uses them to rule out arcs that cannot be in any optimal allocation.
   */
  readonly reducedCosts?: Float64Array;
  readonly seconds: number;
  /** The engine's own words, for `error`. */
  readonly message?: string;
}

export interface SolveOptions {
  /** Wall-clock seconds this solve may take. */
  readonly timeLimitSeconds: number;
  /** A feasible point to start from (e.g. the previous tier's optimum). */
  readonly start?: Float64Array;
  /**
   * Where the start comes from: the optimum of the previous tier (default), a
   * point far from this objective's optimum, or a heuristic point for this
   * very objective (a counterfactual's repaired allocation), which an engine
   * should always use.
   */
  readonly startKind?: 'previous-tier' | 'heuristic';
}

/** New bounds of one row or column of a model (a side may be infinite). */
export interface BoundChange {
  readonly target: 'row' | 'column';
  readonly index: number;
  readonly min: number;
  readonly max: number;
}

/** How one probe of a model's LP relaxation ended. */
export interface ProbeResult {
  /** `limit`: the probe's iteration limit stopped it; its objective is then no bound. */
  readonly termination: 'optimal' | 'infeasible' | 'limit' | 'error';
  /** The LP optimum, for `optimal`: a bound on the objective of every integral point of the probed model. */
  readonly objective?: number;
  /** The columns at a nonzero value in that LP optimum, and their values (e.g. to round to an integral point). */
  readonly support?: { readonly columns: readonly number[]; readonly values: readonly number[] };
  readonly iterations: number;
}

/** Work limits of a set of probes. */
export interface ProbeOptions {
  /** Simplex iterations each probe may take: the deterministic bound on its work. */
  readonly iterationLimit: number;
  /** Wall-clock seconds for the whole set: only a safety net (the hard stop of a worker engine). */
  readonly timeLimitSeconds: number;
}

/** What a set of probes found, in the order of the probes. */
export interface ProbeResults {
  readonly probes: readonly ProbeResult[];
  /** Simplex iterations of the relaxation and of every probe. */
  readonly iterations: number;
  readonly seconds: number;
}

/** A MIP engine. Implementations map every status of theirs onto Termination honestly. */
export interface MipEngine {
  readonly name: string;
  readonly version: string;
  /**
   * False when the engine is unreliable on general integer (non-binary)
   * columns; the solver then keeps to a formulation of binaries only.
   */
  readonly generalIntegers: boolean;
  solve(model: MipModel, options: SolveOptions): Promise<EngineResult>;
  /**
   * Optional: solves the LP relaxation of `model` (integrality dropped), then
   * the relaxation with each probe's bound changes, every probe from the
   * relaxation's optimal basis (so each result depends on its probe alone,
   * not on the probes before it). One bound change, such as a request forced
   * in, then costs a few simplex iterations instead of a solve from scratch.
   * Engines without it leave it undefined; callers then do without.
   */
  probeRelaxation?(model: MipModel, probes: readonly (readonly BoundChange[])[], options: ProbeOptions): Promise<ProbeResults>;
}
