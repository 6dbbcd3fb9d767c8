import highsModule from 'highs';
import type { MipModel } from '../solve/mip-model.js';
import type { EngineResult, MipEngine, SolveOptions } from './engine.js';

/** The pinned `highs` package version (HiGHS compiled to WebAssembly). */
export const HIGHS_VERSION = '1.15.3';

// The package's types describe CommonJS; under ESM its default export is the loader itself.
const loadHighs = highsModule as unknown as typeof import('highs').default;
type Highs = Awaited<ReturnType<typeof loadHighs>>;
let runtime: Promise<Highs> | undefined;

/** Loads the WASM runtime once per process; each solve still gets its own model. */
function highsRuntime(): Promise<Highs> {
  runtime ??= loadHighs();
  return runtime!;
}

/** Row-wise (CSR) sparse matrix of the model's constraints. */
function toCsr(model: MipModel) {
  const starts = new Int32Array(model.constraints.length + 1);
  const nonzeros = model.constraints.reduce((sum, row) => sum + row.indices.length, 0);
  const indices = new Int32Array(nonzeros);
  const values = new Float64Array(nonzeros);
  let position = 0;
  model.constraints.forEach((row, rowIndex) => {
    starts[rowIndex] = position;
    row.indices.forEach((column, k) => {
      indices[position] = column;
      values[position] = row.coefficients[k] ?? 0;
      position++;
    });
  });
  starts[model.constraints.length] = position;
  return { starts, indices, values };
}

/** True when every objective coefficient is an integer, so a gap below 1 proves optimality. */
const integralObjective = (model: MipModel) => model.objective.coefficients.every((c) => Number.isInteger(c));

/** HiGHS via the `highs` npm package: the default engine. */
export class HighsEngine implements MipEngine {
  readonly name = 'highs';
  readonly version = HIGHS_VERSION;

  async solve(model: MipModel, options: SolveOptions): Promise<EngineResult> {
    const highs = await highsRuntime();
    const started = performance.now();
    const numCols = model.variables.length;
    const colCost = new Float64Array(numCols);
    model.objective.indices.forEach((index, k) => {
      colCost[index] = (colCost[index] ?? 0) + (model.objective.coefficients[k] ?? 0);
    });
    const matrix = toCsr(model);
    const instance = highs.createModel({
      numCols,
      numRows: model.constraints.length,
      sense: model.objective.sense === 'max' ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize,
      colCost,
      colLower: Float64Array.from(model.variables, (v) => (v.lower === -Infinity ? -highs.infinity : v.lower)),
      colUpper: Float64Array.from(model.variables, (v) => (v.upper === Infinity ? highs.infinity : v.upper)),
      rowLower: Float64Array.from(model.constraints, (row) => row.min ?? -highs.infinity),
      rowUpper: Float64Array.from(model.constraints, (row) => row.max ?? highs.infinity),
      matrix: { format: 'csr', numRows: model.constraints.length, numCols, ...matrix },
      integrality: Int32Array.from(model.variables, (v) => (v.integer ? highs.constants.variableType.integer : highs.constants.variableType.continuous)),
    });
    try {
      instance.options.set({
        output_flag: false,
        random_seed: 0,
        time_limit: Math.max(0.01, options.timeLimitSeconds),
        mip_rel_gap: 0,
        mip_abs_gap: integralObjective(model) ? 0.999 : 1e-9,
      });
      // A start is only a hint; HiGHS rejects an empty vector, so skip it for models without columns.
      if (options.start && numCols > 0) instance.setSolution({ colValue: options.start });
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
        bound: info('mip_dual_bound'),
        gap: info('mip_gap'),
      };
      switch (modelStatus) {
        case status.optimal:
          return solution ? { termination: 'optimal', solution, reducedCosts, ...details, gap: 0 } : { termination: 'error', message: 'HiGHS reported optimal without a solution', ...details };
        case status.empty:
          // A model without variables (no eligible pair): the empty allocation is optimal.
          return { termination: 'optimal', solution: { values: new Float64Array(numCols), objective: 0 }, ...details, gap: 0 };
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
