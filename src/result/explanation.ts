/**
 * The facts behind every explanation in a result. Each fact is computed from
 * the round, the allocation, the independent checker or a counterfactual
 * solve; text/ puts them into words (and result.json's English messages).
 */
import type { IneligibilityReason } from '../domain/eligibility.js';
import type { PolicyBlock } from '../domain/policy.js';
import type { PeriodId } from '../domain/types.js';
import type { Violation } from '../check/check-allocation.js';

/** A request that leaves the allocation when another is forced in. */
interface DisplacedRequest {
  readonly request: string;
  readonly priority: number;
}

/** The expert that comes closest to being eligible, and every rule it fails. */
export interface NearestMiss {
  readonly expert: string;
  readonly supplier: string;
  readonly distanceKm: number;
  readonly failures: readonly IneligibilityReason[];
}

/** The first objective tier on which two allocations differ, in the tier's own unit. */
export interface TierDifference {
  readonly tier: string;
  /** The tier's value in the reported allocation. */
  readonly value: number;
  /** The tier's value in the alternative (swapped or counterfactual) allocation. */
  readonly alternativeValue: number;
}

/** A rule a swap would break: the checker's rules, or a policy row of the model. */
export type SwapRule = Violation['rule'] | 'scenario-constraint';

/**
 * The proven range of the first tier's value over the allocations that serve
 * a request: the best of them lies between `lowest` and `highest`.
 */
interface TierBounds {
  readonly tier: string;
  /** The tier's value in the reported allocation. */
  readonly value: number;
  readonly lowest: number;
  readonly highest: number;
}

/**
 * A strict order's own proof (rules `first-come`, `lottery`, and `score` or
 * `weighted` with `order: strict`): the solve serves the requests in the
 * rule's order, each one if any allocation can serve it together with the
 * requests before it that were served, and proved that none serves this one
 * together with `heldBy`. The rule's order decides, before any criterion.
 */
interface OrderProof {
  readonly rule: 'first-come' | 'lottery' | 'score' | 'weighted';
  /** The request's place in the rule's order (`priority.order`), 1 first. */
  readonly position: number;
  /** Requests before it in the order that were served, in that order: all of them, or for `cap` those of its municipality. */
  readonly heldBy: readonly string[];
  /**
   * What proved it: `count`, the budget pays at most `limit` trajectories
   * (at the cheapest experts' costs) and `heldBy` take them; `budget`, its
   * cheapest eligible expert and those of `heldBy` cost `cost` EUR together,
   * more than the `budget`; `cap`, its municipality already receives its
   * maximum of `limit` with `heldBy`; `solve`, the solver proved it.
   */
  readonly proof: 'count' | 'budget' | 'cap' | 'solve';
  readonly limit?: number;
  readonly cost?: number;
  readonly budget?: number;
}

/**
 * What forcing an unserved request in proves: the best allocation that
 * serves it, or a proven range of what it is worth.
 */
export interface Counterfactual {
  /**
   * How it is proven. `optimal`: exactly, by a solve or by bounds that meet
   * (the best allocation that serves the request, and whom it displaces);
   * `bounded`: the first tier's value of that best allocation lies in
   * `bounds`, below the reported one: one end from the LP relaxation with
   * every rule of the round (or a solve), the other from an example
   * allocation that the independent checker accepted; `tie`: such an example
   * is as good on the first tier, so the later tiers decided; `order`: the
   * strict order proved it without a further solve (see `order`); `infeasible`:
   * no allocation serves it; `time_limit`: the best allocation found within
   * the time limit; `not-run`: no solve ran for it (`--explain fast`, the
   * time ran out, or the engine failed on it).
   */
  readonly status: 'optimal' | 'bounded' | 'tie' | 'order' | 'time_limit' | 'infeasible' | 'not-run';
  /** Served now, unserved in the counterfactual allocation (for `bounded` and `tie`: in the example), in request order. */
  readonly displaced: readonly DisplacedRequest[];
  /** The first tier the counterfactual allocation does worse on. */
  readonly worse?: TierDifference;
  /**
   * The first tier the counterfactual allocation does better on, when it
   * differs for the better: only possible when the allocation explained is
   * not a proven optimum (the hand-matching, or a solve stopped at its time limit).
   */
  readonly better?: TierDifference;
  /** For `bounded`: the proven range of the first tier's value; for `tie`: that value, at both ends. */
  readonly bounds?: TierBounds;
  /** For `order`: the strict order's proof. */
  readonly order?: OrderProof;
}

/** A named policy constraint, e.g. `maxPerMunicipality`, `provinces.Limburg`, `domains.wonen`. */
type ConstraintName = string;

