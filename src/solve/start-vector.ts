import type { Trajectory } from '../domain/types.js';
import { type Formulation } from './formulation.js';
import { arcColumnByKey, arcKey } from './arc.js';

/**
 * A start point for `formulation` from an allocation: its arcs at 1, the other
 * arcs at 0, and each column that a zero-sum row defines as a sum of earlier
 * columns (the expert-count budget's counts, then their total) at the value
 * that row gives it. Undefined when a trajectory is not an arc of the
 * formulation. Whether the point is feasible is the engine's to check: a
 * start is only a hint.
 */
export function startVector(formulation: Formulation, trajectories: readonly Trajectory[]): Float64Array | undefined {
  const index = arcColumnByKey(formulation.arcs);
  const values = new Float64Array(formulation.variables.length);
  for (const t of trajectories) {
    const column = index.get(arcKey(t.expert, t.request, t.period));
    if (column === undefined) return undefined;
    values[column] = 1;
  }
  for (const row of formulation.constraints) {
    const last = row.indices.length - 1;
    const defined = row.indices[last]!;
    if (row.min !== 0 || row.max !== 0 || defined < formulation.arcs.length || row.coefficients[last] !== -1) continue;
    let sum = 0;
    for (let k = 0; k < last; k++) sum += (row.coefficients[k] ?? 0) * (values[row.indices[k]!] ?? 0);
    values[defined] = sum;
  }
  return values;
}
