/**
 * The revised allocation's part of a result (`replan`): what changed against
 * the promised allocation and why. Facts only: text/ words them (and adds the
 * English messages of result.json).
 */
import { compareStrings } from '../domain/index-by.js';
import type { TrajectoryObstacle } from '../domain/trajectory-obstacle.js';
import type { PeriodId, RoundTier, Withdrawal } from '../domain/types.js';
import type { SwapRule } from './explanation.js';
import type { Assignment } from './assignment.js';

/** The changes a revised allocation applies, as CHANGES.yaml writes them, those of earlier revisions included. */
export interface ReplanChanges {
  readonly frozen: readonly PeriodId[];
  readonly withdraw: readonly Withdrawal[];
  readonly cancel: readonly { readonly request: string }[];
  /** EUR; absent: the scenario's budget. */
  readonly budget?: number;
  readonly objective: readonly RoundTier[];
}

/** A request whose trajectory displaced a promised one. */
interface Displacer {
  readonly request: string;
  readonly priority: number;
}

/** Why a promised trajectory was not kept as it was. */
export type ReplanReason =
  | { readonly code: 'withdrawn'; readonly expert: string; readonly from: PeriodId }
  | { readonly code: 'cancelled'; readonly request: string }
  /** The current data (experts.csv, requests.csv, the scenario's rules) no longer allows the trajectory. */
  | { readonly code: 'not-allowed'; readonly obstacle: TrajectoryObstacle }
  /** The budget (EUR) no longer pays for it beside the trajectories kept: `cost` is what keeping it too would cost. */
  | { readonly code: 'budget'; readonly budget: number; readonly previousBudget: number; readonly cost: number }
  /** Keeping it beside the trajectories kept breaks these rules of the current round (a cap, a quota, an expert's maximum). */
  | { readonly code: 'rules'; readonly rules: readonly SwapRule[] }
  /** Requests that an objective tier ranked before `kept` preferred. */
  | { readonly code: 'displaced'; readonly by: readonly Displacer[] };

/** A promised trajectory kept as it was; `frozen` when its period is under way or over. */
export interface KeptEntry {
  readonly trajectory: Assignment;
  readonly frozen: boolean;
}

/** A promised request now served by another expert or in another period. */
export interface MovedEntry {
  /** The trajectory that serves it now. */
  readonly trajectory: Assignment;
  /** The promised trajectory, as the previous result has it. */
  readonly from: Assignment;
  readonly reason: ReplanReason;
}

/** A promised request no longer served. */
export interface DroppedEntry {
  /** The promised trajectory, as the previous result has it. */
  readonly trajectory: Assignment;
  readonly reason: ReplanReason;
}

/** A trajectory for a request the promised allocation did not serve. */
interface AddedEntry {
  readonly trajectory: Assignment;
}

/** The result's `replan`: the changes applied, and every promised and new trajectory sorted into kept, moved, dropped and added. */
export interface ReplanReport {
  readonly changes: ReplanChanges;
  readonly kept: readonly KeptEntry[];
  readonly moved: readonly MovedEntry[];
  readonly dropped: readonly DroppedEntry[];
  readonly added: readonly AddedEntry[];
}

/** The run record of a revised allocation: the SHA-256 of the previous result and of the changes file. */
export interface ReplanRun {
  readonly from: string;
  readonly changes: string;
}

/**
 * The municipalities whose situation a revised allocation changed: the host
 * of every moved, dropped or added trajectory and the lending municipality of
 * its expert (both of a moved trajectory's experts), sorted. Decision letters
 * of a revised allocation go to these alone.
 */
export function changedMunicipalities(replan: ReplanReport): string[] {
  const places = new Set<string>();
  const add = (assignment: Assignment) => places.add(assignment.municipality).add(assignment.supplier);
  for (const entry of replan.moved) {
    add(entry.trajectory);
    add(entry.from);
  }
  for (const entry of [...replan.dropped, ...replan.added]) add(entry.trajectory);
  return [...places].sort(compareStrings);
}
