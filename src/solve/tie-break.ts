import type { PeriodId } from '../domain/types.js';
import type { Arc } from './arc.js';
import { ONE } from '../mip/model.js';

/**
 * The tie-break's objective (minimised): arc k of n, in canonical order
 * (expert id, request id, period), in the round's period at position p costs
 * (n - k) * (p + 1). For one expert and one request an earlier period always
 * costs less, and because the cost is not a sum of a pair part and a period
 * part, two requests of one expert that swap periods never tie: the request
 * first in canonical order gets the earlier period. Swapping periods is the
 * tie the other tiers leave most often, since distance does not depend on the
 * period; a plain position (k + 1) left it to the engine.
 */
export function tieBreakCoefficients(periods: readonly PeriodId[], arcs: readonly Arc[]): number[] {
  const position = new Map(periods.map((period, index) => [period, index]));
  return arcs.map((arc, index) => (arcs.length - index) * ((position.get(arc.period) ?? periods.length) + 1));
}

/**
 * The tie-break's scope: the arcs outside it, to be fixed at 0. The tie-break
 * chooses among the allocations equal on every tier that pair the same
 * experts with the same requests as `solution` (the previous tier's optimum),
 * i.e. it chooses the periods. Over all allocations it was a MIP as hard as
 * the distance tier on hard rounds (7-16 s on the benchmark's seed-2 round);
 * limited to the chosen pairs it is a few small assignment problems. Which of
 * two equally near experts serves a request stays the engine's choice, which
 * is deterministic for the canonical model.
 */
export function arcsOutsideChosenPairs(arcs: readonly Arc[], solution: ArrayLike<number>): number[] {
  const pair = (arc: Arc) => `${arc.expert.id}\u0000${arc.request.id}`;
  const chosen = new Set(arcs.flatMap((arc, index) => ((solution[index] ?? 0) > ONE ? [pair(arc)] : [])));
  return arcs.flatMap((arc, index) => (chosen.has(pair(arc)) ? [] : [index]));
}
