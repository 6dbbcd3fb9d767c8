import type { Worker } from 'node:worker_threads';
import type { MipModel } from '../mip/model.js';
import type { BoundChange, EngineResult, MipEngine, ProbeOptions, ProbeResults, SolveOptions } from '../mip/engine.js';
import { engineInfo } from './engine-info.js';
import { engineWorkerUrl, startEngineThread, type PrestartedWorker } from './engine-thread.js';
import type { SolveReplyMessage, SolveRequestMessage } from './worker-protocol.js';

/** Thrown when the caller's abort signal stops a solve (Ctrl-C): no result exists. */
export class SolveInterrupted extends Error {
  override readonly name = 'SolveInterrupted';
}

export interface WorkerEngineOptions {
  /** Names the scenario in failure messages, e.g. `"Round 2022" (scenario.yaml)`. */
  readonly scenario?: string;
  /** Aborting it terminates the running solve at once and makes `solve` reject with SolveInterrupted. */
  readonly signal?: AbortSignal;
  /** Seconds a solve may run past its time limit before its worker is terminated; by default 1 s + 10 % of the limit, at most 10 s. */
  readonly graceSeconds?: number;
  /**
   * The script each worker thread runs: by default the engine worker beside
   * this module (engine-worker.js). Another script must answer the same
   * protocol (worker-protocol.ts), e.g. a test script that wraps the engine
   * worker to inject faults.
   */
  readonly workerScript?: URL;
  /** A worker started while the caller read its input (see PrestartedWorker): the first worker this runner uses. */
  readonly prestarted?: PrestartedWorker;
}

/** How one attempt on one worker ended. */
type Attempt = SolveReplyMessage | { readonly kind: 'stopped'; readonly seconds: number };

/** Attempts per solve: the first, and one retry on a fresh worker after a crash. */
const ATTEMPTS = 2;

const defaultGrace = (limitSeconds: number) => Math.min(10, 1 + 0.1 * limitSeconds);

/** The longest delay a timer takes (about 24.8 days); a longer one would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Models up to this many columns solve in less CPU time on V8's baseline WASM
 * code (Liftoff) than V8 spends optimising HiGHS's hot functions with
 * TurboFan: measured on the benchmark's realistic round, 0.7-0.9 s of CPU for
 * the whole process instead of 3.4-3.6 s. Long solves of large rounds do
 * better with the optimised code, so they keep V8's default tiering. V8's
 * flags belong to the process, so the runner decides this for the worker
 * threads it owns, from its first model, never an engine in the caller's thread.
 */
const BASELINE_COMPILER_COLUMNS = 3000;

/**
 * How long a warm-up solve may run. Long enough to solve a realistic round's
 * first tier (0.1 s), short enough that a large round's warm-up ends long
 * before the main solve does.
 */
const WARM_UP_SECONDS = 0.3;

/**
 * Runs an engine of the registry in a worker thread, so that a solve can be
 * stopped whatever the engine does: the time limit is enforced by terminating
 * the worker a grace period after it (the engine's own limit usually ends the
 * solve first), an abort signal terminates it at once, and a crash (a WASM
 * abort, an exception, a dead worker) is retried once on a fresh worker before
 * it is reported as an `error` result naming the scenario.
 *
 * One worker is kept between solves and replaced after any fault; it does not
 * keep the process alive while idle. Call `close()` to end it early.
 */
export class WorkerEngine implements MipEngine {
  readonly name: string;
  readonly version: string;
  readonly generalIntegers: boolean;
  private readonly webAssembly: boolean;
  private readonly relaxationProbes: boolean;
  private readonly script: URL;
  private prestarted: PrestartedWorker | undefined;
  private worker: Worker | undefined;
  /** Decided from the first model this runner sends (see BASELINE_COMPILER_COLUMNS), then kept for every worker it starts. */
  private baselineCompiler: boolean | undefined;
  private solves = 0;
  private started = 0;
  /** The warm-up solve in flight, which the first real solve waits for. */
  private warming: Promise<unknown> | undefined;

