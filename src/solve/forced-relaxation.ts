import type { BoundChange, MipEngine, ProbeOptions } from '../mip/engine.js';
import type { MipModel } from '../mip/model.js';
import type { Formulation } from './formulation.js';

/** What the LP relaxation of the first tier says about one request forced in. */
export interface ForcedRelaxation {
  /**
   * `bound`: the LP with the request forced in solved to optimality;
   * `infeasible`: no point of the LP serves the request, so no allocation
   * does; `unknown`: the probe stopped at its iteration limit or failed.
   */
  readonly status: 'bound' | 'infeasible' | 'unknown';
  /**
   * For `bound`: the first tier's value that no allocation serving the
   * request can beat (at most this for a max tier, at least for a min tier),
   * in the model's integer units.
   */
  readonly bound?: number;
  /** For `bound`: the arcs above 0 in that LP optimum, with their values. */
  readonly support?: { readonly arcs: readonly number[]; readonly values: readonly number[] };
}

/** What a set of probes of forced requests found, and the simplex iterations it took. */
export interface ForcedRelaxations {
  readonly byRequest: ReadonlyMap<string, ForcedRelaxation>;
  readonly iterations: number;
}

/**
 * The tier value an LP bound allows, as an integer: every tier objective has
 * integer coefficients, so a max tier's value is at most the bound rounded
 * down, a min tier's at least the bound rounded up. The LP's own tolerance is
 * added first, so a bound a hair below an integer stays that integer.
 */
export function integralBound(bound: number, sense: 'max' | 'min'): number {
  const tolerance = 1e-3 + 1e-6 * Math.max(1, Math.abs(bound));
  return sense === 'max' ? Math.floor(bound + tolerance) : Math.ceil(bound - tolerance);
}

/**
 * The bound change that forces a request in: its row (served at most once)
 * must reach 1, or, for a request with one arc, that arc's lower bound
 * becomes 1. No change for a request without arcs: it cannot be forced.
 */
function forcingChanges(formulation: Formulation, requestId: string, arcsOfRequest: readonly number[]): BoundChange[] {
  const row = formulation.requestRows.get(requestId);
  if (row !== undefined) return [{ target: 'row', index: row, min: 1, max: 1 }];
  const arc = arcsOfRequest[0];
  return arc === undefined ? [] : [{ target: 'column', index: arc, min: 1, max: 1 }];
}

/**
 * Probes the first tier's LP relaxation (`model`: every row of the round)
 * with each request forced in, on one engine that can probe (see
 * MipEngine.probeRelaxation). Each probe changes one bound and starts from
 * the relaxation's optimal basis, so it costs a few simplex iterations.
 */
export async function probeForcedRequests(
  formulation: Formulation,
  model: MipModel,
  requests: readonly { readonly id: string; readonly arcs: readonly number[] }[],
  engine: MipEngine,
  options: ProbeOptions,
): Promise<ForcedRelaxations> {
  const probe = engine.probeRelaxation?.bind(engine);
  const forcible = requests.filter((request) => request.arcs.length > 0);
  const byRequest = new Map<string, ForcedRelaxation>(requests.map((request) => [request.id, { status: 'unknown' }]));
  if (!probe || forcible.length === 0) return { byRequest, iterations: 0 };
  const results = await probe(
    model,
    forcible.map((request) => forcingChanges(formulation, request.id, request.arcs)),
    options,
  );
  const arcCount = formulation.arcs.length;
  forcible.forEach((request, index) => {
    const result = results.probes[index];
    if (result?.termination === 'infeasible') byRequest.set(request.id, { status: 'infeasible' });
    if (result?.termination !== 'optimal' || result.objective === undefined) return;
    const arcs: number[] = [];
    const values: number[] = [];
    result.support?.columns.forEach((column, position) => {
      if (column >= arcCount) return;
      arcs.push(column);
      values.push(result.support!.values[position]!);
    });
    byRequest.set(request.id, {
      status: 'bound',
      bound: integralBound(result.objective, model.objective.sense),
      support: { arcs, values },
    });
  });
  return { byRequest, iterations: results.iterations };
}
