/**
 * The worker-thread side of the engine runner: it owns one engine instance
 * (for HiGHS, one WASM runtime) and answers one solve request at a time. A
 * thrown error (a WASM abort included) is reported as a crash; the runner
 * then discards this worker, since a trapped WASM instance cannot be trusted.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createEngine } from './registry.js';
import type { EngineWorkerData, SolveReplyMessage, SolveRequestMessage } from './worker-protocol.js';

const port = parentPort;
if (!port) throw new Error('engine-worker.js must run in a worker thread');
const data = workerData as EngineWorkerData;
const engine = createEngine(data.engine);

/** Spins like an engine that ignores its time limit; only terminating the worker ends it. */
function spinForever(): never {
  for (;;) {
    // Deliberately empty: a busy WASM loop does not yield either.
  }
}

/** Looks like the `RuntimeError` a WASM trap or an Emscripten abort() throws. */
class InjectedTrap extends Error {
  override readonly name = 'RuntimeError';
}

function injectFault(request: SolveRequestMessage): void {
  const { fault } = data;
  if (request.warmUp) return;
  const first = request.solveIndex === 0 && request.attempt === 1;
  if (fault === 'exit-once' && first) process.exit(70);
  if (fault === 'hang' || (fault === 'hang-after-first' && request.solveIndex > 0)) spinForever();
  if (fault === 'crash' || (fault === 'crash-once' && first)) {
    throw new InjectedTrap('unreachable (injected fault)');
  }
}

port.on('message', (request: SolveRequestMessage) => {
  const reply = (message: SolveReplyMessage) => port.postMessage(message);
  void (async () => {
    try {
      injectFault(request);
      const result = await engine.solve(request.model, request.options);
      reply({ kind: 'result', result });
    } catch (error) {
      reply({ kind: 'crash', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    }
  })();
});
