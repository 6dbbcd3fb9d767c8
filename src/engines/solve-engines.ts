import { availableParallelism } from 'node:os';
import type { MipEngine } from '../mip/engine.js';
import { WorkerEngine, type WorkerEngineOptions } from './worker-engine.js';

/** Each engine's worker holds its own WASM runtime (tens of MB); more than this many buys little for an explanation. */
const MAX_MORE_ENGINES = 3;

/**
 * Worker engines for the further cores, for the counterfactual solves of an
 * explanation (one per core beyond the first, at most MAX_MORE_ENGINES). Their
 * threads start now, so they boot while the main solve runs. None on one core.
 */
function moreWorkerEngines(engine: string, options: WorkerEngineOptions): WorkerEngine[] {
  const count = Math.min(MAX_MORE_ENGINES, availableParallelism() - 1);
  return Array.from({ length: Math.max(0, count) }, () => {
    const more = new WorkerEngine(engine, options);
    more.warmUp();
    return more;
  });
}

/** The engines of one solve and its explanation, closed together. */
export interface SolveEngines {
  /** Solves the round; its first model warms the other engines up. */
  readonly engine: MipEngine;
  /** For the counterfactual solves, beside `engine`. */
  readonly moreEngines: readonly MipEngine[];
  /** Every worker engine: the solve's first, then those of `moreEngines`. */
  readonly workers: readonly WorkerEngine[];
  /** Ends every engine's worker. */
  close(): Promise<void>;
}

/**
 * A worker engine for the solve and, with `explain`, one per further core for
 * the explanation. While the first engine solves its first model, the others
 * solve that same model briefly to warm up, on cores that would be idle: their
 * first counterfactual solve then runs on a loaded, compiled engine.
 */
export function solveEngines(engineName: string, options: WorkerEngineOptions, { explain }: { readonly explain: boolean }): SolveEngines {
  const main = new WorkerEngine(engineName, options);
  // First, so that the solve's engine adopts the worker prestarted while the round was read.
  main.warmUp();
  const more = explain ? moreWorkerEngines(engineName, options) : [];
  let warmed = false;
  const engine: MipEngine = {
    name: main.name,
    version: main.version,
    generalIntegers: main.generalIntegers,
    solve(model, solveOptions) {
      if (!warmed) for (const each of more) each.warmUp(model);
      warmed = true;
      return main.solve(model, solveOptions);
    },
  };
  return {
    engine,
    moreEngines: more,
    workers: [main, ...more],
    close: async () => {
      await Promise.all([main, ...more].map((each) => each.close()));
    },
  };
}
