import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertValidModel, evaluate, InvalidModelError, type MipModel, rowHolds } from '../../src/mip/model.js';

/** Two binaries, x0 + x1 <= 1, maximise 3 x0 + 2 x1. */
const model: MipModel = {
  variables: [
    { name: 'x0', lower: 0, upper: 1, integer: true },
    { name: 'x1', lower: 0, upper: 1, integer: true },
  ],
  constraints: [{ name: 'c0', indices: [0, 1], coefficients: [1, 1], max: 1 }],
  objective: { sense: 'max', indices: [0, 1], coefficients: [3, 2] },
};

describe('assertValidModel', () => {
  it('accepts a well-formed model', () => {
    expect(() => assertValidModel(model)).not.toThrow();
  });

  it.each<[string, MipModel, RegExp]>([
    ['a NaN coefficient', { ...model, constraints: [{ ...model.constraints[0]!, coefficients: [1, Number.NaN] }] }, /c0.*NaN/],
    [
      'an infinite objective coefficient',
      { ...model, objective: { ...model.objective, coefficients: [3, Infinity] } },
      /objective.*Infinity/,
    ],
    ['an index past the last column', { ...model, constraints: [{ ...model.constraints[0]!, indices: [0, 2] }] }, /index 2 out of range/],
    ['a fractional index', { ...model, objective: { ...model.objective, indices: [0, 0.5] } }, /index 0.5 out of range/],
    ['fewer coefficients than indices', { ...model, constraints: [{ ...model.constraints[0]!, coefficients: [1] }] }, /2 indices but 1/],
    ['a NaN bound of a row', { ...model, constraints: [{ ...model.constraints[0]!, max: Number.NaN }] }, /c0: bound NaN/],
    [
      'a lower bound above the upper',
      { ...model, variables: [model.variables[0]!, { ...model.variables[1]!, lower: 2 }] },
      /x1: bounds \[2, 1\]/,
    ],
  ])('refuses %s, naming where it is', (_, bad, message) => {
    expect(() => assertValidModel(bad)).toThrow(InvalidModelError);
    expect(() => assertValidModel(bad)).toThrow(message);
  });
});

describe('evaluate and rowHolds', () => {
  it('evaluate is the sum of coefficient times value', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 })), { maxLength: 8 }), (terms) => {
        const expression = { indices: terms.map((_, index) => index), coefficients: terms.map(([coefficient]) => coefficient) };
        const values = terms.map(([, value]) => value);
        expect(evaluate(expression, values)).toBe(terms.reduce((sum, [coefficient, value]) => sum + coefficient * value, 0));
      }),
    );
  });

  it("holds within the engines' tolerance on either side, and past it does not", () => {
    const row = { min: 1, max: 2 };
    expect([0.9999999, 1, 1.5, 2, 2.0000001].map((activity) => rowHolds(row, activity))).toEqual([true, true, true, true, true]);
    expect([0.999, 2.001].map((activity) => rowHolds(row, activity))).toEqual([false, false]);
    expect(rowHolds({}, -1e9)).toBe(true);
    expect(rowHolds({ max: 0 }, 1e-3)).toBe(false);
  });
});
