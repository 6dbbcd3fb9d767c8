/**
 * Test-only fault injection for the engine runner's worker threads. It wraps
 * the production engine worker's message handler (engine-worker.js answers
 * on its parent port), so the runner's fault paths are tested end to end
 * with the real worker script, and no fault code ships in production:
 *
 * - `crash`: every solve answers like a WASM trap (`RuntimeError: unreachable`);
 * - `crash-once`: only the first attempt of the runner's first solve does;
 * - `exit-once`: the first attempt of the first solve ends the worker thread
 *   abruptly (as an Emscripten runtime does when it quits), without an answer;
 * - `hang`: every solve spins forever, ignoring its time limit;
 * - `hang-after-first`: the first solve runs normally, later ones spin forever.
 *
 * Warm-up solves are never faulted. Two ways in: a runner's `workerScript`
 * (faultyWorkerScript in engine-fault-worker.ts), or, for the CLI, Node's
 * `--import` of engine-fault-preload.mjs (see cli-process.ts).
 */
import { parentPort } from 'node:worker_threads';

export const ENGINE_FAULTS = ['crash', 'crash-once', 'exit-once', 'hang', 'hang-after-first'];

/** Spins like an engine that ignores its time limit; only terminating the worker ends it. */
function spinForever() {
  for (;;) {
    // Deliberately empty: a busy WASM loop does not yield either.
  }
}

/**
 * Makes this worker thread's message handler, registered after this call,
 * inject `fault` before it solves. Returns false outside a worker thread.
 */
export function injectEngineFault(fault) {
  if (!parentPort) return false;
  if (!ENGINE_FAULTS.includes(fault)) throw new Error(`unknown engine fault "${fault}"; choose one of: ${ENGINE_FAULTS.join(', ')}`);
  const port = parentPort;
  const on = port.on.bind(port);
  port.on = (event, listener) => {
    if (event !== 'message') return on(event, listener);
    return on(event, (request) => {
      if (request.warmUp) return listener(request);
      const first = request.solveIndex === 0 && request.attempt === 1;
      if (fault === 'exit-once' && first) process.exit(70);
      if (fault === 'hang' || (fault === 'hang-after-first' && request.solveIndex > 0)) spinForever();
      if (fault === 'crash' || (fault === 'crash-once' && first)) {
        port.postMessage({ kind: 'crash', message: 'RuntimeError: unreachable (injected fault)' });
        return undefined;
      }
      return listener(request);
    });
  };
  return true;
}
