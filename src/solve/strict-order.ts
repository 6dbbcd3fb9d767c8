import type { EngineResult, MipEngine } from '../mip/engine.js';
import type { Round } from '../domain/types.js';
import { definedValue, definitionsUsing, definitionTerms, type DefinitionTerms } from './column-definitions.js';
import type { Formulation } from './formulation.js';
import {
  budgetBounds,
  withRequests,
  type OrderDecision,
  type OrderRefusal,
  type RequestDecision,
  type ServedBy,
} from './order-decisions.js';
import { evaluate, ONE, rowHolds, type MipConstraint, type MipModel, type MipVariable } from '../mip/model.js';

/** What the lexicographic pass over a strict order decided. */
export interface StrictOrderOutcome {
  readonly status: 'optimal' | 'time_limit' | 'infeasible' | 'error';
  /** The engine's words, for `error`. */
  readonly message?: string;
  /** Rows that hold every decision (served: >= 1, not served: <= 0), for the tiers that follow. */
  readonly rows: readonly MipConstraint[];
  /** A feasible point that meets every decision, when one was found. */
  readonly best?: Float64Array;
  /**
   * How each request with arcs was decided, in order; after a time limit
   * only those decided before it (each refusal is proven, see OrderRefusal).
   */
  readonly decisions: readonly OrderDecision[];
  readonly solves: number;
  readonly nodes: number;
  readonly seconds: number;
}

interface StrictOrderInput {
  readonly variables: readonly MipVariable[];
  readonly constraints: readonly MipConstraint[];
  /** The columns the formulation defines as sums of others (see column-definitions.ts), in definition order. */
  readonly definitions: readonly DefinitionTerms[];
  /** Arc indices of each request, in rule order. */
  readonly order: readonly (readonly number[])[];
  readonly engine: MipEngine;
  /** Seconds left for the whole pass. */
  readonly timeLimitSeconds: number;
  readonly start?: Float64Array;
  /**
   * A sound quick test: the bound that proves the request at `position`
   * cannot be served together with the requests at `served` (no MIP is then
   * needed), or undefined.
   */
  readonly cannotAdd?: (served: readonly number[], position: number) => OrderRefusal | undefined;
}

/** Rows are integral; this only absorbs floating noise in the engine's point. */
const TOLERANCE = 1e-6;

/**
 * Tries to serve one more request by switching on one of its arcs in a
 * feasible point, checking every row that arc appears in. A point that
 * passes is feasible for the whole model (the other rows did not change), so
 * it witnesses that the request can be served: no MIP is needed.
 */
function extendPoint(point: Float64Array, arcs: readonly number[], model: PointModel): Float64Array | undefined {
  for (const arc of arcs) {
    if ((point[arc] ?? 0) > ONE) continue;
    const candidate = Float64Array.from(point);
    candidate[arc] = 1;
    const changed = followDefinitions(candidate, [arc], model);
    if (changed && rowsHold(candidate, changed, model.rowsOf)) return candidate;
  }
  return undefined;
}

/** What point repairs read: each variable's rows and bounds, and the defined columns. */
interface PointModel {
  readonly rowsOf: ReadonlyMap<number, readonly MipConstraint[]>;
  readonly variables: readonly MipVariable[];
  readonly definitions: readonly DefinitionTerms[];
  /** Positions in `definitions` of the definitions that sum each column. */
  readonly usedBy: ReadonlyMap<number, readonly number[]>;
}

/**
 * Re-derives the defined columns (e.g. an expert's count z[e] = sum of its
 * arcs, and the total N = sum of z[e]) that depend on the changed columns,
 * in definition order, so a total is summed after the counts it sums.
 * Returns every column changed, or undefined when a derived value breaks its
 * bounds or integrality. The caller still checks every row these columns touch.
 */
function followDefinitions(point: Float64Array, changed: readonly number[], model: PointModel): number[] | undefined {
  const affected = new Set<number>();
  const queue = [...changed];
  while (queue.length > 0) {
    for (const position of model.usedBy.get(queue.pop()!) ?? []) {
      if (affected.has(position)) continue;
      affected.add(position);
      queue.push(model.definitions[position]!.column);
    }
  }
  const derived = [...affected].sort((a, b) => a - b).map((position) => model.definitions[position]!);
  for (const definition of derived) {
    const value = definedValue(definition, point);
    const bounds = model.variables[definition.column]!;
    const rounded = Math.round(value);
    if (value < bounds.lower - TOLERANCE || value > bounds.upper + TOLERANCE || (bounds.integer && Math.abs(value - rounded) > TOLERANCE))
      return undefined;
    point[definition.column] = bounds.integer ? rounded : value;
  }
  return [...changed, ...derived.map((definition) => definition.column)];
}

/** True when every row touching one of `changed` holds at `point`. */
function rowsHold(point: Float64Array, changed: readonly number[], rowsOf: ReadonlyMap<number, readonly MipConstraint[]>): boolean {
  const rows = new Set(changed.flatMap((variable) => rowsOf.get(variable) ?? []));
  return [...rows].every((row) => rowHolds(row, evaluate(row, point)));
}

/**
 * The point without the trajectories of requests not decided yet, when that
 * keeps it feasible (a pin or a min may need them): an engine's point often
 * spends the budget on arbitrary later requests, which blocks extendPoint.
 */
function withoutUndecided(enginePoint: Float64Array, undecided: readonly (readonly number[])[], model: PointModel): Float64Array {
  // Integer columns snapped to integers, so row activities below are exact, not within the engine's tolerance.
  const point = enginePoint.map((value, column) => (model.variables[column]?.integer ? Math.round(value) : value));
  const dropped = undecided.flat().filter((arc) => (point[arc] ?? 0) > ONE);
  if (dropped.length === 0) return point;
  const candidate = Float64Array.from(point);
  for (const arc of dropped) candidate[arc] = 0;
  const changed = followDefinitions(candidate, dropped, model);
  return changed && rowsHold(candidate, changed, model.rowsOf) ? candidate : point;
}

