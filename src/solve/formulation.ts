import { eligiblePairs } from '../domain/eligibility.js';
import { indexBy } from '../domain/index-by.js';
import { expertLevel, policyFilter } from '../domain/policy.js';
import { rankRequests, type PriorityRanking } from '../domain/priority.js';
import type { Expert, ObjectiveTier, PeriodId, Request, Round } from '../domain/types.js';
import type { Arc } from './arc.js';
import { expertCountBudget, type BudgetArc } from './expert-count-budget.js';
import { expertPeriodKey } from '../domain/expert-period.js';
import { budgetCents, costCents } from '../domain/money.js';
import { integerScale, scaled } from '../domain/numbers.js';
import type { LinearExpression, MipConstraint, MipVariable } from '../mip/model.js';
import { policyRows } from './policy-rows.js';
import { priorityTiers, type PriorityTier } from './priority-objectives.js';
import { tieBreakCoefficients } from './tie-break.js';

/** A tier's objective. The MIP value divided by `scale` is the tier's value in its own unit. */
export interface TierObjective {
  readonly tier: ObjectiveTier | 'tie-break' | PriorityTier['tier'];
  readonly sense: 'max' | 'min';
  readonly expression: LinearExpression;
  readonly scale: number;
  /** Strict-order rules only: arc indices per request in rule order (see priority-objectives.ts). */
  readonly order?: PriorityTier['order'];
}

/** The round as a MIP without its objective, plus the tiers to optimise in order. */
export interface Formulation {
  readonly arcs: readonly Arc[];
  readonly variables: readonly MipVariable[];
  readonly constraints: readonly MipConstraint[];
  readonly tiers: readonly TierObjective[];
}

class RowBuilder {
  readonly rows: MipConstraint[] = [];
  add(indices: number[], coefficients: number[], bounds: { min?: number; max?: number }): void {
    this.rows.push({ name: `c${this.rows.length}`, indices, coefficients, ...bounds });
  }
}

/** Groups arc indices by a key, in first-seen order. */
function groupArcs(arcs: readonly Arc[], key: (arc: Arc) => string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  arcs.forEach((arc, index) => {
    const group = groups.get(key(arc));
    if (group) group.push(index);
    else groups.set(key(arc), [index]);
  });
  return groups;
}

const ones = (length: number): number[] => new Array<number>(length).fill(1);

/**
 * The largest number of trajectories the budget can pay: how many of the
 * cheapest expert-periods fit. A valid cut that tightens the LP bound of the
 * budget knapsack considerably.
 */
export function maxTrajectoriesWithinBudget(arcs: readonly Arc[], budget: number): number {
  const slotCosts: number[] = [];
  for (const [, indices] of groupArcs(arcs, (arc) => arc.expert.id)) {
    const expert = arcs[indices[0] ?? 0]!.expert;
    const periods = new Set(indices.map((index) => arcs[index]!.period)).size;
    for (let slot = 0; slot < Math.min(periods, expert.maxTrajectories); slot++) slotCosts.push(costCents(expert.cost));
  }
  slotCosts.sort((a, b) => a - b);
  let left = budgetCents(budget);
  let count = 0;
  for (const cost of slotCosts) {
    if (cost > left) break;
    left -= cost;
    count++;
  }
  return count;
}

/**
 * How the budget is written: `per-arc` puts each trajectory's cost on its arc
 * (knapsack over the binaries; every column is an arc); `expert-count` adds
 * one integer count per expert and puts the cost there (see
 * expert-count-budget.ts), which proves mid-budget rounds much faster. Both
 * give the same optimum. The solver asks for `expert-count`; the default stays
 * `per-arc` so code that evaluates rows over arc values alone keeps working.
 */
export type BudgetFormulation = 'per-arc' | 'expert-count';

export interface FormulationOptions {
  readonly budget?: BudgetFormulation;
}

