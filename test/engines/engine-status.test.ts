import { describe, expect, it } from 'vitest';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { JslpEngine } from '../../src/engines/jslp-engine.js';
import { UnknownEngineError } from '../../src/engines/engine-info.js';
import { createEngine } from '../../src/engines/registry.js';
import { assertValidModel, InvalidModelError, type MipModel } from '../../src/mip/model.js';

/** A knapsack with equal ratios: easy to state, slow for branch and bound without cuts. */
function hardKnapsack(items: number): MipModel {
  const indices = Array.from({ length: items }, (_, i) => i);
  const weights = indices.map((i) => 1000 + ((i * 7919) % 997) * 2);
  return {
    variables: indices.map((i) => ({ name: `x${i}`, lower: 0, upper: 1, integer: true })),
    constraints: [{ name: 'c0', indices, coefficients: weights, max: Math.floor(weights.reduce((a, b) => a + b, 0) / 2) + 0.5 }],
    objective: { sense: 'max', indices, coefficients: weights.map((w) => w + 1) },
  };
}

const infeasible: MipModel = {
  variables: [{ name: 'x0', lower: 0, upper: 1, integer: true }],
  constraints: [{ name: 'c0', indices: [0], coefficients: [1], min: 2 }],
  objective: { sense: 'max', indices: [0], coefficients: [1] },
};

describe('engine status mapping', () => {
  it('javascript-lp-solver on timeout: time_limit with no solution, never its fractional point', async () => {
    const result = await new JslpEngine().solve(hardKnapsack(143), { timeLimitSeconds: 0.3 });
    expect(result.termination).toBe('time_limit');
    expect(result.solution).toBeUndefined();
  });

  it.each([new HighsEngine(), new JslpEngine()])('$name reports infeasible models as infeasible', async (engine) => {
    const result = await engine.solve(infeasible, { timeLimitSeconds: 5 });
    expect(result.termination).toBe('infeasible');
    expect(result.solution).toBeUndefined();
  });

  it('HiGHS proves a small knapsack optimal with a zero gap', async () => {
    const result = await new HighsEngine().solve(hardKnapsack(12), { timeLimitSeconds: 10 });
    expect(result).toMatchObject({ termination: 'optimal', gap: 0 });
    expect(result.solution!.values.every((v) => Math.abs(v - Math.round(v)) < 1e-6)).toBe(true);
  });

  it('rejects NaN and infinite coefficients before any engine sees them', () => {
    const withNaN: MipModel = { ...infeasible, constraints: [{ name: 'c0', indices: [0], coefficients: [Number.NaN], max: 1 }] };
    const withInfinity: MipModel = { ...infeasible, objective: { sense: 'max', indices: [0], coefficients: [Number.POSITIVE_INFINITY] } };
    expect(() => assertValidModel(withNaN)).toThrow(InvalidModelError);
    expect(() => assertValidModel(withInfinity)).toThrow(InvalidModelError);
    expect(() => assertValidModel(hardKnapsack(3))).not.toThrow();
  });

  it('refuses unknown engine names instead of falling back', () => {
    expect(() => createEngine('cplex')).toThrow(UnknownEngineError);
    expect(createEngine('jslp').name).toBe('jslp');
  });
});

describe('models without columns', () => {
  const empty = (row: { min?: number; max?: number }): MipModel => ({
    variables: [],
    constraints: [{ name: 'c0', indices: [], coefficients: [], ...row }],
    objective: { sense: 'max', indices: [], coefficients: [] },
  });

  it.each([new HighsEngine(), new JslpEngine()])(
    '$name: optimal when every row allows 0, infeasible when one demands more',
    async (engine) => {
      expect((await engine.solve(empty({ max: 1 }), { timeLimitSeconds: 5 })).termination).toBe('optimal');
      expect((await engine.solve(empty({ min: 1 }), { timeLimitSeconds: 5 })).termination).toBe('infeasible');
    },
  );
});
