import { compareStrings } from '../domain/index-by.js';
import type { MipEngine } from '../mip/engine.js';
import { loadRound } from '../io/load-round.js';
import type { AllocationResult } from '../result/result.js';
import { solveChecked } from '../pipeline/solve-checked.js';
import { EngineFailure } from '../solve/solve-round.js';
import { sweepEdit, type SweepValue } from './sweep-values.js';

/** One point of a sweep, without timing, so identical inputs give identical points. */
export interface SweepPoint {
  readonly value: SweepValue;
  readonly status: AllocationResult['status'];
  readonly objective: AllocationResult['objective'];
  readonly budget: AllocationResult['budget'];
  /** Ids of the served requests, sorted. */
  readonly served: readonly string[];
  readonly tiers: readonly { readonly tier: string; readonly status: string; readonly value: number }[];
  /** When the point's allocation is not the optimiser's (rule `greedy`): the optimiser's tier values beside it. */
  readonly optimum?: NonNullable<AllocationResult['optimum']>['objective'];
}

/** What a sweep solves at one point. */
export interface SweepTask {
  readonly scenarioPath: string;
  readonly key: string;
  readonly value: SweepValue;
  readonly timeLimitSeconds: number;
  /** Let data paths leave the scenario's folder tree (`--allow-outside`). */
  readonly allowOutside: boolean;
}

/** The point a checked result makes (timing fields left out). */
export function pointFromResult(value: SweepValue, result: AllocationResult): SweepPoint {
  return {
    value,
    status: result.status,
    objective: result.objective,
    budget: result.budget,
    served: result.assignments.map((a) => a.request).sort(compareStrings),
    tiers: result.tiers.map((t) => ({ tier: t.tier, status: t.status, value: t.value })),
    ...(result.optimum?.objective ? { optimum: result.optimum.objective } : {}),
  };
}

/** Loads the scenario with the task's value in place, solves it on `engine` and re-checks the allocation. */
export async function solveSweepPoint(task: SweepTask, engine: MipEngine): Promise<SweepPoint> {
  const paths = { allowOutside: task.allowOutside };
  const loaded = loadRound(task.scenarioPath, sweepEdit(task.scenarioPath, task.key, task.value, paths), paths);
  try {
    // A sweep point reports tier values and who is served; counterfactual solves per unserved request would only cost time.
    const result = await solveChecked(loaded, { engine, timeLimitSeconds: task.timeLimitSeconds, counterfactuals: 'none' });
    return pointFromResult(task.value, result);
  } catch (error) {
    // The engine names the scenario; the point it failed on is the sweep's to add.
    if (error instanceof EngineFailure) throw new EngineFailure(`${error.message} (sweep point ${task.key}=${task.value})`);
    throw error;
  }
}
