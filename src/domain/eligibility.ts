import { haversineKm, kmBeyondShown, roundedKm } from './distance.js';
import { indexBy } from './index-by.js';
import type { Expert, Municipality, PeriodId, Request, Round } from './types.js';

/** Why an expert cannot serve a request. */
export type IneligibilityReason =
  | { readonly code: 'domain'; readonly domain: string }
  | { readonly code: 'own-municipality' }
  | {
      readonly code: 'distance';
      /**
       * The distance to 0.1 km, rounded up where rounding to the nearest would
       * make it read as the maximum itself: it is always at least 0.1 km beyond
       * (maxima have at most one decimal), never "0 km beyond its maximum".
       */
      readonly distanceKm: number;
      readonly maxDistanceKm: number;
    }
  | { readonly code: 'period'; readonly expertPeriods: readonly PeriodId[]; readonly requestPeriods: readonly PeriodId[] };

/** An (expert, request) pair that may become a trajectory, in any of `periods`. */
export interface EligiblePair {
  readonly expert: Expert;
  readonly request: Request;
  /** Great-circle distance between supplier and host, rounded to 0.1 km (what reports and the distance tier use). */
  readonly distanceKm: number;
  /** Periods both the expert and the request accept, in round order. */
  readonly periods: readonly PeriodId[];
}

export type EligibilityVerdict =
  | ({ readonly eligible: true } & EligiblePair)
  | {
      readonly eligible: false;
      readonly expert: Expert;
      readonly request: Request;
      readonly distanceKm: number;
      readonly reasons: readonly IneligibilityReason[];
    };

/**
 * Judges one pair and lists every reason it fails, not only the first. The
 * distance rule compares the exact great-circle distance with the expert's
 * maximum: a pair 60.04 km apart is beyond a 60 km maximum, although it
 * reads 60.0 km rounded.
 */
export function judgePair(
  expert: Expert,
  request: Request,
  supplier: Municipality,
  host: Municipality,
  roundPeriods: readonly PeriodId[],
): EligibilityVerdict {
  const reasons: IneligibilityReason[] = [];
  if (!expert.domains.includes(request.domain)) reasons.push({ code: 'domain', domain: request.domain });
  if (expert.municipality === request.municipality) reasons.push({ code: 'own-municipality' });
  const exactKm = haversineKm(supplier, host);
  const distanceKm = roundedKm(exactKm);
  if (exactKm > expert.maxDistanceKm) {
    reasons.push({ code: 'distance', distanceKm: kmBeyondShown(exactKm, expert.maxDistanceKm), maxDistanceKm: expert.maxDistanceKm });
  }
  const periods = roundPeriods.filter((p) => expert.periods.includes(p) && request.periods.includes(p));
  if (periods.length === 0) {
    reasons.push({ code: 'period', expertPeriods: expert.periods, requestPeriods: request.periods });
  }
  if (reasons.length > 0) return { eligible: false, expert, request, distanceKm, reasons };
  return { eligible: true, expert, request, distanceKm, periods };
}

/** Every eligible pair of the round, ordered by expert id, then request id. */
export function eligiblePairs(round: Round): EligiblePair[] {
  const municipalities = indexBy(round.municipalities, (m) => m.nis);
  const pairs: EligiblePair[] = [];
  for (const expert of round.experts) {
    const supplier = municipalities.get(expert.municipality);
    if (!supplier) continue;
    for (const request of round.requests) {
      const host = municipalities.get(request.municipality);
      if (!host) continue;
      const verdict = judgePair(expert, request, supplier, host, round.periods);
      if (verdict.eligible) {
        pairs.push({ expert, request, distanceKm: verdict.distanceKm, periods: verdict.periods });
      }
    }
  }
  return pairs;
}
