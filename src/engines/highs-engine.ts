import type { MipModel } from '../mip/model.js';
import type { BoundChange, EngineResult, MipEngine, ProbeOptions, ProbeResults, SolveOptions } from '../mip/engine.js';
import { engineInfo, HIGHS_VERSION } from './engine-info.js';
import { highsModelData, highsRuntime, highsSettings } from './highs-model.js';
import { probeHighsRelaxation } from './highs-probes.js';

export { HIGHS_VERSION };

/** True when every objective coefficient is an integer, so a gap below 1 proves optimality. */
const integralObjective = (model: MipModel) => model.objective.coefficients.every((c) => Number.isInteger(c));

/** HiGHS via the `highs` npm package: the default engine. */
export class HighsEngine implements MipEngine {
  readonly name = 'highs';
  readonly version = HIGHS_VERSION;
  readonly generalIntegers = engineInfo('highs').generalIntegers;

  probeRelaxation(model: MipModel, probes: readonly (readonly BoundChange[])[], options: ProbeOptions): Promise<ProbeResults> {
    return probeHighsRelaxation(model, probes, options);
  }

  async solve(model: MipModel, options: SolveOptions): Promise<EngineResult> {
    const highs = await highsRuntime();
    const started = performance.now();
    const numCols = model.variables.length;
    const instance = highs.createModel(highsModelData(highs, model));
    const settings = highsSettings(numCols, model.variables.filter((variable) => variable.upper === 0).length);
    try {
      instance.options.set({
        output_flag: false,
        random_seed: 0,
        time_limit: Math.max(0.01, options.timeLimitSeconds),
        mip_rel_gap: 0,
        mip_abs_gap: integralObjective(model) ? 0.999 : 1e-9,
        ...settings.options,
      });
      // A start is only a hint; HiGHS rejects an empty vector, so skip it for models without columns.
      // A heuristic start for this objective always helps; a previous tier's optimum only on larger models (see highsSettings).
      const useStart = settings.useStart || options.startKind === 'heuristic';
      if (options.start && numCols > 0 && useStart) instance.setSolution({ colValue: options.start });
      const { modelStatus } = instance.run();
      const status = highs.constants.modelStatus;
      const info = (name: string) => {
        try {
          return Number(instance.info.get(name));
        } catch {
          return undefined;
        }
      };
      const hasSolution = info('primal_solution_status') === 2;
      const solved = hasSolution ? instance.getSolution() : undefined;
      const solution = solved ? { values: solved.colValue, objective: instance.getObjectiveValue() } : undefined;
      // Duals mean something only for an LP with a feasible dual solution (status 2).
      const isLp = model.variables.every((variable) => !variable.integer);
      const reducedCosts = solved && isLp && info('dual_solution_status') === 2 ? solved.colDual : undefined;
      const details = {
        seconds: (performance.now() - started) / 1000,
        nodes: info('mip_node_count'),
        iterations: info('simplex_iteration_count'),
        bound: info('mip_dual_bound'),
        gap: info('mip_gap'),
      };
      switch (modelStatus) {
        case status.optimal:
          return solution
            ? { termination: 'optimal', solution, reducedCosts, ...details, gap: 0 }
            : { termination: 'error', message: 'HiGHS reported optimal without a solution', ...details };
        case status.empty: {
          // A model without variables (no eligible pair): every row's activity is 0, so the
          // empty allocation is optimal unless a row demands more (a pin or a minimum with no arc).
          const unmet = model.constraints.some((row) => (row.min ?? 0) > 0 || (row.max ?? 0) < 0);
          if (unmet) return { termination: 'infeasible', ...details };
          return { termination: 'optimal', solution: { values: new Float64Array(numCols), objective: 0 }, ...details, gap: 0 };
        }
        case status.infeasible:
          return { termination: 'infeasible', ...details };
        case status.timeLimit:
        case status.interrupted:
          return { termination: 'time_limit', solution, ...details };
        default:
          return { termination: 'error', solution: undefined, message: `HiGHS model status ${modelStatus}`, ...details };
      }
    } finally {
      instance.dispose();
    }
  }
}
