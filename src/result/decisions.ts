/**
 * What the round decided for each municipality, from the result alone: the
 * facts a decision letter states. Each ground for not granting a request is
 * taken from the request's reason facts and kept only as far as they prove
 * it; where nothing exact was proven, the ground says less (`no-room`).
 */
import { compareStrings, indexBy } from '../domain/index-by.js';
import { exactSum } from '../domain/numbers.js';
import type { PolicyBlock } from '../domain/policy.js';
import type { ReasonFacts, UnservedRequest } from './explanation.js';
import { ranksAbove } from './priority-rank.js';
import type { AllocationResult, Assignment } from './result.js';

/** Why a request was not granted, in terms a letter can state truthfully. */
export type Ground =
  /** No expert offers the domain within reach in an accepted period. */
  | { readonly code: 'no-expert' }
  /** The only experts who offer the domain within reach in an accepted period work in the requesting municipality. */
  | { readonly code: 'own-expert' }
  /** The scenario's policy keeps every eligible expert away, for these kinds of rule. */
  | { readonly code: 'policy'; readonly rules: readonly PolicyBlock['code'][] }
  /** The municipality already receives its maximum; `heldBy` are its granted requests. */
  | { readonly code: 'municipality-cap'; readonly limit: number; readonly heldBy: readonly string[] }
  /** Every lending municipality of an eligible expert already lends its maximum. */
  | { readonly code: 'supplier-cap'; readonly limit: number }
  /** A province or domain maximum (`scope` and `name`) is reached. */
  | { readonly code: 'quota'; readonly scope: 'province' | 'domain'; readonly name: string; readonly limit: number }
  /** Pins and minimum quotas leave no room. */
  | { readonly code: 'pins-and-minimums' }
  /** An eligible expert is free, but the budget left is below the cheapest of them. */
  | { readonly code: 'budget'; readonly left: number; readonly cheapest: number }
  /** Every eligible expert costs more than the whole budget. */
  | { readonly code: 'over-budget'; readonly cheapest: number }
  /**
   * Granting it would make `displaced` requests give way (an exact re-solve
   * proved it); `allRankAbove`: each of them ranks strictly before this one.
   */
  | { readonly code: 'outranked'; readonly displaced: number; readonly allRankAbove: boolean }
  /**
   * A strict order (the solve's own proof): requests are granted in the
   * rule's order while any allocation can grant them together with those
   * before them, and none grants it together with the `earlier` requests
   * before it that were granted.
   */
  | { readonly code: 'order'; readonly earlier: number }
  /** The municipality withdrew the request (a revised allocation). */
  | { readonly code: 'cancelled' }
  /** Nothing more was proven than that the round had no room for it. */
  | { readonly code: 'no-room' };

/** A request not granted, with every ground that holds for it. */
export interface RefusedRequest {
  readonly request: string;
  readonly domain: string;
  readonly grounds: readonly Ground[];
}

/** One expert a municipality lends, with the trajectories the round gives it. */
interface LentExpert {
  readonly id: string;
  readonly name: string;
  /** The periods the expert is available in. */
  readonly periods: readonly string[];
  readonly trajectories: readonly Assignment[];
}

/** Everything the round decided for one municipality that asked or lends. */
export interface MunicipalityDecision {
  readonly nis: string;
  readonly name: string;
  readonly province: string;
  /** Its granted requests, each with the trajectory that serves it. */
  readonly granted: readonly Assignment[];
  readonly refused: readonly RefusedRequest[];
  /** Its experts, in id order; empty when it lends none. */
  readonly experts: readonly LentExpert[];
  /** EUR the municipality receives for its experts' trajectories. */
  readonly compensation: number;
}

/**
 * True when the result's allocation is proven the best possible under its
 * rule: solved to optimality, and not the hand-matching of the `greedy` rule
 * (whose status is the optimiser's, beside an allocation that is not).
 */
export const isProvenBest = (result: Pick<AllocationResult, 'status' | 'priority'>): boolean =>
  result.status === 'optimal' && result.priority?.rule !== 'greedy';

const QUOTA_SCOPES = { provinces: 'province', domains: 'domain' } as const;

