/**
 * The policy parts of a result: the priority rule as applied, the greedy
 * baseline, the diagnosis of an infeasible round and the shortfalls found
 * before solving. Facts only: text/ words them (and adds the English
 * messages of result.json).
 */
import type { Violation } from '../check/check-allocation.js';
import type { IneligibilityReason } from '../domain/eligibility.js';
import type { PolicyBlock } from '../domain/policy.js';
import type { Pin, ScoreOrder } from '../domain/types.js';
import type { SolveOutcome } from '../solve/solve-round.js';

/** A setting that can make a round infeasible on its own: a pin or a quota minimum. */
export type Setting = { readonly kind: 'pin'; readonly pin: Pin } | { readonly kind: 'min'; readonly name: string; readonly min: number };

/** Why a pinned trajectory has no arc in the model. */
export type PinObstacle =
  | { readonly code: 'ineligible'; readonly failures: readonly IneligibilityReason['code'][] }
  /** The expert and the request share no period (`period`: the pin's own period, if it names one). */
  | { readonly code: 'no-common-period'; readonly period?: string; readonly common: readonly string[] }
  | { readonly code: 'policy'; readonly block: PolicyBlock }
  | { readonly code: 'no-period-left' };

/** What two or more pins ask that the round's rules do not allow. */
export type PinClash =
  | { readonly code: 'request-once'; readonly request: string }
  | { readonly code: 'expert-period'; readonly expert: string; readonly period: string }
  | { readonly code: 'expert-max'; readonly expert: string; readonly limit: number; readonly count: number }
  | { readonly code: 'municipality-cap'; readonly municipality: string; readonly limit: number; readonly count: number }
  | { readonly code: 'supplier-cap'; readonly supplier: string; readonly limit: number; readonly count: number };

/** The facts of one conflict of an infeasible round, by kind. */
type DiagnosisFacts =
  /** A quota minimum above what its eligible requests can receive (at most `maxPerMunicipality` per municipality). */
  | {
      readonly code: 'quota-unreachable';
      readonly name: string;
      readonly min: number;
      readonly eligible: number;
      readonly reachable: number;
      readonly maxPerMunicipality: number;
    }
  /** A quota minimum above the trajectories the budget pays for. */
  | { readonly code: 'quota-over-budget'; readonly name: string; readonly min: number; readonly budgetTrajectories: number }
  /** The minimums of all provinces (or domains) together above what the budget pays for. */
  | {
      readonly code: 'quotas-over-budget';
      readonly kind: 'provinces' | 'domains';
      readonly total: number;
      readonly budgetTrajectories: number;
    }
  | { readonly code: 'pin-impossible'; readonly pin: Pin; readonly obstacle: PinObstacle }
  | { readonly code: 'pins-clash'; readonly pins: readonly Pin[]; readonly clash: PinClash }
  /** Amounts in EUR. */
  | { readonly code: 'pins-over-budget'; readonly cost: number; readonly budget: number }
  /** Found by relaxation: without this one setting the round is feasible. */
  | { readonly code: 'setting-conflicts'; readonly setting: Setting }
  /** Found by relaxation: these settings conflict only together. */
  | { readonly code: 'settings-conflict'; readonly settings: readonly Setting[] };

/** One setting that makes the round infeasible, and what would make it feasible. */
export type Diagnosis = {
  /** The scenario key in conflict, e.g. `constraints.provinces.Limburg.min`. */
  readonly constraint: string;
} & DiagnosisFacts;

/** An obvious shortfall found before solving. */
export interface Shortfall {
  readonly domain: string;
  /** Undefined: the whole round. */
  readonly period?: string;
  readonly demand: number;
  readonly supply: number;
}

/** Tier values of an allocation, in the result's units. */
export interface TierValues {
  readonly priority: number;
  readonly served: number;
  readonly distanceKm: number;
}

/** The hand-matching baseline beside the optimum (DESIGN.md: `baseline`). */
export interface Baseline {
  readonly method: 'greedy';
  /** The rule whose order the greedy pass followed. */
  readonly order: string;
  readonly served: readonly string[];
  readonly objective: TierValues;
  /**
   * The optimiser's values minus the baseline's (distance: positive means the
   * optimum travels more); absent when the optimiser found no allocation in time.
   */
  readonly gain?: TierValues;
  /** Rules the hand-matching breaks (quota minimums it does not look ahead for), as the checker found them. */
  readonly violations: readonly Violation[];
}

/**
 * The optimiser's allocation beside a returned allocation that is not its own
 * (rule `greedy`): its status, its tiers as solved and, when it found an
 * allocation, its tier values, who it serves and the budget it uses.
 */
export interface Optimum {
  readonly status: Exclude<SolveOutcome['status'], 'infeasible'>;
  readonly tiers: SolveOutcome['tiers'];
  readonly objective?: TierValues;
  /** Served request ids, sorted. */
  readonly served?: readonly string[];
  readonly budgetUsed?: number;
}

/** What the priority rule decided, for the result's `priority` key. */
export interface PriorityReport {
  readonly rule: string;
  /** `greedy`: the rule whose order the hand-matching follows. */
  readonly orderRule?: string;
  /** Strict-order rules: the request ids in rule order. */
  readonly order?: readonly string[];
  /** `score` and `weighted`: whether the summed score is maximised or the requests are served strictly by score. */
  readonly scoreOrder?: ScoreOrder;
  /** `tiers`: each class with its requests, in class order. */
  readonly classes?: readonly { readonly name: string; readonly requests: readonly string[] }[];
}

/** The policy parts a solve adds to the result. */
export interface PolicyFields {
  readonly priority: PriorityReport;
  readonly baseline?: Baseline;
  /** Rule `greedy`: the optimiser's allocation beside the hand-matching that is returned. */
  readonly optimum?: Optimum;
  /** Status `breaks_rules`: the rules the returned hand-matching breaks. */
  readonly violations?: readonly Violation[];
  readonly diagnosis?: readonly Diagnosis[];
  /** Obvious shortfalls per domain and period, found before solving. */
  readonly shortfalls?: readonly Shortfall[];
}