/** Which rows each variable appears in. */
function rowsByVariable(constraints: readonly MipConstraint[]): Map<number, MipConstraint[]> {
  const index = new Map<number, MipConstraint[]>();
  for (const row of constraints) {
    for (const variable of row.indices) {
      const list = index.get(variable);
      if (list) list.push(row);
      else index.set(variable, [row]);
    }
  }
  return index;
}
const served = (arcs: readonly number[], values: Float64Array | undefined) =>
  values !== undefined && evaluate({ indices: arcs, coefficients: arcs.map(() => 1) }, values) > ONE;

/**
 * Serves requests lexicographically in rule order: request k is served if
 * any allocation can serve it together with every earlier request decided
 * served (and none decided unserved). This is the definition of the strict
 * order itself, so it is exact: no big weights, only feasibility questions.
 *
 * Most questions need no MIP: a request the current point already serves,
 * or that a verified one-arc extension of the point serves, is feasible by
 * witness; one that fails `cannotAdd` (sound bounds) is not. The rest is one
 * MIP each: maximise served(k), an integer 0 or 1, under the decisions so
 * far; the optimum is 1 exactly when k can be served. On a generated
 * 300-request round this took 3 MIPs instead of 300.
 */
async function serveInStrictOrder(input: StrictOrderInput): Promise<StrictOrderOutcome> {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const rows: MipConstraint[] = [];
  let best = input.start;
  let solves = 0;
  let nodes = 0;
  const servedPositions: number[] = [];
  const decisions: OrderDecision[] = [];
  // Decision rows never contain a later request's arcs, so the model's own rows are all an extension must keep.
  const pointModel: PointModel = {
    rowsOf: rowsByVariable(input.constraints),
    variables: input.variables,
    definitions: input.definitions,
    usedBy: definitionsUsing(input.definitions),
  };
  const decide = (position: number, how: ServedBy | OrderRefusal) => {
    const arcs = input.order[position]!;
    const isServed = typeof how === 'string';
    rows.push({ name: `o${rows.length}`, indices: arcs, coefficients: arcs.map(() => 1), ...(isServed ? { min: 1 } : { max: 0 }) });
    if (isServed) servedPositions.push(position);
    decisions.push(isServed ? { position, served: true, by: how } : { position, served: false, ...how });
  };
  const result = (status: StrictOrderOutcome['status'], message?: string): StrictOrderOutcome => ({
    status,
    rows,
    best,
    decisions,
    solves,
    nodes,
    seconds: elapsed(),
    ...(message ? { message } : {}),
  });

  for (let position = 0; position < input.order.length; position++) {
    const arcs = input.order[position]!;
    if (arcs.length === 0) continue;
    if (served(arcs, best)) {
      decide(position, 'point');
      continue;
    }
    const refusal = input.cannotAdd?.(servedPositions, position);
    if (refusal) {
      decide(position, refusal);
      continue;
    }
    const extended = best && extendPoint(best, arcs, pointModel);
    if (extended) {
      best = extended;
      decide(position, 'extension');
      continue;
    }
    const model: MipModel = {
      variables: input.variables,
      constraints: [...input.constraints, ...rows],
      objective: { sense: 'max', indices: arcs, coefficients: arcs.map(() => 1) },
    };
    const left = input.timeLimitSeconds - elapsed();
    const answer: EngineResult =
      left > 0 ? await input.engine.solve(model, { timeLimitSeconds: left, start: best }) : { termination: 'time_limit', seconds: 0 };
    solves++;
    nodes += answer.nodes ?? 0;
    if (answer.termination === 'error') return result('error', answer.message ?? 'no message');
    if (answer.termination === 'infeasible') {
      // Decisions never cut off every feasible point (a rejection is sound, a service has a
      // witness), so this means the round itself is infeasible, unless a point was seen.
      if (!best) return result('infeasible');
      return result('error', 'a strict-order step was called infeasible although the previous point is feasible');
    }
    if (answer.solution) best = withoutUndecided(answer.solution.values, input.order.slice(position + 1), pointModel);
    if (answer.termination === 'time_limit') {
      // Only a found point that serves k decides it; otherwise the order is not proven past here.
      if (!served(arcs, best)) return result('time_limit');
      decide(position, 'solve');
      continue;
    }
    // Optimal: the objective is an integer 0 or 1, so a point that does not serve it proves it cannot be.
    decide(position, served(arcs, best) ? 'solve' : { by: 'solve' });
  }
  return result('optimal');
}

/** The strict-order pass of a formulation's order tier, as the tier loop runs it: the rows and columns now, engine, time, start. */
type OrderTierInput = Pick<StrictOrderInput, 'variables' | 'constraints' | 'engine' | 'timeLimitSeconds' | 'start'>;

/** Runs the pass over `order` (the tier's) with the sound bounds of order-decisions.ts; each decision names its request. */
export async function strictOrderTier(
  round: Round,
  formulation: Formulation,
  order: readonly (readonly number[])[],
  input: OrderTierInput,
): Promise<StrictOrderOutcome & { readonly requests: readonly RequestDecision[] }> {
  const pass = await serveInStrictOrder({
    ...input,
    definitions: definitionTerms(formulation.definitions, formulation.constraints),
    order,
    cannotAdd: budgetBounds(formulation.arcs, order, round),
  });
  return { ...pass, requests: withRequests(pass.decisions, order, formulation.arcs) };
}
