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
  /** For `bound` from one probe: the integer column to split on for a tighter bound (see fractionalCount). */
  readonly branch?: Branch;
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

/** A request to force into the relaxation, and, for a second probe, the integral column to split on. */
export interface ForcedRequest {
  readonly id: string;
  readonly arcs: readonly number[];
  /** Split the probe in two: this column at most its value rounded down, or at least rounded up. */
  readonly branch?: Branch;
}

/** An integer column that an LP point holds at a fractional value. */
export interface Branch {
  readonly column: number;
  readonly value: number;
}

/** Fractions of an integer column's value below this count as integral. */
const INTEGRAL = 1e-6;

/**
 * The integer column beyond the arcs (an expert's count, the total count)
 * to split the LP point on: every allocation has it integral, so splitting
 * the LP there ("at most the value rounded down, or at least rounded up")
 * gives a tighter bound. Of the columns it holds fractional, the one with the
 * widest range: on the Flanders rounds the total count, fractional because
 * the LP fills the budget to the cent; splitting on it settled 26 of the 28
 * close calls of the hardest round where the most fractional column settled 10.
 */
function fractionalCount(model: MipModel, arcCount: number, columns: readonly number[], values: readonly number[]): Branch | undefined {
  let best: Branch | undefined;
  let bestRange = -1;
  columns.forEach((column, position) => {
    const variable = model.variables[column]!;
    const value = values[position]!;
    if (column < arcCount || !variable.integer || Math.min(value - Math.floor(value), Math.ceil(value) - value) <= INTEGRAL) return;
    const range = variable.upper - variable.lower;
    if (range > bestRange) [best, bestRange] = [{ column, value }, range];
  });
  return best;
}

/**
 * Probes the first tier's LP relaxation (`model`: every row of the round)
 * with each request forced in, on one engine that can probe (see
 * MipEngine.probeRelaxation). Each probe changes one bound and starts from
 * the relaxation's optimal basis, so it costs a few simplex iterations. A
 * request with a `branch` gets two probes, one per side of the split, and
 * the bound of the better side: every allocation lies on one of them.
 */
export async function probeForcedRequests(
  formulation: Formulation,
  model: MipModel,
  requests: readonly ForcedRequest[],
  engine: MipEngine,
  options: ProbeOptions,
): Promise<ForcedRelaxations> {
  const probe = engine.probeRelaxation?.bind(engine);
  const forcible = requests.filter((request) => request.arcs.length > 0);
  const byRequest = new Map<string, ForcedRelaxation>(requests.map((request) => [request.id, { status: 'unknown' }]));
  if (!probe || forcible.length === 0) return { byRequest, iterations: 0 };
  const sides = forcible.map((request) => {
    const forcing = forcingChanges(formulation, request.id, request.arcs);
    const { branch } = request;
    if (!branch) return [forcing];
    const { lower, upper } = model.variables[branch.column]!;
    return [
      [...forcing, { target: 'column' as const, index: branch.column, min: lower, max: Math.floor(branch.value) }],
      [...forcing, { target: 'column' as const, index: branch.column, min: Math.ceil(branch.value), max: upper }],
    ];
  });
  const results = await probe(model, sides.flat(), options);
  const arcCount = formulation.arcs.length;
  const sense = model.objective.sense === 'max' ? 1 : -1;
  let next = 0;
  forcible.forEach((request, index) => {
    const own = results.probes.slice(next, next + sides[index]!.length);
    next += own.length;
    // Every side must be settled for the bound to hold; infeasible sides hold nothing.
    if (own.some((result) => result.termination !== 'optimal' && result.termination !== 'infeasible')) return;
    const feasible = own.filter((result) => result.termination === 'optimal' && result.objective !== undefined);
    if (feasible.length === 0) {
      byRequest.set(request.id, { status: 'infeasible' });
      return;
    }
    const best = feasible.reduce((a, b) => (sense * b.objective! > sense * a.objective! ? b : a));
    const { columns = [], values = [] } = best.support ?? {};
    const arcs = columns.flatMap((column) => (column < arcCount ? [column] : []));
    byRequest.set(request.id, {
      status: 'bound',
      bound: integralBound(best.objective!, model.objective.sense),
      support: { arcs, values: values.slice(0, arcs.length) },
      ...(request.branch ? {} : { branch: fractionalCount(model, arcCount, columns, values) }),
    });
  });
  return { byRequest, iterations: results.iterations };
}
