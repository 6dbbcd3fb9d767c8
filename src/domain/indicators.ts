import type { Municipality, Request } from './types.js';

/** Names a criterion may use besides the municipality indicator columns. */
export const BUILT_IN_INDICATORS = ['population', 'priority'] as const;

/**
 * A request's value for an indicator: `priority` is the request's own score
 * column, `population` and every other name come from its municipality.
 * Undefined when the cell is empty.
 */
export function indicatorValue(indicator: string, request: Request, municipality: Municipality | undefined): number | undefined {
  if (indicator === 'priority') return request.priority;
  if (indicator === 'population') return municipality?.population;
  return municipality?.indicators[indicator];
}

/** Every indicator name the round knows, for messages and suggestions. */
export function knownIndicators(municipalities: readonly Municipality[]): string[] {
  const names = new Set<string>(BUILT_IN_INDICATORS);
  for (const municipality of municipalities) for (const name of Object.keys(municipality.indicators)) names.add(name);
  return [...names].sort();
}
