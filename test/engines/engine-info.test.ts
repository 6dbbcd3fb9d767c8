import { describe, expect, it } from 'vitest';
import { ENGINE_NAMES, engineInfo, UnknownEngineError } from '../../src/engines/engine-info.js';
import { createEngine } from '../../src/engines/registry.js';
import { WorkerEngine } from '../../src/engines/worker-engine.js';

describe('engine identity without loading the engine', () => {
  it('matches what each engine reports of itself', () => {
    for (const name of ENGINE_NAMES) {
      const engine = createEngine(name);
      expect(engineInfo(name)).toMatchObject({ name: engine.name, version: engine.version, generalIntegers: engine.generalIntegers });
      const runner = new WorkerEngine(name);
      expect(engineInfo(name)).toMatchObject({ name: runner.name, version: runner.version, generalIntegers: runner.generalIntegers });
    }
  });

  it("rejects an unknown engine with the registry's error, in the caller's thread", () => {
    expect(() => engineInfo('cplex')).toThrow(UnknownEngineError);
    expect(() => new WorkerEngine('cplex')).toThrow('unknown engine "cplex"; choose one of: highs, jslp');
    expect(() => createEngine('cplex')).toThrow('unknown engine "cplex"; choose one of: highs, jslp');
  });
});
