import { indexBy } from './index-by.js';
import { indicatorValue, knownIndicators } from './indicators.js';
import { RuleInputError } from './rule-input-error.js';
import type { PriorityClass, Request, Round, TiersConfig } from './types.js';

/** Name of the implicit last class that holds requests no class matched. */
export const UNCLASSIFIED = '(unclassified)';

/** True when the request meets the class's condition; a class without one takes everyone. */
function matches(priorityClass: PriorityClass, request: Request, value: (indicator: string) => number | undefined): boolean {
  const when = priorityClass.when;
  if (!when) return true;
  if (when.domain !== undefined && when.domain !== request.domain) return false;
  if (when.indicator === undefined) return true;
  const observed = value(when.indicator);
  if (observed === undefined) return false;
  return (when.min === undefined || observed >= when.min) && (when.max === undefined || observed <= when.max);
}

/**
 * Puts every request in the first class whose condition it meets (a missing
 * indicator value meets no threshold). Requests no class takes go into an
 * implicit last class, so nobody silently drops out of the ranking.
 * Returns the class names in priority order and the class of each request.
 */
export function classifyRequests(round: Round, config: TiersConfig): { names: string[]; of: Map<string, string> } {
  const municipalities = indexBy(round.municipalities, (m) => m.nis);
  const known = knownIndicators(round.municipalities, round.requests);
  config.classes.forEach((priorityClass, position) => {
    const indicator = priorityClass.when?.indicator;
    if (indicator !== undefined && !known.includes(indicator)) {
      throw new RuleInputError(
        { field: `priority.classes[${position}].when.indicator` },
        { id: 'rule-unknown-indicator', indicator, known },
      );
    }
  });
  const of = new Map<string, string>();
  for (const request of round.requests) {
    const value = (indicator: string) => indicatorValue(indicator, request, municipalities.get(request.municipality));
    const found = config.classes.find((priorityClass) => matches(priorityClass, request, value));
    of.set(request.id, found?.name ?? UNCLASSIFIED);
  }
  const names = config.classes.map((priorityClass) => priorityClass.name);
  if ([...of.values()].includes(UNCLASSIFIED)) names.push(UNCLASSIFIED);
  return { names, of };
}
