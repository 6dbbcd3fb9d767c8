import { compareStrings } from '../domain/index-by.js';
import type { Trajectory } from '../domain/types.js';
import { policyBlocks } from './explain-blocks.js';
import { brokenRules, firstDifference, swapped, type ExplainContext } from './explain-context.js';
import { expertPeriodKey } from '../domain/expert-period.js';
import type { AlternativeFacts, Choice } from '../result/explanation.js';

/**
 * Why the chosen expert and not another: every other expert who could serve
 * the request, and what stops the swap. A free slot is tried as a real swap,
 * judged by the independent checker and the objective tiers.
 */
function alternativeFacts(context: ExplainContext, chosen: Trajectory, expertId: string, periods: readonly string[]): AlternativeFacts {
  const expert = context.experts.get(expertId)!;
  const load = context.load.get(expertId) ?? [];
  if (load.length >= expert.maxTrajectories) return { code: 'at-max', expert: expertId, limit: expert.maxTrajectories, heldBy: load };
  const free = periods.filter((period) => !context.slotHolder.has(expertPeriodKey(expertId, period)));
  if (free.length === 0) {
    return {
      code: 'busy',
      expert: expertId,
      heldBy: periods.map((period) => ({ period, request: context.slotHolder.get(expertPeriodKey(expertId, period))! })),
    };
  }
  let firstBroken: AlternativeFacts | undefined;
  for (const period of free) {
    const swap = swapped(context, chosen, { expert: expertId, request: chosen.request, period });
    const rules = brokenRules(context, swap);
    if (rules.length > 0) {
      firstBroken ??= { code: 'constraint', expert: expertId, period, rules };
      continue;
    }
    const found = firstDifference(context, swap);
    return found?.worse
      ? { code: 'worse', expert: expertId, period, difference: found.difference }
      : { code: 'not-proven', expert: expertId, period };
  }
  return firstBroken!;
}

/** The choice behind every trajectory of the allocation, in allocation order. */
export function explainChoices(context: ExplainContext): Choice[] {
  return context.allocation.trajectories.map((chosen): Choice => {
    const periodsOf = new Map<string, string[]>();
    for (const index of context.arcsOf.get(chosen.request) ?? []) {
      const arc = context.formulation.arcs[index]!;
      if (arc.expert.id !== chosen.expert) periodsOf.set(arc.expert.id, [...(periodsOf.get(arc.expert.id) ?? []), arc.period]);
    }
    const facts: AlternativeFacts[] = [...periodsOf].map(([expertId, periods]) => alternativeFacts(context, chosen, expertId, periods));
    const request = context.requests.get(chosen.request)!;
    for (const block of policyBlocks(context, request)) {
      if (block.expert !== chosen.expert && !periodsOf.has(block.expert))
        facts.push({ code: 'excluded', expert: block.expert, rule: block.rule });
    }
    facts.sort((a, b) => compareStrings(a.expert, b.expert));
    return {
      request: chosen.request,
      expert: chosen.expert,
      period: chosen.period,
      alternatives: facts,
    };
  });
}
