import { trajectoryKey } from './trajectory-key.js';
import type { PeriodId, Replan, Request, Round, Trajectory } from './types.js';

/** Why a revised allocation keeps a trajectory out, with the facts text/ words. */
export type ReplanBlock =
  | { readonly code: 'cancelled'; readonly request: string }
  | { readonly code: 'withdrawn'; readonly expert: string; readonly from: PeriodId }
  /** `period` is under way or over: only its frozen trajectories happen in it (a frozen request is served there alone). */
  | { readonly code: 'frozen'; readonly period: PeriodId };

/** A replan's facts as lookups. */
export interface ReplanLookup {
  /** The promised trajectories of frozen periods: they stay as they are. */
  readonly frozen: readonly Trajectory[];
  readonly frozenPeriods: ReadonlySet<PeriodId>;
  /** trajectoryKey of each frozen trajectory. */
  readonly frozenKeys: ReadonlySet<string>;
  /** The frozen period of each request served in one. */
  readonly frozenRequests: ReadonlyMap<string, PeriodId>;
  readonly cancelled: ReadonlySet<string>;
  /** The period from which `expert` is withdrawn if `period` is that period or a later one; undefined otherwise. */
  withdrawnIn(expert: string, period: PeriodId): PeriodId | undefined;
}

const lookups = new WeakMap<Replan, ReplanLookup>();

/**
 * The lookups of a round's replan (undefined for a new round), built once per
 * replan object. Periods are ordered as the round lists them; a period the
 * round does not have is never withdrawn.
 */
export function replanLookup(round: Round): ReplanLookup | undefined {
  const replan = round.replan;
  if (!replan) return undefined;
  let lookup = lookups.get(replan);
  if (lookup) return lookup;
  const frozenPeriods = new Set(replan.frozen);
  const frozen = replan.promised.filter((t) => frozenPeriods.has(t.period));
  const position = new Map(round.periods.map((period, index) => [period, index]));
  const from = new Map<string, PeriodId>();
  for (const withdrawal of replan.withdrawn) {
    const earlier = from.get(withdrawal.expert);
    if (earlier === undefined || (position.get(withdrawal.from) ?? Infinity) < (position.get(earlier) ?? Infinity))
      from.set(withdrawal.expert, withdrawal.from);
  }
  lookup = {
    frozen,
    frozenPeriods,
    frozenKeys: new Set(frozen.map((t) => trajectoryKey(t.expert, t.request, t.period))),
    frozenRequests: new Map(frozen.map((t) => [t.request, t.period])),
    cancelled: new Set(replan.cancelled),
    withdrawnIn: (expert, period) => {
      const first = from.get(expert);
      if (first === undefined) return undefined;
      const [at, start] = [position.get(period), position.get(first)];
      return at !== undefined && start !== undefined && at >= start ? first : undefined;
    },
  };
  lookups.set(replan, lookup);
  return lookup;
}

/**
 * Builds the replan's test for (expert, request, period): a cancelled
 * request, a withdrawn expert, a frozen period (or a request already served
 * in one). A frozen trajectory itself is never blocked here. Returns the first
 * block, or undefined when the replan allows it (always, for a new round).
 */
export function replanFilter(round: Round): (expert: string, request: string, period: PeriodId) => ReplanBlock | undefined {
  const lookup = replanLookup(round);
  if (!lookup) return () => undefined;
  return (expert, request, period) => {
    if (lookup.frozenKeys.has(trajectoryKey(expert, request, period))) return undefined;
    if (lookup.cancelled.has(request)) return { code: 'cancelled', request };
    const from = lookup.withdrawnIn(expert, period);
    if (from !== undefined) return { code: 'withdrawn', expert, from };
    if (lookup.frozenPeriods.has(period)) return { code: 'frozen', period };
    const servedIn = lookup.frozenRequests.get(request);
    if (servedIn !== undefined) return { code: 'frozen', period: servedIn };
    return undefined;
  };
}

/** The requests still asked for: all of them, less a revised allocation's cancelled ones (the demand of the round). */
export function openRequests(round: Round): readonly Request[] {
  const cancelled = replanLookup(round)?.cancelled;
  return cancelled && cancelled.size > 0 ? round.requests.filter((request) => !cancelled.has(request.id)) : round.requests;
}
