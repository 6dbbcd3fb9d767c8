import type { BoundChange, ProbeOptions, ProbeResult, ProbeResults } from '../mip/engine.js';
import type { MipModel } from '../mip/model.js';
import { highsModelData, highsRuntime, type Highs } from './highs-model.js';

/** A column whose LP value lies within this of 0 is left out of a probe's support. */
const ZERO = 1e-9;

/** The bound changes of a probe, applied to (or taken back from) one HiGHS instance. */
function applyChanges(instance: ReturnType<Highs['createModel']>, changes: readonly BoundChange[], infinity: number): void {
  const finite = (value: number) => (value === Infinity ? infinity : value === -Infinity ? -infinity : value);
  for (const change of changes) {
    if (change.target === 'row') instance.changeRowBounds(change.index, finite(change.min), finite(change.max));
    else instance.changeColBounds(change.index, finite(change.min), finite(change.max));
  }
}

/** The bounds the model itself gives the rows and columns a probe changes, to restore them after the probe. */
function originalBounds(model: MipModel, changes: readonly BoundChange[]): BoundChange[] {
  return changes.map((change) => {
    if (change.target === 'row') {
      const row = model.constraints[change.index]!;
      return { ...change, min: row.min ?? -Infinity, max: row.max ?? Infinity };
    }
    const column = model.variables[change.index]!;
    return { ...change, min: column.lower, max: column.upper };
  });
}

/**
 * HiGHS's MipEngine.probeRelaxation: one instance holds the LP relaxation;
 * after its first solve, each probe clears the solver, restores that optimal
 * basis, changes its bounds, runs the dual simplex (a few iterations when one
 * bound changed), and takes the change back. Each probe's result (point and
 * iterations included) then depends on it alone, not on the probes run
 * before it on the same instance, so a set of probes may be split over
 * engines in any way. HiGHS's run clock accumulates
 * over the instance's runs, so its time limit covers the whole set.
 */
export async function probeHighsRelaxation(
  model: MipModel,
  probes: readonly (readonly BoundChange[])[],
  options: ProbeOptions,
): Promise<ProbeResults> {
  const highs = await highsRuntime();
  const started = performance.now();
  const relaxed: MipModel = { ...model, variables: model.variables.map((variable) => ({ ...variable, integer: false })) };
  const instance = highs.createModel(highsModelData(highs, relaxed));
  const status = highs.constants.modelStatus;
  const iterations = () => Number(instance.info.get('simplex_iteration_count'));
  try {
    instance.options.set({ output_flag: false, random_seed: 0, presolve: 'off', time_limit: Math.max(0.01, options.timeLimitSeconds) });
    instance.run();
    let total = iterations();
    const seconds = () => (performance.now() - started) / 1000;
    if (instance.getModelStatus() !== status.optimal) {
      // Without the relaxation's optimum there is no basis to start from: every probe failed.
      const failed: ProbeResult = { termination: instance.getModelStatus() === status.timeLimit ? 'limit' : 'error', iterations: 0 };
      return { probes: probes.map(() => failed), iterations: total, seconds: seconds() };
    }
    const basis = instance.getBasis();
    instance.options.set({ simplex_iteration_limit: options.iterationLimit });
    const results = probes.map((changes): ProbeResult => {
      // Without clearing, HiGHS carries state from the last probe (edge weights): the same probe then ends at
      // another optimal point, with other iterations, depending on the probes before it.
      instance.clearSolver();
      instance.setBasis(basis);
      applyChanges(instance, changes, highs.infinity);
      instance.run();
      const modelStatus = instance.getModelStatus();
      const used = iterations();
      total += used;
      let result: ProbeResult;
      if (modelStatus === status.optimal) {
        const values = instance.getSolution().colValue;
        const columns: number[] = [];
        const support: number[] = [];
        values.forEach((value, column) => {
          if (Math.abs(value) > ZERO) {
            columns.push(column);
            support.push(value);
          }
        });
        result = {
          termination: 'optimal',
          objective: instance.getObjectiveValue(),
          support: { columns, values: support },
          iterations: used,
        };
      } else if (modelStatus === status.infeasible) result = { termination: 'infeasible', iterations: used };
      else if (
        modelStatus === status.iterationLimit ||
        modelStatus === status.timeLimit ||
        instance.getRunTime() >= options.timeLimitSeconds
      )
        // Past the time limit HiGHS returns at once, without a status of its own.
        result = { termination: 'limit', iterations: used };
      else result = { termination: 'error', iterations: used };
      applyChanges(instance, originalBounds(model, changes), highs.infinity);
      return result;
    });
    return { probes: results, iterations: total, seconds: seconds() };
  } finally {
    instance.dispose();
  }
}
