import { indexBy } from './index-by.js';
import { indicatorValue, knownIndicators } from './indicators.js';
import { RuleInputError } from './rule-input-error.js';
import type { Round, WeightedConfig } from './types.js';

/** Computed scores keep 4 decimals, so the MIP scales them to exact integers. */
const SCORE_DECIMALS = 4;

/** Rounds a computed score to SCORE_DECIMALS decimals. */
export const roundScore = (value: number): number => Math.round(value * 10 ** SCORE_DECIMALS) / 10 ** SCORE_DECIMALS;

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Normalises raw values onto [0, 1]. `min-max`: (v - min) / (max - min);
 * `rank`: the dense rank of v among the distinct values, over (distinct - 1).
 * When every value is equal, all get 1: the criterion then separates nobody.
 */
export function normalise(values: readonly number[], method: 'min-max' | 'rank'): number[] {
  if (values.length === 0) return [];
  if (method === 'rank') {
    const distinct = [...new Set(values)].sort((a, b) => a - b);
    const rankOf = new Map(distinct.map((value, rank) => [value, rank]));
    return values.map((value) => (distinct.length === 1 ? 1 : rankOf.get(value)! / (distinct.length - 1)));
  }
  const low = Math.min(...values);
  const high = Math.max(...values);
  return values.map((value) => (high === low ? 1 : (value - low) / (high - low)));
}

/**
 * The `weighted` rule: for each criterion, the requests' indicator values are
 * normalised over the round's requests (flipped for `direction: lower`, so 1
 * is always the neediest) and weighted; the score is the sum, 4 decimals.
 * Missing values follow `missing`: `error` (default) throws, `worst` counts
 * as the least needy value, `median` as the median of the known values.
 */
export function weightedScores(round: Round, config: WeightedConfig, field = 'priority'): Map<string, number> {
  const municipalities = indexBy(round.municipalities, (m) => m.nis);
  const known = knownIndicators(round.municipalities, round.requests);
  const totals = new Map(round.requests.map((request) => [request.id, 0]));
  config.criteria.forEach((criterion, position) => {
    const where = `${field}.criteria[${position}].indicator`;
    if (!known.includes(criterion.indicator)) {
      throw new RuleInputError({ field: where }, { id: 'rule-unknown-indicator', indicator: criterion.indicator, known });
    }
    const raw = round.requests.map((request) => indicatorValue(criterion.indicator, request, municipalities.get(request.municipality)));
    const present = raw.filter((value): value is number => value !== undefined);
    const policy = config.missing ?? 'error';
    const firstMissing = raw.findIndex((value) => value === undefined);
    if (firstMissing >= 0 && (policy === 'error' || present.length === 0)) {
      const request = round.requests[firstMissing]!;
      const ownColumn =
        criterion.indicator === 'priority' ||
        round.requests.some((r) => r.indicators !== undefined && Object.hasOwn(r.indicators, criterion.indicator));
      const cell = ownColumn
        ? ({ csv: 'requests', column: criterion.indicator, request: request.id } as const)
        : ({ csv: 'municipalities', column: criterion.indicator, municipality: request.municipality } as const);
      throw new RuleInputError(cell, {
        id: 'rule-missing-value',
        indicator: criterion.indicator,
        request: request.id,
        field: where,
        missing: `${field}.missing`,
      });
    }
    const higherIsNeedier = (criterion.direction ?? 'higher') === 'higher';
    const worst = higherIsNeedier ? Math.min(...present) : Math.max(...present);
    const fill = policy === 'median' ? median(present) : worst;
    const normalised = normalise(
      raw.map((value) => value ?? fill),
      config.normalise ?? 'min-max',
    ).map((value) => (higherIsNeedier ? value : 1 - value));
    round.requests.forEach((request, index) => {
      totals.set(request.id, totals.get(request.id)! + criterion.weight * normalised[index]!);
    });
  });
  return new Map([...totals].map(([id, total]) => [id, roundScore(total)]));
}
