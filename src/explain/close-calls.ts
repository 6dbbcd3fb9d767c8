import { checkAllocation } from '../check/check-allocation.js';
import type { EnginePool } from '../engines/engine-pool.js';
import type { Counterfactual } from '../result/explanation.js';
import { EngineFailure } from '../solve/solve-round.js';
import type { ExplainContext } from './explain-context.js';
import { counterfactualOf } from './explain-counterfactual.js';
import { firstTierValue, type ForcedExample } from './forced-start.js';
import { provenBelow, provenShort, tieOf, type Known } from './proof-facts.js';

/** What the close calls' solves run on: the engines' pool and the explanation's time left. */
interface CloseCallOptions {
  readonly pool: EnginePool;
  readonly secondsLeft: () => number;
}

/** What the close calls' solves read (the known ends, the reported value, the tier's sense) and settle. */
export interface Settlement {
  readonly known: ReadonlyMap<string, Known>;
  readonly current: number;
  readonly sign: number;
  readonly byRequest: Map<string, Counterfactual>;
}

/**
 * Settles a group of close calls (see provenCounterfactuals in proven-counterfactuals.ts, step 4): solves
 * the round forced to serve one of the group, from the group's best example;
 * the requests that allocation serves get it as their exact counterfactual
 * (a tie when it is as good as the reported one), and its value bounds the
 * others. Again while it ties or a request left has no example. Returns how
 * many solves ran; requests left when the time ran out or the engine failed
 * stay `not-run`.
 */
export async function settleCloseCalls(
  context: ExplainContext,
  group: readonly string[],
  settle: Settlement,
  options: CloseCallOptions,
): Promise<number> {
  const { known, current, sign, byRequest } = settle;
  let left = [...group];
  let solves = 0;
  while (left.length > 0 && options.secondsLeft() > 0) {
    const start = left
      .map((id) => known.get(id)!.example)
      .reduce<ForcedExample | undefined>(
        (best, example) => (example && (!best || sign * example.value > sign * best.value) ? example : best),
        undefined,
      );
    const forcing = left;
    const outcome = await options.pool
      .run((engine) =>
        context.prepared.forceIn(forcing, {
          engine,
          timeLimitSeconds: options.secondsLeft(),
          stopAfter: () => true,
          ...(start ? { start: { trajectories: start.trajectories } } : {}),
        }),
      )
      .catch((error: unknown) => {
        // An engine fault in an explanation must not cost the user the allocation itself.
        if (error instanceof EngineFailure) return undefined;
        throw error;
      });
    solves++;
    if (outcome?.status === 'infeasible') {
      for (const id of left) byRequest.set(id, { status: 'infeasible', displaced: [] });
      left = [];
    }
    const trajectories = outcome?.status === 'optimal' ? outcome.allocation?.trajectories : undefined;
    // Stated as a fact only once the independent checker accepts it.
    if (!trajectories || checkAllocation(context.round, { trajectories }).length > 0) break;
    const value = firstTierValue(context, trajectories);
    if (sign * value > sign * current) break;
    const tie = value === current;
    const served = new Set(trajectories.map((t) => t.request));
    for (const id of left.filter((each) => served.has(each))) {
      byRequest.set(id, tie ? tieOf(context, trajectories, current) : counterfactualOf(context, trajectories, 'optimal', true));
    }
    left = left.filter((id) => !served.has(id));
    for (const id of left) {
      const each = known.get(id)!;
      if (sign * value < sign * each.bound) each.bound = value;
    }
    if (!tie && left.every((id) => known.get(id)!.example)) break;
  }
  for (const id of left) {
    const each = known.get(id)!;
    byRequest.set(id, provenShort(each, current, sign) ? provenBelow(context, each, current) : { status: 'not-run', displaced: [] });
  }
  return solves;
}
