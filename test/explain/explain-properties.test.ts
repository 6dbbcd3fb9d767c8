import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainAllocation } from '../../src/explain/explain-allocation.js';
import { eligiblePairs } from '../../src/domain/eligibility.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { solveRound } from '../../src/solve/prepared-round.js';
import { placeNamer, reasonText } from '../../src/text/explain-text.js';
import { arbitraryRound } from '../support/random-round.js';

const engine = new HighsEngine();

describe('explanations on random rounds', () => {
  it('are consistent with the allocation and with its optimality', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRound({ maxExperts: 3, maxRequests: 6 }), async (round) => {
        const outcome = await solveRound(round, { engine, timeLimitSeconds: 30 });
        expect(outcome.status).toBe('optimal');
        const allocation = outcome.allocation!;
        const explained = await explainAllocation(round, allocation, { engine, timeLimitSeconds: 30 });
        const served = new Set(allocation.trajectories.map((t) => t.request));
        const withPair = new Set(eligiblePairs(round).map((pair) => pair.request.id));
        const municipalityOf = new Map(round.requests.map((r) => [r.id, r.municipality]));

        expect(explained.unserved.map((u) => u.request).sort()).toEqual(
          round.requests
            .filter((r) => !served.has(r.id))
            .map((r) => r.id)
            .sort(),
        );
        for (const u of explained.unserved) {
          expect(u.reasons.length).toBeGreaterThan(0);
          expect(u.reasons.some((r) => r.code === 'no-eligible-expert')).toBe(!withPair.has(u.request));
          for (const reason of u.reasons) {
            // Every reason has a sentence in each language.
            for (const lang of ['en', 'nl'] as const) {
              expect(reasonText(reason, u, lang, placeNamer(round.municipalities)).length).toBeGreaterThan(10);
            }
            if (reason.code === 'budget') expect(reason.cheapestCost).toBeGreaterThan(reason.budgetLeft);
            if (reason.code === 'cap' && reason.constraint === 'maxPerMunicipality') {
              expect(reason.heldBy.length).toBeGreaterThanOrEqual(reason.limit);
              for (const id of reason.heldBy) expect([served.has(id), municipalityOf.get(id)]).toEqual([true, u.municipality]);
            }
            if (reason.code === 'outranked') {
              // The optimum is unique (tie-break), so forcing an unserved request in must cost a tier.
              expect(reason.counterfactual.status).toBe('optimal');
              expect(reason.counterfactual.worse).toBeDefined();
              for (const d of reason.counterfactual.displaced) expect(served.has(d.request)).toBe(true);
            }
          }
        }
        // At a proven optimum every alternative and every stability entry has a concrete justification.
        expect(explained.choices).toHaveLength(allocation.trajectories.length);
        for (const choice of explained.choices) {
          for (const alternative of choice.alternatives) expect(alternative.code).not.toBe('not-proven');
        }
        for (const entry of explained.stability) {
          expect(entry.justification.code).not.toBe('unjustified');
          expect(entry.unservedPriority).toBeGreaterThan(entry.servedPriority);
        }
      }),
      { numRuns: 25, seed: 4242 },
    );
  });
});
