import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arcEvaluation } from '../../src/solve/arc-evaluation.js';
import type { Round } from '../../src/domain/types.js';
import { buildFormulation } from '../../src/solve/formulation.js';
import { evaluate } from '../../src/mip/model.js';
import { arbitraryPolicyRound } from '../support/policy-arbitraries.js';
import { arbitraryRound } from '../support/random-round.js';

/** A round and a set of its formulation's arcs (any set: valid allocations or not). */
const roundAndArcs = (rounds: fc.Arbitrary<Round>) =>
  rounds.chain((round) => {
    const count = buildFormulation(round).arcs.length;
    return fc.tuple(fc.constant(round), count === 0 ? fc.constant([]) : fc.uniqueArray(fc.nat({ max: count - 1 }), { maxLength: count }));
  });

/** The dense reading: every column in a vector, every row and tier evaluated in full. */
function dense(round: Round, arcs: readonly number[]) {
  const formulation = buildFormulation(round);
  const values = new Float64Array(formulation.arcs.length);
  for (const arc of arcs) values[arc] = 1;
  const EPSILON = 1e-6;
  return {
    tiers: formulation.tiers.map((tier) => Math.round(evaluate(tier.expression, values)) / tier.scale),
    broken: formulation.constraints.some((row) => {
      const value = evaluate(row, values);
      return (row.min !== undefined && value < row.min - EPSILON) || (row.max !== undefined && value > row.max + EPSILON);
    }),
  };
}

describe('the sparse evaluation of arcs', () => {
  for (const [name, rounds] of [
    ['random rounds', arbitraryRound({ maxExperts: 4, maxRequests: 8 })],
    ['rounds with pins, quotas, caps and exclusions', arbitraryPolicyRound({ maxExperts: 4, maxRequests: 8 })],
  ] as const) {
    it(`gives the dense evaluation's tier values and broken rows: ${name}`, () => {
      fc.assert(
        fc.property(roundAndArcs(rounds), ([round, arcs]) => {
          const evaluation = arcEvaluation(buildFormulation(round));
          const expected = dense(round, arcs);
          expect(evaluation.tierValues(new Set(arcs))).toEqual(expected.tiers);
          expect(evaluation.breaksARow(new Set(arcs))).toBe(expected.broken);
        }),
        { numRuns: 200 },
      );
    });
  }
});
