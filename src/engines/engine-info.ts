/**
 * What the caller's thread needs to know of an engine without loading it: names, versions and
 * capabilities. The engines themselves (HiGHS's WASM loader, javascript-lp-solver) load only where
 * they solve, in the worker thread; importing them in the CLI's thread only delayed its start.
 */

/** Engine names the CLI and library accept. */
export const ENGINE_NAMES = ['highs', 'jslp'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/** The engine the commands use unless `--engine` names another. */
export const DEFAULT_ENGINE: EngineName = 'highs';

/** Thrown for an engine name that does not exist: there is no silent fallback. */
export class UnknownEngineError extends Error {
  override readonly name = 'UnknownEngineError';

  /** `engine` is the name asked for; the CLI words the message in the command's language. */
  constructor(readonly engine: string) {
    super(`unknown engine "${engine}"; choose one of: ${ENGINE_NAMES.join(', ')}`);
  }
}

/** An engine's identity and capabilities, as `MipEngine` reports them. */
export interface EngineInfo {
  readonly name: EngineName;
  readonly version: string;
  /** Whether the engine solves models with general (non-binary) integer columns reliably. */
  readonly generalIntegers: boolean;
  /** Whether the engine runs as WebAssembly, which V8 compiles at the engine's first solve. */
  readonly webAssembly: boolean;
  /** Whether the engine probes LP relaxations (MipEngine.probeRelaxation). */
  readonly relaxationProbes: boolean;
}

/** The pinned `highs` package version (HiGHS compiled to WebAssembly). */
export const HIGHS_VERSION = '1.15.3';

/** The pinned `javascript-lp-solver` package version. */
export const JSLP_VERSION = '1.0.3';

const ENGINES: Readonly<Record<EngineName, EngineInfo>> = {
  highs: { name: 'highs', version: HIGHS_VERSION, generalIntegers: true, webAssembly: true, relaxationProbes: true },
  // Seen on the example round: with the expert-count budget columns it called a
  // model infeasible that the previous tier's point satisfies.
  jslp: { name: 'jslp', version: JSLP_VERSION, generalIntegers: false, webAssembly: false, relaxationProbes: false },
};

/** The named engine's identity; an unknown name is an error. */
export function engineInfo(name: string): EngineInfo {
  if (!(ENGINE_NAMES as readonly string[]).includes(name)) {
    throw new UnknownEngineError(name);
  }
  return ENGINES[name as EngineName];
}
