import type { MipEngine } from '../mip/engine.js';
import { HighsEngine } from './highs-engine.js';
import { JslpEngine } from './jslp-engine.js';
import { engineInfo } from './engine-info.js';

/** Creates the named engine; an unknown name is an error. */
export function createEngine(name: string): MipEngine {
  switch (engineInfo(name).name) {
    case 'highs':
      return new HighsEngine();
    case 'jslp':
      return new JslpEngine();
  }
}
