import { describe, expect, it } from 'vitest';
import { PrestartedWorker } from '../../src/engines/engine-thread.js';
import { WorkerEngine } from '../../src/engines/worker-engine.js';
import { startWorkerEngines } from '../../src/engines/worker-engines.js';
import type { MipModel } from '../../src/mip/model.js';
import { faultyWorkerScript } from '../support/engine-fault-worker.js';

/** max 5a + 4b + 3c subject to 2a + 3b + c <= 4, binaries: the optimum is a + c = 8. */
const KNAPSACK: MipModel = {
  variables: ['a', 'b', 'c'].map((name) => ({ name, lower: 0, upper: 1, integer: true })),
  constraints: [{ name: 'c0', indices: [0, 1, 2], coefficients: [2, 3, 1], max: 4 }],
  objective: { sense: 'max', indices: [0, 1, 2], coefficients: [5, 4, 3] },
};

describe('a prestarted engine worker', () => {
  it('is adopted by the engine it is handed to and solves as a fresh one', async () => {
    const prestarted = new PrestartedWorker('highs');
    const thread = prestarted.threadId;
    const engine = new WorkerEngine('highs', { prestarted });
    try {
      const result = await engine.solve(KNAPSACK, { timeLimitSeconds: 10 });
      expect(result.termination).toBe('optimal');
      expect(result.solution?.objective).toBe(8);
      expect(engine.workersStarted).toBe(1);
      expect(engine.threadId).toBe(thread);
      expect(prestarted.threadId).toBeUndefined();
    } finally {
      await engine.close();
    }
  });

  it('is not adopted by an engine of another worker script or another engine', async () => {
    // If the plain engine took this worker, every solve would crash and the result would be an error.
    const faulty = new PrestartedWorker('highs', faultyWorkerScript('crash'));
    const jslp = new PrestartedWorker('jslp');
    for (const prestarted of [faulty, jslp]) {
      const engine = new WorkerEngine('highs', { prestarted });
      try {
        expect((await engine.solve(KNAPSACK, { timeLimitSeconds: 10 })).termination).toBe('optimal');
        expect(engine.threadId).not.toBe(prestarted.threadId);
      } finally {
        await engine.close();
      }
      // Still waiting for an engine of its own kind.
      expect(prestarted.threadId).toBeDefined();
    }
    const crashing = new WorkerEngine('highs', { workerScript: faulty.script, prestarted: faulty });
    try {
      expect((await crashing.solve(KNAPSACK, { timeLimitSeconds: 10 })).termination).toBe('error');
    } finally {
      await crashing.close();
    }
  });

  it('goes to the engine that solves, not to an extra engine of the explanation', async () => {
    const prestarted = new PrestartedWorker('highs');
    const thread = prestarted.threadId;
    const engines = startWorkerEngines('highs', { count: 3, prestarted });
    try {
      const [solving, ...more] = engines.workers;
      expect(solving!.threadId).toBe(thread);
      expect(more).toHaveLength(2);
      expect(more.map((engine) => engine.threadId)).not.toContain(thread);
      expect((await engines.engine.solve(KNAPSACK, { timeLimitSeconds: 10 })).solution?.objective).toBe(8);
      expect(solving!.workersStarted).toBe(1);
    } finally {
      await engines.close();
    }
  });
});
