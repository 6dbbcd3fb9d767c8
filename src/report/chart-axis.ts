/**
 * Ticks for a chart's value axis: round steps (1, 2 or 5 times a power of
 * ten) from 0 to the first tick at or above the largest value, so readers
 * can read a bar's length against the grid.
 */
export function niceTicks(max: number, target = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const residual = raw / magnitude;
  const step = (residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10) * magnitude;
  const top = Math.ceil(max / step - 1e-9) * step;
  const count = Math.round(top / step);
  // Multiplying each index by the step keeps 0.1-steps free of summed rounding errors.
  return Array.from({ length: count + 1 }, (_, index) => Number((index * step).toPrecision(12)));
}
