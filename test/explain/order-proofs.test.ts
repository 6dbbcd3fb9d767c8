import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Round } from '../../src/domain/types.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { explainAllocation, type ExplainOptions } from '../../src/explain/explain-allocation.js';
import type { AllocationExplanation, Counterfactual } from '../../src/result/explanation.js';
import { solveRound } from '../../src/solve/prepared-round.js';
import { arbitraryPolicyRound } from '../support/policy-arbitraries.js';
import { arbitraryRound } from '../support/random-round.js';

const engine = new HighsEngine();

/** A round under one of the strict-order rules: first-come (random submission minutes), a lottery, or score with order strict. */
const strictRound = (rounds: fc.Arbitrary<Round>) =>
  fc
    .tuple(
      rounds,
      fc.constantFrom('first-come', 'lottery', 'score'),
      fc.array(fc.nat({ max: 59 }), { minLength: 1, maxLength: 20 }),
      fc.nat(),
    )
    .map(([round, rule, minutes, seed]): Round => {
      if (rule === 'lottery') return { ...round, priority: { rule, seed } };
      if (rule === 'score') return { ...round, priority: { rule, order: 'strict' } };
      return {
        ...round,
        priority: { rule },
        requests: round.requests.map((request, index) => ({
          ...request,
          submittedAt: new Date(Date.UTC(2021, 9, 1, 8, minutes[index % minutes.length]!)).toISOString(),
        })),
      };
    });

/** The outranked counterfactual of each unserved request, by request id. */
function outranked(explained: AllocationExplanation): Map<string, Counterfactual> {
  return new Map(
    explained.unserved.flatMap((u) => u.reasons.flatMap((r) => (r.code === 'outranked' ? [[u.request, r.counterfactual] as const] : []))),
  );
}

/** Codes of the reasons that say no expert can serve the request at all. */
const NOT_FORCIBLE = new Set(['no-eligible-expert', 'excluded']);

/**
 * The default explanation of a strict-order round proves every unserved
 * request with an eligible expert by the order alone (no further solve),
 * and the exact counterfactual (`--explain full`) agrees: no allocation that
 * serves it keeps every request the proof says holds the room.
 */
async function orderProvesEveryReason(round: Round, seen: Set<string>): Promise<void> {
  const outcome = await solveRound(round, { engine, timeLimitSeconds: 30 });
  if (outcome.status !== 'optimal') return;
  const allocation = outcome.allocation!;
  expect(outcome.order).toBeDefined();
  const options: ExplainOptions = { engine, timeLimitSeconds: 30, order: outcome.order! };
  const auto = await explainAllocation(round, allocation, { ...options, counterfactuals: 'auto' });
  expect(auto.counterfactualSolves).toBe(0);
  const full = await explainAllocation(round, allocation, { ...options, counterfactuals: 'all' });
  const exact = outranked(full);
  const proofs = outranked(auto);
  for (const unserved of auto.unserved) {
    const codes = unserved.reasons.map((r) => r.code);
    if (codes.some((code) => NOT_FORCIBLE.has(code))) continue;
    const proof = proofs.get(unserved.request);
    if (!proof) {
      // No outranked reason: nothing serves it at all, and the reasons say what holds the room, as the exact solve does.
      expect(codes).toEqual(full.unserved.find((u) => u.request === unserved.request)!.reasons.map((r) => r.code));
      seen.add('nothing serves it');
      continue;
    }
    expect(proof.status).toBe('order');
    const order = proof.order!;
    seen.add(order.proof);
    expect(order.heldBy.length).toBeGreaterThan(0);
    const forced = exact.get(unserved.request);
    // The exact solve finds no allocation at all (pins, minimums), or one that drops a request holding the room.
    if (!forced) continue;
    const dropped = new Set(forced.displaced.map((d) => d.request));
    expect(order.heldBy.some((id) => dropped.has(id))).toBe(true);
  }
}

describe('order proofs (a strict order proves its own reasons)', () => {
  // Each property also records which kinds of proof it met, so that it cannot pass by meeting none.
  it('prove every unserved request with an eligible expert, and the exact counterfactual agrees, on random rounds', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(strictRound(arbitraryRound({ maxExperts: 5, maxRequests: 12 })), (round) => orderProvesEveryReason(round, seen)),
      { numRuns: 40, seed: 2417 },
    );
    expect([...seen]).toEqual(expect.arrayContaining(['count', 'budget', 'cap', 'solve']));
  });

  it('do so under quotas, caps, pins and exclusions too', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(strictRound(arbitraryPolicyRound({ maxExperts: 5, maxRequests: 10 })), (round) =>
        orderProvesEveryReason(round, seen),
      ),
      { numRuns: 30, seed: 2418 },
    );
    expect(seen).toContain('solve');
  });

  it('prove nothing about an allocation the decisions do not describe', async () => {
    await fc.assert(
      fc.asyncProperty(strictRound(arbitraryRound({ maxExperts: 4, maxRequests: 10 })), async (round) => {
        const outcome = await solveRound(round, { engine, timeLimitSeconds: 30 });
        const served = outcome.allocation?.trajectories ?? [];
        if (outcome.status !== 'optimal' || served.length === 0) return;
        // One served request dropped: the decisions no longer describe the allocation.
        const allocation = { trajectories: served.slice(1) };
        const explained = await explainAllocation(round, allocation, {
          engine,
          timeLimitSeconds: 30,
          counterfactuals: 'none',
          order: outcome.order!,
        });
        for (const counterfactual of outranked(explained).values()) expect(counterfactual.status).not.toBe('order');
      }),
      { numRuns: 15, seed: 2419 },
    );
  });

  it('stand in where an exact solve was asked for but could not run (no time left)', async () => {
    await fc.assert(
      fc.asyncProperty(strictRound(arbitraryRound({ maxExperts: 4, maxRequests: 10 })), async (round) => {
        const outcome = await solveRound(round, { engine, timeLimitSeconds: 30 });
        if (outcome.status !== 'optimal') return;
        const refused = new Set(outcome.order!.filter((d) => !d.served).map((d) => d.request));
        const explained = await explainAllocation(round, outcome.allocation!, {
          engine,
          timeLimitSeconds: 0,
          counterfactuals: 'all',
          order: outcome.order!,
        });
        expect(explained.counterfactualSolves).toBe(0);
        for (const [request, counterfactual] of outranked(explained))
          expect(counterfactual.status).toBe(refused.has(request) ? 'order' : 'not-run');
      }),
      { numRuns: 15, seed: 2421 },
    );
  });

  it('stop where the pass stopped: the requests after it get exact solves, as before', async () => {
    await fc.assert(
      fc.asyncProperty(strictRound(arbitraryRound({ maxExperts: 4, maxRequests: 10 })), async (round) => {
        const outcome = await solveRound(round, { engine, timeLimitSeconds: 30 });
        const decisions = outcome.order ?? [];
        if (outcome.status !== 'optimal' || decisions.length < 2) return;
        // As a pass stopped by the time limit leaves them: the decisions up to the middle only.
        const reached = decisions.slice(0, Math.floor(decisions.length / 2));
        const decided = new Set(reached.map((decision) => decision.request));
        const explained = await explainAllocation(round, outcome.allocation!, {
          engine,
          timeLimitSeconds: 30,
          counterfactuals: 'auto',
          order: reached,
        });
        for (const [request, counterfactual] of outranked(explained)) {
          if (decided.has(request)) expect(counterfactual.status).toBe('order');
          else expect(['optimal', 'infeasible']).toContain(counterfactual.status);
        }
      }),
      { numRuns: 15, seed: 2420 },
    );
  });
});
