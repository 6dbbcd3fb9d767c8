import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAllocation } from '../../src/check/check-allocation.js';
import { explainContext } from '../../src/explain/explain-context.js';
import { forcedAllocation } from '../../src/explain/forced-start.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { evaluate } from '../../src/mip/model.js';
import { PreparedRound } from '../../src/solve/prepared-round.js';
import { startVector } from '../../src/solve/start-vector.js';
import { arbitraryRound } from '../support/random-round.js';

const highs = new HighsEngine();

describe('the start of a counterfactual solve', () => {
  it('is a valid allocation that serves the forced request, and starts the solve at no cost to its optimum', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRound({ maxExperts: 4, maxRequests: 8 }), async (round) => {
        const prepared = new PreparedRound(round, 'expert-count');
        const outcome = await prepared.solve({ engine: highs, timeLimitSeconds: 30 });
        const context = explainContext(prepared, outcome.allocation!);
        // Never solved itself, so its counterfactual solves fix no arcs by the first tier's relaxation.
        const unsolved = new PreparedRound(round, 'expert-count');
        for (const request of round.requests.filter((r) => !context.servedBy.has(r.id) && (context.arcsOf.get(r.id)?.length ?? 0) > 0)) {
          const start = forcedAllocation(context, request.id);
          const plain = await unsolved.forceIn(request.id, { engine: highs, timeLimitSeconds: 30 });
          if (!start) continue;
          expect(checkAllocation(round, start)).toEqual([]);
          expect(start.trajectories.filter((t) => t.request === request.id)).toHaveLength(1);
          // A start is only a hint: every tier reaches the same optimum with it.
          const started = await unsolved.forceIn(request.id, { engine: highs, timeLimitSeconds: 30, start });
          expect(plain.status).toBe('optimal');
          expect(started.tiers.filter((t) => t.tier !== 'tie-break').map((t) => t.value)).toEqual(
            plain.tiers.filter((t) => t.tier !== 'tie-break').map((t) => t.value),
          );
        }
      }),
      { numRuns: 25, seed: 77 },
    );
  });

  it('becomes a point that meets every row of the expert-count formulation', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRound(), async (round) => {
        const prepared = new PreparedRound(round, 'expert-count');
        const outcome = await prepared.solve({ engine: highs, timeLimitSeconds: 30 });
        const { formulation } = prepared;
        const point = startVector(formulation, outcome.allocation!.trajectories)!;
        for (const row of formulation.constraints) {
          const value = evaluate(row, point);
          if (row.min !== undefined) expect(value).toBeGreaterThanOrEqual(row.min);
          if (row.max !== undefined) expect(value).toBeLessThanOrEqual(row.max);
        }
        formulation.variables.forEach((variable, column) => {
          expect(point[column]).toBeGreaterThanOrEqual(variable.lower);
          expect(point[column]).toBeLessThanOrEqual(variable.upper);
        });
      }),
      { numRuns: 40, seed: 78 },
    );
  });
});
