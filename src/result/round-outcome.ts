/**
 * The round at a glance, for the first screen of the report: how many
 * requests were granted, the budget, how the requests the rule ranks first
 * fared, each province, and what keeps the others out, counted from the
 * reason facts. Every figure is computed from the result; nothing is estimated.
 */
import { type Ground, isProvenBest, refusalGrounds } from './decisions.js';
import { measuresNeed, rankMeasure, requestsInRuleOrder, type RankMeasure } from './priority-rank.js';
import type { AllocationResult } from './result.js';

/** How the requests the rule ranks first fared: the first quarter (rounded up) in rule order. */
interface FirstQuarter {
  /** What the rule ranks by; `measuresNeed` tells whether that is need. */
  readonly measure: RankMeasure;
  readonly needBased: boolean;
  readonly requests: number;
  readonly granted: number;
}

/** Requests not granted, counted by what keeps them out; a request with several grounds counts under each. */
export interface WaitingCounts {
  /** An eligible expert is free, but the budget left pays for none of them. */
  readonly budget: number;
  /** The budget left, and the cheapest free eligible expert's cost over those requests. */
  readonly budgetLeft: number;
  readonly cheapestWaiting?: number;
  /** No expert offers the domain within reach in an accepted period. */
  readonly noExpert: number;
  /** The municipality already receives its maximum. */
  readonly municipalityCap: number;
  /**
   * Every expert in reach is busy: the allocation is proven the best, no other
   * ground holds, and an exact re-solve showed that granting it makes requests
   * that each rank before it give way (were an expert free, it would be granted).
   */
  readonly expertsBusy: number;
  /** A province or domain maximum, the per-supplier maximum, pins and minimums, or the scenario's exclusions. */
  readonly policy: number;
}

/** What `--sensitivity` found EUR `step` more would change (an exact re-solve). */
interface BudgetStep {
  readonly step: number;
  readonly gained: readonly string[];
  readonly lost: readonly string[];
}

/** The round at a glance. */
export interface RoundOutcome {
  readonly requests: number;
  readonly granted: number;
  readonly budget: AllocationResult['budget'];
  readonly firstQuarter?: FirstQuarter;
  readonly provinces: readonly { readonly name: string; readonly requested: number; readonly granted: number }[];
  readonly waiting: WaitingCounts;
  readonly budgetStep?: BudgetStep;
}

const POLICY_GROUNDS = new Set(['policy', 'supplier-cap', 'quota', 'pins-and-minimums']);

function waitingCounts(result: AllocationResult): WaitingCounts {
  const grounds = result.unserved.map((unserved) => refusalGrounds(unserved, result));
  const count = (test: (list: readonly Ground[]) => boolean) => grounds.filter(test).length;
  const has = (code: Ground['code']) => (list: readonly Ground[]) => list.some((ground) => ground.code === code);
  const cheapest = grounds.flatMap((list) => list.flatMap((ground) => (ground.code === 'budget' ? [ground.cheapest] : [])));
  const best = isProvenBest(result);
  return {
    budget: count(has('budget')),
    budgetLeft: result.budget.left,
    ...(cheapest.length > 0 ? { cheapestWaiting: Math.min(...cheapest) } : {}),
    noExpert: count(has('no-expert')),
    municipalityCap: count(has('municipality-cap')),
    expertsBusy: count((list) => best && list.every((ground) => ground.code === 'outranked' && ground.allRankAbove)),
    policy: count((list) => list.some((ground) => POLICY_GROUNDS.has(ground.code))),
  };
}

function firstQuarter(result: AllocationResult): FirstQuarter | undefined {
  const ranked = requestsInRuleOrder(result);
  if (ranked.length === 0) return undefined;
  const measure = rankMeasure(result.priority);
  const granted = new Set(result.assignments.map((a) => a.request));
  const first = ranked.slice(0, Math.ceil(ranked.length / 4));
  return {
    measure,
    needBased: measuresNeed(measure),
    requests: first.length,
    granted: first.filter((r) => granted.has(r.request)).length,
  };
}

/** The round at a glance, from the result alone. */
export function roundOutcome(result: AllocationResult): RoundOutcome {
  const quarter = firstQuarter(result);
  const budgetEntry = result.sensitivity?.entries.find((entry) => entry.change === 'budget');
  return {
    requests: result.round.requests,
    granted: result.assignments.length,
    budget: result.budget,
    ...(quarter ? { firstQuarter: quarter } : {}),
    provinces: result.demandSupply.provinces.map((p) => ({ name: p.key, requested: p.requested, granted: p.served })),
    waiting: waitingCounts(result),
    // Only an exact re-solve says what more budget would grant.
    ...(budgetEntry?.status === 'optimal'
      ? { budgetStep: { step: result.sensitivity!.budgetStep, gained: budgetEntry.gained, lost: budgetEntry.lost } }
      : {}),
  };
}
