import { describe, expect, it } from 'vitest';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { UnknownEngineError } from '../../src/engines/engine-info.js';
import { SolveInterrupted, WorkerEngine } from '../../src/engines/worker-engine.js';
import type { MipModel } from '../../src/mip/model.js';
import { faultyWorkerScript } from '../support/engine-fault-worker.js';

/** max 5a + 4b + 3c subject to 2a + 3b + c <= 4, binaries: the optimum is a + c = 8. */
const KNAPSACK: MipModel = {
  variables: ['a', 'b', 'c'].map((name) => ({ name, lower: 0, upper: 1, integer: true })),
  constraints: [{ name: 'c0', indices: [0, 1, 2], coefficients: [2, 3, 1], max: 4 }],
  objective: { sense: 'max', indices: [0, 1, 2], coefficients: [5, 4, 3] },
};

const solveOnce = async (engine: WorkerEngine, timeLimitSeconds = 10) => {
  try {
    return await engine.solve(KNAPSACK, { timeLimitSeconds });
  } finally {
    await engine.close();
  }
};

describe('the worker-thread engine runner', () => {
  it("gives the in-process engine's answer", async () => {
    const inProcess = await new HighsEngine().solve(KNAPSACK, { timeLimitSeconds: 10 });
    const engine = new WorkerEngine('highs');
    const first = await engine.solve(KNAPSACK, { timeLimitSeconds: 10 });
    // The second solve reuses the same worker.
    const second = await engine.solve(KNAPSACK, { timeLimitSeconds: 10, start: first.solution?.values });
    await engine.close();
    expect(engine.workersStarted).toBe(1);
    expect(engine.name).toBe('highs');
    expect(engine.version).toBe(new HighsEngine().version);
    for (const result of [first, second]) {
      expect(result.termination).toBe('optimal');
      expect(result.solution?.objective).toBe(inProcess.solution?.objective);
      expect(Array.from(result.solution!.values)).toEqual(Array.from(inProcess.solution!.values));
    }
  });

  it('runs javascript-lp-solver too', async () => {
    const result = await solveOnce(new WorkerEngine('jslp'));
    expect(result).toMatchObject({ termination: 'optimal', solution: { objective: 8 } });
  });

  it("refuses an unknown engine name in the caller's thread", () => {
    expect(() => new WorkerEngine('cplex')).toThrow(UnknownEngineError);
  });

  it('retries a crash once on a fresh worker', async () => {
    const engine = new WorkerEngine('highs', { workerScript: faultyWorkerScript('crash-once') });
    const first = await engine.solve(KNAPSACK, { timeLimitSeconds: 10 });
    const second = await engine.solve(KNAPSACK, { timeLimitSeconds: 10 });
    await engine.close();
    expect(engine.workersStarted).toBe(2);
    expect(first).toMatchObject({ termination: 'optimal', solution: { objective: 8 } });
    expect(second).toMatchObject({ termination: 'optimal', solution: { objective: 8 } });
  });

  it('retries on a fresh worker when the worker thread dies without a reply', async () => {
    const engine = new WorkerEngine('highs', { workerScript: faultyWorkerScript('exit-once') });
    const result = await solveOnce(engine);
    expect(engine.workersStarted).toBe(2);
    expect(result).toMatchObject({ termination: 'optimal', solution: { objective: 8 } });
  });

  it('reports a crash that also hits the retry as an error naming the scenario', async () => {
    const result = await solveOnce(
      new WorkerEngine('highs', { workerScript: faultyWorkerScript('crash'), scenario: '"Round X" (x.yaml)' }),
    );
    expect(result.termination).toBe('error');
    expect(result.solution).toBeUndefined();
    expect(result.message).toMatch(/crashed while solving scenario "Round X" \(x\.yaml\), also when retried/);
    expect(result.message).toMatch(/RuntimeError: unreachable.*then: RuntimeError: unreachable/);
  });

  it('terminates an engine that ignores its time limit, a grace period after it', async () => {
    const started = performance.now();
    const result = await solveOnce(new WorkerEngine('highs', { workerScript: faultyWorkerScript('hang'), graceSeconds: 0.3 }), 0.5);
    const seconds = (performance.now() - started) / 1000;
    expect(result.termination).toBe('time_limit');
    expect(result.solution).toBeUndefined();
    expect(seconds).toBeGreaterThanOrEqual(0.75);
    expect(seconds).toBeLessThan(20);
  });

  it('solves as usual with a limit beyond the longest timer (its hard stop must not fire at once)', async () => {
    const result = await solveOnce(new WorkerEngine('highs'), 1e9);
    expect(result).toMatchObject({ termination: 'optimal', solution: { objective: 8 } });
  });

  it('starts a fresh worker after a hard stop', async () => {
    const engine = new WorkerEngine('highs', { workerScript: faultyWorkerScript('hang-after-first'), graceSeconds: 0.2 });
    const first = await engine.solve(KNAPSACK, { timeLimitSeconds: 10 });
    const stopped = await engine.solve(KNAPSACK, { timeLimitSeconds: 0.3 });
    const again = await engine.solve(KNAPSACK, { timeLimitSeconds: 0.3 });
    await engine.close();
    // One worker for the first two solves; the stopped one was replaced for the third.
    expect(engine.workersStarted).toBe(2);
    expect(again.termination).toBe('time_limit');
    expect(first.termination).toBe('optimal');
    expect(stopped.termination).toBe('time_limit');
  });

  it('stops at once when aborted, and refuses to start once aborted', async () => {
    const controller = new AbortController();
    const engine = new WorkerEngine('highs', { workerScript: faultyWorkerScript('hang'), signal: controller.signal });
    const started = performance.now();
    setTimeout(() => controller.abort(), 300);
    await expect(engine.solve(KNAPSACK, { timeLimitSeconds: 60 })).rejects.toThrow(SolveInterrupted);
    expect((performance.now() - started) / 1000).toBeLessThan(10);
    await expect(engine.solve(KNAPSACK, { timeLimitSeconds: 60 })).rejects.toThrow(SolveInterrupted);
    await engine.close();
  });
});
