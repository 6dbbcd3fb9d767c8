import { compareStrings } from '../domain/index-by.js';
import type { AllocationResult } from './result.js';

/** A request and its priority under the round's rule. */
interface Ranked {
  readonly request: string;
  readonly priority: number;
}

/** A request the sum rule leaves unserved while it serves requests of lower priority. */
export interface PassedOver extends Ranked {
  readonly municipality: string;
  readonly domain: string;
  /** The served requests of lower priority, lowest first (ties by request id). */
  readonly servedBelow: readonly Ranked[];
  /** What serving it would displace (requests of lower priority only), when its counterfactual solve ran. */
  readonly displaced?: readonly Ranked[];
}

/** The rules that maximise a summed score, and so may trade one request for several of lower priority. */
export const isSumRule = (result: Pick<AllocationResult, 'priority'>): boolean =>
  (result.priority?.rule === 'score' || result.priority?.rule === 'weighted') && result.priority.scoreOrder !== 'strict';

/**
 * Under the sum rules (`score` and `weighted` without `order: strict`), each
 * unserved request that ranks above a served one, because the summed score is
 * higher without it: computed from the result alone. Left out are requests no
 * expert can serve or the policy keeps out, and requests kept out by a cap or
 * quota held only by requests of the same or higher priority, by pins or
 * minimums, by a budget smaller than any of its experts, or whose
 * counterfactual displaces a request of the same or higher priority: a strict
 * order by priority would not serve them either.
 */
export function passedOver(result: AllocationResult): PassedOver[] {
  if (!isSumRule(result)) return [];
  const priorityOf = new Map(result.assignments.map((a) => [a.request, a.priority]));
  const served = result.assignments
    .map((a): Ranked => ({ request: a.request, priority: a.priority }))
    .sort((a, b) => a.priority - b.priority || compareStrings(a.request, b.request));
  const atLeast = (ids: readonly string[], priority: number) => ids.length > 0 && ids.every((id) => (priorityOf.get(id) ?? 0) >= priority);
  return result.unserved.flatMap((unserved): PassedOver[] => {
    const below = served.filter((s) => s.priority < unserved.priority);
    if (below.length === 0) return [];
    let displaced: readonly Ranked[] | undefined;
    for (const reason of unserved.reasons) {
      switch (reason.code) {
        case 'no-eligible-expert':
        case 'excluded':
          return [];
        case 'cap':
        case 'quota':
          if (reason.limit === undefined || atLeast(reason.heldBy, unserved.priority)) return [];
          break;
        case 'budget':
          if (reason.scope === 'whole') return [];
          break;
        case 'outranked':
        case 'not-optimised': {
          const { counterfactual } = reason;
          if (counterfactual.displaced.some((d) => d.priority >= unserved.priority)) return [];
          if (counterfactual.status === 'optimal' || counterfactual.status === 'time_limit') displaced = counterfactual.displaced;
        }
      }
    }
    const { request, municipality, domain, priority } = unserved;
    return [{ request, municipality, domain, priority, servedBelow: below, ...(displaced ? { displaced } : {}) }];
  });
}
