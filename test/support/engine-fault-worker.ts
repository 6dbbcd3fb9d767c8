import { engineWorkerUrl } from '../../src/engines/engine-thread.js';

/** The engine faults the test worker scripts inject; see engine-faults.mjs. */
export type EngineFault = 'crash' | 'crash-once' | 'exit-once' | 'hang' | 'hang-after-first';

/**
 * A worker script (for WorkerEngineOptions.workerScript) that runs the
 * production engine worker with `fault` injected into its message handler.
 * A data: URL, as a worker gets no arguments besides its workerData.
 */
export function faultyWorkerScript(fault: EngineFault): URL {
  const faults = new URL('./engine-faults.mjs', import.meta.url).href;
  const source = [
    `import { injectEngineFault } from ${JSON.stringify(faults)};`,
    `injectEngineFault(${JSON.stringify(fault)});`,
    `await import(${JSON.stringify(engineWorkerUrl().href)});`,
  ].join('\n');
  return new URL(`data:text/javascript,${encodeURIComponent(source)}`);
}
