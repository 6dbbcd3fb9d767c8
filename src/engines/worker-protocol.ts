import type { MipModel } from '../mip/model.js';
import type { BoundChange, EngineResult, ProbeOptions, ProbeResults, SolveOptions } from '../mip/engine.js';

/** What the worker is started with. */
export interface EngineWorkerData {
  /** Engine name as the registry knows it. */
  readonly engine: string;
}

/** What a request asks of the engine: a solve, or probes of the model's LP relaxation (MipEngine.probeRelaxation). */
type EngineTask =
  | {
      /** Passed to the engine as they are (structured-cloned), so new options need no change here. */
      readonly options: SolveOptions;
      readonly probes?: undefined;
    }
  | { readonly options: ProbeOptions; readonly probes: readonly (readonly BoundChange[])[] };

/** One solve (or set of probes), sent to the worker. */
export type SolveRequestMessage = EngineTask & {
  readonly model: MipModel;
  /** How many solves the runner has sent before this one (over every worker it started); -1 for a warm-up. */
  readonly solveIndex: number;
  /** 1 for the first try, 2 for the retry on a fresh worker. */
  readonly attempt: number;
  /** A warm-up solve, whose result is dropped. */
  readonly warmUp?: boolean;
  /**
   * Compile the engine's WebAssembly with V8's baseline compiler only
   * (Liftoff), as the runner decided from the size of its first model. The
   * worker applies it before its engine compiles, i.e. at its first solve.
   */
  readonly baselineCompiler: boolean;
};

/** The worker's answer: the engine's result, or the fault that stopped the engine. */
export type SolveReplyMessage =
  | { readonly kind: 'result'; readonly result: EngineResult }
  | { readonly kind: 'probed'; readonly result: ProbeResults }
  | { readonly kind: 'crash'; readonly message: string };
