import { describe, expect, it } from 'vitest';
import { solveEngines } from '../../src/engines/solve-engines.js';
import { prestartEngineWorker, WorkerEngine } from '../../src/engines/worker-engine.js';
import type { MipModel } from '../../src/mip/model.js';

/** max 5a + 4b + 3c subject to 2a + 3b + c <= 4, binaries: the optimum is a + c = 8. */
const KNAPSACK: MipModel = {
  variables: ['a', 'b', 'c'].map((name) => ({ name, lower: 0, upper: 1, integer: true })),
  constraints: [{ name: 'c0', indices: [0, 1, 2], coefficients: [2, 3, 1], max: 4 }],
  objective: { sense: 'max', indices: [0, 1, 2], coefficients: [5, 4, 3] },
};

describe('a prestarted engine worker', () => {
  it('is adopted by the next engine of the same kind and solves as a fresh one', async () => {
    prestartEngineWorker('highs');
    const engine = new WorkerEngine('highs');
    try {
      const result = await engine.solve(KNAPSACK, { timeLimitSeconds: 10 });
      expect(result.termination).toBe('optimal');
      expect(result.solution?.objective).toBe(8);
      expect(engine.workersStarted).toBe(1);
    } finally {
      await engine.close();
    }
  });

  it('is not adopted by an engine started without its injected fault', async () => {
    // If the plain engine took this worker, every solve would crash and the result would be an error.
    prestartEngineWorker('highs', 'crash');
    const engine = new WorkerEngine('highs');
    try {
      const result = await engine.solve(KNAPSACK, { timeLimitSeconds: 10 });
      expect(result.termination).toBe('optimal');
      expect(engine.workersStarted).toBe(1);
    } finally {
      await engine.close();
    }
    const faulty = new WorkerEngine('highs', { fault: 'crash' });
    try {
      expect((await faulty.solve(KNAPSACK, { timeLimitSeconds: 10 })).termination).toBe('error');
    } finally {
      await faulty.close();
    }
  });

  it('goes to the engine that solves, not to an extra engine of the explanation', async () => {
    const thread = prestartEngineWorker('highs');
    const engines = solveEngines('highs', {}, { explain: true });
    try {
      const [solving, ...more] = engines.workers;
      expect(solving!.threadId).toBe(thread);
      expect(more.map((engine) => engine.threadId)).not.toContain(thread);
      expect((await engines.engine.solve(KNAPSACK, { timeLimitSeconds: 10 })).solution?.objective).toBe(8);
      expect(solving!.workersStarted).toBe(1);
    } finally {
      await engines.close();
    }
  });
});