/**
 * Per-arc formulation: a binary x[e,p,q] per expert, period and eligible
 * request. It keeps every constraint explicit, which is what the measured
 * rounds proved fastest with integer objectives and the count cut.
 */
export function buildFormulation(round: Round, options: FormulationOptions = {}): Formulation {
  // A round is immutable, and the solve, the checks before it, the explanation and every counterfactual
  // solve ask for the same formulation: 0.1-0.2 s each on a Flanders-scale round. Built once per round.
  const key = options.budget ?? 'per-arc';
  const built = formulationCache.get(round) ?? new Map<string, Formulation>();
  formulationCache.set(round, built);
  const cached = built.get(key);
  if (cached) return cached;
  // Shared from now on, so frozen: a caller that changed it would change every later solve.
  const formulation = formulate(round, options);
  for (const part of [formulation.arcs, formulation.variables, formulation.constraints, formulation.tiers]) Object.freeze(part);
  Object.freeze(formulation);
  built.set(key, formulation);
  return formulation;
}

const formulationCache = new WeakMap<Round, Map<string, Formulation>>();

/** The round's ranking and arcs, the same for both budget formulations, so computed once per round. */
function rankedArcs(round: Round): { readonly ranking: PriorityRanking; readonly arcs: readonly Arc[] } {
  const cached = arcCache.get(round);
  if (cached) return cached;
  const ranking = rankRequests(round);
  const scores = ranking.scores;
  // Exclusions, minimum levels, history and ongoing trajectories remove arcs.
  const blocked = policyFilter(round);
  const arcs: Arc[] = [];
  for (const pair of eligiblePairs(round)) {
    for (const period of pair.periods) {
      if (blocked(pair.expert, pair.request, period)) continue;
      arcs.push({
        expert: pair.expert,
        request: pair.request,
        period,
        distanceKm: pair.distanceKm,
        score: scores.get(pair.request.id) ?? 0,
      });
    }
  }
  const result = { ranking, arcs: Object.freeze(arcs) };
  arcCache.set(round, result);
  return result;
}

const arcCache = new WeakMap<Round, { readonly ranking: PriorityRanking; readonly arcs: readonly Arc[] }>();

function formulate(round: Round, options: FormulationOptions): Formulation {
  const { ranking, arcs } = rankedArcs(round);
  const variables: MipVariable[] = arcs.map((_, index) => ({ name: `x${index}`, lower: 0, upper: 1, integer: true }));
  const rows = new RowBuilder();

  // One trajectory per expert per period (half-time), and the expert's maximum per round.
  for (const [, indices] of groupArcs(arcs, (arc) => expertPeriodKey(arc.expert.id, arc.period))) {
    if (indices.length > 1) rows.add(indices, ones(indices.length), { max: 1 });
  }
  for (const [, indices] of groupArcs(arcs, (arc) => arc.expert.id)) {
    const expert = arcs[indices[0]!]!.expert;
    const periods = new Set(indices.map((index) => arcs[index]!.period)).size;
    if (expert.maxTrajectories < periods) rows.add(indices, ones(indices.length), { max: expert.maxTrajectories });
  }
  // A request is served at most once; a municipality receives at most its cap.
  for (const [, indices] of groupArcs(arcs, (arc) => arc.request.id)) {
    if (indices.length > 1) rows.add(indices, ones(indices.length), { max: 1 });
  }
  const cap = round.constraints.maxPerMunicipality;
  for (const [, indices] of groupArcs(arcs, (arc) => arc.request.municipality)) {
    const requests = new Set(indices.map((index) => arcs[index]!.request.id)).size;
    if (requests > cap) rows.add(indices, ones(indices.length), { max: cap });
  }
  const provinces = indexBy(round.municipalities, (m) => m.nis);
  for (const row of policyRows(round, arcs, (nis) => provinces.get(nis)?.province)) {
    if (row.indices.length === 0 && (row.min ?? 0) > 0) {
      // A pin or min without any arc cannot be met. Its row goes over a variable fixed at 0, so
      // every engine sees the infeasibility (an empty row, or a model without columns, may be skipped).
      variables.push({ name: `x${variables.length}`, lower: 0, upper: 0, integer: false });
      rows.add([variables.length - 1], [1], { min: row.min });
    } else {
      rows.add([...row.indices], [...row.coefficients], { min: row.min, max: row.max });
    }
  }

  // Budget. With equal costs it is a count; otherwise the knapsack row plus the count cut.
  const all = arcs.map((_, index) => index);
  const costs = new Set(arcs.map((arc) => costCents(arc.expert.cost)));
  const budgetLimit = budgetCents(round.budget);
  const countLimit = maxTrajectoriesWithinBudget(arcs, round.budget);
  if (costs.size > 1 && options.budget === 'expert-count') {
    const budget = expertCountBudget(budgetArcs(arcs), budgetLimit, countLimit, variables.length);
    variables.push(...budget.variables);
    for (const row of budget.constraints) rows.add([...row.indices], [...row.coefficients], { min: row.min, max: row.max });
  } else {
    if (costs.size > 1) {
      const total = arcs.reduce((sum, arc) => sum + costCents(arc.expert.cost), 0);
      if (total > budgetLimit)
        rows.add(
          all,
          arcs.map((arc) => costCents(arc.expert.cost)),
          { max: budgetLimit },
        );
    }
    if (arcs.length > 0 && countLimit < arcs.length) rows.add(all, ones(all.length), { max: countLimit });
  }

  return { arcs, variables, constraints: rows.rows, tiers: buildTiers(round, arcs, ranking) };
}

