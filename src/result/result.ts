import type { Violation } from '../check/check-allocation.js';
import type { LetterSettings } from '../io/scenario-file.js';
import type { SolveOutcome } from '../solve/solve-round.js';
import type { Choice, StabilityEntry, UnservedRequest } from './explanation.js';
import type { DemandSupply } from './demand-supply.js';
import type { RoundFacts } from './round-facts.js';
import type { Baseline, Optimum, PolicyFields } from './policy.js';
import type { Sensitivity } from './sensitivity.js';
import type { ResultStatus, ResultTier } from './status.js';
import type { ReplanReport, ReplanRun } from './replan.js';
import type { Assignment } from './assignment.js';

export type { Assignment } from './assignment.js';

/** The result of a solve: DESIGN.md's contract, extended. */
export interface AllocationResult {
  readonly status: ResultStatus;
  /** The scenario's name and year, and what its `letters` key says the decision letters carry. */
  readonly scenario: { readonly name: string; readonly year?: number; readonly letters?: LetterSettings };
  readonly assignments: readonly Assignment[];
  readonly unserved: readonly UnservedRequest[];
  readonly objective: { readonly priority: number; readonly served: number; readonly distanceKm: number };
  readonly budget: { readonly limit: number; readonly used: number; readonly left: number };
  /**
   * Each lexicographic tier of the returned allocation: value, bound and gap in
   * the tier's unit. For a hand-matching, its own values (`feasible`), the first
   * with the optimiser's proven bound.
   */
  readonly tiers: readonly ResultTier[];
  readonly model: SolveOutcome['model'];
  /** Why each served request got its expert: the alternatives and why they were not used. */
  readonly choices: readonly Choice[];
  /** Unserved requests that outrank a served one of the same domain and period, with what justifies it. */
  readonly stability: readonly StabilityEntry[];
  /** The priority rule, with the strict order (`order`) or the classes (`classes`) it put the requests in. */
  readonly priority?: PolicyFields['priority'];
  /** The greedy hand-matching's tier values and the optimiser's gain over it. */
  readonly baseline?: Baseline;
  /** When the returned allocation is not the optimiser's (rule `greedy`): the optimiser's allocation beside it. */
  readonly optimum?: Optimum;
  /** Status `breaks_rules`: the rules of the round the returned allocation breaks, as the independent checker found them. */
  readonly violations?: readonly Violation[];
  /** Infeasible rounds: the settings in conflict and what would make the round feasible. */
  readonly diagnosis?: PolicyFields['diagnosis'];
  /** Obvious shortfalls per domain and period, found before solving. */
  readonly shortfalls?: PolicyFields['shortfalls'];
  /** What the reports need of the round: periods, the number of requests, names, provinces and places. */
  readonly round: RoundFacts;
  /** Demand vs. supply per domain and per province, and where recruiting would help most. */
  readonly demandSupply: DemandSupply;
  /** With `solve --sensitivity`: what EUR 10,000 more or one more expert-period in a domain would add. */
  readonly sensitivity?: Sensitivity;
  /** A revised allocation (`replan`): the changes applied and what became of every promised trajectory. */
  readonly replan?: ReplanReport;
  readonly run: {
    readonly version: string;
    readonly engine: string;
    readonly timeLimitSeconds: number;
    readonly inputs: Readonly<Record<string, string>>;
    /** Wall time of the solve; the only field that differs between identical runs, with tiers[].seconds. */
    readonly seconds: number;
    /** The lottery's seed, so anyone can redraw the order (`priority.order`). */
    readonly seed?: number;
    /**
     * The work behind the `outranked` reasons: counterfactual (MIP) solves,
     * forced LP relaxations, and their wall time (a timing field too).
     */
    readonly explanation: { readonly counterfactualSolves: number; readonly forcedRelaxations: number; readonly seconds: number };
    /** A revised allocation: the hashes of the previous result and of the changes file. */
    readonly replan?: ReplanRun;
  };
}

/**
 * A result without an allocation: infeasible, or stopped before any tier was
 * solved (exit code 1). Takes any result-like value, e.g. a sweep point.
 */
export const hasNoAllocation = (result: { readonly status: string; readonly tiers: readonly unknown[] }): boolean =>
  result.status === 'infeasible' || (result.status === 'time_limit' && result.tiers.length === 0);
