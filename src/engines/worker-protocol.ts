import type { MipModel } from '../mip/model.js';
import type { EngineResult, SolveOptions } from '../mip/engine.js';

/**
 * A fault the worker injects on purpose, so the fault paths of the runner can
 * be tested end to end with the real worker script:
 * - `crash`: every solve aborts like a WASM trap (`RuntimeError: unreachable`);
 * - `crash-once`: only the first attempt of the first solve aborts;
 * - `exit-once`: the first attempt of the first solve ends the worker thread abruptly (as an
 *   Emscripten runtime does when it quits), without a reply;
 * - `hang`: every solve spins forever, ignoring its time limit;
 * - `hang-after-first`: the first solve runs normally, later ones spin forever.
 */
export type EngineFault = 'crash' | 'crash-once' | 'exit-once' | 'hang' | 'hang-after-first';

/** Names accepted for `EngineFault`, for validating a value from outside. */
export const ENGINE_FAULTS: readonly EngineFault[] = ['crash', 'crash-once', 'exit-once', 'hang', 'hang-after-first'];

/** What the worker is started with. */
export interface EngineWorkerData {
  /** Engine name as the registry knows it. */
  readonly engine: string;
  readonly fault?: EngineFault;
}

/** One solve, sent to the worker. */
export interface SolveRequestMessage {
  readonly model: MipModel;
  /** Passed to the engine as they are (structured-cloned), so new options need no change here. */
  readonly options: SolveOptions;
  /** How many solves the runner has sent before this one (over every worker it started). */
  readonly solveIndex: number;
  /** 1 for the first try, 2 for the retry on a fresh worker. */
  readonly attempt: number;
  /** A warm-up solve, whose result is dropped: it injects no fault and counts as no solve. */
  readonly warmUp?: boolean;
}

/** The worker's answer: the engine's result, or the fault that stopped the engine. */
export type SolveReplyMessage =
  | { readonly kind: 'result'; readonly result: EngineResult }
  | { readonly kind: 'crash'; readonly message: string };
