import type { Municipality, Request } from './types.js';

/** Names a criterion may use besides the municipality indicator columns. */
const BUILT_IN_INDICATORS = ['population', 'priority'] as const;

/**
 * A request's value for an indicator: `priority` is the request's own score
 * column; a numeric column of requests.csv is the request's own value; then
 * `population` and the indicator columns of its municipality. Undefined when
 * the cell is empty.
 */
export function indicatorValue(indicator: string, request: Request, municipality: Municipality | undefined): number | undefined {
  if (indicator === 'priority') return request.priority;
  if (request.indicators && Object.hasOwn(request.indicators, indicator)) return request.indicators[indicator];
  if (indicator === 'population') return municipality?.population;
  return municipality && Object.hasOwn(municipality.indicators, indicator) ? municipality.indicators[indicator] : undefined;
}

/** Every indicator name the round knows (of municipalities and requests), for messages and suggestions. */
export function knownIndicators(municipalities: readonly Municipality[], requests: readonly Request[] = []): string[] {
  const names = new Set<string>(BUILT_IN_INDICATORS);
  for (const municipality of municipalities) for (const name of Object.keys(municipality.indicators)) names.add(name);
  for (const request of requests) for (const name of Object.keys(request.indicators ?? {})) names.add(name);
  return [...names].sort();
}
