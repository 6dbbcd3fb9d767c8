import { hasAtMostDecimals } from '../domain/numbers.js';
import type { Quantity, RangeProblem } from './input-facts.js';

/** The range of one kind of number in the input. */
export interface QuantityRange {
  readonly min: number;
  /** The minimum itself is not allowed (costs, budgets and distances must be more than 0). */
  readonly aboveMin?: boolean;
  readonly max: number;
  readonly whole?: boolean;
  /**
   * Most decimals: money in cents and priorities to 4 decimals, so sums stay
   * exact integers; distances to 0.1 km, as reports show them.
   */
  readonly decimals?: number;
}

/**
 * The documented range of every number the input holds. The maxima leave
 * ample room for real rounds (a trajectory costs about EUR 16,700, a yearly
 * budget EUR 250,000, Flanders is 250 km wide) and keep the solver's sums
 * exact: costs and budgets are summed in cents and priorities scaled to
 * integers, and every such sum stays far below 2^53, the largest integer a
 * double holds exactly (a million requests at the largest priority,
 * scaled by 10^4, stay under 10^15). Beyond them a value is surely a typo,
 * and an engine would fail on it rather than say so.
 */
export const QUANTITY_RANGES: Readonly<Record<Quantity, QuantityRange>> = {
  cost: { min: 0, aboveMin: true, max: 1_000_000, decimals: 2 },
  budget: { min: 0, aboveMin: true, max: 1_000_000_000, decimals: 2 },
  'max-trajectories': { min: 0, max: 100_000, whole: true },
  'max-distance': { min: 0, aboveMin: true, max: 1000, decimals: 1 },
  lat: { min: -90, max: 90 },
  lon: { min: -180, max: 180 },
  population: { min: 0, max: 100_000_000, whole: true },
  priority: { min: 0, max: 100_000, decimals: 4 },
  indicator: { min: -1e12, max: 1e12 },
  year: { min: 2000, max: 2100, whole: true },
};

/** How `value` breaks the range of `quantity`, or undefined when it fits. */
export function rangeProblem(quantity: Quantity, value: number): RangeProblem | undefined {
  const range = QUANTITY_RANGES[quantity];
  if (range.whole && !Number.isInteger(value)) return 'not-whole';
  if (range.aboveMin ? value <= range.min : value < range.min) {
    if (range.min !== 0) return 'below';
    return range.aboveMin ? 'not-positive' : 'negative';
  }
  if (value > range.max) return 'above';
  if (range.decimals !== undefined && !hasAtMostDecimals(value, range.decimals)) return 'decimals';
  return undefined;
}