  /** The thread id of the current worker, if one is running. */
  get threadId(): number | undefined {
    return this.worker?.threadId;
  }

  /** Worker threads started so far: 1 for a run without faults, one more after each crash or hard stop. */
  get workersStarted(): number {
    return this.started;
  }

  constructor(
    private readonly engineName: string,
    private readonly options: WorkerEngineOptions = {},
  ) {
    // The name is validated here, in the caller's thread, with the registry's usual error;
    // the engine itself is loaded only in the worker.
    const inner = engineInfo(engineName);
    this.name = inner.name;
    this.version = inner.version;
    this.generalIntegers = inner.generalIntegers;
    this.webAssembly = inner.webAssembly;
    this.relaxationProbes = inner.relaxationProbes;
    this.script = options.workerScript ?? engineWorkerUrl();
    this.prestarted = options.prestarted;
  }

  async solve(model: MipModel, options: SolveOptions): Promise<EngineResult> {
    const started = performance.now();
    const outcome = await this.run({ model, options });
    if (outcome.kind === 'result') return outcome.result;
    if (outcome.kind === 'stopped') {
      return {
        termination: 'time_limit',
        seconds: outcome.seconds,
        message: `${this.name} did not stop at its time limit; its worker was terminated`,
      };
    }
    if (outcome.kind === 'crashed')
      return { termination: 'error', seconds: (performance.now() - started) / 1000, message: outcome.message };
    return { termination: 'error', seconds: (performance.now() - started) / 1000, message: `${this.name} answered a solve with probes` };
  }

  /**
   * The engine's probeRelaxation in the worker, with the same hard stop and
   * crash retry as a solve; a stop or crash fails every probe (`limit`,
   * `error`). Only where the engine itself can probe (see engineInfo).
   */
  get probeRelaxation(): MipEngine['probeRelaxation'] {
    if (!this.relaxationProbes) return undefined;
    return async (model: MipModel, probes: readonly (readonly BoundChange[])[], options: ProbeOptions): Promise<ProbeResults> => {
      const started = performance.now();
      const outcome = await this.run({ model, options, probes });
      if (outcome.kind === 'probed') return outcome.result;
      // A stop, a crash (or an answer of the wrong kind) leaves every probe without a result.
      const termination = outcome.kind === 'stopped' ? 'limit' : 'error';
      return { probes: probes.map(() => ({ termination, iterations: 0 })), iterations: 0, seconds: (performance.now() - started) / 1000 };
    };
  }

