import { compareStrings } from '../domain/index-by.js';
import type { Expert, Round } from '../domain/types.js';
import type { MipEngine } from '../mip/engine.js';
import type { LoadedRound } from '../io/load-round.js';
import { allocationChange, type AllocationChange } from '../result/allocation-change.js';
import type { AllocationResult } from '../result/result.js';
import { solveChecked } from '../pipeline/solve-checked.js';
import type { Sensitivity, SensitivityEntry } from '../result/sensitivity.js';

export interface SensitivityOptions {
  readonly engine: MipEngine;
  readonly timeLimitSeconds: number;
  /** EUR added to the budget; default 10,000. */
  readonly budgetStep?: number;
  /** Domains tried, those with the most unserved requests that have an eligible expert; default 3. */
  readonly maxDomains?: number;
  /** Experts of a domain whose extra slot is tried, cheapest first; default 2. */
  readonly maxExpertsPerDomain?: number;
}

/**
 * The domains worth an extra expert-period: those with unserved requests
 * that do have an eligible expert (so one more slot could reach them), most first.
 */
function domainsToTry(result: AllocationResult, limit: number): string[] {
  const waiting = new Map<string, number>();
  for (const unserved of result.unserved) {
    if (unserved.reasons.some((reason) => reason.code === 'no-eligible-expert' || reason.code === 'cancelled')) continue;
    waiting.set(unserved.domain, (waiting.get(unserved.domain) ?? 0) + 1);
  }
  return [...waiting.entries()]
    .sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))
    .slice(0, limit)
    .map(([domain]) => domain);
}

/**
 * One more half-time slot like `expert`'s: same supplier, cost, reach and
 * periods, only `domain`, one trajectory. A colleague, so the expert's own
 * periods stay as they are. Policy rules keyed on the expert's id do not apply to it.
 */
function extraSlot(expert: Expert, domain: string, round: Round): Expert {
  let id = `${expert.id}+${domain}`;
  while (round.experts.some((other) => other.id === id)) id = `${id}+`;
  return { ...expert, id, name: `${expert.name} (extra slot)`, domains: [domain], maxTrajectories: 1 };
}

const snapshot = (result: AllocationResult) => ({ ...result, served: result.assignments.map((a) => a.request) });

/**
 * Whether `changed` does better than `base` on some objective criterion (the
 * tie-break apart). The round with an extra slot contains every allocation of
 * the round with its funding alone, so equal criteria mean the slot is not
 * needed, even where the tie-break happens to give it its colleague's trajectory.
 */
function doesBetter(changed: AllocationResult, base: AllocationResult): boolean {
  const values = (result: AllocationResult) => result.tiers.filter((t) => t.tier !== 'tie-break').map((t) => t.value);
  return JSON.stringify(values(changed)) !== JSON.stringify(values(base));
}

/** How `changed` differs from `base`. */
const changeOf = (base: AllocationResult, changed: AllocationResult): AllocationChange =>
  allocationChange(snapshot(base), snapshot(changed));

/**
 * Re-solves the round with EUR `budgetStep` more, and with one extra funded
 * expert-period in each of the few domains where unserved requests wait, and
 * says what each change would add. An extra expert-period is also solved with
 * its funding alone, so its entry tells what the money buys apart from what
 * the slot itself adds (and whether the slot is used at all). Every re-solve
 * is exact and re-checked.
 */
export async function analyseSensitivity(loaded: LoadedRound, base: AllocationResult, options: SensitivityOptions): Promise<Sensitivity> {
  const budgetStep = options.budgetStep ?? 10000;
  const { round } = loaded;
  // Only tier values and the served set of each re-solve are compared: no counterfactual explanations needed.
  const solve = (changed: Round) =>
    solveChecked(
      { ...loaded, round: changed },
      { engine: options.engine, timeLimitSeconds: options.timeLimitSeconds, counterfactuals: 'none' },
    );
  const moreBudget = await solve({ ...round, budget: round.budget + budgetStep });
  const entries: SensitivityEntry[] = [{ change: 'budget', status: moreBudget.status, ...changeOf(base, moreBudget) }];
  // The funding of a slot alone, once per amount: experts of equal cost share it.
  const fundingAlone = new Map<number, Promise<AllocationResult>>();
  const funded = (amount: number) => {
    if (!fundingAlone.has(amount)) fundingAlone.set(amount, solve({ ...round, budget: round.budget + amount }));
    return fundingAlone.get(amount)!;
  };
  for (const domain of domainsToTry(base, options.maxDomains ?? 3)) {
    const candidates = round.experts
      .filter((expert) => expert.domains.includes(domain))
      .sort((a, b) => a.cost - b.cost || compareStrings(a.id, b.id))
      .slice(0, options.maxExpertsPerDomain ?? 2);
    for (const expert of candidates) {
      const slot = extraSlot(expert, domain, round);
      const experts = [...round.experts, slot].sort((a, b) => compareStrings(a.id, b.id));
      // The slot comes with its funding: an unfunded slot adds nothing whenever the budget binds.
      const withSlot = await solve({ ...round, experts, budget: round.budget + expert.cost });
      // What the money alone buys, so that a budget effect is never read as the slot's.
      const moneyOnly = await funded(expert.cost);
      entries.push({
        change: 'expert-period',
        domain,
        like: expert.id,
        status: withSlot.status,
        ...changeOf(base, withSlot),
        funding: expert.cost,
        slotUsed: doesBetter(withSlot, moneyOnly),
        fundingAlone: { status: moneyOnly.status, ...changeOf(base, moneyOnly) },
        slotAdds: changeOf(moneyOnly, withSlot),
      });
    }
  }
  return { budgetStep, entries };
}
