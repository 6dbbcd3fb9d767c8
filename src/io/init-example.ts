import type { Round } from '../domain/types.js';

/**
 * The example rows `expertpool init` writes into a new round, one per table,
 * so a coordinator sees how each column is filled in. Their ids are ones no
 * real round uses (NIS code 99998 belongs to no municipality), so `validate`
 * can tell that a round still holds them.
 */
export const INIT_EXAMPLE = {
  municipality: { nis: '99998', province: 'Oost-Vlaanderen', lat: 51.0543, lon: 3.7174, population: 12500 },
  expert: { id: 'X000', domains: 'kinderarmoede:3|participatie', periods: 'P1|P2|P3', cost: 16667, maxTrajectories: 2, maxDistanceKm: 60 },
  request: { id: 'A000', domain: 'kinderarmoede', periods: 'P1|P2', submittedAt: [2022, 10, 4, 9, 30, 0], priority: 80 },
} as const;

/** The tables of a round that still hold `expertpool init`'s example row, with the example's id. */
export function exampleRowsLeft(round: Round): { readonly table: 'municipalities' | 'experts' | 'requests'; readonly id: string }[] {
  const { municipality, expert, request } = INIT_EXAMPLE;
  return [
    ...(round.municipalities.some((m) => m.nis === municipality.nis) ? [{ table: 'municipalities' as const, id: municipality.nis }] : []),
    ...(round.experts.some((e) => e.id === expert.id && e.municipality === municipality.nis)
      ? [{ table: 'experts' as const, id: expert.id }]
      : []),
    ...(round.requests.some((r) => r.id === request.id && r.municipality === municipality.nis)
      ? [{ table: 'requests' as const, id: request.id }]
      : []),
  ];
}