/** The grounds of one reason fact of an unserved request. */
function groundsOf(reason: ReasonFacts, unserved: UnservedRequest, result: AllocationResult): Ground[] {
  switch (reason.code) {
    case 'no-eligible-expert':
      return [{ code: reason.ownMunicipality.length > 0 ? 'own-expert' : 'no-expert' }];
    case 'excluded':
      return [{ code: 'policy', rules: [...new Set(reason.blocks.map((block) => block.rule))].sort(compareStrings) }];
    case 'cap':
      return reason.constraint === 'maxPerMunicipality'
        ? [{ code: 'municipality-cap', limit: reason.limit, heldBy: reason.heldBy }]
        : [{ code: 'supplier-cap', limit: reason.limit }];
    case 'quota': {
      if (reason.limit === undefined) return [{ code: 'pins-and-minimums' }];
      const [kind = '', ...rest] = reason.constraint.split('.');
      const scope = QUOTA_SCOPES[kind as keyof typeof QUOTA_SCOPES];
      return scope ? [{ code: 'quota', scope, name: rest.join('.'), limit: reason.limit }] : [{ code: 'no-room' }];
    }
    case 'budget':
      if (reason.cheapestCost <= reason.budgetLeft) return [{ code: 'no-room' }];
      return reason.scope === 'whole'
        ? [{ code: 'over-budget', cheapest: reason.cheapestCost }]
        : [{ code: 'budget', left: reason.budgetLeft, cheapest: reason.cheapestCost }];
    case 'cancelled':
      return [{ code: 'cancelled' }];
    case 'not-optimised':
      // The hand-matching did not reach it; nothing says who would have to give way.
      return [{ code: 'no-room' }];
    case 'outranked': {
      const { status, displaced, order } = reason.counterfactual;
      if (status === 'order' && order) return [{ code: 'order', earlier: order.heldBy.length }];
      // Only an exact re-solve proves who would have to give way.
      if (status !== 'optimal' || displaced.length === 0) return [{ code: 'no-room' }];
      const above = ranksAbove(result);
      const allRankAbove = displaced.every((other) => above(other, unserved));
      return [{ code: 'outranked', displaced: displaced.length, allRankAbove }];
    }
  }
}

/** The grounds of an unserved request: every proven one; `no-room` only when nothing else holds. */
export function refusalGrounds(unserved: UnservedRequest, result: AllocationResult): Ground[] {
  const grounds = unserved.reasons.flatMap((reason) => groundsOf(reason, unserved, result));
  const proven = grounds.filter((ground) => ground.code !== 'no-room');
  return proven.length > 0 ? proven : [{ code: 'no-room' }];
}

/**
 * The decision for every municipality that asked or lends, in NIS order;
 * `only` limits it to some municipalities (e.g. those whose situation a
 * revised allocation changed).
 */
export function municipalityDecisions(result: AllocationResult, only?: ReadonlySet<string>): MunicipalityDecision[] {
  const places = indexBy(result.round.municipalities, (m) => m.nis);
  const asked = [...result.assignments.map((a) => a.municipality), ...result.unserved.map((u) => u.municipality)];
  const lends = result.round.experts.map((expert) => expert.municipality);
  const involved = [...new Set([...asked, ...lends])].filter((nis) => only === undefined || only.has(nis)).sort(compareStrings);
  return involved.map((nis) => {
    const place = places.get(nis);
    const experts = result.round.experts
      .filter((expert) => expert.municipality === nis)
      .map((expert) => ({ ...expert, trajectories: result.assignments.filter((a) => a.expert === expert.id) }));
    return {
      nis,
      name: place?.name ?? nis,
      province: place?.province ?? '',
      granted: result.assignments.filter((a) => a.municipality === nis).sort((a, b) => compareStrings(a.request, b.request)),
      refused: result.unserved
        .filter((u) => u.municipality === nis)
        .map((u) => ({ request: u.request, domain: u.domain, grounds: refusalGrounds(u, result) }))
        .sort((a, b) => compareStrings(a.request, b.request)),
      experts: experts.map(({ id, name, periods, trajectories }) => ({ id, name, periods, trajectories })),
      compensation: exactSum(experts.flatMap((expert) => expert.trajectories.map((a) => a.cost))),
    };
  });
}
