import type { Allocation, Request, Round } from '../domain/types.js';
import type { MipEngine } from '../mip/engine.js';
import { prepareRound } from '../solve/prepared-round.js';
import { replanLookup } from '../domain/replan.js';
import { EnginePool } from '../engines/engine-pool.js';
import { noEligibleExpert, policyBlocks, UNSERVED_CHECKS } from './explain-blocks.js';
import { explainChoices } from './explain-choices.js';
import { byPriority, explainContext, type ExplainContext } from './explain-context.js';
import { forceIn } from './explain-counterfactual.js';
import { stabilityCheck } from './explain-stability.js';
import { provenCounterfactuals, type ProvenCounterfactuals } from './proven-counterfactuals.js';
import { orderCounterfactuals } from './order-proofs.js';
import type { RequestDecision } from '../solve/order-decisions.js';
import type { HeadStart } from './forced-head-start.js';
import type { Choice, Counterfactual, ReasonFacts, StabilityEntry } from '../result/explanation.js';
import type { AllocationExplanation, UnservedRequest } from '../result/explanation.js';

export interface ExplainOptions {
  readonly engine: MipEngine;
  /** Wall-clock seconds for all counterfactual solves together. */
  readonly timeLimitSeconds: number;
  /**
   * Which unserved requests get a counterfactual solve: all (default), none
   * (fast, e.g. for sweeps: `outranked` then names no displaced requests), the
   * listed ids (`explain --request`), the `highestPriority` unserved requests
   * with an eligible expert, highest priority first, ties by id; `proven`: a
   * proven counterfactual for every unserved request with an eligible expert,
   * exact, bounded or a tie (see proven-counterfactuals.ts), for a fraction of
   * the solves (with an engine that cannot probe relaxations, as many exact
   * solves as the round's size allows, see PreparedRound.autoCounterfactuals,
   * and `not-run` beyond); `auto` (the CLI's default) is `proven`. Under a
   * strict order, every request without an exact solve of its own takes the
   * order's proof (see `order`) where it has one.
   */
  readonly counterfactuals?: CounterfactualSelection;
  /**
   * The strict-order decisions of the solve that produced the allocation
   * (SolveOutcome.order): a request the order refused has a proven reason
   * without a further solve (see order-proofs.ts).
   */
  readonly order?: readonly RequestDecision[];
  /**
   * More engines (e.g. one worker thread per further core): the counterfactual
   * solves then run side by side, one per engine. Each solve's result depends
   * only on its model, so the explanation is the same.
   */
  readonly moreEngines?: readonly MipEngine[];
  /**
   * The LP probes of a `proven` explanation, started on the first of
   * `moreEngines` while the solve ran (see forced-head-start.ts); that engine
   * is busy until they end.
   */
  readonly headStart?: Promise<HeadStart | undefined>;
}

/** Which unserved requests get a counterfactual solve; see ExplainOptions. */
export type CounterfactualSelection = 'all' | 'none' | 'auto' | 'proven' | readonly string[] | { readonly highestPriority: number };

/** How much an explanation proves, as `--explain` and the library name it: `auto` (default), `full` or `fast`. */
export const EXPLAIN_MODES = ['auto', 'full', 'fast'] as const;
export type ExplainMode = (typeof EXPLAIN_MODES)[number];

/** Which unserved requests get a counterfactual solve under `mode`; the solver sizes `auto` from the round. */
export function counterfactualsFor(mode: ExplainMode): CounterfactualSelection {
  if (mode === 'full') return 'all';
  if (mode === 'fast') return 'none';
  return 'auto';
}

/** The ids of the unserved requests that get a counterfactual solve, or 'all'. */
function selectedForCounterfactuals(
  context: ExplainContext,
  unserved: readonly Request[],
  selection: Exclude<CounterfactualSelection, 'auto' | 'proven'>,
): ReadonlySet<string> | 'all' {
  if (selection === 'all') return selection;
  if (selection === 'none') return new Set();
  if ('highestPriority' in selection) {
    const count = selection.highestPriority;
    const candidates = unserved.filter((request) => (context.arcsOf.get(request.id) ?? []).length > 0).map((request) => request.id);
    return new Set(byPriority(context, candidates).slice(0, count));
  }
  return new Set(selection);
}

/** The policy has pins or minimum quotas, the rows that can make a forced request infeasible. */
const hasPinsOrMinimums = (round: Round) =>
  (round.constraints.pins?.length ?? 0) > 0 ||
  [...Object.values(round.constraints.provinces ?? {}), ...Object.values(round.constraints.domains ?? {})].some(
    (quota) => (quota.min ?? 0) > 0,
  );

