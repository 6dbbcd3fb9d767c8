import { rankingConfig, rankRequests } from '../domain/priority.js';
import type { Allocation, Round } from '../domain/types.js';
import type { MipEngine } from '../mip/engine.js';
import { prepareRound } from '../solve/prepared-round.js';
import type { SolveOutcome } from '../solve/solve-round.js';
import { exactSum } from '../domain/numbers.js';
import { describeAssignments } from '../result/build-result.js';
import { checkAllocation } from '../check/check-allocation.js';
import { diagnoseInfeasible } from '../diagnose/diagnose-infeasible.js';
import { diagnoseByRelaxation } from '../diagnose/diagnose-relax.js';
import { greedyAllocation } from '../solve/greedy.js';
import type { ReturnedOutcome, SolvedResult } from '../result/build-result.js';
import { returnGreedy } from './greedy-result.js';
import { supplyShortfalls } from '../diagnose/demand-supply.js';
import type { Baseline, PolicyFields, PriorityReport, TierValues } from '../result/policy.js';

/** The tier values and the budget used of an allocation, in the result's units. */
function allocationValues(round: Round, allocation: Allocation): { objective: TierValues; budgetUsed: number } {
  const assignments = describeAssignments(round, allocation);
  return {
    objective: {
      priority: exactSum(assignments.map((a) => a.priority)),
      served: assignments.length,
      distanceKm: exactSum(assignments.map((a) => a.distanceKm)),
    },
    budgetUsed: exactSum(assignments.map((a) => a.cost)),
  };
}

function priorityReport(round: Round): PriorityReport {
  const ranking = rankRequests(round);
  const classes = ranking.classes;
  const rule = round.priority;
  return {
    rule: rule.rule,
    ...(rule.rule === 'greedy' ? { orderRule: ranking.config.rule } : {}),
    ...(rule.rule === 'score' || rule.rule === 'weighted' ? { scoreOrder: rule.order ?? 'sum' } : {}),
    ...(ranking.strict ? { order: ranking.strict } : {}),
    ...(classes
      ? { classes: classes.names.map((name) => ({ name, requests: ranking.order.filter((id) => classes.of.get(id) === name) })) }
      : {}),
  };
}

/**
 * Runs `solve` with the policy around it: the quick infeasibility checks
 * first (a proven conflict skips the MIP), a relaxation diagnosis when the
 * MIP finds the round infeasible, and the greedy baseline. Under the
 * `greedy` rule the returned allocation is the hand-matching, with a status
 * and tiers of its own and the optimiser's allocation beside it (see
 * greedy-result.ts); an infeasible round stays infeasible under every rule.
 */
export async function solveWithPolicy(
  round: Round,
  engine: MipEngine,
  timeLimitSeconds: number,
  solve: () => Promise<SolveOutcome>,
): Promise<{ outcome: ReturnedOutcome; fields: PolicyFields }> {
  const priority = priorityReport(round);
  const shortfalls = supplyShortfalls(round);
  const conflicts = diagnoseInfeasible(round);
  if (conflicts.length > 0) {
    const { model } = prepareRound(round, engine);
    return { outcome: { status: 'infeasible', tiers: [], model, seconds: 0 }, fields: { priority, shortfalls, diagnosis: conflicts } };
  }
  const outcome = await solve();
  if (outcome.status === 'infeasible') {
    return { outcome, fields: { priority, shortfalls, diagnosis: await diagnoseByRelaxation(round, engine, timeLimitSeconds) } };
  }
  const greedy = greedyAllocation(round);
  const violations = checkAllocation(round, greedy);
  const { objective } = allocationValues(round, greedy);
  const optimum = outcome.allocation ? allocationValues(round, outcome.allocation) : undefined;
  const gain = (key: keyof TierValues, from: TierValues) => exactSum([from[key], -objective[key]]);
  const baseline: Baseline = {
    method: 'greedy',
    order: rankingConfig(round.priority).rule,
    served: greedy.trajectories.map((t) => t.request).sort(),
    objective,
    ...(optimum
      ? {
          gain: {
            priority: gain('priority', optimum.objective),
            served: gain('served', optimum.objective),
            distanceKm: gain('distanceKm', optimum.objective),
          },
        }
      : {}),
    violations,
  };
  if (round.priority.rule !== 'greedy') return { outcome, fields: { priority, shortfalls, baseline } };
  const returned = returnGreedy(round, engine, outcome, greedy, violations, optimum);
  return {
    outcome: returned.outcome,
    fields: {
      priority,
      shortfalls,
      baseline,
      optimum: returned.optimum,
      ...(returned.violations ? { violations: returned.violations } : {}),
    },
  };
}

/** Adds the policy fields to a result; the lottery seed goes into `run.seed`. */
export function withPolicyFields(result: SolvedResult, round: Round, fields: PolicyFields): SolvedResult {
  const config = rankingConfig(round.priority);
  const seed = config.rule === 'lottery' ? { seed: config.seed } : {};
  return { ...result, ...fields, run: { ...result.run, ...seed } };
}
