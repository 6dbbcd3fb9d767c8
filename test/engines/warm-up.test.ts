import { describe, expect, it, vi } from 'vitest';
import { WorkerEngine } from '../../src/engines/worker-engine.js';
import { solveEngineSetup, startWorkerEngines } from '../../src/engines/worker-engines.js';
import type { MipModel } from '../../src/mip/model.js';
import { faultyWorkerScript } from '../support/engine-fault-worker.js';

/** max 5a + 4b + 3c subject to 2a + 3b + c <= 4, binaries: the optimum is a + c = 8. */
const KNAPSACK: MipModel = {
  variables: ['a', 'b', 'c'].map((name) => ({ name, lower: 0, upper: 1, integer: true })),
  constraints: [{ name: 'c0', indices: [0, 1, 2], coefficients: [2, 3, 1], max: 4 }],
  objective: { sense: 'max', indices: [0, 1, 2], coefficients: [5, 4, 3] },
};

/** The same rows with room for everything: the optimum is 12. */
const LOOSE: MipModel = { ...KNAPSACK, constraints: [{ ...KNAPSACK.constraints[0]!, max: 6 }] };

describe('a worker engine warmed up with a model', () => {
  it('answers the next solve with that solve’s own result, not the warm-up’s', async () => {
    const engine = new WorkerEngine('highs');
    try {
      engine.warmUp(LOOSE);
      const result = await engine.solve(KNAPSACK, { timeLimitSeconds: 10 });
      expect(result.termination).toBe('optimal');
      expect(result.solution?.objective).toBe(8);
      expect((await engine.solve(LOOSE, { timeLimitSeconds: 10 })).solution?.objective).toBe(12);
      expect(engine.workersStarted).toBe(1);
    } finally {
      await engine.close();
    }
  });

  it('injects no fault in the warm-up: only real solves crash', async () => {
    // Each real solve crashes, once and on its retry: two workers. A crashing warm-up would cost a third.
    // A long grace period, so that a warm-up slowed down by a busy machine is not stopped (which would cost a worker too).
    const engine = new WorkerEngine('highs', { workerScript: faultyWorkerScript('crash'), graceSeconds: 60 });
    try {
      engine.warmUp(KNAPSACK);
      expect((await engine.solve(KNAPSACK, { timeLimitSeconds: 10 })).termination).toBe('error');
      expect(engine.workersStarted).toBe(2);
    } finally {
      await engine.close();
    }
  });

  it('can be closed while warming up', async () => {
    const engine = new WorkerEngine('highs');
    engine.warmUp(KNAPSACK);
    await engine.close();
    expect(engine.threadId).toBeUndefined();
  });
});

describe('the worker engines of a solve', () => {
  it('warm the further engines up on the first model only for exact counterfactual solves (--explain full)', async () => {
    expect(solveEngineSetup('fast')).toEqual({ count: 1, warmUpMore: false });
    expect(solveEngineSetup('full').warmUpMore).toBe(true);
    expect(solveEngineSetup('auto').warmUpMore).toBe(false);
    for (const warmUpMore of [true, false]) {
      const warmUp = vi.spyOn(WorkerEngine.prototype, 'warmUp');
      const engines = startWorkerEngines('highs', { count: 2, warmUpMore });
      try {
        await engines.engine.solve(KNAPSACK, { timeLimitSeconds: 10 });
        // Every engine starts its thread (a warm-up without a model); only a warm-up with one solves.
        const withModel = warmUp.mock.calls.filter(([model]) => model !== undefined);
        expect(withModel).toHaveLength(warmUpMore ? 1 : 0);
      } finally {
        warmUp.mockRestore();
        await engines.close();
      }
    }
  });
});
