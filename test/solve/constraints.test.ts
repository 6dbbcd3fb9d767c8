import { describe, expect, it } from 'vitest';
import { checkAllocation } from '../../src/check/check-allocation.js';
import type { Constraints, Round, Trajectory } from '../../src/domain/types.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { solveRound } from '../../src/solve/prepared-round.js';
import { tinyRound } from '../support/tiny-round.js';

const highs = new HighsEngine();
const withConstraints = (extra: Partial<Constraints>, base: Round = tinyRound): Round => ({
  ...base,
  constraints: { ...base.constraints, ...extra },
});
const solved = async (round: Round) => {
  const outcome = await solveRound(round, { engine: highs, timeLimitSeconds: 30 });
  if (outcome.allocation) expect(checkAllocation(round, outcome.allocation)).toEqual([]);
  return outcome;
};
const served = (trajectories: readonly Trajectory[] | undefined) => (trajectories ?? []).map((t) => `${t.expert}-${t.request}`).sort();
const rulesBroken = (round: Round, trajectories: Trajectory[]) => checkAllocation(round, { trajectories }).map((v) => v.rule);

// tinyRound's optimum is X1-R1 and X2-R3 (priority 95); see test/support/tiny-round.ts.
describe('policy constraints in the model, each re-checked by the checker', () => {
  it('the unconstrained optimum, for reference', async () => {
    expect(served((await solved(tinyRound)).allocation?.trajectories)).toEqual(['X1-R1', 'X2-R3']);
  });

  it('maxPerSupplier caps what one lending municipality provides', async () => {
    const round = withConstraints(
      { maxPerSupplier: 1 },
      {
        ...tinyRound,
        experts: tinyRound.experts.map((e) => ({ ...e, municipality: '44021' })),
        requests: tinyRound.requests.filter((r) => r.municipality !== '44021'),
      },
    );
    const outcome = await solved(round);
    expect(outcome.allocation?.trajectories).toHaveLength(1);
    expect(
      rulesBroken(round, [
        { expert: 'X1', request: 'R1', period: 'P1' },
        { expert: 'X2', request: 'R3', period: 'P1' },
      ]),
    ).toContain('supplier-cap');
  });

  it('a province max and a domain min reshape the allocation', async () => {
    const capped = withConstraints({ provinces: { Antwerpen: { max: 0 } } });
    expect(served((await solved(capped)).allocation?.trajectories)).toEqual(['X1-R1']);
    expect(rulesBroken(capped, [{ expert: 'X2', request: 'R3', period: 'P1' }])).toEqual(['province-quota']);
    const wonen = withConstraints({ domains: { wonen: { min: 2 } } });
    expect(served((await solved(wonen)).allocation?.trajectories)).toEqual(['X1-R1', 'X2-R2'].sort());
    expect(rulesBroken(wonen, [{ expert: 'X1', request: 'R1', period: 'P1' }])).toEqual(['domain-quota']);
  });

  it('a pin is always in the result, even when it costs priority', async () => {
    const pinned = withConstraints({ pins: [{ expert: 'X1', request: 'R2', period: 'P2' }] });
    const outcome = await solved(pinned);
    expect(outcome.allocation?.trajectories).toContainEqual({ expert: 'X1', request: 'R2', period: 'P2' });
    expect(rulesBroken(pinned, [])).toEqual(['pin']);
  });

  it('exclusions by municipality and by request remove the pair', async () => {
    const round = withConstraints({
      exclude: [
        { expert: 'X1', municipality: '41002' },
        { expert: 'X2', request: 'R3' },
      ],
    });
    const allocation = (await solved(round)).allocation!;
    expect(
      allocation.trajectories.some((t) => (t.expert === 'X1' && t.request === 'R1') || (t.expert === 'X2' && t.request === 'R3')),
    ).toBe(false);
    expect(rulesBroken(round, [{ expert: 'X1', request: 'R1', period: 'P1' }])).toEqual(['excluded']);
  });

  it('a minimum level keeps lower-level experts away, and the expertise tier prefers higher levels', async () => {
    const levelled: Round = {
      ...tinyRound,
      experts: tinyRound.experts.map((e) => (e.id === 'X2' ? { ...e, levels: { schuldhulp: 1, wonen: 3 } } : e)),
    };
    const strict = withConstraints({ minLevel: { wonen: 2 } }, levelled);
    const allocation = (await solved(strict)).allocation!;
    expect(allocation.trajectories.every((t) => t.expert === 'X2')).toBe(true);
    expect(rulesBroken(strict, [{ expert: 'X1', request: 'R1', period: 'P1' }])).toEqual(['min-level']);
    const expertise = await solved({ ...levelled, objective: ['expertise', 'served', 'distance'] });
    expect(expertise.tiers[0]).toMatchObject({ tier: 'expertise', value: 4 });
  });

  it('history: exclude keeps municipalities served before out; ongoing trajectories block their period', async () => {
    const history = {
      records: [{ year: 2021, expert: 'X9', municipality: '41002', domain: 'wonen' }],
      servedBefore: 'exclude',
      factor: 1,
      ongoing: [{ expert: 'X2', period: 'P1' }],
    } as const;
    const round: Round = { ...tinyRound, history };
    const allocation = (await solved(round)).allocation!;
    expect(served(allocation.trajectories)).toEqual(['X1-R2']);
    expect(rulesBroken(round, [{ expert: 'X1', request: 'R1', period: 'P1' }])).toEqual(['served-before']);
    expect(rulesBroken(round, [{ expert: 'X2', request: 'R3', period: 'P1' }])).toEqual(['ongoing']);
  });

  it('history: penalise lowers the score of municipalities served before', async () => {
    const history = {
      records: [{ year: 2021, expert: 'X9', municipality: '41002', domain: 'wonen' }],
      servedBefore: 'penalise',
      factor: 0.5,
      ongoing: [],
    } as const;
    const outcome = await solved({ ...tinyRound, history });
    // R1 now scores 25 instead of 50; R2 and R3 share Mechelen (one trajectory), so R1 + R3 = 70 stays best.
    expect(served(outcome.allocation?.trajectories)).toEqual(['X1-R1', 'X2-R3']);
    expect(outcome.tiers[0]).toMatchObject({ tier: 'priority', value: 70 });
  });

  it('an unreachable pin or min makes the model infeasible', async () => {
    expect((await solved(withConstraints({ pins: [{ expert: 'X2', request: 'R4' }] }))).status).toBe('infeasible');
    expect((await solved(withConstraints({ provinces: { 'Oost-Vlaanderen': { min: 2 } } }))).status).toBe('infeasible');
  });
});
