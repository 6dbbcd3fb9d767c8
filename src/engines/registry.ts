import type { MipEngine } from './engine.js';
import { HighsEngine } from './highs-engine.js';
import { JslpEngine } from './jslp-engine.js';

/** Engine names the CLI and library accept. */
export const ENGINE_NAMES = ['highs', 'jslp'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/** Thrown for an engine name that does not exist: there is no silent fallback. */
export class UnknownEngineError extends Error {
  override readonly name = 'UnknownEngineError';
}

/** Creates the named engine; an unknown name is an error. */
export function createEngine(name: string): MipEngine {
  switch (name) {
    case 'highs':
      return new HighsEngine();
    case 'jslp':
      return new JslpEngine();
    default:
      throw new UnknownEngineError(`unknown engine "${name}"; choose one of: ${ENGINE_NAMES.join(', ')}`);
  }
}
