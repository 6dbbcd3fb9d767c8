/**
 * Types of the allocation problem. Everything here is plain, immutable data:
 * the io layer builds it from files, the solver and the analysis read it.
 */

/** A four-month slot of the round, such as `P1`. */
export type PeriodId = string;

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
  /** ISO 8601 timestamp, when the form was submitted. */
  readonly submittedAt?: string;
  /** Score used by the `score` rule (>= 0). */
  readonly priority?: number;
}

/** The priority rule of a scenario. */
export type PriorityConfig = { readonly rule: 'score' };

/** One lexicographic objective tier; the first is the most important. */
export type ObjectiveTier = 'priority' | 'served' | 'distance';

/** Hard policy constraints of a scenario. */
export interface Constraints {
  readonly maxPerMunicipality: number;
}

/** A fully loaded and validated allocation round: the solver's only input. */
export interface Round {
  readonly name: string;
  readonly year?: number;
  /** EUR available for trajectories. */
  readonly budget: number;
  readonly periods: readonly PeriodId[];
  /** Sorted by NIS code. */
  readonly municipalities: readonly Municipality[];
  /** Sorted by id. */
  readonly experts: readonly Expert[];
  /** Sorted by id. */
  readonly requests: readonly Request[];
  readonly priority: PriorityConfig;
  readonly constraints: Constraints;
  readonly objective: readonly ObjectiveTier[];
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
