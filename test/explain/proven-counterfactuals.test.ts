import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Round } from '../../src/domain/types.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { JslpEngine } from '../../src/engines/jslp-engine.js';
import { explainAllocation } from '../../src/explain/explain-allocation.js';
import type { Counterfactual } from '../../src/result/explanation.js';
import { solveRound } from '../../src/solve/prepared-round.js';
import { arbitraryPolicyRound } from '../support/policy-arbitraries.js';
import { arbitraryRound } from '../support/random-round.js';
import { writeRoundFolder } from '../support/temp-round.js';
import { generateRound } from '../../src/io/generate-round.js';
import { loadRound } from '../../src/io/load-round.js';
import { join } from 'node:path';

const engine = new HighsEngine();

/** The outranked counterfactual of each unserved request, by request id. */
function outranked(explained: Awaited<ReturnType<typeof explainAllocation>>): Map<string, Counterfactual> {
  return new Map(
    explained.unserved.flatMap((u) => u.reasons.flatMap((r) => (r.code === 'outranked' ? [[u.request, r.counterfactual] as const] : []))),
  );
}

/**
 * Every proven reason of the default explanation agrees with the exact
 * counterfactual solve of the same request (`--explain full`): an exact one
 * names the same first-tier value, a bound holds the exact value, a tie has
 * it equal, and nothing is left not-run.
 */
async function provenAgreesWithExact(round: Round, seen: Set<string>): Promise<void> {
  const outcome = await solveRound(round, { engine, timeLimitSeconds: 30 });
  if (outcome.status !== 'optimal') return;
  const allocation = outcome.allocation!;
  const proven = await explainAllocation(round, allocation, { engine, timeLimitSeconds: 30, counterfactuals: 'proven' });
  if (proven.counterfactualSolves > 0) seen.add('close calls solved');
  const forcible = proven.unserved.filter((u) => !u.reasons.some((r) => r.code === 'no-eligible-expert' || r.code === 'excluded'));
  if (proven.forcedRelaxations > forcible.length) seen.add('close calls split');
  const exact = await explainAllocation(round, allocation, { engine, timeLimitSeconds: 30, counterfactuals: 'all' });
  const exactByRequest = outranked(exact);
  const served = new Set(allocation.trajectories.map((t) => t.request));
  const firstTier = outcome.tiers[0]!;
  for (const unserved of proven.unserved) {
    const reasonCodes = unserved.reasons.map((r) => r.code);
    const exactCodes = exact.unserved.find((u) => u.request === unserved.request)!.reasons.map((r) => r.code);
    // The same reasons: only how `outranked` is proven may differ.
    expect(reasonCodes).toEqual(exactCodes);
    const mine = outranked(proven).get(unserved.request);
    if (!mine) continue;
    const theirs = exactByRequest.get(unserved.request)!;
    expect(theirs.status).toBe('optimal');
    // The exact counterfactual's first-tier value: its worse tier is the first one, or the first tier ties.
    const exactValue = theirs.worse?.tier === firstTier.tier ? theirs.worse.alternativeValue : firstTier.value;
    for (const d of mine.displaced) expect(served.has(d.request)).toBe(true);
    seen.add(mine.status);
    switch (mine.status) {
      case 'optimal':
        expect(mine.worse?.tier).toBe(firstTier.tier);
        expect(mine.worse?.alternativeValue).toBe(exactValue);
        break;
      case 'bounded': {
        const bounds = mine.bounds!;
        expect(bounds.value).toBe(firstTier.value);
        expect(bounds.highest).toBeLessThan(bounds.value);
        expect(bounds.lowest).toBeLessThan(bounds.highest);
        expect(exactValue).toBeGreaterThanOrEqual(bounds.lowest);
        expect(exactValue).toBeLessThanOrEqual(bounds.highest);
        break;
      }
      case 'tie':
        expect(mine.bounds).toEqual({ tier: firstTier.tier, value: firstTier.value, lowest: firstTier.value, highest: firstTier.value });
        expect(exactValue).toBe(firstTier.value);
        break;
      default:
        throw new Error(`request ${unserved.request}: counterfactual ${mine.status} in the default explanation`);
    }
  }
}

