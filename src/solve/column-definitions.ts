import type { MipConstraint } from '../mip/model.js';

/**
 * A column that a row of the formulation defines: row `row` reads
 * `terms - column = 0`, so the column equals the sum of the row's other
 * terms (e.g. the expert-count budget's count of an expert's trajectories,
 * and the total of those counts). The builder lists them, each after the
 * definitions of the columns it sums, so the rest of the solver never has
 * to recognise them by the shape of a row.
 */
export interface ColumnDefinition {
  readonly column: number;
  readonly row: number;
}

/** A definition's row as `column = sum of terms`. */
export interface DefinitionTerms {
  readonly column: number;
  readonly indices: readonly number[];
  readonly coefficients: readonly number[];
}

/** The terms each definition sums (its row without the defined column). */
export function definitionTerms(definitions: readonly ColumnDefinition[], constraints: readonly MipConstraint[]): DefinitionTerms[] {
  return definitions.map(({ column, row }) => {
    const { indices, coefficients } = constraints[row]!;
    const kept = indices.flatMap((index, position) => (index === column ? [] : [position]));
    return { column, indices: kept.map((position) => indices[position]!), coefficients: kept.map((position) => coefficients[position]!) };
  });
}

/** The defined column's value at `point`: the sum of its terms. */
export function definedValue(terms: DefinitionTerms, point: ArrayLike<number>): number {
  let sum = 0;
  terms.indices.forEach((index, position) => (sum += terms.coefficients[position]! * (point[index] ?? 0)));
  return sum;
}

/** For each column, the positions (in `terms`) of the definitions that sum it. */
export function definitionsUsing(terms: readonly DefinitionTerms[]): Map<number, number[]> {
  const usedBy = new Map<number, number[]>();
  terms.forEach((definition, position) => {
    for (const column of definition.indices) usedBy.set(column, [...(usedBy.get(column) ?? []), position]);
  });
  return usedBy;
}

/** Sets every defined column of `point` from the columns it sums, in definition order. */
export function applyDefinitions(point: Float64Array, terms: readonly DefinitionTerms[]): void {
  for (const definition of terms) point[definition.column] = definedValue(definition, point);
}
