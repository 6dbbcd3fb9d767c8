import type { EngineResult, MipEngine } from '../engines/engine.js';
import { evaluate, type MipConstraint, type MipModel, type MipVariable } from './mip-model.js';

/** What the lexicographic pass over a strict order decided. */
export interface StrictOrderOutcome {
  readonly status: 'optimal' | 'time_limit' | 'infeasible' | 'error';
  /** The engine's words, for `error`. */
  readonly message?: string;
  /** Rows that hold every decision (served: >= 1, not served: <= 0), for the tiers that follow. */
  readonly rows: readonly MipConstraint[];
  /** A feasible point that meets every decision, when one was found. */
  readonly best?: Float64Array;
  readonly solves: number;
  readonly nodes: number;
  readonly seconds: number;
}

export interface StrictOrderInput {
  readonly variables: readonly MipVariable[];
  readonly constraints: readonly MipConstraint[];
  /** Arc indices of each request, in rule order. */
  readonly order: readonly (readonly number[])[];
  readonly engine: MipEngine;
  /** Seconds left for the whole pass. */
  readonly timeLimitSeconds: number;
  readonly start?: Float64Array;
}

const ONE = 0.5;
const served = (arcs: readonly number[], values: Float64Array | undefined) =>
  values !== undefined && evaluate({ indices: arcs, coefficients: arcs.map(() => 1) }, values) > ONE;

/**
 * Serves requests lexicographically in rule order: request k is served if
 * any allocation can serve it together with every earlier request decided
 * served (and none decided unserved). This is the definition of the strict
 * order itself, so it is exact: no big weights, only feasibility questions.
 *
 * Each question is one MIP: maximise (L + 1) * served(k) + sum of served(j)
 * over the L later requests. Both parts are integer counts and the later sum
 * is at most L, so the optimum serves k exactly when k can be served; the
 * later part only steers the incumbent towards serving many later requests,
 * which then need no question of their own (a request the incumbent already
 * serves is feasible by witness). On the example round this takes a handful
 * of solves instead of one per request.
 */
export async function serveInStrictOrder(input: StrictOrderInput): Promise<StrictOrderOutcome> {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const rows: MipConstraint[] = [];
  let best = input.start;
  let solves = 0;
  let nodes = 0;
  const decide = (arcs: readonly number[], isServed: boolean) =>
    rows.push({ name: `o${rows.length}`, indices: arcs, coefficients: arcs.map(() => 1), ...(isServed ? { min: 1 } : { max: 0 }) });
  const result = (status: StrictOrderOutcome['status'], message?: string): StrictOrderOutcome => ({ status, rows, best, solves, nodes, seconds: elapsed(), ...(message ? { message } : {}) });

  for (let position = 0; position < input.order.length; position++) {
    const arcs = input.order[position]!;
    if (arcs.length === 0) continue;
    if (served(arcs, best)) {
      decide(arcs, true);
      continue;
    }
    const later = input.order.slice(position + 1).filter((group) => group.length > 0);
    const weight = later.length + 1;
    const objectiveIndices = [...arcs, ...later.flat()];
    const model: MipModel = {
      variables: input.variables,
      constraints: [...input.constraints, ...rows],
      objective: { sense: 'max', indices: objectiveIndices, coefficients: objectiveIndices.map((_, i) => (i < arcs.length ? weight : 1)) },
    };
    const left = input.timeLimitSeconds - elapsed();
    const answer: EngineResult = left > 0 ? await input.engine.solve(model, { timeLimitSeconds: left, start: best }) : { termination: 'time_limit', seconds: 0 };
    solves++;
    nodes += answer.nodes ?? 0;
    if (answer.termination === 'error') return result('error', answer.message ?? 'no message');
    if (answer.termination === 'infeasible') {
      // Only possible before any decision: later models keep a feasible witness.
      if (rows.length === 0) return result('infeasible');
      return result('error', 'a strict-order step was called infeasible although the previous point is feasible');
    }
    if (answer.solution) best = answer.solution.values;
    if (answer.termination === 'time_limit') {
      // Only a found point that serves k decides it; otherwise the order is not proven past here.
      if (!served(arcs, best)) return result('time_limit');
      decide(arcs, true);
      continue;
    }
    decide(arcs, served(arcs, best));
  }
  return result('optimal');
}
