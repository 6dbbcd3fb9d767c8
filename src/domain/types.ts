/**
 * Types of the allocation problem. Everything here is plain, immutable data:
 * the io layer builds it from files, the solver and the analysis read it.
 */

/** A four-month slot of the round, such as `P1`. */
export type PeriodId = string;

/** A period with its first and last day (ISO dates, YYYY-MM-DD), when the scenario gives them. */
export interface PeriodDates {
  readonly id: PeriodId;
  readonly from: string;
  readonly to: string;
}

/** A local government, keyed by its 5-digit NIS code. */
export interface Municipality {
  readonly nis: string;
  readonly name: string;
  readonly province: string;
  readonly lat: number;
  readonly lon: number;
  readonly population?: number;
  /** Optional numeric indicator columns (e.g. `kansarmoede`), by lower-case column name. */
  readonly indicators: Readonly<Record<string, number>>;
}

/** An employee offered for trajectories by its supplier municipality. */
export interface Expert {
  readonly id: string;
  readonly name: string;
  /** NIS code of the supplier (the lending municipality). */
  readonly municipality: string;
  readonly domains: readonly string[];
  /**
   * Expertise level per domain (1 practice, 2 proven practice, 3 recognised
   * good practice), written `wonen:3` in experts.csv; 1 where no level is given.
   */
  readonly levels: Readonly<Record<string, number>>;
  readonly periods: readonly PeriodId[];
  /** EUR per trajectory. */
  readonly cost: number;
  /** Trajectories this expert may do in the round. */
  readonly maxTrajectories: number;
  readonly maxDistanceKm: number;
}

/** One municipality's application for help in one domain. */
export interface Request {
  readonly id: string;
  /** NIS code of the host municipality. */
  readonly municipality: string;
  readonly domain: string;
  /** Acceptable periods; the io layer expands an empty cell to every period of the round. */
  readonly periods: readonly PeriodId[];
  /**
   * When the form was submitted: an ISO 8601 instant. The io layer writes it in
   * UTC, having read a time without an offset as Brussels local time.
   */
  readonly submittedAt?: string;
  /** Score used by the `score` rule (>= 0). */
  readonly priority?: number;
  /** Further numeric columns of requests.csv, by lower-case name, for the weighted and tiers rules. */
  readonly indicators?: Readonly<Record<string, number>>;
}

/** Where a criterion's value comes from: a municipality indicator, `population`, or the request's `priority`. */
export interface WeightedCriterion {
  readonly indicator: string;
  readonly weight: number;
  /** `higher` (default): a higher value means a needier request. */
  readonly direction?: 'higher' | 'lower';
}

/**
 * How the `score` and `weighted` rules use their scores: `sum` (default)
 * maximises the summed score of the served requests; `strict` serves them
 * strictly by score, highest first, ties by request id (each is served if any
 * allocation can still serve it together with those before it).
 */
export type ScoreOrder = 'sum' | 'strict';

/** A weighted sum of normalised indicators. */
export interface WeightedConfig {
  readonly rule: 'weighted';
  /** The rule's own use of its scores (not inside the classes of `tiers`). */
  readonly order?: ScoreOrder;
  readonly criteria: readonly WeightedCriterion[];
  /** `min-max` (default) maps each indicator onto [0, 1]; `rank` uses its rank instead. */
  readonly normalise?: 'min-max' | 'rank';
  /** What a missing value counts as: an error (default), the worst value, or the median. */
  readonly missing?: 'error' | 'worst' | 'median';
}

/**
 * The `score` rule: the `priority` column of requests.csv. An empty priority
 * is an error unless `missing` says what it means: `worst` counts it as 0,
 * `median` as the median of the priorities written.
 */
export interface ScoreRuleConfig {
  readonly rule: 'score';
  /** The rule's own use of its scores (not inside the classes of `tiers`). */
  readonly order?: ScoreOrder;
  readonly missing?: 'error' | 'worst' | 'median';
}

/** A score without a strict order: what `tiers` uses inside a class. */
export type ScoreConfig = ScoreRuleConfig | WeightedConfig;

/** A priority class of the `tiers` rule; a request falls in the first class whose condition it meets. */
export interface PriorityClass {
  readonly name: string;
  /** No condition: every request not yet in a class. */
  readonly when?: { readonly indicator?: string; readonly min?: number; readonly max?: number; readonly domain?: string };
}

/** Priority classes, served lexicographically (class A before B), with a score inside each class. */
export interface TiersConfig {
  readonly rule: 'tiers';
  readonly classes: readonly PriorityClass[];
  /** Without it, every request in a class counts 1 (the class's count is maximised). */
  readonly within?: ScoreConfig;
}

/** A rule that puts requests in a strict order. */
export type StrictOrderConfig = { readonly rule: 'first-come' } | { readonly rule: 'lottery'; readonly seed: number };