  /**
   * Sends one request (a solve or probes) to the worker: on a crash once more
   * on a fresh worker. A reply, the hard stop, or the crash of both attempts
   * (with their messages, naming the scenario).
   */
  private async run(
    task: Pick<SolveRequestMessage, 'model' | 'options' | 'probes'>,
  ): Promise<Exclude<Attempt, { kind: 'crash' }> | { readonly kind: 'crashed'; readonly message: string }> {
    // One message at a time on the worker's channel: a warm-up still running is awaited, not raced.
    if (this.warming) await this.warming;
    this.warming = undefined;
    const solveIndex = this.solves++;
    const crashes: string[] = [];
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      // The task is a solve or probes as the caller built it; only the bookkeeping is added.
      const request = { ...task, solveIndex, attempt, baselineCompiler: this.compileFor(task.model) } as SolveRequestMessage;
      const outcome = await this.attempt(request);
      if (outcome.kind !== 'crash') return outcome;
      crashes.push(outcome.message);
    }
    const scenario = this.options.scenario ? ` while solving scenario ${this.options.scenario}` : '';
    return {
      kind: 'crashed',
      message: `the engine crashed${scenario}, also when retried on a fresh instance (${crashes.join('; then: ')})`,
    };
  }

  /**
   * Starts the worker thread now, so that it boots while other work runs (it
   * would otherwise start at the first solve). Idle, it does not keep the
   * process alive. With a model, the worker also solves it for at most
   * WARM_UP_SECONDS and drops the result: the engine's runtime is then loaded
   * and its code compiled for models of that kind before the first real solve
   * (for HiGHS, 0.1-0.15 s of a realistic round's first counterfactual solve).
   */
  warmUp(model?: MipModel): void {
    const worker = this.worker ?? this.startWorker();
    if (!model || this.warming) {
      worker.unref();
      return;
    }
    const request: SolveRequestMessage = {
      model,
      options: { timeLimitSeconds: WARM_UP_SECONDS },
      solveIndex: -1,
      attempt: 1,
      warmUp: true,
      baselineCompiler: this.compileFor(model),
    };
    // A warm-up that crashes or hangs loses only its worker; the next solve starts a fresh one.
    this.warming = this.attempt(request).catch(() => undefined);
  }

  /** Terminates the worker, if one is running. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (!worker) return;
    // An idle worker is unref'd; its exit event would then not keep the event loop alive, and the
    // process could end with this promise pending (Node's exit code 13, an unsettled top-level await).
    worker.ref();
    await worker.terminate();
  }

  /** Whether the workers compile the engine with the baseline compiler only, decided once, from the first model. */
  private compileFor(model: MipModel): boolean {
    this.baselineCompiler ??= this.webAssembly && model.variables.length <= BASELINE_COMPILER_COLUMNS;
    return this.baselineCompiler;
  }

  private startWorker(): Worker {
    // A prestarted worker serves the first worker this runner needs, or none.
    const prestarted = this.prestarted?.adopt(this.engineName, this.script);
    this.prestarted = undefined;
    const worker = prestarted ?? startEngineThread(this.engineName, this.script);
    this.started++;
    // An idle worker that fails or ends is dropped, never reused; an 'error' event without a listener would throw here.
    const forget = () => {
      if (this.worker === worker) this.worker = undefined;
    };
    worker.on('error', forget).on('exit', forget);
    this.worker = worker;
    return worker;
  }

  private discard(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
    void worker.terminate();
  }

  /** Sends one solve to the worker and waits for its reply, a crash, the hard stop or the abort. */
  private attempt(request: SolveRequestMessage): Promise<Attempt> {
    const { signal } = this.options;
    if (signal?.aborted) return Promise.reject(new SolveInterrupted('the solve was interrupted'));
    const worker = this.worker ?? this.startWorker();
    const started = performance.now();
    const limit = request.options.timeLimitSeconds;
    const grace = this.options.graceSeconds ?? defaultGrace(limit);
    return new Promise<Attempt>((resolve, reject) => {
      let settled = false;
      const finish = (outcome: Attempt | Error, keepWorker: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(hardStop);
        signal?.removeEventListener('abort', onAbort);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        // A worker that close() took away (e.g. during a warm-up) is being terminated: its ref belongs to close().
        if (keepWorker) {
          if (this.worker === worker) worker.unref();
        } else this.discard(worker);
        if (outcome instanceof Error) reject(outcome);
        else resolve(outcome);
      };
      const onMessage = (reply: SolveReplyMessage) => finish(reply, reply.kind !== 'crash');
      const onError = (error: Error) => finish({ kind: 'crash', message: `${error.name}: ${error.message}` }, false);
      const onExit = (code: number) => finish({ kind: 'crash', message: `the engine worker exited with code ${code}` }, false);
      const onAbort = () => finish(new SolveInterrupted('the solve was interrupted'), false);
      const hardStop = setTimeout(
        () => finish({ kind: 'stopped', seconds: (performance.now() - started) / 1000 }, false),
        Math.min((limit + grace) * 1000, MAX_TIMER_MS),
      );
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.ref();
      worker.postMessage(request);
    });
  }
}
