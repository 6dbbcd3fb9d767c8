import type { Round } from '../../src/domain/types.js';

/**
 * A hand-checkable round. Gent (G), Aalst (A, 27 km from Gent), Antwerpen
 * (W), Mechelen (M, 22 km from Antwerpen). Budget pays two trajectories.
 *
 *   X1 (Gent, wonen, P1|P2, 10000)   X2 (Antwerpen, wonen|schuldhulp, P1, 12000)
 *   R1 Aalst wonen prio 50   R2 Mechelen wonen prio 40   R3 Mechelen schuldhulp prio 45
 *   R4 Gent wonen prio 90, but only in P3: nobody is available then.
 *
 * Eligible: X1-R1, X1-R2, X2-R1, X2-R2, X2-R3 (X1-R4, X2-R4: no period).
 * With budget 22000 (two trajectories, X1 and X2 once each, or X1 twice) and
 * one trajectory per municipality: best priority = R1 (50) + R3 (45) = 95,
 * with X1-R1 (26.0 km) and X2-R3 (22.1 km): 48.1 km in all (haversine, checked by hand).
 */
export const tinyRound: Round = {
  name: 'tiny',
  budget: 22000,
  periods: ['P1', 'P2', 'P3'],
  municipalities: [
    { nis: '11002', name: 'Antwerpen', province: 'Antwerpen', lat: 51.2194, lon: 4.4025, indicators: {} },
    { nis: '12025', name: 'Mechelen', province: 'Antwerpen', lat: 51.0259, lon: 4.4776, indicators: {} },
    { nis: '41002', name: 'Aalst', province: 'Oost-Vlaanderen', lat: 50.9378, lon: 4.0403, indicators: {} },
    { nis: '44021', name: 'Gent', province: 'Oost-Vlaanderen', lat: 51.0543, lon: 3.7174, indicators: {} },
  ],
  experts: [
    {
      id: 'X1',
      name: 'Lien',
      municipality: '44021',
      domains: ['wonen'],
      levels: { wonen: 1 },
      periods: ['P1', 'P2'],
      cost: 10000,
      maxTrajectories: 2,
      maxDistanceKm: 60,
    },
    {
      id: 'X2',
      name: 'Joris',
      municipality: '11002',
      domains: ['schuldhulp', 'wonen'],
      levels: { schuldhulp: 1, wonen: 1 },
      periods: ['P1'],
      cost: 12000,
      maxTrajectories: 1,
      maxDistanceKm: 60,
    },
  ],
  requests: [
    { id: 'R1', municipality: '41002', domain: 'wonen', periods: ['P1', 'P2', 'P3'], priority: 50 },
    { id: 'R2', municipality: '12025', domain: 'wonen', periods: ['P1', 'P2', 'P3'], priority: 40 },
    { id: 'R3', municipality: '12025', domain: 'schuldhulp', periods: ['P1', 'P2', 'P3'], priority: 45 },
    { id: 'R4', municipality: '44021', domain: 'wonen', periods: ['P3'], priority: 90 },
  ],
  priority: { rule: 'score' },
  constraints: { maxPerMunicipality: 1 },
  objective: ['priority', 'served', 'distance'],
};
