/**
 * The worker-thread entry of the engine runner (see worker-engine.ts): it
 * answers each solve request on its parent port (see engine-service.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { engineRequestHandler } from './engine-service.js';
import type { EngineWorkerData, SolveRequestMessage } from './worker-protocol.js';

const port = parentPort;
if (!port) throw new Error('engine-worker.js must run in a worker thread');
const handle = engineRequestHandler(workerData as EngineWorkerData);

port.on('message', (request: SolveRequestMessage) => {
  void handle(request).then((reply) => port.postMessage(reply));
});
