import { expertPeriodKey } from '../domain/expert-period.js';
import { indexBy } from '../domain/index-by.js';
import { budgetCents, costCents } from '../domain/money.js';
import type { Round } from '../domain/types.js';
import type { MipConstraint, MipVariable } from '../mip/model.js';
import { replanLookup } from '../domain/replan.js';
import { arcColumnByKey, arcKey, type Arc } from './arc.js';
import type { ColumnDefinition } from './column-definitions.js';
import { expertCountBudget, type BudgetArc } from './expert-count-budget.js';
import { objectiveTiers, type TierObjective } from './objective-tiers.js';
import { policyRows } from './policy-rows.js';
import { expertsWithArcs, groupArcs, maxTrajectoriesWithinBudget, roundArcs } from './round-arcs.js';

/** The round as a MIP without its objective, plus the tiers to optimise in order. */
export interface Formulation {
  /** Column i is arc i for i < arcs.length; the columns after them are auxiliary. */
  readonly arcs: readonly Arc[];
  readonly variables: readonly MipVariable[];
  readonly constraints: readonly MipConstraint[];
  /** The auxiliary columns that a row defines as a sum of earlier columns (see column-definitions.ts). */
  readonly definitions: readonly ColumnDefinition[];
  /** The row that serves each request at most once; a request with one arc has none (its arc's bounds say it). */
  readonly requestRows: ReadonlyMap<string, number>;
  readonly tiers: readonly TierObjective[];
}

/**
 * How the budget is written: `per-arc` puts each trajectory's cost on its arc
 * (knapsack over the binaries; every column is an arc); `expert-count` adds
 * one integer count per expert and puts the cost there (see
 * expert-count-budget.ts), which proves mid-budget rounds much faster. Both
 * give the same optimum. Which one a solve uses is decided in one place,
 * prepared-round.ts, from the engine's capabilities.
 */
export type BudgetFormulation = 'per-arc' | 'expert-count';

class RowBuilder {
  readonly rows: MipConstraint[] = [];
  add(indices: number[], coefficients: number[], bounds: { min?: number; max?: number }): void {
    this.rows.push({ name: `c${this.rows.length}`, indices, coefficients, ...bounds });
  }
}

const ones = (length: number): number[] => new Array<number>(length).fill(1);

/**
 * The round as a MIP: a binary x[e,p,q] per expert, period and eligible
 * request (an arc), every constraint explicit, the frozen trajectories of a
 * revised allocation fixed at 1, and the budget written as `budget` says. Pure: callers that share it get it from a prepared round
 * (prepared-round.ts), which builds it once per round.
 */
export function buildFormulation(round: Round, budget: BudgetFormulation): Formulation {
  const { ranking, arcs } = roundArcs(round);
  const variables: MipVariable[] = arcs.map((_, index) => ({ name: `x${index}`, lower: 0, upper: 1, integer: true }));
  const rows = new RowBuilder();

  // One trajectory per expert per period (half-time), and the expert's maximum per round.
  for (const [, indices] of groupArcs(arcs, (arc) => expertPeriodKey(arc.expert.id, arc.period))) {
    if (indices.length > 1) rows.add(indices, ones(indices.length), { max: 1 });
  }
  const experts = expertsWithArcs(arcs);
  for (const [expertId, indices] of groupArcs(arcs, (arc) => arc.expert.id)) {
    const { expert, periods } = experts.get(expertId)!;
    if (expert.maxTrajectories < periods) rows.add(indices, ones(indices.length), { max: expert.maxTrajectories });
  }
  // A request is served at most once; a municipality receives at most its cap.
  const requestRows = new Map<string, number>();
  for (const [requestId, indices] of groupArcs(arcs, (arc) => arc.request.id)) {
    if (indices.length > 1) {
      requestRows.set(requestId, rows.rows.length);
      rows.add(indices, ones(indices.length), { max: 1 });
    }
  }
  const cap = round.constraints.maxPerMunicipality;
  for (const [, indices] of groupArcs(arcs, (arc) => arc.request.municipality)) {
    const requests = new Set(indices.map((index) => arcs[index]!.request.id)).size;
    if (requests > cap) rows.add(indices, ones(indices.length), { max: cap });
  }
  // A row that cannot be met goes over a variable fixed at 0, so every engine sees the
  // infeasibility (an empty row, or a model without columns, may be skipped).
  const impossible = (min: number) => {
    variables.push({ name: `x${variables.length}`, lower: 0, upper: 0, integer: false });
    rows.add([variables.length - 1], [1], { min });
  };
  const provinces = indexBy(round.municipalities, (m) => m.nis);
  for (const row of policyRows(round, arcs, (nis) => provinces.get(nis)?.province)) {
    // A pin or min without any arc cannot be met.
    if (row.indices.length === 0 && (row.min ?? 0) > 0) impossible(row.min!);
    else rows.add([...row.indices], [...row.coefficients], { min: row.min, max: row.max });
  }
  // A revised allocation's frozen trajectories are fixed arcs; one the round no longer allows cannot be met.
  const columns = arcColumnByKey(arcs);
  for (const t of replanLookup(round)?.frozen ?? []) {
    const column = columns.get(arcKey(t.expert, t.request, t.period));
    if (column === undefined) impossible(1);
    else variables[column] = { ...variables[column]!, lower: 1 };
  }

  // Budget. With equal costs it is a count; otherwise the knapsack row plus the count cut.
  const all = arcs.map((_, index) => index);
  const costs = arcs.map((arc) => costCents(arc.expert.cost));
  const budgetLimit = budgetCents(round.budget);
  const countLimit = maxTrajectoriesWithinBudget(arcs, round.budget);
  const definitions: ColumnDefinition[] = [];
  if (new Set(costs).size > 1 && budget === 'expert-count') {
    const counted = expertCountBudget(budgetArcs(arcs), budgetLimit, countLimit, variables.length);
    const firstRow = rows.rows.length;
    variables.push(...counted.variables);
    for (const row of counted.constraints) rows.add([...row.indices], [...row.coefficients], { min: row.min, max: row.max });
    definitions.push(...counted.definitions.map(({ column, row }) => ({ column, row: firstRow + row })));
  } else {
    if (new Set(costs).size > 1 && costs.reduce((sum, cost) => sum + cost, 0) > budgetLimit) rows.add(all, costs, { max: budgetLimit });
    if (arcs.length > 0 && countLimit < arcs.length) rows.add(all, ones(all.length), { max: countLimit });
  }

  return { arcs, variables, constraints: rows.rows, definitions, requestRows, tiers: objectiveTiers(round, arcs, ranking) };
}

/** Per arc: its expert, cost in cents, and how many trajectories the expert can do at most. */
function budgetArcs(arcs: readonly Arc[]): BudgetArc[] {
  const experts = expertsWithArcs(arcs);
  return arcs.map((arc) => ({
    expertId: arc.expert.id,
    costCents: costCents(arc.expert.cost),
    expertLimit: Math.min(experts.get(arc.expert.id)!.periods, arc.expert.maxTrajectories),
  }));
}
