import { availableParallelism } from 'node:os';
import { WorkerEngine, type WorkerEngineOptions } from '../engines/worker-engine.js';

/** Each engine's worker holds its own WASM runtime (tens of MB); more than this many buys little for an explanation. */
const MAX_MORE_ENGINES = 3;

/**
 * Worker engines for the further cores, for the counterfactual solves of an
 * explanation (one per core beyond the first, at most MAX_MORE_ENGINES). Their
 * threads start now, so they boot while the main solve runs. None on one core.
 */
export function moreWorkerEngines(engine: string, options: WorkerEngineOptions): WorkerEngine[] {
  const count = Math.min(MAX_MORE_ENGINES, availableParallelism() - 1);
  return Array.from({ length: Math.max(0, count) }, () => {
    const more = new WorkerEngine(engine, options);
    more.warmUp();
    return more;
  });
}
