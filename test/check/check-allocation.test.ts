import { describe, expect, it } from 'vitest';
import { checkAllocation } from '../../src/check/check-allocation.js';
import type { Trajectory } from '../../src/domain/types.js';
import { tinyRound } from '../support/tiny-round.js';

const rulesBroken = (trajectories: Trajectory[], round = tinyRound) => checkAllocation(round, { trajectories }).map((v) => v.rule);

describe('checkAllocation', () => {
  it('accepts a valid allocation', () => {
    expect(
      rulesBroken([
        { expert: 'X1', request: 'R1', period: 'P1' },
        { expert: 'X2', request: 'R3', period: 'P1' },
      ]),
    ).toEqual([]);
  });

  it.each([
    ['a domain the expert lacks', [{ expert: 'X1', request: 'R3', period: 'P1' }], ['eligibility']],
    ['a period the expert is not available', [{ expert: 'X2', request: 'R1', period: 'P2' }], ['eligibility']],
    ['a period the request does not accept', [{ expert: 'X1', request: 'R4', period: 'P1' }], ['eligibility', 'eligibility']],
    ['an unknown period', [{ expert: 'X1', request: 'R1', period: 'P9' }], ['eligibility', 'eligibility', 'eligibility']],
    [
      'two trajectories of one expert in one period',
      [
        { expert: 'X1', request: 'R1', period: 'P1' },
        { expert: 'X1', request: 'R2', period: 'P1' },
      ],
      ['expert-period'],
    ],
    [
      'a request served twice (and its municipality above the cap)',
      [
        { expert: 'X1', request: 'R1', period: 'P1' },
        { expert: 'X2', request: 'R1', period: 'P1' },
      ],
      ['request-once', 'municipality-cap'],
    ],
    [
      'a municipality above its cap',
      [
        { expert: 'X1', request: 'R2', period: 'P1' },
        { expert: 'X2', request: 'R3', period: 'P1' },
      ],
      ['municipality-cap'],
    ],
    ['an unknown expert', [{ expert: 'X9', request: 'R1', period: 'P1' }], ['unknown-id']],
  ])('reports %s', (_, trajectories, expected) => {
    expect(rulesBroken(trajectories as Trajectory[])).toEqual(expected);
  });

  it('reports helping the own municipality and distance beyond the maximum', () => {
    const round = { ...tinyRound, experts: tinyRound.experts.map((e) => (e.id === 'X1' ? { ...e, maxDistanceKm: 10 } : e)) };
    expect(rulesBroken([{ expert: 'X1', request: 'R1', period: 'P1' }], round)).toEqual(['eligibility']);
    const own = { ...tinyRound, requests: [...tinyRound.requests, { id: 'R5', municipality: '44021', domain: 'wonen', periods: ['P1'] }] };
    expect(rulesBroken([{ expert: 'X1', request: 'R5', period: 'P1' }], own)).toEqual(['eligibility']);
  });

  it('reports the maximum per expert and the budget', () => {
    const round = { ...tinyRound, budget: 19999, experts: tinyRound.experts.map((e) => ({ ...e, maxTrajectories: 1 })) };
    expect(
      rulesBroken(
        [
          { expert: 'X1', request: 'R1', period: 'P1' },
          { expert: 'X1', request: 'R2', period: 'P2' },
        ],
        round,
      ),
    ).toEqual(['expert-max', 'budget']);
  });
});
