import { compareStrings } from '../domain/index-by.js';
import type { AllocationResult } from './result.js';

/** What a round's priority rule ranks requests by: need (a score or classes), or an order that says nothing of need. */
export type RankMeasure = 'score' | 'weighted' | 'tiers' | 'first-come' | 'lottery';

/** The rule that ranks a result's requests: greedy's order (default score), or the rule itself. */
export function rankMeasure(priority: AllocationResult['priority']): RankMeasure {
  const rule = priority?.rule === 'greedy' ? (priority.orderRule ?? 'score') : (priority?.rule ?? 'score');
  return (['score', 'weighted', 'tiers', 'first-come', 'lottery'] as const).find((known) => known === rule) ?? 'score';
}

/** True when the measure is a need score or need classes, false for an order of submission or a draw. */
export const measuresNeed = (measure: RankMeasure): boolean => measure === 'score' || measure === 'weighted' || measure === 'tiers';

/** A request as the result knows it: its id and its score under the round's rule. */
interface Ranked {
  readonly request: string;
  readonly priority: number;
}

/**
 * Compares two requests the way the result's priority rule ranks them, the
 * first ranked first, without breaking ties: by the strict order
 * (`first-come`, `lottery`), by class and then score (`tiers`), or by score.
 * Reads the result alone.
 */
function ruleComparator(result: Pick<AllocationResult, 'priority'>): (a: Ranked, b: Ranked) => number {
  const order = result.priority?.order;
  if (order !== undefined && order.length > 0) {
    const position = new Map(order.map((id, index) => [id, index]));
    const at = (id: string) => position.get(id) ?? order.length;
    return (a, b) => at(a.request) - at(b.request);
  }
  const classOf = new Map((result.priority?.classes ?? []).flatMap((group, index) => group.requests.map((id) => [id, index] as const)));
  const classRank = (id: string) => classOf.get(id) ?? 0;
  return (a, b) => classRank(a.request) - classRank(b.request) || b.priority - a.priority;
}

/** True when the rule ranks `a` strictly before `b` (a tie is not "before"). */
export function ranksAbove(result: Pick<AllocationResult, 'priority'>): (a: Ranked, b: Ranked) => boolean {
  const compare = ruleComparator(result);
  return (a, b) => compare(a, b) < 0;
}

/** Every request of a result (served and not), with its score, in the rule's order; ties by request id. */
export function requestsInRuleOrder(result: Pick<AllocationResult, 'priority' | 'assignments' | 'unserved'>): Ranked[] {
  const compare = ruleComparator(result);
  const all: Ranked[] = [
    ...result.assignments.map((a) => ({ request: a.request, priority: a.priority })),
    ...result.unserved.map((u) => ({ request: u.request, priority: u.priority })),
  ];
  return all.sort((a, b) => compare(a, b) || compareStrings(a.request, b.request));
}
