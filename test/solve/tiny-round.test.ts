import { describe, expect, it } from 'vitest';
import type { Round } from '../../src/domain/types.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { JslpEngine } from '../../src/engines/jslp-engine.js';
import { buildFormulation } from '../../src/solve/formulation.js';
import { maxTrajectoriesWithinBudget, roundArcs } from '../../src/solve/round-arcs.js';
import { solveRound } from '../../src/solve/prepared-round.js';
import { tinyRound } from '../support/tiny-round.js';

describe.each([new HighsEngine(), new JslpEngine()])('the tiny round with $name', (engine) => {
  it('finds the optimum computed by hand', async () => {
    const outcome = await solveRound(tinyRound, { engine, timeLimitSeconds: 30 });
    expect(outcome.status).toBe('optimal');
    expect(outcome.tiers.map((t) => [t.tier, t.value])).toEqual([
      ['priority', 95],
      ['served', 2],
      ['distance', 48.1],
      ['tie-break', expect.any(Number)],
    ]);
    expect(outcome.allocation!.trajectories).toEqual([
      { expert: 'X1', request: 'R1', period: 'P1' },
      { expert: 'X2', request: 'R3', period: 'P1' },
    ]);
  });

  it('serves the best single request when the budget pays one trajectory', async () => {
    const outcome = await solveRound({ ...tinyRound, budget: 12000 }, { engine, timeLimitSeconds: 30 });
    expect(outcome.tiers[0]).toMatchObject({ tier: 'priority', value: 50 });
    // R1 by X1 (Gent-Aalst, 26.0 km) beats X2 (Antwerpen-Aalst, 40.3 km) on distance.
    expect(outcome.allocation!.trajectories).toEqual([{ expert: 'X1', request: 'R1', period: 'P1' }]);
  });

  it('serves nothing without budget, and says optimal', async () => {
    const outcome = await solveRound({ ...tinyRound, budget: 5000 }, { engine, timeLimitSeconds: 30 });
    expect(outcome.status).toBe('optimal');
    expect(outcome.allocation!.trajectories).toEqual([]);
  });
});

describe('the formulation', () => {
  it('has one binary per eligible expert, period and request', () => {
    const formulation = buildFormulation(tinyRound, 'per-arc');
    expect(formulation.arcs.map((a) => `${a.expert.id}-${a.request.id}-${a.period}`)).toEqual([
      'X1-R1-P1',
      'X1-R1-P2',
      'X1-R2-P1',
      'X1-R2-P2',
      'X2-R1-P1',
      'X2-R2-P1',
      'X2-R3-P1',
    ]);
    expect(formulation.variables).toHaveLength(formulation.arcs.length);
    expect(formulation.variables.every((v) => v.integer && v.lower === 0 && v.upper === 1)).toBe(true);
  });

  it.each(['per-arc', 'expert-count'] as const)('%s: names its columns and rows itself, never after an id of the input', (budget) => {
    const names = (round: Round) => {
      const { variables, constraints } = buildFormulation(round, budget);
      return [...variables, ...constraints].map((item) => item.name);
    };
    const generated = names(tinyRound);
    expect(new Set(generated).size).toBe(generated.length);
    // Ids hold any character a spreadsheet cell holds; a model file must not carry them.
    const odd = (id: string) => `${id} <"a b">\\ ${id}`;
    const renamed: Round = {
      ...tinyRound,
      experts: tinyRound.experts.map((expert) => ({ ...expert, id: odd(expert.id) })),
      requests: tinyRound.requests.map((request) => ({ ...request, id: odd(request.id) })),
    };
    expect(names(renamed)).toEqual(generated);
  });

  it('counts how many of the cheapest expert-periods the budget pays', () => {
    const { arcs } = roundArcs(tinyRound);
    expect(maxTrajectoriesWithinBudget(arcs, 22000)).toBe(2);
    expect(maxTrajectoriesWithinBudget(arcs, 19999)).toBe(1);
    expect(maxTrajectoriesWithinBudget(arcs, 32000)).toBe(3);
  });

  it('scales decimal priorities to integer objective coefficients', () => {
    const round = { ...tinyRound, requests: tinyRound.requests.map((r, i) => ({ ...r, priority: 40 + i / 4 })) };
    const tier = buildFormulation(round, 'expert-count').tiers.find((t) => t.tier === 'priority')!;
    expect(tier.scale).toBe(100);
    expect(tier.expression.coefficients.every(Number.isInteger)).toBe(true);
  });
});