/** Per arc: its expert, cost in cents, and how many trajectories the expert can do at most. */
function budgetArcs(arcs: readonly Arc[]): BudgetArc[] {
  const limits = new Map<string, number>();
  for (const [expertId, indices] of groupArcs(arcs, (arc) => arc.expert.id)) {
    const periods = new Set(indices.map((index) => arcs[index]!.period)).size;
    limits.set(expertId, Math.min(periods, arcs[indices[0]!]!.expert.maxTrajectories));
  }
  return arcs.map((arc) => ({
    expertId: arc.expert.id,
    costCents: costCents(arc.expert.cost),
    expertLimit: limits.get(arc.expert.id) ?? 0,
  }));
}

function buildTiers(round: Round, arcs: readonly Arc[], ranking: PriorityRanking): TierObjective[] {
  const all = arcs.map((_, index) => index);
  const priorityScale = integerScale(arcs.map((arc) => arc.score));
  const tiers: TierObjective[] = round.objective.flatMap((tier): TierObjective | TierObjective[] => {
    switch (tier) {
      case 'priority':
        if (ranking.classes || ranking.strict) return priorityTiers(ranking, arcs);
        return {
          tier,
          sense: 'max',
          scale: priorityScale,
          expression: { indices: all, coefficients: arcs.map((arc) => scaled(arc.score, priorityScale)) },
        };
      case 'expertise':
        return {
          tier,
          sense: 'max',
          scale: 1,
          expression: { indices: all, coefficients: arcs.map((arc) => expertLevel(arc.expert, arc.request.domain)) },
        };
      case 'served':
        return { tier, sense: 'max', scale: 1, expression: { indices: all, coefficients: ones(all.length) } };
      case 'distance':
        return { tier, sense: 'min', scale: 10, expression: { indices: all, coefficients: arcs.map((arc) => scaled(arc.distanceKm, 10)) } };
    }
  });
  // The tie-break: see tie-break.ts for its coefficients and its scope.
  tiers.push({
    tier: 'tie-break',
    sense: 'min',
    scale: 1,
    expression: { indices: all, coefficients: tieBreakCoefficients(round.periods, arcs) },
  });
  return tiers;
}
