import { describe, expect, it } from 'vitest';
import { checkAllocation } from '../../src/check/check-allocation.js';
import type { Replan, Round, Trajectory } from '../../src/domain/types.js';
import { tinyRound } from '../support/tiny-round.js';

/** The tiny round's optimum was promised: X1 -> R1 in P1 (frozen) and X2 -> R3 in P1 (frozen). */
const promised: Trajectory[] = [
  { expert: 'X1', request: 'R1', period: 'P1' },
  { expert: 'X2', request: 'R3', period: 'P1' },
];

const revised = (replan: Partial<Replan>): Round => ({
  ...tinyRound,
  budget: 40000,
  replan: { promised, frozen: [], withdrawn: [], cancelled: [], ...replan },
});

const rulesBroken = (round: Round, trajectories: Trajectory[]) => checkAllocation(round, { trajectories }).map((v) => v.rule);

describe('the independent checker on a revised allocation', () => {
  it('accepts the promised allocation when nothing changed', () => {
    expect(rulesBroken(revised({ frozen: ['P1'] }), promised)).toEqual([]);
  });

  it('requires every frozen trajectory, unchanged', () => {
    const round = revised({ frozen: ['P1'] });
    expect(rulesBroken(round, [promised[0]!])).toEqual(['frozen']);
    // The same request with the same expert in another period is a change, not the frozen trajectory.
    expect(rulesBroken(round, [{ expert: 'X1', request: 'R1', period: 'P2' }, promised[1]!])).toEqual(['frozen']);
  });

  it('allows no other trajectory in a frozen period', () => {
    const round = revised({ promised: [promised[0]!], frozen: ['P1'] });
    expect(rulesBroken(round, [promised[0]!, { expert: 'X2', request: 'R3', period: 'P1' }])).toEqual(['frozen-period']);
  });

  it('lets no withdrawn expert work from the withdrawal on, in round order', () => {
    const round = revised({ withdrawn: [{ expert: 'X1', from: 'P2' }] });
    expect(rulesBroken(round, [{ expert: 'X1', request: 'R1', period: 'P1' }])).toEqual([]);
    expect(checkAllocation(round, { trajectories: [{ expert: 'X1', request: 'R1', period: 'P2' }] })).toEqual([
      { rule: 'withdrawn', trajectory: { expert: 'X1', request: 'R1', period: 'P2' }, from: 'P2' },
    ]);
  });

  it('serves no cancelled request', () => {
    const round = revised({ cancelled: ['R3'] });
    expect(rulesBroken(round, promised)).toEqual(['cancelled']);
    expect(rulesBroken(round, [promised[0]!])).toEqual([]);
  });

  it('checks nothing of the kind in a round that is not revised', () => {
    expect(rulesBroken(tinyRound, [{ expert: 'X1', request: 'R1', period: 'P2' }])).toEqual([]);
  });
});
