import type { MipEngine } from '../mip/engine.js';

/**
 * Engines that take one solve each at a time: a task waits, first come first
 * served, until an engine is free. With one worker-thread engine per core the
 * independent solves of an explanation run side by side; with one engine they
 * run one after the other, as before.
 */
export class EnginePool {
  private readonly idle: MipEngine[];
  private readonly waiting: ((engine: MipEngine) => void)[] = [];

  constructor(engines: readonly MipEngine[]) {
    if (engines.length === 0) throw new Error('an engine pool needs at least one engine');
    // Reversed so that pop() hands out the first engine first.
    this.idle = [...engines].reverse();
  }

  async run<T>(task: (engine: MipEngine) => Promise<T>): Promise<T> {
    const engine = this.idle.pop() ?? (await new Promise<MipEngine>((resolve) => this.waiting.push(resolve)));
    try {
      return await task(engine);
    } finally {
      const next = this.waiting.shift();
      if (next) next(engine);
      else this.idle.push(engine);
    }
  }
}
