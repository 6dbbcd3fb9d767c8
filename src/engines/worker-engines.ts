import { availableParallelism } from 'node:os';
import type { MipEngine } from '../mip/engine.js';
import { WorkerEngine, type WorkerEngineOptions } from './worker-engine.js';

/** Each engine's worker holds its own WASM runtime (tens of MB); more than this many buys little for an explanation. */
const MAX_MORE_ENGINES = 3;

/**
 * The worker engines of a solve explained as `explain` says (`auto`, `full`
 * or `fast`): one, and with an explanation one per further core (at most
 * MAX_MORE_ENGINES more) for its probes and counterfactual solves, which then
 * run side by side. Only exact counterfactual solves (`full`) want the
 * further engines warmed up on the first model: the default explanation's
 * first work on them is LP probes after the first tier, and a warm-up would
 * only take a core from the first solve.
 */
export function solveEngineSetup(explain: string): Pick<WorkerEnginesOptions, 'count' | 'warmUpMore'> {
  const more = explain === 'fast' ? 0 : Math.max(0, Math.min(MAX_MORE_ENGINES, availableParallelism() - 1));
  return { count: 1 + more, warmUpMore: explain === 'full' };
}

export interface WorkerEnginesOptions extends WorkerEngineOptions {
  /** How many worker engines to start (at least one). */
  readonly count: number;
  /** Whether the further engines warm up on the first model (default true; see solveEngineSetup). */
  readonly warmUpMore?: boolean;
}

/** A set of worker engines of one engine kind, closed together. */
export interface WorkerEngines {
  /** The first engine; the first model it solves warms the others up. */
  readonly engine: MipEngine;
  /** The others, for solves beside the first (counterfactual solves, sweep points). */
  readonly moreEngines: readonly MipEngine[];
  /** Every worker engine, the first one first. */
  readonly workers: readonly WorkerEngine[];
  /** Ends every engine's worker. */
  close(): Promise<void>;
}

/**
 * Starts `count` worker engines (each a worker thread with the hard stop and
 * crash retry of WorkerEngine): how every command runs its solves. Their
 * threads start now, so they boot while other work runs; the first adopts
 * the caller's prestarted worker, if any. While the first engine solves its
 * first model, the others solve that same model briefly to warm up, on cores
 * that would be idle: their first real solve then runs on a loaded, compiled engine.
 */
export function startWorkerEngines(engineName: string, options: WorkerEnginesOptions): WorkerEngines {
  const { count, prestarted, warmUpMore = true, ...shared } = options;
  // First, so that the first engine adopts the prestarted worker.
  const first = new WorkerEngine(engineName, { ...shared, prestarted });
  first.warmUp();
  const more = Array.from({ length: Math.max(0, count - 1) }, () => {
    const engine = new WorkerEngine(engineName, shared);
    engine.warmUp();
    return engine;
  });
  let warmed = false;
  const engine: MipEngine = {
    name: first.name,
    version: first.version,
    generalIntegers: first.generalIntegers,
    solve(model, solveOptions) {
      if (!warmed && warmUpMore) for (const each of more) each.warmUp(model);
      warmed = true;
      return first.solve(model, solveOptions);
    },
    probeRelaxation: first.probeRelaxation,
  };
  return {
    engine,
    moreEngines: more,
    workers: [first, ...more],
    close: async () => {
      await Promise.all([first, ...more].map((each) => each.close()));
    },
  };
}
