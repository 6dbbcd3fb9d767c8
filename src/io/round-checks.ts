import { estimateArcs } from '../domain/model-size.js';
import { compareStrings } from '../domain/index-by.js';
import type { Round } from '../domain/types.js';
import { InputError, type InputNotice } from './input-error.js';
import type { Quantity } from './input-facts.js';
import type { InputLimits } from './limits.js';
import { rangeProblem } from './quantities.js';
import { assertNotReservedWord } from './reserved-words.js';

/**
 * Pairs judged one by one at most when the quick bound on a round's model
 * size exceeds the limit: about a second of work. Beyond it the bound
 * decides.
 */
const MAX_PAIR_CHECKS = 10_000_000;

/**
 * Checks the scenario's numbers against the documented ranges (quantities.ts):
 * the schema bounds them too, for editors, but only this check knows the
 * decimals that keep sums exact (EUR to the cent).
 */
export function assertScenarioNumbers(
  scenario: {
    readonly budget: number;
    readonly defaults?: { readonly cost?: number; readonly maxDistanceKm?: number; readonly maxTrajectories?: number };
  },
  label: string,
): void {
  const checks: readonly [string, Quantity, number | undefined][] = [
    ['budget', 'budget', scenario.budget],
    ['defaults.cost', 'cost', scenario.defaults?.cost],
    ['defaults.maxDistanceKm', 'max-distance', scenario.defaults?.maxDistanceKm],
    ['defaults.maxTrajectories', 'max-trajectories', scenario.defaults?.maxTrajectories],
  ];
  for (const [field, quantity, value] of checks) {
    const problem = value === undefined ? undefined : rangeProblem(quantity, value);
    if (problem !== undefined) throw new InputError({ file: label, field }, { id: 'number-range', quantity, value: value!, problem });
  }
}

/** What the checks of a loaded round need besides the round. */
export interface RoundCheckContext {
  /** The scenario file, as messages name it. */
  readonly label: string;
  readonly limits: InputLimits;
  /** A point of a what-if series: a budget that pays for nothing is a finding there. */
  readonly whatIf: boolean;
  /** The scenario extends another: a budget that pays for nothing is a warning, not an error. */
  readonly variant: boolean;
  readonly warnings: InputNotice[];
}

/**
 * Checks that need the whole round: no period named like a reserved word,
 * a budget that pays for at least one trajectory, and a model small enough
 * to build (the arcs are estimated before anything is built, so a round
 * far too large is refused in seconds, not after minutes and gigabytes).
 */
export function assertRoundChecks(round: Round, context: RoundCheckContext): void {
  round.periods.forEach((period, index) => assertNotReservedWord(period, { file: context.label, field: `periods[${index}]` }));
  assertBudgetPaysSomething(round, context);
  const estimate = estimateArcs(round, context.limits.maxArcs, MAX_PAIR_CHECKS);
  if (estimate.arcs > context.limits.maxArcs) {
    throw new InputError(
      { file: context.label },
      {
        id: 'round-too-large',
        arcs: estimate.arcs,
        bound: estimate.kind,
        maxArcs: context.limits.maxArcs,
        experts: round.experts.length,
        requests: round.requests.length,
        periods: round.periods.length,
      },
    );
  }
}

/**
 * A budget below the cheapest trajectory pays for nothing: almost always a
 * typo such as `budget: 250.000` (YAML reads 250). Refused, with the budget
 * times 1,000 suggested when that would pay for one; a warning for a variant
 * (`extends`), and nothing for a what-if point, where a small budget is the
 * question asked.
 */
function assertBudgetPaysSomething(round: Round, context: RoundCheckContext): void {
  if (context.whatIf) return;
  const able = round.experts.filter((expert) => expert.maxTrajectories > 0 && expert.periods.length > 0);
  const cheapest = [...able].sort((a, b) => a.cost - b.cost || compareStrings(a.id, b.id))[0];
  if (cheapest === undefined || round.budget >= cheapest.cost) return;
  const thousandfold = Math.round(round.budget * 1000 * 100) / 100;
  const notice: InputNotice = {
    location: { file: context.label, field: 'budget' },
    fact: {
      id: 'budget-pays-nothing',
      budget: round.budget,
      cheapest: cheapest.cost,
      expert: cheapest.id,
      ...(thousandfold >= cheapest.cost ? { suggestion: thousandfold } : {}),
    },
  };
  if (!context.variant) throw new InputError(notice.location, notice.fact);
  context.warnings.push(notice);
}
