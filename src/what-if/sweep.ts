import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readScenarioFile } from '../io/scenario-file.js';
import { allocationChange, type AllocationChange } from '../result/allocation-change.js';
import { deserialiseError, type SerialisedError, type WorkerReply } from './sweep-errors.js';
import { solveSweepTask, type SweepPoint, type SweepTask } from './sweep-point.js';
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
  /** Worker threads; 1 solves in this thread. The result is the same whatever the number. */
  readonly jobs: number;
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

async function solveInThisThread(tasks: readonly SweepTask[], onProgress: SweepOptions['onProgress']): Promise<SweepPoint[]> {
  const points: SweepPoint[] = [];
  for (const task of tasks) {
    points.push(await solveSweepTask(task));
    onProgress?.(points.length, tasks.length);
  }
  return points;
}

/**
 * Solves the tasks on a pool of worker threads. Points are stored by index,
 * and when points fail the lowest index's error is thrown, so the outcome
 * does not depend on which worker finished first.
 */
async function solveOnWorkers(tasks: readonly SweepTask[], jobs: number, onProgress: SweepOptions['onProgress']): Promise<SweepPoint[]> {
  const script = new URL('./sweep-worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(script))) {
    throw new Error(`the sweep worker script ${fileURLToPath(script)} is missing; run "npm run build" and use the CLI from dist/`);
  }
  const points: SweepPoint[] = [];
  const errors = new Map<number, SerialisedError>();
  const workers = Array.from({ length: Math.min(jobs, tasks.length) }, () => new Worker(script));
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (worker: Worker) => {
        if (next < tasks.length) worker.postMessage(tasks[next++]);
      };
      for (const worker of workers) {
        worker.on('message', (reply: WorkerReply) => {
          if ('error' in reply) errors.set(reply.index, reply.error);
          else points[reply.index] = reply.point;
          // Counted apart from the call: `onProgress?.(++done)` would skip the increment without a callback.
          done += 1;
          onProgress?.(done, tasks.length);
          if (done === tasks.length) resolve();
          else feed(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (done < tasks.length) reject(new Error(`a sweep worker thread stopped with exit code ${code} before the sweep was done`));
        });
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  const firstFailure = [...errors.keys()].sort((a, b) => a - b)[0];
  if (firstFailure !== undefined) throw deserialiseError(errors.get(firstFailure)!);
  return points;
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
  const tasks: SweepTask[] = spec.values.map((value, index) => ({
    index,
    scenarioPath,
    key: spec.key,
    value,
    engine: options.engine,
    timeLimitSeconds: options.timeLimitSeconds,
    allowOutside: options.allowOutside,
  }));
  const points =
    options.jobs <= 1 || tasks.length <= 1
      ? await solveInThisThread(tasks, options.onProgress)
      : await solveOnWorkers(tasks, options.jobs, options.onProgress);
  return { key: spec.key, scenario: readScenarioFile(scenarioPath, undefined, paths).scenario.name, points, steps: marginalSteps(points) };
}
