/** Most decimals a coefficient keeps when scaled to an integer. */
const MAX_DECIMALS = 6;

/** True when `value` has at most `digits` decimals, up to the noise of binary floating point. */
export function hasAtMostDecimals(value: number, digits: number): boolean {
  const scaledValue = value * 10 ** digits;
  return Math.abs(scaledValue - Math.round(scaledValue)) <= 1e-9 * Math.max(1, Math.abs(scaledValue));
}

/**
 * The smallest power of ten that makes every value an integer (up to
 * MAX_DECIMALS decimals). Integer objective coefficients let HiGHS prune by
 * objective integrality and let tiers be fixed exactly.
 */
export function integerScale(values: Iterable<number>): number {
  let digits = 0;
  for (const value of values) {
    while (digits < MAX_DECIMALS && !hasAtMostDecimals(value, digits)) digits++;
  }
  return 10 ** digits;
}

/** `value * scale`, rounded to the nearest integer. */
export const scaled = (value: number, scale: number): number => Math.round(value * scale);

/** Sums numbers exactly at a given decimal scale (no float drift in reports). */
export function exactSum(values: readonly number[]): number {
  const scale = integerScale(values);
  return values.reduce((sum, value) => sum + scaled(value, scale), 0) / scale;
}

/**
 * Rounds to `digits` decimals. Inputs are sums of values with at most a few
 * decimals, so this removes float noise such as 22.200000000000045.
 */
export const roundTo = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
