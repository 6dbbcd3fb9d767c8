import { rowHolds } from '../mip/model.js';
import { definitionTerms } from './column-definitions.js';
import type { Formulation } from './formulation.js';

/**
 * The formulation's tiers and rows evaluated on a set of arcs (the arcs at 1,
 * every other arc at 0, each defined column at the value its definition
 * gives it), in time proportional to the arcs' nonzeros rather than to the
 * formulation's size. The explanations evaluate thousands of one-swap
 * alternatives; on a round of 150,000 arcs a dense evaluation of each took
 * most of a minute.
 */
export interface ArcEvaluation {
  /** Each tier's value, in its unit (rounded as the solver reports it). */
  tierValues(arcs: ReadonlySet<number>): number[];
  /** Whether some row of the formulation, or a bound of a defined column, is broken. */
  breaksARow(arcs: ReadonlySet<number>): boolean;
}

/** A row written over arcs only: `min <= sum of coefficient * arc <= max`. */
interface ArcRow {
  readonly coefficients: ReadonlyMap<number, number>;
  readonly min?: number;
  readonly max?: number;
}

/**
 * The formulation's rows over arcs only. A defined column is replaced by the
 * arcs it sums (so the expert-count budget's knapsack over counts becomes
 * the knapsack over arcs), its bounds become a row of their own, and the rows
 * that define columns drop out (they hold by construction). Columns that are
 * neither arcs nor defined are fixed at 0 and contribute nothing; an arc's
 * lower bound above 0 becomes a row.
 */
function arcRows(formulation: Formulation): ArcRow[] {
  const arcCount = formulation.arcs.length;
  const expansions = new Map<number, Map<number, number>>();
  const expand = (indices: readonly number[], coefficients: readonly number[]) => {
    const sum = new Map<number, number>();
    const add = (arc: number, value: number) => sum.set(arc, (sum.get(arc) ?? 0) + value);
    indices.forEach((index, position) => {
      const coefficient = coefficients[position] ?? 0;
      if (index < arcCount) add(index, coefficient);
      else for (const [arc, value] of expansions.get(index) ?? []) add(arc, coefficient * value);
    });
    return sum;
  };
  const defining = new Set(formulation.definitions.map((definition) => definition.row));
  const boundRows: ArcRow[] = [];
  for (const terms of definitionTerms(formulation.definitions, formulation.constraints)) {
    const expansion = expand(terms.indices, terms.coefficients);
    expansions.set(terms.column, expansion);
    const { lower, upper } = formulation.variables[terms.column]!;
    boundRows.push({ coefficients: expansion, min: lower, ...(Number.isFinite(upper) ? { max: upper } : {}) });
  }
  const rows = formulation.constraints.flatMap((row, index): ArcRow[] =>
    defining.has(index) ? [] : [{ coefficients: expand(row.indices, row.coefficients), min: row.min, max: row.max }],
  );
  // An arc fixed at 1 (a frozen trajectory of a revised allocation) is a row of its own.
  const fixedArcs = formulation.variables
    .slice(0, arcCount)
    .flatMap((variable, arc): ArcRow[] => (variable.lower > 0 ? [{ coefficients: new Map([[arc, 1]]), min: variable.lower }] : []));
  return [...rows, ...boundRows, ...fixedArcs];
}

/** Column-wise copy of the rows: for arc j, its rows and coefficients at starts[j]..starts[j+1]. */
function arcColumns(rows: readonly ArcRow[], arcCount: number) {
  const starts = new Int32Array(arcCount + 1);
  for (const row of rows) for (const arc of row.coefficients.keys()) starts[arc + 1]!++;
  for (let j = 0; j < arcCount; j++) starts[j + 1]! += starts[j]!;
  const rowOf = new Int32Array(starts[arcCount]!);
  const coefficients = new Float64Array(starts[arcCount]!);
  const next = starts.slice(0, arcCount);
  rows.forEach((row, rowIndex) => {
    for (const [arc, coefficient] of row.coefficients) {
      const at = next[arc]!++;
      rowOf[at] = rowIndex;
      coefficients[at] = coefficient;
    }
  });
  return { starts, rows: rowOf, coefficients };
}

const evaluations = new WeakMap<Formulation, ArcEvaluation>();

/** The evaluation of `formulation`, built once per formulation (formulations are frozen). */
export function arcEvaluation(formulation: Formulation): ArcEvaluation {
  const cached = evaluations.get(formulation);
  if (cached) return cached;
  const arcCount = formulation.arcs.length;
  // Each tier's coefficient per arc; an index repeated in an expression adds up, as in evaluate().
  const tierCoefficients = formulation.tiers.map((tier) => {
    const dense = new Float64Array(arcCount);
    tier.expression.indices.forEach((index, position) => {
      if (index < arcCount) dense[index]! += tier.expression.coefficients[position] ?? 0;
    });
    return dense;
  });
  const rows = arcRows(formulation);
  const columns = arcColumns(rows, arcCount);
  // Rows that no arc at 1 can satisfy on its own: broken at activity 0 (a pin, a minimum quota).
  const brokenAtZero = rows.flatMap((row, index) => (rowHolds(row, 0) ? [] : [index]));
  const evaluation: ArcEvaluation = {
    tierValues: (arcs) =>
      formulation.tiers.map((tier, t) => {
        let total = 0;
        for (const arc of arcs) total += tierCoefficients[t]![arc] ?? 0;
        return Math.round(total) / tier.scale;
      }),
    breaksARow: (arcs) => {
      const activity = new Map<number, number>();
      for (const arc of arcs) {
        for (let at = columns.starts[arc]!; at < columns.starts[arc + 1]!; at++) {
          const row = columns.rows[at]!;
          activity.set(row, (activity.get(row) ?? 0) + columns.coefficients[at]!);
        }
      }
      for (const [row, value] of activity) if (!rowHolds(rows[row]!, value)) return true;
      return brokenAtZero.some((row) => !activity.has(row));
    },
  };
  evaluations.set(formulation, evaluation);
  return evaluation;
}
