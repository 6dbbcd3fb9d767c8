import { describe, expect, it } from 'vitest';
import { WorkerEngine } from '../../src/engines/worker-engine.js';
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
