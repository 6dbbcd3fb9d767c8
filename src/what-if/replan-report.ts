import { checkAllocation, type Violation } from '../check/check-allocation.js';
import { compareStrings, indexBy } from '../domain/index-by.js';
import { replanLookup } from '../domain/replan.js';
import { trajectoryKey } from '../domain/trajectory-key.js';
import { trajectoryObstacles } from '../domain/trajectory-obstacle.js';
import type { Round, Trajectory } from '../domain/types.js';
import type { SwapRule } from '../result/explanation.js';
import type { DroppedEntry, KeptEntry, MovedEntry, ReplanChanges, ReplanReason, ReplanReport } from '../result/replan.js';
import type { Assignment } from '../result/result.js';

/** What the report of a revised allocation compares: the promised trajectories and the new ones. */
export interface ReplanComparison {
  readonly changes: ReplanChanges;
  readonly promised: readonly Assignment[];
  readonly previousBudget: number;
  /** The revised allocation, as the result describes it. */
  readonly assignments: readonly Assignment[];
}

const keyOf = (t: Trajectory) => trajectoryKey(t.expert, t.request, t.period);

/** A rule only more trajectories can mend (a minimum, a pin): it says nothing about why one more cannot be kept. */
export const isMinimum = (violation: Violation) =>
  violation.rule === 'pin' || ((violation.rule === 'province-quota' || violation.rule === 'domain-quota') && violation.bound === 'min');

/** What of a trajectory the limits of the round read. */
export type LimitFacts = Pick<Assignment, 'expert' | 'request' | 'period' | 'municipality' | 'supplier' | 'domain'>;

/** Whether a trajectory counts towards the limit a violation names (its expert, slot, request, host, supplier or domain); every trajectory counts towards the budget. */
export function sharesLimit(violation: Violation, t: LimitFacts): boolean {
  switch (violation.rule) {
    case 'expert-period':
      return t.expert === violation.expert && t.period === violation.period;
    case 'expert-max':
      return t.expert === violation.expert;
    case 'request-once':
      return t.request === violation.request;
    case 'municipality-cap':
      return t.municipality === violation.municipality;
    case 'supplier-cap':
      return t.supplier === violation.supplier;
    case 'domain-quota':
      return t.domain === violation.name;
    default:
      return true;
  }
}

/**
 * Why a promised trajectory is not kept as it was. First what happened to it
 * (the request was cancelled, the expert withdrew, the data no longer allows
 * it). Otherwise the trajectories kept plus this one break a rule: the
 * budget (cut, or too small), or another limit. Otherwise trajectories new to
 * the allocation took its room: that is displacement, which only an
 * objective with a tier before `kept` allows; under `kept` first it is what a
 * minimum or pin of the scenario required.
 */
function reasonFor(
  promised: Assignment,
  round: Round,
  kept: readonly Assignment[],
  comparison: ReplanComparison,
  obstacle: ReturnType<typeof trajectoryObstacles>,
): ReplanReason {
  const found = obstacle(promised);
  if (found?.code === 'policy' && found.block.code === 'cancelled') return { code: 'cancelled', request: promised.request };
  if (found?.code === 'policy' && found.block.code === 'withdrawn')
    return { code: 'withdrawn', expert: found.block.expert, from: found.block.from };
  if (found) return { code: 'not-allowed', obstacle: found };
  const beside = checkAllocation(round, { trajectories: [...kept, promised] }).filter((v) => !isMinimum(v));
  const budget = beside.find((v) => v.rule === 'budget');
  if (budget?.rule === 'budget')
    return { code: 'budget', budget: round.budget, previousBudget: comparison.previousBudget, cost: budget.cost };
  if (beside.length > 0) return { code: 'rules', rules: unique(beside.map((v) => v.rule)) };
  const keptKeys = new Set(kept.map(keyOf));
  const newcomers = comparison.assignments.filter((a) => !keptKeys.has(keyOf(a)) && a.request !== promised.request);
  const instead = [...comparison.assignments.filter((a) => a.request !== promised.request), promised];
  const broken = checkAllocation(round, { trajectories: instead }).filter((v) => !isMinimum(v));
  const first = comparison.changes.objective[0];
  if (first !== 'kept') {
    const by = broken
      .flatMap((violation) => newcomers.filter((a) => sharesLimit(violation, a)))
      .filter((a) => a.priority > promised.priority);
    const requests = indexBy(by, (a) => a.request);
    if (requests.size > 0)
      return {
        code: 'displaced',
        by: [...requests.values()]
          .sort((a, b) => b.priority - a.priority || compareStrings(a.request, b.request))
          .map((a) => ({ request: a.request, priority: a.priority })),
      };
  }
  return { code: 'rules', rules: broken.length > 0 ? unique(broken.map((v) => v.rule)) : ['scenario-constraint'] };
}

const unique = (rules: readonly SwapRule[]): SwapRule[] => [...new Set(rules)];

/**
 * Sorts every promised and every new trajectory of a revised allocation:
 * kept as it was (same expert, request and period), moved (the request is
 * served otherwise), dropped (the request is no longer served), added (a
 * request the promised allocation did not serve), each moved and dropped one
 * with its reason.
 */
export function replanReport(round: Round, comparison: ReplanComparison): ReplanReport {
  const now = indexBy(comparison.assignments, keyOf);
  const servingNow = indexBy(comparison.assignments, (a) => a.request);
  const frozen = replanLookup(round)?.frozenPeriods ?? new Set<string>();
  const keptPromises = comparison.promised.filter((p) => now.has(keyOf(p)));
  const obstacle = trajectoryObstacles(round);
  const promisedRequests = new Set(comparison.promised.map((p) => p.request));
  const kept: KeptEntry[] = keptPromises.map((p) => ({ trajectory: now.get(keyOf(p))!, frozen: frozen.has(p.period) }));
  const keptTrajectories = kept.map((entry) => entry.trajectory);
  const moved: MovedEntry[] = [];
  const dropped: DroppedEntry[] = [];
  for (const promised of comparison.promised) {
    if (now.has(keyOf(promised))) continue;
    const reason = reasonFor(promised, round, keptTrajectories, comparison, obstacle);
    const serving = servingNow.get(promised.request);
    if (serving) moved.push({ trajectory: serving, from: promised, reason });
    else dropped.push({ trajectory: promised, reason });
  }
  const added = comparison.assignments.filter((a) => !promisedRequests.has(a.request)).map((trajectory) => ({ trajectory }));
  return { changes: comparison.changes, kept, moved, dropped, added };
}
