/**
 * Worker thread of a sweep: solves the points the main thread posts, one at
 * a time, and posts each point (or the error that stopped it) back.
 */
import { parentPort } from 'node:worker_threads';
import { serialiseError, type WorkerReply } from './sweep-errors.js';
import { solveSweepTask, type SweepTask } from './sweep-point.js';

const port = parentPort;
if (!port) throw new Error('sweep-worker.js must run as a worker thread');

port.on('message', (task: SweepTask) => {
  solveSweepTask(task).then(
    (point): void => port.postMessage({ index: task.index, point } satisfies WorkerReply),
    (error: unknown): void => port.postMessage({ index: task.index, error: serialiseError(error) } satisfies WorkerReply),
  );
});
