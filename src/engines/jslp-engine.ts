import jslpModule from 'javascript-lp-solver';
import { evaluate, rowHolds, type MipModel } from '../mip/model.js';
import type { EngineResult, MipEngine, SolveOptions } from '../mip/engine.js';
import { engineInfo, JSLP_VERSION } from './engine-info.js';

// The package's types describe CommonJS; under ESM its default export is the solver.
const solver = jslpModule as unknown as typeof import('javascript-lp-solver').default;

const OBJECTIVE = 'objective';
const INTEGRALITY_TOLERANCE = 1e-6;
const FEASIBILITY_TOLERANCE = 1e-6;

/** The model in javascript-lp-solver's JSON form, with generated names only. */
function toJslpModel(model: MipModel, timeoutMs: number) {
  const variables: Record<string, Record<string, number>> = {};
  const ints: Record<string, 1> = {};
  const constraints: Record<string, { min?: number; max?: number }> = {};
  model.variables.forEach((variable, index) => {
    variables[variable.name] = {};
    if (variable.integer) ints[variable.name] = 1;
    // jslp variables are >= 0; a finite upper bound and a lower bound above 0 (a fixed column) become rows of their own.
    if (variable.lower < 0) throw new Error(`javascript-lp-solver needs a lower bound of at least 0 (variable ${index})`);
    if (Number.isFinite(variable.upper) || variable.lower > 0) {
      constraints[`u${index}`] = {
        ...(Number.isFinite(variable.upper) ? { max: variable.upper } : {}),
        ...(variable.lower > 0 ? { min: variable.lower } : {}),
      };
      variables[variable.name]![`u${index}`] = 1;
    }
  });
  model.constraints.forEach((row, rowIndex) => {
    constraints[`r${rowIndex}`] = {
      ...(row.min !== undefined ? { min: row.min } : {}),
      ...(row.max !== undefined ? { max: row.max } : {}),
    };
    row.indices.forEach((index, k) => {
      const entry = variables[model.variables[index]!.name]!;
      entry[`r${rowIndex}`] = (entry[`r${rowIndex}`] ?? 0) + (row.coefficients[k] ?? 0);
    });
  });
  model.objective.indices.forEach((index, k) => {
    const entry = variables[model.variables[index]!.name]!;
    entry[OBJECTIVE] = (entry[OBJECTIVE] ?? 0) + (model.objective.coefficients[k] ?? 0);
  });
  return {
    optimize: OBJECTIVE,
    opType: model.objective.sense,
    constraints,
    variables,
    ints,
    options: { timeout: timeoutMs, tolerance: 0 },
  };
}

/** True when the point is integral where required and satisfies every row and bound. */
function isFeasiblePoint(model: MipModel, values: Float64Array): boolean {
  const integral = model.variables.every((variable, index) => {
    const value = values[index] ?? 0;
    if (value < variable.lower - FEASIBILITY_TOLERANCE || value > variable.upper + FEASIBILITY_TOLERANCE) return false;
    return !variable.integer || Math.abs(value - Math.round(value)) <= INTEGRALITY_TOLERANCE;
  });
  return integral && model.constraints.every((row) => rowHolds(row, evaluate(row, values)));
}

/**
 * javascript-lp-solver, the pure-JS alternative. On timeout it returns a
 * fractional point that still says `feasible: true`; we never take that as a
 * solution: a run that reached its time limit is `time_limit` without one.
 */
export class JslpEngine implements MipEngine {
  readonly name = 'jslp';
  readonly version = JSLP_VERSION;
  // See engine-info.ts: it called a model with general integers infeasible.
  readonly generalIntegers = engineInfo('jslp').generalIntegers;

  async solve(model: MipModel, options: SolveOptions): Promise<EngineResult> {
    const timeoutMs = Math.max(10, Math.round(options.timeLimitSeconds * 1000));
    const started = performance.now();
    let raw: Record<string, unknown>;
    try {
      raw = solver.Solve(toJslpModel(model, timeoutMs) as never) as unknown as Record<string, unknown>;
    } catch (error) {
      return {
        termination: 'error',
        message: `javascript-lp-solver failed: ${(error as Error).message}`,
        seconds: (performance.now() - started) / 1000,
      };
    }
    const seconds = (performance.now() - started) / 1000;
    // The branch-and-cut loop stops silently at its deadline; reaching it means no proof.
    if (seconds * 1000 >= timeoutMs * 0.98) return { termination: 'time_limit', seconds };
    if (raw.feasible !== true) return { termination: 'infeasible', seconds };
    if (raw.bounded === false) return { termination: 'error', message: 'javascript-lp-solver reported an unbounded model', seconds };
    const values = Float64Array.from(model.variables, (variable) => {
      const value = raw[variable.name];
      return typeof value === 'number' ? value : 0;
    });
    if (!isFeasiblePoint(model, values)) {
      return { termination: 'error', message: 'javascript-lp-solver returned a point that is fractional or breaks a constraint', seconds };
    }
    return { termination: 'optimal', solution: { values, objective: evaluate(model.objective, values) }, gap: 0, seconds };
  }
}
