import { expertPeriodKey } from './expert-period.js';
import { replanFilter, type ReplanBlock } from './replan.js';
import type { Expert, PeriodId, Request, Round } from './types.js';

/** An expert's level in a domain: 1 where experts.csv gives none. */
export const expertLevel = (expert: Expert, domain: string): number => expert.levels[domain] ?? 1;

/** Municipalities that received a trajectory in an earlier round (history.csv). */
export function servedBefore(round: Round): Set<string> {
  return new Set((round.history?.records ?? []).map((record) => record.municipality));
}

/** Why the scenario's policy forbids an otherwise eligible trajectory, with the facts text/ words. */
export type PolicyBlock =
  | { readonly code: 'excluded'; readonly expert: string; readonly municipality: string }
  | { readonly code: 'excluded'; readonly expert: string; readonly request: string }
  | { readonly code: 'level'; readonly expert: string; readonly domain: string; readonly level: number; readonly required: number }
  | { readonly code: 'served-before'; readonly municipality: string }
  | { readonly code: 'ongoing'; readonly expert: string; readonly period: PeriodId }
  | ReplanBlock;

/**
 * Builds the policy test for (expert, request, period): a revised
 * allocation's cancellations, withdrawals and frozen periods (replan.ts),
 * exclusions, minimum expertise levels, `servedBefore: exclude` and ongoing
 * trajectories. Returns the first block, or undefined when the policy allows it.
 */
export function policyFilter(round: Round): (expert: Expert, request: Request, period: PeriodId) => PolicyBlock | undefined {
  const excluded = new Set<string>();
  for (const rule of round.constraints.exclude ?? []) {
    excluded.add('municipality' in rule ? `${rule.expert}\u0000m\u0000${rule.municipality}` : `${rule.expert}\u0000r\u0000${rule.request}`);
  }
  const before = round.history?.servedBefore === 'exclude' ? servedBefore(round) : new Set<string>();
  const ongoing = new Set((round.history?.ongoing ?? []).map((slot) => expertPeriodKey(slot.expert, slot.period)));
  const minLevel = round.constraints.minLevel ?? {};
  const replanBlock = replanFilter(round);
  return (expert, request, period) => {
    const revised = replanBlock(expert.id, request.id, period);
    if (revised) return revised;
    if (excluded.has(`${expert.id}\u0000m\u0000${request.municipality}`)) {
      return { code: 'excluded', expert: expert.id, municipality: request.municipality };
    }
    if (excluded.has(`${expert.id}\u0000r\u0000${request.id}`)) {
      return { code: 'excluded', expert: expert.id, request: request.id };
    }
    const needed = minLevel[request.domain];
    if (needed !== undefined && expertLevel(expert, request.domain) < needed) {
      return { code: 'level', expert: expert.id, domain: request.domain, level: expertLevel(expert, request.domain), required: needed };
    }
    if (before.has(request.municipality)) {
      return { code: 'served-before', municipality: request.municipality };
    }
    if (ongoing.has(expertPeriodKey(expert.id, period))) {
      return { code: 'ongoing', expert: expert.id, period };
    }
    return undefined;
  };
}
