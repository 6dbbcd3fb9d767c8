import type { Trajectory } from '../domain/types.js';
import { arcColumnByKey, arcKey } from './arc.js';
import { applyDefinitions, definitionTerms } from './column-definitions.js';
import type { Formulation } from './formulation.js';

/**
 * A start point for `formulation` from an allocation: its arcs at 1, the other
 * arcs at 0, and each column the formulation defines (the expert-count
 * budget's counts, then their total) at the value its definition gives it.
 * Undefined when a trajectory is not an arc of the formulation. Whether the
 * point is feasible is the engine's to check: a start is only a hint.
 */
export function startVector(formulation: Formulation, trajectories: readonly Trajectory[]): Float64Array | undefined {
  const index = arcColumnByKey(formulation.arcs);
  const values = new Float64Array(formulation.variables.length);
  for (const t of trajectories) {
    const column = index.get(arcKey(t.expert, t.request, t.period));
    if (column === undefined) return undefined;
    values[column] = 1;
  }
  applyDefinitions(values, definitionTerms(formulation.definitions, formulation.constraints));
  return values;
}