async function unservedReasons(
  context: ExplainContext,
  request: Request,
  counterfactual: () => Promise<Counterfactual>,
): Promise<ReasonFacts[]> {
  if (replanLookup(context.round)?.cancelled.has(request.id)) return [{ code: 'cancelled' }];
  const arcs = context.arcsOf.get(request.id) ?? [];
  if (arcs.length === 0) {
    const blocks = policyBlocks(context, request);
    if (blocks.length > 0) return [{ code: 'excluded', blocks }];
    return [noEligibleExpert(context, request)];
  }
  const reasons = UNSERVED_CHECKS.flatMap((check) => check(context, request, arcs) ?? []);
  const forced = await counterfactual();
  if (forced.status === 'infeasible') {
    // The forced request fits no allocation. The checks found nothing, so pins or minimum quotas hold
    // the room it needs; without them only the budget can (every other limit yields by dropping others).
    if (reasons.length === 0 && hasPinsOrMinimums(context.round))
      reasons.push({ code: 'quota', constraint: 'pins-and-minimums', heldBy: [] });
    else if (reasons.length === 0) {
      const costs = arcs.map((index) => context.formulation.arcs[index]!.expert);
      const cheapest = Math.min(...costs.map((expert) => expert.cost));
      reasons.push({
        code: 'budget',
        scope: 'whole',
        budgetLeft: context.round.budget,
        cheapestCost: cheapest,
        experts: [...new Set(costs.filter((e) => e.cost === cheapest).map((e) => e.id))],
      });
    }
  } else if (forced.better) {
    reasons.push({ code: 'not-optimised', counterfactual: forced });
  } else if (forced.status !== 'not-run' || reasons.length === 0) {
    reasons.push({ code: 'outranked', counterfactual: forced });
  }
  return reasons;
}

/**
 * Explains an allocation: why each unserved request is unserved (with a
 * counterfactual solve per request that has eligible experts), why each
 * served request has its expert, and the stability check.
 */
export async function explainAllocation(round: Round, allocation: Allocation, options: ExplainOptions): Promise<AllocationExplanation> {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const context = explainContext(prepareRound(round, options.engine), allocation);
  const pool = new EnginePool([options.engine, ...(options.moreEngines ?? [])]);
  let solves = 0;
  const unservedRequests = round.requests.filter((request) => !context.servedBy.has(request.id));
  const candidates = unservedRequests.filter((request) => (context.arcsOf.get(request.id) ?? []).length > 0).map((request) => request.id);
  const requested = options.counterfactuals ?? 'all';
  const ordered = orderCounterfactuals(context, options.order);
  const selection = requested === 'auto' ? 'proven' : requested;
  const proven: ProvenCounterfactuals | undefined =
    selection === 'proven'
      ? await provenCounterfactuals(context, candidates, {
          engines: [options.engine, ...(options.moreEngines ?? [])],
          pool,
          secondsLeft: () => options.timeLimitSeconds - elapsed(),
          ...(options.headStart ? { headStart: options.headStart } : {}),
        })
      : undefined;
  // No engine of the pool may take other work while a head start still runs on it.
  await (await options.headStart)?.split;
  // Without bounds (an engine that cannot probe, a strict order), as many exact solves as the round's size allows,
  // for the requests the order has not proven (a strict-order pass stopped by the time limit).
  const exact = selection === 'proven' ? { highestPriority: context.prepared.autoCounterfactuals } : selection;
  const unproven = unservedRequests.filter((request) => !ordered.has(request.id));
  const wanted = proven ? new Set<string>() : selectedForCounterfactuals(context, unproven, exact);
  // All at once: the pool lets one counterfactual solve per engine run, and Promise.all keeps the requests' order.
  const unserved: UnservedRequest[] = await Promise.all(
    unservedRequests.map(async (request): Promise<UnservedRequest> => {
      const chosen = wanted === 'all' || wanted.has(request.id);
      // Where no exact solve ran for it (not chosen, no time left, an engine fault), the order's proof stands in.
      const withoutSolve: Counterfactual = ordered.get(request.id) ?? { status: 'not-run', displaced: [] };
      const counterfactual = async (): Promise<Counterfactual> => {
        if (proven) return proven.byRequest.get(request.id) ?? withoutSolve;
        if (!chosen) return withoutSolve;
        const exactly = await pool.run(async (engine) => {
          // The time left is read when an engine is free, not when the request joined the queue.
          const left = options.timeLimitSeconds - elapsed();
          if (left <= 0) return withoutSolve;
          solves++;
          return forceIn(context, request.id, { engine, timeLimitSeconds: left });
        });
        return exactly.status === 'not-run' ? withoutSolve : exactly;
      };
      const facts = await unservedReasons(context, request, counterfactual);
      return {
        request: request.id,
        municipality: request.municipality,
        domain: request.domain,
        priority: context.scores.get(request.id) ?? 0,
        reasons: facts,
      };
    }),
  );
  return {
    unserved,
    choices: explainChoices(context),
    stability: stabilityCheck(context),
    counterfactualSolves: solves + (proven?.solves ?? 0),
    forcedRelaxations: proven?.relaxations ?? 0,
    seconds: elapsed(),
  };
}
