import { basename } from 'node:path';
import { checkAllocation } from '../check/check-allocation.js';
import { indexBy } from '../domain/index-by.js';
import { budgetCents, centsToEuros, costCents } from '../domain/money.js';
import { trajectoryObstacles } from '../domain/trajectory-obstacle.js';
import type { PeriodId, Round, RoundTier } from '../domain/types.js';
import { readChangesFile, type ChangesFile, type ReadDocument } from '../io/changes-file.js';
import { InputError, type InputLocation, type InputNotice } from '../io/input-error.js';
import { assertKnownName } from '../io/known-name.js';
import type { LoadedRound } from '../io/load-round.js';
import { effectiveLimits } from '../io/limits.js';
import { readResultFile } from '../io/result-file.js';
import { knownPeriods } from '../io/periods-cell.js';
import type { ReplanChanges, ReplanRun } from '../result/replan.js';
import type { ResultJson } from '../result/result-json.js';
import type { Assignment } from '../result/result.js';
import { describeAssignments } from '../result/build-result.js';
import { isMinimum, sharesLimit } from './replan-report.js';

/** A revised round ready to solve, with what its `replan` report needs. */
export interface ReplanInput {
  /** The current round with its replan, the budget now and the replan's objective. */
  readonly round: Round;
  /** The changes applied: those of the earlier revisions in the chain, then the changes file's. */
  readonly changes: ReplanChanges;
  /** The previous result's trajectories, as it describes them. */
  readonly promised: readonly Assignment[];
  /** The budget the previous result had, EUR. */
  readonly previousBudget: number;
  readonly run: ReplanRun;
  /** Promised trajectories of later periods the current data no longer allows: reported, not silently dropped. */
  readonly warnings: readonly InputNotice[];
}

/** One changes document (the changes file, or the changes an earlier revision carried) and where its fields are. */
interface ChangesSource {
  readonly changes: ChangesFile;
  readonly at: (field: string) => InputLocation;
}

/** The period position of each period of the round, for "from this period on". */
const periodOrder = (round: Round) => new Map(round.periods.map((period, index) => [period, index]));

/**
 * The effective changes of a chain: the earlier revisions' (recorded in the
 * previous result) and then the changes file's. Every id must be one of the
 * current data or of the previous result, and no expert or request is listed
 * twice in one file. Frozen periods and cancellations add up, a withdrawal
 * keeps its earliest period, the budget and objective are the latest given.
 */
function mergeChanges(round: Round, previous: ResultJson, sources: readonly ChangesSource[]): ReplanChanges {
  const experts = [...new Set([...round.experts.map((e) => e.id), ...previous.round.experts.map((e) => e.id)])];
  const requests = [...new Set([...round.requests.map((r) => r.id), ...previous.assignments.map((a) => a.request)])];
  const order = periodOrder(round);
  const frozen = new Set<PeriodId>();
  const withdrawn = new Map<string, PeriodId>();
  const cancelled = new Set<string>();
  let budget: number | undefined;
  let objective: readonly RoundTier[] | undefined;
  for (const { changes, at } of sources) {
    changes.frozen?.forEach((period, index) => knownPeriods([period], round.periods, at(`frozen[${index}]`)));
    for (const period of changes.frozen ?? []) frozen.add(period);
    const listed = new Map<string, string>();
    const once = (name: string, field: string) => {
      const first = listed.get(name);
      if (first !== undefined) throw new InputError(at(field), { id: 'changes-repeated', name, first });
      listed.set(name, field);
    };
    changes.withdraw?.forEach(({ expert, from }, index) => {
      assertKnownName(at(`withdraw[${index}].expert`), 'expert', expert, experts);
      knownPeriods([from], round.periods, at(`withdraw[${index}].from`));
      once(expert, `withdraw[${index}]`);
      const earlier = withdrawn.get(expert);
      if (earlier === undefined || order.get(from)! < order.get(earlier)!) withdrawn.set(expert, from);
    });
    changes.cancel?.forEach(({ request }, index) => {
      assertKnownName(at(`cancel[${index}].request`), 'request', request, requests);
      once(request, `cancel[${index}]`);
      cancelled.add(request);
    });
    budget = changes.budget ?? budget;
    objective = changes.objective ?? objective;
  }
  return {
    frozen: round.periods.filter((period) => frozen.has(period)),
    withdraw: [...withdrawn].map(([expert, from]) => ({ expert, from })),
    cancel: [...cancelled].map((request) => ({ request })),
    ...(budget !== undefined ? { budget } : {}),
    objective: objective ?? ['kept', ...round.objective],
  };
}

/**
 * Checks the frozen trajectories against the current round: each must still
 * be allowed (by the data, by the cancellations and withdrawals), their cost
 * must fit the budget, and together they must break no rule that more
 * trajectories cannot mend. They are under way, so a conflict is an input
 * error that says what to correct, never a silent change.
 */
