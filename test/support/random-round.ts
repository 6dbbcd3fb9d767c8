import fc from 'fast-check';
import type { Expert, Municipality, Request, Round } from '../../src/domain/types.js';

const DOMAINS = ['wonen', 'schuldhulp', 'participatie'] as const;
const PERIODS = ['P1', 'P2', 'P3'] as const;
const PROVINCES = ['Antwerpen', 'Limburg', 'Oost-Vlaanderen'] as const;

export interface RandomRoundOptions {
  readonly maxMunicipalities?: number;
  readonly maxExperts?: number;
  readonly maxRequests?: number;
}

const subset = <T>(items: readonly T[]) => fc.subarray([...items], { minLength: 1 });

/**
 * Small random rounds, inside a 0.4 x 1.1 degree box (up to ~85 km across) so some pairs are out of
 * reach; costs, priorities and caps vary so budget and ties both matter.
 */
export function arbitraryRound(options: RandomRoundOptions = {}): fc.Arbitrary<Round> {
  const { maxMunicipalities = 6, maxExperts = 4, maxRequests = 7 } = options;
  return fc
    .record({
      places: fc.array(
        fc.record({
          lat: fc.integer({ min: 50800, max: 51200 }),
          lon: fc.integer({ min: 3500, max: 4600 }),
          province: fc.constantFrom(...PROVINCES),
        }),
        { minLength: 3, maxLength: maxMunicipalities },
      ),
      experts: fc.array(
        fc.record({
          home: fc.nat({ max: 1000 }),
          domains: subset(DOMAINS),
          periods: subset(PERIODS),
          cost: fc.integer({ min: 120, max: 190 }).map((hundreds) => hundreds * 100),
          maxTrajectories: fc.integer({ min: 1, max: 3 }),
          maxDistanceKm: fc.constantFrom(40, 80, 150),
        }),
        { minLength: 2, maxLength: maxExperts },
      ),
      requests: fc.array(
        fc.record({
          home: fc.nat({ max: 1000 }),
          domain: fc.constantFrom(...DOMAINS),
          periods: fc.subarray([...PERIODS]),
          priority: fc.integer({ min: 0, max: 1000 }).map((tenths) => tenths / 10),
        }),
        { minLength: 2, maxLength: maxRequests },
      ),
      budget: fc.integer({ min: 10, max: 100 }).map((thousands) => thousands * 1000),
      maxPerMunicipality: fc.integer({ min: 1, max: 2 }),
    })
    .map(({ places, experts, requests, budget, maxPerMunicipality }): Round => {
      const municipalities: Municipality[] = places.map((place, index) => ({
        nis: String(10000 + index),
        name: `Gemeente ${index}`,
        province: place.province,
        lat: place.lat / 1000,
        lon: place.lon / 1000,
        indicators: {},
      }));
      const nisOf = (home: number) => municipalities[home % municipalities.length]!.nis;
      return {
        name: 'random',
        budget,
        periods: [...PERIODS],
        municipalities,
        experts: experts.map(
          (expert, index): Expert => ({
            id: `X${String(index).padStart(3, '0')}`,
            name: `Expert ${index}`,
            municipality: nisOf(expert.home),
            domains: [...expert.domains].sort(),
            levels: {},
            periods: PERIODS.filter((p) => expert.periods.includes(p)),
            cost: expert.cost,
            maxTrajectories: Math.min(expert.maxTrajectories, expert.periods.length),
            maxDistanceKm: expert.maxDistanceKm,
          }),
        ),
        requests: requests.map(
          (request, index): Request => ({
            id: `A${String(index).padStart(3, '0')}`,
            municipality: nisOf(request.home),
            domain: request.domain,
            periods: request.periods.length === 0 ? [...PERIODS] : PERIODS.filter((p) => request.periods.includes(p)),
            priority: request.priority,
          }),
        ),
        priority: { rule: 'score' },
        constraints: { maxPerMunicipality },
        objective: ['priority', 'served', 'distance'],
      };
    });
}
