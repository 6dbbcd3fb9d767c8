import type { SolveOutcome } from '../solve/solve-round.js';
import type { Choice, StabilityEntry, UnservedRequest } from './explanation.js';
import type { DemandSupply } from './demand-supply.js';
import type { RoundFacts } from './round-facts.js';
import type { Baseline, PolicyFields } from './policy.js';
import type { Sensitivity } from './sensitivity.js';

/** One trajectory as the result reports it. */
export interface Assignment {
  readonly expert: string;
  readonly request: string;
  readonly period: string;
  readonly supplier: string;
  readonly municipality: string;
  readonly domain: string;
  readonly cost: number;
  readonly distanceKm: number;
  readonly priority: number;
}

/** The result of a solve: DESIGN.md's contract, extended. */
export interface AllocationResult {
  readonly status: SolveOutcome['status'];
  readonly scenario: { readonly name: string; readonly year?: number };
  readonly assignments: readonly Assignment[];
  readonly unserved: readonly UnservedRequest[];
  readonly objective: { readonly priority: number; readonly served: number; readonly distanceKm: number };
  readonly budget: { readonly limit: number; readonly used: number; readonly left: number };
  /** Each lexicographic tier as solved: value, bound and gap in the tier's unit. */
  readonly tiers: SolveOutcome['tiers'];
  readonly model: SolveOutcome['model'];
  /** Why each served request got its expert: the alternatives and why they were not used. */
  readonly choices: readonly Choice[];
  /** Unserved requests that outrank a served one of the same domain and period, with what justifies it. */
  readonly stability: readonly StabilityEntry[];
  /** The priority rule, with the strict order (`order`) or the classes (`classes`) it put the requests in. */
  readonly priority?: PolicyFields['priority'];
  /** The greedy hand-matching's tier values and the optimiser's gain over it. */
  readonly baseline?: Baseline;
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
  };
}

/**
 * A result without an allocation: infeasible, or stopped before any tier was
 * solved (exit code 1). Takes any result-like value, e.g. a sweep point.
 */
export const hasNoAllocation = (result: { readonly status: string; readonly tiers: readonly unknown[] }): boolean =>
  result.status === 'infeasible' || (result.status === 'time_limit' && result.tiers.length === 0);
