import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { EngineWorkerData } from './worker-protocol.js';

/**
 * The compiled worker script. It sits next to this module in dist/; when this
 * module runs from source (under the test runner) the compiled copy in dist/ is used.
 */
export function engineWorkerUrl(): URL {
  const beside = new URL('./engine-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  const compiled = new URL('../../dist/engines/engine-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(compiled))) return compiled;
  throw new Error(`the engine worker script is missing (${fileURLToPath(beside)}); run "npm run build" first`);
}

/** Starts a worker thread that serves `engine` from `script` (the engine worker, or a script that wraps it). */
export function startEngineThread(engine: string, script: URL): Worker {
  const workerData: EngineWorkerData = { engine };
  return new Worker(script, { workerData });
}

/**
 * An engine worker thread started before the runner that will use it, so
 * that it boots and loads the engine's JavaScript (about 0.1 s) while the
 * caller still reads the round. The caller hands it to the runner
 * (WorkerEngineOptions.prestarted), which adopts it for its first solve if it
 * serves the same engine from the same script. Idle, it does not keep the
 * process alive; one that fails before it is adopted is dropped.
 */
export class PrestartedWorker {
  private worker: Worker | undefined;

  constructor(
    readonly engine: string,
    readonly script: URL = engineWorkerUrl(),
  ) {
    const worker = startEngineThread(engine, script);
    worker.unref();
    // An 'error' event without a listener would throw in the caller's thread.
    const forget = () => {
      if (this.worker === worker) this.worker = undefined;
    };
    worker.on('error', forget).on('exit', forget);
    this.worker = worker;
  }

  /** The thread id of the worker, while it waits to be adopted. */
  get threadId(): number | undefined {
    return this.worker?.threadId;
  }

  /** The worker, if it serves `engine` from `script` and is still alive; it is then no longer this handle's. */
  adopt(engine: string, script: URL): Worker | undefined {
    if (engine !== this.engine || script.href !== this.script.href) return undefined;
    const worker = this.worker;
    this.worker = undefined;
    return worker;
  }
}
