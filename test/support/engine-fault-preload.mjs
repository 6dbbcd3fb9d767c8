/**
 * Preloaded with `node --import` when the CLI runs under a fault test: Node
 * runs it in every worker thread too, where it makes the engine worker inject
 * the fault named by EXPERTPOOL_TEST_ENGINE_FAULT (see engine-faults.mjs).
 * The main thread and other workers are left alone.
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { injectEngineFault } from './engine-faults.mjs';

const fault = process.env.EXPERTPOOL_TEST_ENGINE_FAULT;
if (!isMainThread && fault && typeof workerData?.engine === 'string') injectEngineFault(fault);
