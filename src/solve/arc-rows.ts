import { definitionTerms } from './column-definitions.js';
import type { Formulation } from './formulation.js';

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
function arcColumns(rows: readonly ArcRow[], arcCount: number): ArcColumns {
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

/** The rows each arc appears in, column-wise: for arc j, rows[at] with coefficients[at] for at in starts[j]..starts[j+1]. */
interface ArcColumns {
  readonly starts: Int32Array;
  readonly rows: Int32Array;
  readonly coefficients: Float64Array;
}

/** A formulation's rows over arcs only, row-wise and column-wise. */
export interface ArcRows {
  readonly rows: readonly ArcRow[];
  readonly columns: ArcColumns;
}

const built = new WeakMap<Formulation, ArcRows>();

/** The rows of `formulation` over its arcs (see arcRows), built once per formulation (formulations are frozen). */
export function arcRowsOf(formulation: Formulation): ArcRows {
  let found = built.get(formulation);
  if (!found) {
    const rows = arcRows(formulation);
    found = { rows, columns: arcColumns(rows, formulation.arcs.length) };
    built.set(formulation, found);
  }
  return found;
}
