/**
 * An engine-neutral mixed-integer program. Variables and constraints carry
 * generated names (`x12`, `c3`-style) only: engines never see user ids.
 */

/** A linear expression as parallel arrays of variable indices and coefficients. */
export interface LinearExpression {
  readonly indices: readonly number[];
  readonly coefficients: readonly number[];
}

export interface MipVariable {
  readonly name: string;
  readonly lower: number;
  readonly upper: number;
  readonly integer: boolean;
}

/** `min <= expression <= max`; a missing side is unbounded. */
export interface MipConstraint extends LinearExpression {
  readonly name: string;
  readonly min?: number;
  readonly max?: number;
}

interface MipObjective extends LinearExpression {
  readonly sense: 'max' | 'min';
}

export interface MipModel {
  readonly variables: readonly MipVariable[];
  readonly constraints: readonly MipConstraint[];
  readonly objective: MipObjective;
}

/** Thrown when a model holds a value no engine should see (NaN, infinite coefficient, bad index). */
export class InvalidModelError extends Error {
  override readonly name = 'InvalidModelError';
}

/**
 * Rejects NaN or infinite coefficients and bounds, and indices out of range,
 * before they reach an engine: HiGHS accepts NaN silently.
 */
export function assertValidModel(model: MipModel): void {
  const count = model.variables.length;
  const checkExpression = (owner: string, expression: LinearExpression) => {
    if (expression.indices.length !== expression.coefficients.length) {
      throw new InvalidModelError(`${owner}: ${expression.indices.length} indices but ${expression.coefficients.length} coefficients`);
    }
    expression.indices.forEach((index, position) => {
      if (!Number.isInteger(index) || index < 0 || index >= count)
        throw new InvalidModelError(`${owner}: variable index ${index} out of range`);
      const coefficient = expression.coefficients[position];
      if (coefficient === undefined || !Number.isFinite(coefficient)) {
        throw new InvalidModelError(`${owner}: coefficient of variable ${index} is ${coefficient}`);
      }
    });
  };
  for (const variable of model.variables) {
    if (Number.isNaN(variable.lower) || Number.isNaN(variable.upper) || variable.lower > variable.upper) {
      throw new InvalidModelError(`variable ${variable.name}: bounds [${variable.lower}, ${variable.upper}]`);
    }
  }
  for (const constraint of model.constraints) {
    checkExpression(`constraint ${constraint.name}`, constraint);
    for (const side of [constraint.min, constraint.max]) {
      if (side !== undefined && !Number.isFinite(side)) throw new InvalidModelError(`constraint ${constraint.name}: bound ${side}`);
    }
  }
  checkExpression('objective', model.objective);
}

/** Value of a linear expression at a point. */
export function evaluate(expression: LinearExpression, values: ArrayLike<number>): number {
  let total = 0;
  expression.indices.forEach((index, position) => {
    total += (expression.coefficients[position] ?? 0) * (values[index] ?? 0);
  });
  return total;
}

/** How far a row's activity may lie outside its bounds and still count as holding (engines' feasibility tolerance). */
const ROW_TOLERANCE = 1e-6;

/** Whether `activity` lies within the row's bounds, up to ROW_TOLERANCE. */
export function rowHolds(row: { readonly min?: number; readonly max?: number }, activity: number): boolean {
  return (row.min === undefined || activity >= row.min - ROW_TOLERANCE) && (row.max === undefined || activity <= row.max + ROW_TOLERANCE);
}

/** A binary column above this value is read as 1 (engines return 1 within their tolerances). */
export const ONE = 0.5;
