import type { MipModel } from './model.js';

/** How a solve ended, apart from whether it left a solution (termination vs. primal status). */
export type Termination = 'optimal' | 'time_limit' | 'infeasible' | 'error';

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
}