/** Random rounds whose priorities take few values, so that equally good allocations (ties) are common. */
const roundsWithTies = arbitraryRound({ maxExperts: 6, maxRequests: 14 }).map(
  (round): Round => ({
    ...round,
    requests: round.requests.map((request) => ({ ...request, priority: Math.round((request.priority ?? 0) / 25) * 25 })),
  }),
);

describe('proven counterfactuals (the default explanation)', () => {
  // Each property also records which kinds of proof it met, so that it cannot pass by meeting none.
  it('agree with the exact counterfactual solve of every request, on random rounds', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(arbitraryRound({ maxExperts: 6, maxRequests: 14 }), (round) => provenAgreesWithExact(round, seen)),
      { numRuns: 40, seed: 1717 },
    );
    expect([...seen]).toEqual(expect.arrayContaining(['bounded', 'close calls solved', 'close calls split', 'optimal']));
  });

  it('agree with it where priorities tie', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(roundsWithTies, (round) => provenAgreesWithExact(round, seen)),
      { numRuns: 30, seed: 1720 },
    );
    expect(seen).toContain('tie');
  });

  it('agree with it under quotas, caps, pins and exclusions too', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(arbitraryPolicyRound({ maxExperts: 5, maxRequests: 12 }), (round) => provenAgreesWithExact(round, seen)),
      { numRuns: 30, seed: 1718 },
    );
    expect(seen).toContain('optimal');
  });

  it('are the same whatever the number of engines', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRound({ maxExperts: 6, maxRequests: 14 }), async (round) => {
        const outcome = await solveRound(round, { engine, timeLimitSeconds: 30 });
        if (outcome.status !== 'optimal') return;
        const options = { timeLimitSeconds: 30, counterfactuals: 'proven' } as const;
        const alone = await explainAllocation(round, outcome.allocation!, { ...options, engine });
        const side = await explainAllocation(round, outcome.allocation!, {
          ...options,
          engine,
          moreEngines: [new HighsEngine(), new HighsEngine()],
        });
        expect({ ...side, seconds: 0 }).toEqual({ ...alone, seconds: 0 });
      }),
      { numRuns: 15, seed: 1721 },
    );
  });

  it('are the same whatever the number of engines, on a generated round with close calls', async () => {
    const folder = writeRoundFolder(generateRound({ municipalities: 120, experts: 24, requests: 140, budget: 200_000, seed: 3 }));
    const { round } = loadRound(join(folder, 'scenario.yaml'));
    const outcome = await solveRound(round, { engine, timeLimitSeconds: 60 });
    const options = { timeLimitSeconds: 60, counterfactuals: 'proven' } as const;
    const alone = await explainAllocation(round, outcome.allocation!, { ...options, engine });
    const side = await explainAllocation(round, outcome.allocation!, { ...options, engine, moreEngines: [new HighsEngine()] });
    // Close calls in more than one group, so that how they are grouped shows.
    expect(alone.counterfactualSolves).toBeGreaterThan(1);
    expect({ ...side, seconds: 0 }).toEqual({ ...alone, seconds: 0 });
  });

  it('fall back to exact solves, as many as the round allows, on an engine that cannot probe relaxations', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRound({ maxExperts: 3, maxRequests: 6 }), async (round) => {
        const jslp = new JslpEngine();
        const outcome = await solveRound(round, { engine: jslp, timeLimitSeconds: 30 });
        if (outcome.status !== 'optimal') return;
        const explained = await explainAllocation(round, outcome.allocation!, {
          engine: jslp,
          timeLimitSeconds: 30,
          counterfactuals: 'proven',
        });
        expect(explained.forcedRelaxations).toBe(0);
        for (const counterfactual of outranked(explained).values()) expect(['optimal', 'infeasible']).toContain(counterfactual.status);
      }),
      { numRuns: 10, seed: 1719 },
    );
  });
});
