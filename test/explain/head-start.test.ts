import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { explainAllocation } from '../../src/explain/explain-allocation.js';
import { startForcedProbes, type HeadStart } from '../../src/explain/forced-head-start.js';
import { prepareRound } from '../../src/solve/prepared-round.js';
import { arbitraryRound } from '../support/random-round.js';

const engine = new HighsEngine();
const helper = new HighsEngine();

/** The head start's result, handed over after `turns` turns of the event loop: while it runs, the explanation repairs examples. */
async function after(turns: number, headStart: Promise<HeadStart>): Promise<HeadStart> {
  const result = await headStart;
  for (let turn = 0; turn < turns; turn++) await new Promise((resolve) => setImmediate(resolve));
  return result;
}

describe('the head start of a proven explanation (LP probes while the later tiers solve)', () => {
  it('changes no fact, however early or late it ends', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(arbitraryRound({ maxExperts: 6, maxRequests: 14 }), fc.nat({ max: 20 }), async (round, turns) => {
        const prepared = prepareRound(round, engine);
        let point: Float64Array | undefined;
        const outcome = await prepared.solve({ engine, timeLimitSeconds: 30, afterFirstTier: (first) => (point = first) });
        if (outcome.status !== 'optimal' || !point) return;
        const options = { engine, timeLimitSeconds: 30, counterfactuals: 'proven' } as const;
        const plain = await explainAllocation(round, outcome.allocation!, options);
        const headStart = after(turns, startForcedProbes(prepared, helper, point, 30));
        const started = await explainAllocation(round, outcome.allocation!, { ...options, moreEngines: [helper], headStart });
        if (plain.unserved.some((u) => u.reasons.some((r) => r.code === 'outranked'))) seen.add(turns > 0 ? 'late' : 'early');
        expect({ ...started, seconds: 0 }).toEqual({ ...plain, seconds: 0 });
      }),
      { numRuns: 25, seed: 1730 },
    );
    // Both kinds of ending met rounds with something to prove, so the property cannot pass by proving nothing.
    expect([...seen].sort()).toEqual(['early', 'late']);
  });
});
