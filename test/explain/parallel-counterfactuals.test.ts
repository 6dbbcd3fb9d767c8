import { describe, expect, it } from 'vitest';
import { EnginePool } from '../../src/engines/engine-pool.js';
import { explainAllocation } from '../../src/explain/explain-allocation.js';
import type { EngineResult, MipEngine, SolveOptions } from '../../src/mip/engine.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { loadRound } from '../../src/io/load-round.js';
import type { MipModel } from '../../src/mip/model.js';
import { solveRound } from '../../src/solve/prepared-round.js';

const EXAMPLE = new URL('../../scenarios/round-2022/scenario.yaml', import.meta.url).pathname;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** HiGHS, but each answer arrives after a delay that varies from solve to solve, so solves finish out of order. */
class DelayedEngine implements MipEngine {
  readonly name = 'highs';
  readonly version: string;
  readonly generalIntegers: boolean;
  private readonly inner = new HighsEngine();
  private count = 0;
  running = 0;
  constructor(
    private readonly delays: readonly number[],
    private readonly shared: { running: number; most: number },
  ) {
    this.version = this.inner.version;
    this.generalIntegers = this.inner.generalIntegers;
  }
  async solve(model: MipModel, options: SolveOptions): Promise<EngineResult> {
    this.running++;
    this.shared.running++;
    this.shared.most = Math.max(this.shared.most, this.shared.running);
    if (this.running > 1) throw new Error('an engine of the pool got two solves at once');
    try {
      await sleep(this.delays[this.count++ % this.delays.length]!);
      return await this.inner.solve(model, options);
    } finally {
      this.running--;
      this.shared.running--;
    }
  }
}

const withoutTimes = <T extends { seconds: number }>(explanation: T) => ({ ...explanation, seconds: 0 });

describe('counterfactual solves on several engines', () => {
  it('give the same explanation as on one engine, running at most one solve per engine', async () => {
    const { round } = loadRound(EXAMPLE);
    const engine = new HighsEngine();
    const outcome = await solveRound(round, { engine, timeLimitSeconds: 60 });
    const alone = await explainAllocation(round, outcome.allocation!, { engine, timeLimitSeconds: 60 });
    expect(alone.counterfactualSolves).toBeGreaterThan(3);

    const shared = { running: 0, most: 0 };
    const engines = [new DelayedEngine([9, 1, 5], shared), new DelayedEngine([1, 7, 2, 11], shared), new DelayedEngine([4], shared)];
    const side = await explainAllocation(round, outcome.allocation!, {
      engine: engines[0]!,
      moreEngines: engines.slice(1),
      timeLimitSeconds: 60,
    });
    expect(withoutTimes(side)).toEqual(withoutTimes(alone));
    expect(shared.most).toBe(3);
  });
});

describe('the engine pool', () => {
  it('hands each engine one task at a time, first come first served, and frees it after a failure', async () => {
    const a = { name: 'a' } as MipEngine;
    const b = { name: 'b' } as MipEngine;
    const pool = new EnginePool([a, b]);
    const started: string[] = [];
    // Each task runs until the test ends it, so the order of events does not depend on timers.
    const finish = new Map<string, () => void>();
    const task = (label: string, fail = false) =>
      pool.run(async (engine) => {
        started.push(`${label}:${engine.name}`);
        await new Promise<void>((resolve) => finish.set(label, resolve));
        if (fail) throw new Error(`${label} failed`);
        return label;
      });
    const settle = async (label: string) => {
      while (!finish.has(label)) await new Promise((resolve) => setImmediate(resolve));
      finish.get(label)!();
    };
    const running = Promise.allSettled([task('1'), task('2', true), task('3'), task('4')]);
    // 1 and 2 start at once; 2 fails first and frees b for 3, then 4 takes b again after 3.
    await settle('2');
    await settle('3');
    await settle('4');
    await settle('1');
    const results = await running;
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual(['1', '2 failed', '3', '4']);
    expect(started).toEqual(['1:a', '2:b', '3:b', '4:b']);
  });
});
