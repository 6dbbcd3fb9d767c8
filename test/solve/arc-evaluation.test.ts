import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arcEvaluation } from '../../src/solve/arc-evaluation.js';
import { applyDefinitions, definitionTerms } from '../../src/solve/column-definitions.js';
import type { Round } from '../../src/domain/types.js';
import { buildFormulation, type BudgetFormulation } from '../../src/solve/formulation.js';
import { roundArcs } from '../../src/solve/round-arcs.js';
import { evaluate, rowHolds } from '../../src/mip/model.js';
import { arbitraryPolicyRound } from '../support/policy-arbitraries.js';
import { arbitraryRound } from '../support/random-round.js';

/** A round and a set of its arcs (any set: valid allocations or not). */
const roundAndArcs = (rounds: fc.Arbitrary<Round>) =>
  rounds.chain((round) => {
    const count = roundArcs(round).arcs.length;
    return fc.tuple(fc.constant(round), count === 0 ? fc.constant([]) : fc.uniqueArray(fc.nat({ max: count - 1 }), { maxLength: count }));
  });

/** The dense reading: every column in a vector (defined columns summed from the arcs), every row, bound and tier in full. */
function dense(round: Round, arcs: readonly number[], budget: BudgetFormulation) {
  const formulation = buildFormulation(round, budget);
  const values = new Float64Array(formulation.variables.length);
  for (const arc of arcs) values[arc] = 1;
  applyDefinitions(values, definitionTerms(formulation.definitions, formulation.constraints));
  const outOfBounds = formulation.variables.some(
    (variable, column) => !rowHolds({ min: variable.lower, max: variable.upper }, values[column]!),
  );
  return {
    tiers: formulation.tiers.map((tier) => Math.round(evaluate(tier.expression, values)) / tier.scale),
    broken: outOfBounds || formulation.constraints.some((row) => !rowHolds(row, evaluate(row, values))),
  };
}

describe('the sparse evaluation of arcs', () => {
  for (const [name, rounds] of [
    ['random rounds', arbitraryRound({ maxExperts: 4, maxRequests: 8 })],
    ['rounds with pins, quotas, caps and exclusions', arbitraryPolicyRound({ maxExperts: 4, maxRequests: 8 })],
  ] as const) {
    for (const budget of ['per-arc', 'expert-count'] as const) {
      it(`gives the dense evaluation's tier values and broken rows: ${name}, ${budget} budget`, () => {
        fc.assert(
          fc.property(roundAndArcs(rounds), ([round, arcs]) => {
            const evaluation = arcEvaluation(buildFormulation(round, budget));
            const expected = dense(round, arcs, budget);
            expect(evaluation.tierValues(new Set(arcs))).toEqual(expected.tiers);
            expect(evaluation.breaksARow(new Set(arcs))).toBe(expected.broken);
          }),
          { numRuns: 200 },
        );
      });
    }

    it(`reads the same on both budget formulations, so explanations do not depend on the engine: ${name}`, () => {
      fc.assert(
        fc.property(roundAndArcs(rounds), ([round, arcs]) => {
          const [perArc, counted] = (['per-arc', 'expert-count'] as const).map((budget) => arcEvaluation(buildFormulation(round, budget)));
          expect(counted!.tierValues(new Set(arcs))).toEqual(perArc!.tierValues(new Set(arcs)));
          expect(counted!.breaksARow(new Set(arcs))).toBe(perArc!.breaksARow(new Set(arcs)));
        }),
        { numRuns: 300 },
      );
    });
  }
});
