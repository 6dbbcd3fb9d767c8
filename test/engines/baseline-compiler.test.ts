import v8 from 'node:v8';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { engineRequestHandler } from '../../src/engines/engine-service.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { WorkerEngine } from '../../src/engines/worker-engine.js';
import type { MipModel } from '../../src/mip/model.js';

/** max 5a + 4b + 3c subject to 2a + 3b + c <= 4, binaries: the optimum is a + c = 8. */
const KNAPSACK: MipModel = {
  variables: ['a', 'b', 'c'].map((name) => ({ name, lower: 0, upper: 1, integer: true })),
  constraints: [{ name: 'c0', indices: [0, 1, 2], coefficients: [2, 3, 1], max: 4 }],
  objective: { sense: 'max', indices: [0, 1, 2], coefficients: [5, 4, 3] },
};

/** A model of `columns` free columns and no rows. */
const wide = (columns: number): MipModel => ({
  variables: Array.from({ length: columns }, (_, index) => ({ name: `x${index}`, lower: 0, upper: 1, integer: false })),
  constraints: [],
  objective: { sense: 'max', indices: [], coefficients: [] },
});

/** A worker script that answers each request with what it was asked to compile with, instead of solving. */
const ECHO_COMPILER = new URL(
  `data:text/javascript,${encodeURIComponent(
    "import { parentPort } from 'node:worker_threads';\n" +
      "parentPort.on('message', (r) => parentPort.postMessage({ kind: 'result', result: { termination: 'error', seconds: 0, message: String(r.baselineCompiler) } }));",
  )}`,
);

const askedCompiler = async (engine: string, models: readonly MipModel[]) => {
  const runner = new WorkerEngine(engine, { workerScript: ECHO_COMPILER });
  try {
    const answers: (string | undefined)[] = [];
    for (const model of models) answers.push((await runner.solve(model, { timeLimitSeconds: 10 })).message);
    return answers;
  } finally {
    await runner.close();
  }
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe("V8's baseline compiler for the engine", () => {
  it('is never switched on for an engine that solves in the caller’s thread', async () => {
    const setFlags = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => undefined);
    const result = await new HighsEngine().solve(KNAPSACK, { timeLimitSeconds: 10 });
    expect(result.solution?.objective).toBe(8);
    expect(setFlags).not.toHaveBeenCalled();
  });

  it('is switched on by an engine worker before its first solve, when its runner asks for it', async () => {
    const setFlags = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => undefined);
    const asked = engineRequestHandler({ engine: 'jslp' });
    for (let solveIndex = 0; solveIndex < 2; solveIndex++) {
      const reply = await asked({ model: KNAPSACK, options: { timeLimitSeconds: 10 }, solveIndex, attempt: 1, baselineCompiler: true });
      expect(reply).toMatchObject({ kind: 'result', result: { solution: { objective: 8 } } });
    }
    expect(setFlags.mock.calls).toEqual([['--liftoff-only']]);
    const notAsked = engineRequestHandler({ engine: 'jslp' });
    await notAsked({ model: KNAPSACK, options: { timeLimitSeconds: 10 }, solveIndex: 0, attempt: 1, baselineCompiler: false });
    // Too late once the engine has compiled: a later request cannot switch it on.
    await notAsked({ model: KNAPSACK, options: { timeLimitSeconds: 10 }, solveIndex: 1, attempt: 1, baselineCompiler: true });
    expect(setFlags).toHaveBeenCalledTimes(1);
  });

  it('is what the runner asks for when its first model is a small one for HiGHS, and kept for later models', async () => {
    expect(await askedCompiler('highs', [KNAPSACK, wide(3001)])).toEqual(['true', 'true']);
    expect(await askedCompiler('highs', [wide(3001), KNAPSACK])).toEqual(['false', 'false']);
    expect(await askedCompiler('highs', [wide(3000)])).toEqual(['true']);
    // javascript-lp-solver is plain JavaScript: there is no WebAssembly to compile.
    expect(await askedCompiler('jslp', [KNAPSACK])).toEqual(['false']);
  });
});
