import { trajectoryKey } from '../domain/trajectory-key.js';
import type { Expert, PeriodId, Request, Trajectory } from '../domain/types.js';
import { ONE } from '../mip/model.js';

/** A possible trajectory: variable i of the model is arc i. */
export interface Arc {
  readonly expert: Expert;
  readonly request: Request;
  readonly period: PeriodId;
  readonly distanceKm: number;
  readonly score: number;
}

/** Key of one arc (expert, request, period), by which an allocation's trajectories are looked up among the arcs. */
export const arcKey = trajectoryKey;

const arcColumns = new WeakMap<readonly Arc[], ReadonlyMap<string, number>>();

/**
 * The column of each arc by its arcKey, built once per arc list: the budget
 * variants of a round and the models with extra rows share their arcs.
 */
export function arcColumnByKey(arcs: readonly Arc[]): ReadonlyMap<string, number> {
  let columns = arcColumns.get(arcs);
  if (!columns) {
    columns = new Map(arcs.map((arc, column) => [arcKey(arc.expert.id, arc.request.id, arc.period), column]));
    arcColumns.set(arcs, columns);
  }
  return columns;
}

/** The trajectories a solution selects (its arcs at 1), in canonical order. */
export function selectedTrajectories(arcs: readonly Arc[], values: ArrayLike<number>): Trajectory[] {
  const trajectories: Trajectory[] = [];
  arcs.forEach((arc, index) => {
    if ((values[index] ?? 0) > ONE) trajectories.push({ expert: arc.expert.id, request: arc.request.id, period: arc.period });
  });
  return trajectories;
}
