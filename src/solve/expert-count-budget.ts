import type { MipConstraint, MipVariable } from '../mip/model.js';
import type { ColumnDefinition } from './column-definitions.js';

/** What the budget rows need to know about one arc (a possible trajectory). */
export interface BudgetArc {
  readonly expertId: string;
  /** Cost of the trajectory in cents. */
  readonly costCents: number;
  /** Most trajectories the expert can do in this round (periods with an arc, capped by max_trajectories). */
  readonly expertLimit: number;
}

/** A row before it gets its generated name. */
type UnnamedRow = Omit<MipConstraint, 'name'>;

/** New columns and rows that carry the budget; arc columns keep their indices 0..arcs-1. */
export interface BudgetRows {
  readonly variables: readonly MipVariable[];
  readonly constraints: readonly UnnamedRow[];
  /** Which of `constraints` (by index) defines which new column, counts before their total. */
  readonly definitions: readonly ColumnDefinition[];
}

/**
 * The budget written over the experts instead of over the arcs. A general
 * integer z[e] counts expert e's trajectories (z[e] = sum of e's arcs) and one
 * integer N counts all of them (N = sum z[e] <= countLimit); the knapsack row
 * holds only the z[e]:
 *
 *   sum_e cost[e] * z[e] <= budget.
 *
 * The LP relaxation is the same as with the cost on every arc, but HiGHS now
 * sees a knapsack over tens of integers instead of thousands of binaries:
 * its knapsack cover and MIR cuts bite, and branching on "how many
 * trajectories does expert e do" or "how many in total" splits the budget
 * where it matters. On Flanders-scale mid-budget rounds this proved optima
 * that the per-arc knapsack left open after 60 s (see the README benchmark).
 *
 * `firstColumn` is the index the first new column gets.
 */
export function expertCountBudget(arcs: readonly BudgetArc[], budgetCents: number, countLimit: number, firstColumn: number): BudgetRows {
  const byExpert = new Map<string, { indices: number[]; costCents: number; limit: number }>();
  arcs.forEach((arc, index) => {
    const group = byExpert.get(arc.expertId);
    if (group) group.indices.push(index);
    else byExpert.set(arc.expertId, { indices: [index], costCents: arc.costCents, limit: arc.expertLimit });
  });
  const variables: MipVariable[] = [];
  const constraints: UnnamedRow[] = [];
  const definitions: ColumnDefinition[] = [];
  const add = (row: UnnamedRow) => constraints.push(row);
  // A row `terms - column = 0` defines the column as the sum of its terms.
  const define = (column: number, terms: readonly number[], coefficients: readonly number[]) => {
    definitions.push({ column, row: constraints.length });
    add({ indices: [...terms, column], coefficients: [...coefficients, -1], min: 0, max: 0 });
  };
  const counts: number[] = [];
  const costs: number[] = [];
  for (const [, group] of byExpert) {
    const column = firstColumn + variables.length;
    // The bound is implied by the expert's own rows; stating it on the column lets cuts on the knapsack use it.
    variables.push({ name: `x${column}`, lower: 0, upper: Math.min(group.limit, group.indices.length), integer: true });
    define(
      column,
      group.indices,
      group.indices.map(() => 1),
    );
    counts.push(column);
    costs.push(group.costCents);
  }
  const total = firstColumn + variables.length;
  variables.push({ name: `x${total}`, lower: 0, upper: Math.min(countLimit, arcs.length), integer: true });
  define(
    total,
    counts,
    counts.map(() => 1),
  );
  const maxSpend = [...byExpert.values()].reduce((sum, group) => sum + group.costCents * Math.min(group.limit, group.indices.length), 0);
  if (maxSpend > budgetCents) add({ indices: counts, coefficients: costs, max: budgetCents });
  return { variables, constraints, definitions };
}
