/** Most decimals a coefficient keeps when scaled to an integer. */
export const MAX_DECIMALS = 6;

/**
 * The smallest power of ten that makes every value an integer (up to
 * MAX_DECIMALS decimals). Integer objective coefficients let HiGHS prune by
 * objective integrality and let tiers be fixed exactly.
 */
export function integerScale(values: Iterable<number>): number {
  let scale = 1;
  for (const value of values) {
    while (scale < 10 ** MAX_DECIMALS && Math.abs(value * scale - Math.round(value * scale)) > 1e-9 * Math.max(1, Math.abs(value * scale))) {
      scale *= 10;
    }
  }
  return scale;
}

/** `value * scale`, rounded to the nearest integer. */
export const scaled = (value: number, scale: number): number => Math.round(value * scale);