/** Facts of one reason an unserved request was not served (DESIGN.md's reason codes). */
export type ReasonFacts =
  | {
      readonly code: 'no-eligible-expert';
      /** How many experts of the round offer the request's domain at all. */
      readonly offering: number;
      /**
       * Experts who offer the domain within reach in an accepted period but
       * work in the requesting municipality itself, which they never serve.
       */
      readonly ownMunicipality: readonly string[];
      /** The expert closest to eligible, among those not in `ownMunicipality`. */
      readonly nearestMiss?: NearestMiss;
    }
  /** A revised allocation: the municipality withdrew the request. */
  | { readonly code: 'cancelled' }
  | { readonly code: 'excluded'; readonly blocks: readonly { readonly expert: string; readonly rule: PolicyBlock['code'] }[] }
  | {
      readonly code: 'cap';
      readonly constraint: 'maxPerMunicipality' | 'maxPerSupplier';
      readonly limit: number;
      readonly heldBy: readonly string[];
    }
  | { readonly code: 'quota'; readonly constraint: ConstraintName; readonly limit?: number; readonly heldBy: readonly string[] }
  /**
   * `left`: the free eligible experts (`experts`) all cost more than the budget
   * left; `whole`: every eligible expert costs more than the whole budget
   * (`budgetLeft` is then the budget itself, `experts` the cheapest).
   */
  | {
      readonly code: 'budget';
      readonly scope: 'left' | 'whole';
      readonly budgetLeft: number;
      readonly cheapestCost: number;
      readonly experts: readonly string[];
    }
  | { readonly code: 'outranked'; readonly counterfactual: Counterfactual }
  /** An allocation that serves it does better (`counterfactual.better`): this one is not a proven optimum. */
  | { readonly code: 'not-optimised'; readonly counterfactual: Counterfactual };

/** Why one eligible expert other than the chosen one does not serve a served request. */
export type AlternativeFacts =
  | { readonly code: 'busy'; readonly expert: string; readonly heldBy: readonly { readonly period: PeriodId; readonly request: string }[] }
  | { readonly code: 'at-max'; readonly expert: string; readonly limit: number; readonly heldBy: readonly string[] }
  | { readonly code: 'excluded'; readonly expert: string; readonly rule: PolicyBlock['code'] }
  | { readonly code: 'constraint'; readonly expert: string; readonly period: PeriodId; readonly rules: readonly SwapRule[] }
  | { readonly code: 'worse'; readonly expert: string; readonly period: PeriodId; readonly difference: TierDifference }
  /** The swap is allowed and no worse: only when the solve stopped at its time limit. */
  | { readonly code: 'not-proven'; readonly expert: string; readonly period: PeriodId };

/** Why a served request got its expert. */
export interface Choice {
  readonly request: string;
  readonly expert: string;
  readonly period: PeriodId;
  readonly alternatives: readonly AlternativeFacts[];
}

/** What stops an unserved request from taking a lower-priority request's trajectory. */
export type Justification =
  | { readonly code: 'ineligible'; readonly failures: readonly IneligibilityReason[] }
  | { readonly code: 'excluded'; readonly rule: PolicyBlock['code'] }
  | { readonly code: 'constraint'; readonly rules: readonly SwapRule[] }
  | { readonly code: 'worse'; readonly difference: TierDifference }
  /** Nothing found: only possible when the solve stopped at its time limit. */
  | { readonly code: 'unjustified' };

/**
 * An unserved request with a higher priority than a served request of the
 * same domain whose period it accepts: the swap that was not made, and why.
 */
export interface StabilityEntry {
  readonly unserved: string;
  readonly unservedPriority: number;
  readonly served: string;
  readonly servedPriority: number;
  readonly domain: string;
  readonly period: PeriodId;
  readonly expert: string;
  readonly justification: Justification;
}

/** Every explanation of an allocation. */
export interface AllocationExplanation {
  readonly unserved: readonly UnservedRequest[];
  readonly choices: readonly Choice[];
  readonly stability: readonly StabilityEntry[];
  /** MIP solves with one request (or one of a group) forced in. */
  readonly counterfactualSolves: number;
  /** LP relaxations solved with one request forced in (see proven-counterfactuals.ts). */
  readonly forcedRelaxations: number;
  readonly seconds: number;
}

export interface UnservedRequest {
  readonly request: string;
  readonly municipality: string;
  readonly domain: string;
  readonly priority: number;
  /** Why it was not served: DESIGN.md's reason codes with the facts behind each. */
  readonly reasons: readonly ReasonFacts[];
}
