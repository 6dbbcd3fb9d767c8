import { EnginePool } from '../engines/engine-pool.js';
import { startWorkerEngines } from '../engines/worker-engines.js';
import { readScenarioFile } from '../io/scenario-file.js';
import { allocationChange, type AllocationChange } from '../result/allocation-change.js';
import { solveSweepPoint, type SweepPoint, type SweepTask } from './sweep-point.js';
import { sweepEdit, type SweepSpec, type SweepValue } from './sweep-values.js';

/** What one step of the sweep (from the previous point to this one) adds. */
export interface SweepStep extends AllocationChange {
  readonly from: SweepValue;
  readonly to: SweepValue;
}

/** A whole sweep: the points in the order of the values, and the marginal value of each step. */
export interface SweepResult {
  readonly key: string;
  readonly scenario: string;
  readonly points: readonly SweepPoint[];
  readonly steps: readonly SweepStep[];
}

export interface SweepOptions {
  readonly scenarioPath: string;
  readonly spec: SweepSpec;
  readonly engine: string;
  /** Seconds for each point. */
  readonly timeLimitSeconds: number;
  /** Worker engines, i.e. points solved side by side. The result is the same whatever the number. */
  readonly jobs: number;
  /** Aborting it stops every running solve at once (Ctrl-C); the sweep then rejects with SolveInterrupted. */
  readonly signal?: AbortSignal;
  /** Let data paths leave the scenario's folder tree (`--allow-outside`). */
  readonly allowOutside: boolean;
  /** Called after each point with the number of points done. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** What each step from one point to the next buys (or costs). */
export function marginalSteps(points: readonly SweepPoint[]): SweepStep[] {
  return points.slice(1).map((point, index) => {
    const before = points[index]!;
    return { from: before.value, to: point.value, ...allocationChange(before, point) };
  });
}

/**
 * Solves the tasks on `jobs` worker engines, one point per engine at a time,
 * each with the hard stop and crash retry of every solve. Points are stored
 * by index, and when points fail the lowest index's error is thrown, so the
 * outcome does not depend on which engine finished first.
 */
async function solveOnWorkerEngines(tasks: readonly SweepTask[], options: SweepOptions, scenario: string): Promise<SweepPoint[]> {
  const engines = startWorkerEngines(options.engine, {
    count: Math.max(1, Math.min(options.jobs, tasks.length)),
    signal: options.signal,
    scenario,
  });
  const pool = new EnginePool(engines.workers);
  let done = 0;
  try {
    const settled = await Promise.allSettled(
      tasks.map(async (task) => {
        const point = await pool.run((engine) => solveSweepPoint(task, engine));
        // Counted apart from the call: `onProgress?.(++done)` would skip the increment without a callback.
        done += 1;
        options.onProgress?.(done, tasks.length);
        return point;
      }),
    );
    const failed = settled.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
    return settled.map((outcome) => (outcome as PromiseFulfilledResult<SweepPoint>).value);
  } finally {
    await engines.close();
  }
}

/**
 * Solves the scenario at every value of the sweep, each point re-checked by
 * the independent checker. Every point's scenario is validated first, so a
 * bad value is reported before any solving starts.
 */
export async function runSweep(options: SweepOptions): Promise<SweepResult> {
  const { scenarioPath, spec } = options;
  const paths = { allowOutside: options.allowOutside };
  for (const value of spec.values) readScenarioFile(scenarioPath, sweepEdit(scenarioPath, spec.key, value, paths), paths);
  const tasks: SweepTask[] = spec.values.map((value) => ({
    scenarioPath,
    key: spec.key,
    value,
    timeLimitSeconds: options.timeLimitSeconds,
    allowOutside: options.allowOutside,
  }));
  const name = readScenarioFile(scenarioPath, undefined, paths).scenario.name;
  const points = await solveOnWorkerEngines(tasks, options, `"${name}" (${scenarioPath})`);
  return { key: spec.key, scenario: name, points, steps: marginalSteps(points) };
}
