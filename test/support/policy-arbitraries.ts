import fc from 'fast-check';
import { expect } from 'vitest';
import type { SolveOutcome } from '../../src/solve/solve-round.js';
import { checkAllocation, type Violation } from '../../src/check/check-allocation.js';
import type { Constraints, Round, Trajectory } from '../../src/domain/types.js';
import { arbitraryRound } from './random-round.js';

/** Violations a partial allocation may still repair by adding trajectories: pins and unmet minimums. */
const repairable = (violation: Violation) =>
  violation.rule === 'pin' || ((violation.rule === 'province-quota' || violation.rule === 'domain-quota') && violation.bound === 'min');

/**
 * Every allocation the independent checker accepts, by exhaustive search
 * (each request: unserved, or one expert-period). Shares nothing with the
 * MIP. Tiny rounds only.
 */
function validAllocations(round: Round): Trajectory[][] {
  const choices = round.requests.map((request) =>
    round.experts
      .flatMap((expert) => round.periods.map((period) => ({ expert: expert.id, request: request.id, period })))
      .filter(
        (trajectory) =>
          checkAllocation(
            { ...round, budget: Number.MAX_SAFE_INTEGER, constraints: { maxPerMunicipality: round.constraints.maxPerMunicipality } },
            { trajectories: [trajectory] },
          ).length === 0,
      ),
  );
  const found: Trajectory[][] = [];
  const walk = (index: number, chosen: Trajectory[]) => {
    const broken = checkAllocation(round, { trajectories: chosen });
    if (broken.some((v) => !repairable(v))) return;
    if (index === round.requests.length) {
      if (broken.length === 0) found.push([...chosen]);
      return;
    }
    walk(index + 1, chosen);
    for (const choice of choices[index]!) walk(index + 1, [...chosen, choice]);
  };
  walk(0, []);
  return found;
}

/** Random policy constraints over a random round: caps, quotas, exclusions, levels. */
export function arbitraryPolicyRound(options: { maxExperts?: number; maxRequests?: number } = {}): fc.Arbitrary<Round> {
  return arbitraryRound({ maxExperts: options.maxExperts ?? 3, maxRequests: options.maxRequests ?? 5 }).chain((round) =>
    fc
      .record({
        maxPerSupplier: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
        province: fc.option(
          fc.record({
            name: fc.constantFrom(...round.municipalities.map((m) => m.province)),
            min: fc.integer({ min: 0, max: 1 }),
            max: fc.integer({ min: 1, max: 3 }),
          }),
          { nil: undefined },
        ),
        domain: fc.option(
          fc.record({
            name: fc.constantFrom('wonen', 'schuldhulp', 'participatie'),
            min: fc.integer({ min: 0, max: 1 }),
            max: fc.integer({ min: 1, max: 2 }),
          }),
          { nil: undefined },
        ),
        exclude: fc.option(
          fc.record({
            expert: fc.constantFrom(...round.experts.map((e) => e.id)),
            request: fc.constantFrom(...round.requests.map((r) => r.id)),
          }),
          { nil: undefined },
        ),
        levels: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: round.experts.length, maxLength: round.experts.length }),
        minLevel: fc.option(fc.integer({ min: 2, max: 3 }), { nil: undefined }),
      })
      .map(({ maxPerSupplier, province, domain, exclude, levels, minLevel }): Round => {
        const constraints: Constraints = {
          ...round.constraints,
          ...(maxPerSupplier !== undefined ? { maxPerSupplier } : {}),
          ...(province ? { provinces: { [province.name]: { min: province.min, max: province.max } } } : {}),
          ...(domain ? { domains: { [domain.name]: { min: domain.min, max: domain.max } } } : {}),
          ...(exclude ? { exclude: [exclude] } : {}),
          ...(minLevel !== undefined ? { minLevel: { wonen: minLevel } } : {}),
        };
        const experts = round.experts.map((expert, index) => ({
          ...expert,
          levels: Object.fromEntries(expert.domains.map((d) => [d, levels[index]!])),
        }));
        return { ...round, experts, constraints };
      }),
  );
}

/**
 * Compares a solve with the exhaustive search: when nothing is valid the
 * solve must say infeasible (returns undefined); otherwise it must be an
 * optimum the checker accepts, and the valid allocations are returned.
 */
export function validAllocationsMatching(round: Round, outcome: SolveOutcome): Trajectory[][] | undefined {
  const valid = validAllocations(round);
  if (valid.length === 0) {
    expect(outcome.status).toBe('infeasible');
    return undefined;
  }
  expect(outcome.status).toBe('optimal');
  expect(checkAllocation(round, outcome.allocation!)).toEqual([]);
  return valid;
}
