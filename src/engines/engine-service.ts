/**
 * What an engine worker does with each message, apart from the thread it runs
 * in (engine-worker.ts wires it to its parent port): it owns one engine
 * instance (for HiGHS, one WASM runtime) and answers one solve request at a
 * time. A thrown error (a WASM abort included) is answered as a crash; the
 * runner then discards the worker, since a trapped WASM instance cannot be trusted.
 */
import v8 from 'node:v8';
import { createEngine } from './registry.js';
import type { EngineWorkerData, SolveReplyMessage, SolveRequestMessage } from './worker-protocol.js';

/** Answers the solve requests of one worker thread, for the engine it was started with. */
export function engineRequestHandler(data: EngineWorkerData): (request: SolveRequestMessage) => Promise<SolveReplyMessage> {
  const engine = createEngine(data.engine);
  let solvedBefore = false;
  return async (request) => {
    try {
      if (!solvedBefore && request.baselineCompiler) {
        // Read by V8 when it compiles a WASM module, which the engine does at its first solve: the flag must precede it.
        // V8's flags belong to the process, so only the worker runner, which owns its threads, decides this.
        v8.setFlagsFromString('--liftoff-only');
      }
      solvedBefore = true;
      if (request.probes === undefined) return { kind: 'result', result: await engine.solve(request.model, request.options) };
      if (!engine.probeRelaxation) return { kind: 'crash', message: `the engine ${engine.name} cannot probe a relaxation` };
      return { kind: 'probed', result: await engine.probeRelaxation(request.model, request.probes, request.options) };
    } catch (error) {
      return { kind: 'crash', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
  };
}