function assertFrozenHold(round: Round, sources: readonly ChangesSource[], previousLabel: string, budgetAt: InputLocation): void {
  const replan = round.replan!;
  const frozen = replan.promised.filter((t) => replan.frozen.includes(t.period));
  const order = periodOrder(round);
  const obstacle = trajectoryObstacles(round);
  for (const trajectory of frozen) {
    for (const { changes, at } of sources) {
      changes.cancel?.forEach(({ request }, index) => {
        if (request === trajectory.request) throw new InputError(at(`cancel[${index}]`), { id: 'frozen-cancelled', trajectory });
      });
      changes.withdraw?.forEach(({ expert, from }, index) => {
        if (expert === trajectory.expert && order.get(from)! <= order.get(trajectory.period)!)
          throw new InputError(at(`withdraw[${index}].from`), { id: 'frozen-withdrawn', trajectory, from });
      });
    }
    const found = obstacle(trajectory);
    const index = replan.promised.indexOf(trajectory);
    if (found)
      throw new InputError(
        { file: previousLabel, field: `assignments[${index}]` },
        { id: 'frozen-not-allowed', trajectory, obstacle: found },
      );
  }
  const experts = indexBy(round.experts, (e) => e.id);
  const cost = frozen.reduce((sum, t) => sum + costCents(experts.get(t.expert)!.cost), 0);
  if (cost > budgetCents(round.budget))
    throw new InputError(budgetAt, { id: 'frozen-over-budget', cost: centsToEuros(cost), budget: round.budget });
  // Minimums and pins can still be met by trajectories of later periods.
  const conflict = checkAllocation(round, { trajectories: frozen }).find((v) => !isMinimum(v));
  if (conflict) {
    const involved = describeAssignments(round, { trajectories: frozen }).filter((t) => sharesLimit(conflict, t));
    throw new InputError(sources[sources.length - 1]!.at('frozen'), {
      id: 'frozen-conflict',
      rule: conflict.rule,
      trajectories: involved.map(({ expert, request, period }) => ({ expert, request, period })),
    });
  }
}

/**
 * Builds the revised round from the current data, the previous result and
 * the changes file, checking every reference: the promised trajectories
 * (the previous result's), frozen periods, withdrawals and cancellations of
 * the whole chain, the budget now (the changes file's, else an earlier
 * revision's, else the scenario's) and the objective (by default `kept`, then
 * the scenario's own tiers).
 */
export function prepareReplan(
  loaded: LoadedRound,
  previous: ReadDocument<ResultJson>,
  changesFile: ReadDocument<ChangesFile>,
): ReplanInput {
  const carried = previous.value.replan?.changes;
  const sources: ChangesSource[] = [
    ...(carried ? [{ changes: carried, at: (field: string) => ({ file: previous.label, field: `replan.changes.${field}` }) }] : []),
    { changes: changesFile.value, at: (field: string) => ({ file: changesFile.label, field }) },
  ];
  const changes = mergeChanges(loaded.round, previous.value, sources);
  const promised = previous.value.assignments;
  const round: Round = {
    ...loaded.round,
    budget: changes.budget ?? loaded.round.budget,
    objective: changes.objective,
    replan: {
      promised: promised.map(({ expert, request, period }) => ({ expert, request, period })),
      frozen: changes.frozen,
      withdrawn: changes.withdraw,
      cancelled: changes.cancel.map((cancel) => cancel.request),
    },
  };
  const budgetAt = sources.findLast((source) => source.changes.budget !== undefined)?.at('budget') ?? {
    file: basename(loaded.scenarioPath),
    field: 'budget',
  };
  assertFrozenHold(round, sources, previous.label, budgetAt);
  const obstacle = trajectoryObstacles(round);
  const warnings: InputNotice[] = [];
  round.replan!.promised.forEach((trajectory, index) => {
    const found = obstacle(trajectory);
    const expected = found?.code === 'policy' && (found.block.code === 'withdrawn' || found.block.code === 'cancelled');
    if (found && !expected)
      warnings.push({
        location: { file: previous.label, field: `assignments[${index}]` },
        fact: { id: 'promised-not-allowed', trajectory, obstacle: found },
      });
  });
  return {
    round,
    changes,
    promised,
    previousBudget: previous.value.budget.limit,
    run: { from: previous.sha256, changes: changesFile.sha256 },
    warnings,
  };
}

/**
 * Reads what `replan` starts from: the previous result (held to the
 * scenario's file size limit, checked against schemas/result.schema.json)
 * and the changes file (checked against schemas/changes.schema.json), and
 * builds the revised round (prepareReplan).
 */
export function readReplan(loaded: LoadedRound, resultPath: string, changesPath: string): ReplanInput {
  // The schema has checked the value, so it is a result as result.json writes it.
  const previous = readResultFile(resultPath, effectiveLimits(loaded.scenario.limits).maxFileBytes) as ReadDocument<ResultJson>;
  return prepareReplan(loaded, previous, readChangesFile(changesPath));
}
