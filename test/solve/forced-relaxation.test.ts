import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Round } from '../../src/domain/types.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { integralBound } from '../../src/solve/forced-relaxation.js';
import { prepareRound } from '../../src/solve/prepared-round.js';
import { arbitraryPolicyRound } from '../support/policy-arbitraries.js';
import { arbitraryRound } from '../support/random-round.js';

const engine = new HighsEngine();
const options = { iterationLimit: 10_000, timeLimitSeconds: 30 };

/**
 * Every bound on a request forced in (reduced costs, the forced LP, the
 * forced LP split on a count) is at least the exact optimum of the first
 * tier with that request forced in, and the split is at most the unsplit LP.
 * Returns how many splits it checked.
 */
async function boundsHold(round: Round): Promise<number> {
  const prepared = prepareRound(round, engine);
  const outcome = await prepared.solve({ engine, timeLimitSeconds: 30 });
  if (outcome.status !== 'optimal') return 0;
  const tier = prepared.formulation.tiers[0]!;
  const served = new Set(outcome.allocation!.trajectories.map((t) => t.request));
  const requests = round.requests
    .filter((request) => !served.has(request.id))
    .map((request) => ({ id: request.id, arcs: prepared.arcs.flatMap((arc, column) => (arc.request.id === request.id ? [column] : [])) }))
    .filter((request) => request.arcs.length > 0);
  const relaxation = await prepared.relaxFirstTier(engine, 30);
  const probed = await prepared.probeForced(requests, engine, options);
  const splits = requests.flatMap((request) => {
    const branch = probed.byRequest.get(request.id)?.branch;
    return branch ? [{ ...request, branch }] : [];
  });
  const split = await prepared.probeForced(splits, engine, options);
  for (const request of requests) {
    const exact = await prepared.forceIn(request.id, { engine, timeLimitSeconds: 30, stopAfter: () => true });
    const forced = probed.byRequest.get(request.id)!;
    const halves = split.byRequest.get(request.id);
    if (exact.status === 'infeasible') {
      expect(forced.status === 'infeasible' || halves?.status === 'infeasible' || forced.status === 'bound').toBe(true);
      continue;
    }
    const optimum = Math.round(exact.tiers[0]!.value * tier.scale);
    expect(integralBound(relaxation!.boundWithOneOf(request.arcs), tier.sense)).toBeGreaterThanOrEqual(optimum);
    expect(forced.status).toBe('bound');
    expect(forced.bound).toBeGreaterThanOrEqual(optimum);
    if (!halves) continue;
    expect(halves.status).toBe('bound');
    expect(halves.bound).toBeGreaterThanOrEqual(optimum);
    expect(halves.bound).toBeLessThanOrEqual(forced.bound!);
  }
  return splits.length;
}

describe('bounds on a request forced in', () => {
  it('hold against the exact forced optimum, split or not', async () => {
    let splits = 0;
    await fc.assert(
      fc.asyncProperty(arbitraryRound({ maxExperts: 6, maxRequests: 14 }), async (round) => {
        splits += await boundsHold(round);
      }),
      { numRuns: 40, seed: 1717 },
    );
    expect(splits).toBeGreaterThan(5);
  });

  it('hold under quotas, caps, pins and exclusions', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryPolicyRound({ maxExperts: 5, maxRequests: 10 }), async (round) => {
        await boundsHold(round);
      }),
      { numRuns: 25, seed: 4712 },
    );
  });
});
