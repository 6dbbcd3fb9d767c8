/**
 * The policy parts of a result: the priority rule as applied, the greedy
 * baseline, the diagnosis of an infeasible round and the shortfalls found
 * before solving.
 */

/** One setting that makes the round infeasible, and what would make it feasible. */
export interface Diagnosis {
  /** The scenario key in conflict, e.g. `constraints.provinces.Limburg.min`. */
  readonly constraint: string;
  readonly message: string;
}

/** An obvious shortfall found before solving. */
export interface Shortfall {
  readonly domain: string;
  /** Undefined: the whole round. */
  readonly period?: string;
  readonly demand: number;
  readonly supply: number;
  readonly message: string;
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
  /** Rules the hand-matching breaks (quota minimums it does not look ahead for). */
  readonly unmet: readonly string[];
}

/** What the priority rule decided, for the result's `priority` key. */
export interface PriorityReport {
  readonly rule: string;
  /** Strict-order rules: the request ids in rule order. */
  readonly order?: readonly string[];
  /** `tiers`: each class with its requests, in class order. */
  readonly classes?: readonly { readonly name: string; readonly requests: readonly string[] }[];
}

/** The policy parts a solve adds to the result. */
export interface PolicyFields {
  readonly priority: PriorityReport;
  readonly baseline?: Baseline;
  readonly diagnosis?: readonly Diagnosis[];
  /** Obvious shortfalls per domain and period, found before solving. */
  readonly shortfalls?: readonly Shortfall[];
}
