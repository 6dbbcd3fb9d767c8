import type { PeriodDates, Round } from '../domain/types.js';

/** A municipality as the reports show it: by name, in its province, on the map. */
interface MunicipalityFacts {
  readonly nis: string;
  readonly name: string;
  readonly province: string;
  readonly lat: number;
  readonly lon: number;
}

/** An expert as the reports show it: by name, from its municipality, on the timeline. */
interface ExpertFacts {
  readonly id: string;
  readonly name: string;
  readonly municipality: string;
  /** The periods the expert is available in. */
  readonly periods: readonly string[];
}

/**
 * What the reports need to know of the round besides the allocation (the
 * result's `round`): its periods, how many requests it has, and the names,
 * provinces and coordinates of its municipalities and experts. A result
 * read back from result.json renders the same reports as the result in memory.
 */
export interface RoundFacts {
  readonly periods: readonly string[];
  /** The periods' first and last days, when the scenario dates them (letters and reports show their months). */
  readonly periodDates?: readonly PeriodDates[];
  readonly requests: number;
  readonly municipalities: readonly MunicipalityFacts[];
  readonly experts: readonly ExpertFacts[];
}

/** The facts of a round the reports need, in the round's order. */
export function roundFacts(round: Round): RoundFacts {
  return {
    periods: round.periods,
    ...(round.periodDates ? { periodDates: round.periodDates } : {}),
    requests: round.requests.length,
    municipalities: round.municipalities.map(({ nis, name, province, lat, lon }) => ({ nis, name, province, lat, lon })),
    experts: round.experts.map(({ id, name, municipality, periods }) => ({ id, name, municipality, periods })),
  };
}
