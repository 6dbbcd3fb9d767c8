import { describe, expect, it } from 'vitest';
import { checkAllocation } from '../../src/check/check-allocation.js';
import { haversineKm, roundedKm } from '../../src/domain/distance.js';
import { eligiblePairs, judgePair } from '../../src/domain/eligibility.js';
import type { Round } from '../../src/domain/types.js';
import { tinyRound } from '../support/tiny-round.js';

const GENT = { nis: '44021', name: 'Gent', province: 'Oost-Vlaanderen', lat: 51.0543, lon: 3.7174, indicators: {} };
/** 60.034 km due south of Gent: 60.0 km when rounded, yet beyond a 60 km maximum. */
const JUST_BEYOND = { nis: '57081', name: 'Zuid', province: 'Henegouwen', lat: 50.5144, lon: 3.7174, indicators: {} };
/** 59.990 km due south of Gent: within. */
const JUST_WITHIN = { nis: '57082', name: 'Binnen', province: 'Henegouwen', lat: 50.5148, lon: 3.7174, indicators: {} };

const round: Round = {
  ...tinyRound,
  municipalities: [GENT, JUST_BEYOND, JUST_WITHIN],
  experts: [tinyRound.experts[0]!],
  requests: [
    { id: 'B', municipality: JUST_BEYOND.nis, domain: 'wonen', periods: ['P1'], priority: 50 },
    { id: 'W', municipality: JUST_WITHIN.nis, domain: 'wonen', periods: ['P2'], priority: 40 },
  ],
};

describe('the distance limit', () => {
  it('compares the exact distance with the maximum, not the distance rounded to 0.1 km', () => {
    expect(roundedKm(haversineKm(GENT, JUST_BEYOND))).toBe(60);
    expect(haversineKm(GENT, JUST_BEYOND)).toBeGreaterThan(60);
    expect(eligiblePairs(round).map((pair) => pair.request.id)).toEqual(['W']);
  });

  it('reads at least 0.1 km beyond the maximum, never 0 km', () => {
    const verdict = judgePair(round.experts[0]!, round.requests[0]!, GENT, JUST_BEYOND, round.periods);
    expect(verdict.eligible).toBe(false);
    expect(!verdict.eligible && verdict.reasons).toEqual([{ code: 'distance', distanceKm: 60.1, maxDistanceKm: 60 }]);
  });

  it('is what the independent checker holds an allocation to', () => {
    const rules = checkAllocation(round, { trajectories: [{ expert: 'X1', request: 'B', period: 'P1' }] });
    expect(rules).toEqual([
      {
        rule: 'eligibility',
        trajectory: { expert: 'X1', request: 'B', period: 'P1' },
        failure: { code: 'distance', distanceKm: 60.1, maxDistanceKm: 60 },
      },
    ]);
    expect(checkAllocation(round, { trajectories: [{ expert: 'X1', request: 'W', period: 'P2' }] })).toEqual([]);
  });
});
