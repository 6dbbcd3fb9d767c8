import highsModule from 'highs';
import type { MipModel } from '../mip/model.js';

// The package's types describe CommonJS; under ESM its default export is the loader itself.
const loadHighs = highsModule as unknown as typeof import('highs').default;
/** The loaded HiGHS WASM runtime. */
export type Highs = Awaited<ReturnType<typeof loadHighs>>;
let runtime: Promise<Highs> | undefined;

/** Over this many columns a model counts as large for the HiGHS settings below. */
const LARGE_MODEL_COLUMNS = 3000;

/** Up to this many columns a model counts as small for the HiGHS settings below. */
const SMALL_MODEL_COLUMNS = 1000;

/** How HiGHS runs one model, beyond the options every solve sets. */
export interface HighsSettings {
  readonly options: Readonly<Record<string, string | boolean>>;
  /** Whether to pass the caller's start solution. */
  readonly useStart: boolean;
}

/**
 * HiGHS's settings for a model of `columns` columns, `fixedColumns` of them
 * fixed at 0 (by reduced-cost fixing or the tie-break's scope). None of them
 * changes what is proven: the gap tolerances stay as they are.
 *
 * - Small models (up to 1,000 columns): no presolve, no feasibility jump, no
 *   start. Each costs more than it saves, and a start makes HiGHS run its RINS
 *   sub-MIP around it, where without one randomized rounding finds the same
 *   optimum at the root. Realistic round (241 columns), `expertpool solve` on
 *   one core, three runs each: solve 0.28-0.33 s instead of 0.49-0.53 s, its
 *   21 counterfactual solves 1.27-1.47 s instead of 1.96-2.09 s.
 * - Large models (over 3,000 columns) with no fixed column, i.e. a round's
 *   first tier: no presolve. On the Flanders rounds it removed a fifth of the
 *   columns in 1.7 s of a 3.7 s solve; without it the first tier took
 *   1.4-1.7 s instead of 3.5-3.6 s (loose), 3.0-3.4 s instead of 3.6-3.9 s
 *   (tight), 3.9-4.3 s instead of 4.1-4.5 s (middle), 5.3-6.6 s instead of
 *   6.3-7.3 s (seed 2), two runs each on one core.
 * - Later tiers of large models (over 3,000 columns, some fixed): presolve,
 *   which removes the fixed columns, but not the RINS and RENS sub-MIPs. On
 *   the seed-2 round's distance tier they were 10 of 13.5 s (HiGHS's log: 244
 *   sub-MIP calls) while the root LP and branching proved the optimum; without
 *   them that tier took 2.0 s instead of 11.5 s, and the seed-2 budget sweep
 *   points at EUR 250k/400k/800k/1M took 3.7/2.6/13.0/5.1 s instead of
 *   4.0/2.9/25.1/6.7 s, the seed-7 rounds about the same.
 * - Everything else keeps HiGHS's defaults and the start, such as mid-sized
 *   first tiers (1,212 columns: 0.46-0.68 s with presolve, 1.2-1.6 s without).
 */
export function highsSettings(columns: number, fixedColumns: number): HighsSettings {
  if (columns <= SMALL_MODEL_COLUMNS) return { options: { presolve: 'off', mip_heuristic_run_feasibility_jump: false }, useStart: false };
  if (columns > LARGE_MODEL_COLUMNS && fixedColumns === 0) return { options: { presolve: 'off' }, useStart: true };
  if (columns > LARGE_MODEL_COLUMNS) return { options: { mip_heuristic_run_rins: false, mip_heuristic_run_rens: false }, useStart: true };
  return { options: {}, useStart: true };
}

/**
 * Loads the WASM runtime once per process (per worker thread, under the
 * engine runner); each solve still gets its own model. How V8 compiles it is
 * the caller's to decide beforehand (see worker-engine.ts): this module sets
 * no V8 flag, so a library user who solves in their own thread keeps V8's defaults.
 */
export function highsRuntime(): Promise<Highs> {
  runtime ??= loadHighs();
  return runtime;
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

/**
 * The model as HiGHS model data. With `named`, columns and rows carry the
 * model's generated names (`x12`, `c3`), which LP and MPS files need.
 */
export function highsModelData(highs: Highs, model: MipModel, named = false): Parameters<Highs['createModel']>[0] & object {
  const numCols = model.variables.length;
  const colCost = new Float64Array(numCols);
  model.objective.indices.forEach((index, k) => {
    colCost[index] = (colCost[index] ?? 0) + (model.objective.coefficients[k] ?? 0);
  });
  return {
    numCols,
    numRows: model.constraints.length,
    sense: model.objective.sense === 'max' ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize,
    colCost,
    colLower: Float64Array.from(model.variables, (v) => (v.lower === -Infinity ? -highs.infinity : v.lower)),
    colUpper: Float64Array.from(model.variables, (v) => (v.upper === Infinity ? highs.infinity : v.upper)),
    rowLower: Float64Array.from(model.constraints, (row) => row.min ?? -highs.infinity),
    rowUpper: Float64Array.from(model.constraints, (row) => row.max ?? highs.infinity),
    matrix: { format: 'csr', numRows: model.constraints.length, numCols, ...toCsr(model) },
    integrality: Int32Array.from(model.variables, (v) =>
      v.integer ? highs.constants.variableType.integer : highs.constants.variableType.continuous,
    ),
    ...(named ? { colNames: model.variables.map((v) => v.name), rowNames: model.constraints.map((row) => row.name) } : {}),
  };
}

/**
 * The model as a CPLEX LP or MPS file, written by HiGHS itself, so any other
 * solver (CBC, SCIP, Gurobi) can re-solve exactly what expertpool solves.
 */
export async function exportModelText(model: MipModel, format: 'lp' | 'mps'): Promise<string> {
  const highs = await highsRuntime();
  const instance = highs.createModel(highsModelData(highs, model, true));
  try {
    if (format === 'mps') return new TextDecoder().decode(instance.exportModel('mps'));
    // HiGHS heads the integrality sections "bin" and "gen"; CBC's LP reader (CoinLpIO) only knows the long
    // CPLEX keywords and would silently read the model as an LP, so use those (HiGHS reads both).
    return instance.exportModel('lp').replace(/^bin$/m, 'binaries').replace(/^gen$/m, 'generals');
  } finally {
    instance.dispose();
  }
}