/** The hand-matching baseline: requests one by one in `order`, each with the best free expert. */
export interface GreedyConfig {
  readonly rule: 'greedy';
  readonly order?: ScoreConfig | TiersConfig | StrictOrderConfig;
}

/** The priority rule of a scenario. */
export type PriorityConfig = ScoreConfig | TiersConfig | StrictOrderConfig | GreedyConfig;

/** One lexicographic objective tier; the first is the most important. */
export type ObjectiveTier = 'priority' | 'served' | 'distance' | 'expertise';

/**
 * The tiers of a revised allocation (replan): `kept` counts the promised
 * trajectories kept as they were (same expert, request and period), `moved`
 * the promised requests served by another expert or in another period.
 */
export type ReplanTier = 'kept' | 'moved';

/** A tier of a round's objective: the scenario's own, or a revised allocation's. */
export type RoundTier = ObjectiveTier | ReplanTier;

/** A lower and/or upper bound on a number of trajectories. */
export interface Quota {
  readonly min?: number;
  readonly max?: number;
}

/** A trajectory agreed in advance. */
export interface Pin {
  readonly expert: string;
  readonly request: string;
  readonly period?: PeriodId;
}

/** An expert never to a municipality, or never to one request. */
export type Exclusion = { readonly expert: string; readonly municipality: string } | { readonly expert: string; readonly request: string };

/** Hard policy constraints of a scenario. */
export interface Constraints {
  readonly maxPerMunicipality: number;
  /** Trajectories a supplier (lending municipality) provides at most, all its experts together. */
  readonly maxPerSupplier?: number;
  /** Trajectory quotas by province name of the host. */
  readonly provinces?: Readonly<Record<string, Quota>>;
  /** Trajectory quotas by domain. */
  readonly domains?: Readonly<Record<string, Quota>>;
  readonly pins?: readonly Pin[];
  readonly exclude?: readonly Exclusion[];
  /** Minimum expertise level an expert needs to serve a request of the domain. */
  readonly minLevel?: Readonly<Record<string, number>>;
}

/** A trajectory of an earlier round (history.csv). */
export interface HistoryRecord {
  readonly year: number;
  readonly expert: string;
  readonly municipality: string;
  readonly domain: string;
}

/** Earlier rounds and trajectories already running in this one. */
export interface History {
  readonly records: readonly HistoryRecord[];
  /** What happens to municipalities served in an earlier round. */
  readonly servedBefore: 'ignore' | 'penalise' | 'exclude';
  /** Score factor under `penalise` (0..1). */
  readonly factor: number;
  /** Expert-periods of this round already taken by ongoing trajectories. */
  readonly ongoing: readonly { readonly expert: string; readonly period: PeriodId }[];
}

/** A fully loaded and validated allocation round: the solver's only input. */
export interface Round {
  readonly name: string;
  readonly year?: number;
  /** EUR available for trajectories. */
  readonly budget: number;
  readonly periods: readonly PeriodId[];
  /** The periods' days, in the order of `periods`, when the scenario dates them. */
  readonly periodDates?: readonly PeriodDates[];
  /** Sorted by NIS code. */
  readonly municipalities: readonly Municipality[];
  /** Sorted by id. */
  readonly experts: readonly Expert[];
  /** Sorted by id. */
  readonly requests: readonly Request[];
  readonly priority: PriorityConfig;
  readonly constraints: Constraints;
  readonly objective: readonly RoundTier[];
  /** Absent: no history and no ongoing trajectories. */
  readonly history?: History;
  /** A revised allocation during the year: what was promised and what changed since. Absent for a new round. */
  readonly replan?: Replan;
}

/** An expert who is not available from one period on (ill, changed jobs). */
export interface Withdrawal {
  readonly expert: string;
  /** The first period the expert is no longer available in; every later period of the round too. */
  readonly from: PeriodId;
}

/**
 * What a revised allocation starts from: the allocation promised before and
 * what happened since. The trajectories of frozen periods stay as they are
 * and nothing else happens in those periods; a withdrawn expert works in no
 * period from the withdrawal on; a cancelled request is served by no one.
 */
export interface Replan {
  /** The previous allocation's trajectories, frozen ones included. */
  readonly promised: readonly Trajectory[];
  /** Periods under way or over. */
  readonly frozen: readonly PeriodId[];
  readonly withdrawn: readonly Withdrawal[];
  /** Ids of the requests their municipality withdrew. */
  readonly cancelled: readonly string[];
}

/** One assignment: an expert helps a request's municipality during a period. */
export interface Trajectory {
  readonly expert: string;
  readonly request: string;
  readonly period: PeriodId;
}

/** A set of trajectories, the thing the solver produces and the checker judges. */
export interface Allocation {
  readonly trajectories: readonly Trajectory[];
}
