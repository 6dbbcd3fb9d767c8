import type { EnginePool } from '../engines/engine-pool.js';
import type { MipEngine } from '../mip/engine.js';
import type { Counterfactual } from '../result/explanation.js';
import { integralBound, type ForcedRelaxation, type ForcedRequest } from '../solve/forced-relaxation.js';
import type { TierRelaxation } from '../solve/reduced-cost-fixing.js';
import { settleCloseCalls } from './close-calls.js';
import type { ExplainContext } from './explain-context.js';
import { counterfactualOf } from './explain-counterfactual.js';
import { FILL_LIMIT, firstTierValue, forcedExample } from './forced-start.js';
import { provenBelow, provenShort, tieOf, type Known } from './proof-facts.js';

/**
 * Simplex iterations one forced LP may take. From the relaxation's optimal
 * basis a forced request takes 5-100 on the Flanders-scale rounds of the
 * benchmark (the relaxation itself about 500 from scratch); a probe that
 * stops here keeps only the bound from reduced costs.
 */
const PROBE_ITERATIONS = 2000;

/**
 * A request's arcs tried as the forced arc of a repair: those that cost the
 * relaxation least (reduced costs) come first, and a repair of each of a
 * request's 28 arcs (the Flanders rounds' mean) cost four times as much for
 * examples as good on the benchmark rounds.
 */
const REPAIRED_ARCS = 8;

/** How the proven counterfactuals run: the engines (one per core) and the explanation's time left. */
export interface ProvenOptions {
  readonly engines: readonly MipEngine[];
  readonly pool: EnginePool;
  /** Seconds the explanation has left: only a safety net (the user's time limit); the work itself is bounded by counts. */
  readonly secondsLeft: () => number;
}

/** Every request's counterfactual, and the work it took. */
export interface ProvenCounterfactuals {
  readonly byRequest: ReadonlyMap<string, Counterfactual>;
  /** MIP solves (for the close calls). */
  readonly solves: number;
  /** Forced LP relaxations solved. */
  readonly relaxations: number;
}

/**
 * A proven counterfactual for every request in `requestIds` (unserved, with
 * arcs), the first tier alone deciding how: the reported allocation's value
 * on the first tier is compared with an upper end (for a max tier) from LP
 * bounds and a lower end from an example allocation that serves the request
 * (repaired by hand from the allocation or from the forced LP's point, and
 * accepted by the independent checker).
 *
 * 1. Bounds from the LP relaxation of the first tier with every rule of the
 *    round: its reduced costs bound every request at once; then each request
 *    is forced into the relaxation (one bound change, from its optimal basis,
 *    split over the engines) for a tighter bound and a point to round.
 * 2. A bound below the reported value proves that serving the request costs
 *    first-tier value: `optimal` when the example meets the bound, else
 *    `bounded` with both ends. An example as good as the reported value is a
 *    `tie`; an infeasible forced LP proves that nothing serves it.
 * 3. The close calls (bound not below, example below) get their forced LP
 *    split in two on a count it holds fractional (the total number of
 *    trajectories, in the Flanders rounds), each side probed: the better
 *    side's bound holds, and usually settles them.
 * 4. What is left is settled by MIP
 *    solves of the round forced to serve one of a group of them: the best
 *    such allocation is exact for the requests it serves, and its value
 *    bounds the rest of the group, who then stand proven (`bounded`). Groups
 *    are solved again while their best allocation ties, and while a request
 *    of the group has no example.
 *
 * Undefined when the engine cannot probe relaxations or the first tier is a
 * strict order: the caller then runs exact counterfactual solves as before.
 */
export async function provenCounterfactuals(
  context: ExplainContext,
  requestIds: readonly string[],
  options: ProvenOptions,
): Promise<ProvenCounterfactuals | undefined> {
  const first = context.formulation.tiers[0];
  const engine = options.engines[0];
  if (!first || first.order || !engine?.probeRelaxation) return undefined;
  const relaxation = await context.prepared.relaxFirstTier(engine, options.secondsLeft());
  if (!relaxation) return undefined;
  const sign = first.sense === 'max' ? 1 : -1;
  const current = firstTierValue(context, context.allocation.trajectories);
  const requests = requestIds.map((id) => ({ id, arcs: context.arcsOf.get(id) ?? [] }));

  // Each engine probes its share of the requests while this thread repairs allocations by hand.
  const probing = probeShares(context, requests, options);
  // Let the probes go out to the workers before this thread is busy.
  await new Promise((resolve) => setImmediate(resolve));
  const repairs = repairOptions(context, relaxation, sign);
  const known = new Map<string, Known>(
    requests.map((request) => [
      request.id,
      {
        example: forcedExample(context, request.id, { forcedArcs: repairs.cheapest(request.arcs), fill: repairs.fill }),
        bound: integralBound(relaxation.boundWithOneOf(request.arcs), first.sense),
        infeasible: false,
      },
    ]),
  );
  for (const [id, forced] of await probing) tighten(context, id, known.get(id)!, forced, { sign, fill: repairs.fill, current });
  let relaxations = requests.filter((request) => request.arcs.length > 0).length;

  const byRequest = new Map<string, Counterfactual>();
  const classify = (ids: readonly string[]) =>
    ids.filter((id) => {
      const fact = provenFact(context, known.get(id)!, current, sign);
      if (fact) byRequest.set(id, fact);
      return !fact;
    });
  // The close calls: each LP split on its fractional count (two probes), then solves for what is left.
  const splitting = classify(requestIds).flatMap((id) => {
    const branch = known.get(id)!.branch;
    return branch ? [{ id, arcs: context.arcsOf.get(id) ?? [], branch }] : [];
  });
  relaxations += 2 * splitting.length;
  for (const [id, forced] of await probeShares(context, splitting, options)) {
    const each = known.get(id)!;
    if (forced.status === 'infeasible') each.infeasible = true;
    if (forced.bound !== undefined && sign * forced.bound < sign * each.bound) each.bound = forced.bound;
  }
  const close = classify(requestIds.filter((id) => !byRequest.has(id)));
  const groups = options.engines.map((_, group) => close.filter((_, index) => index % options.engines.length === group));
  const settle = { known, current, sign, byRequest };
  const solves = await Promise.all(groups.map((group) => settleCloseCalls(context, group, settle, options)));
  return { byRequest, solves: solves.reduce((sum, count) => sum + count, 0), relaxations };
}

/** Probes per engine below which a set of probes stays on fewer engines: each engine solves the relaxation first. */
const PROBES_PER_ENGINE = 16;

/** The forced probes of `requests`, split over the engines (each probe's result depends on it alone). */
async function probeShares(
  context: ExplainContext,
  requests: readonly ForcedRequest[],
  options: ProvenOptions,
): Promise<Map<string, ForcedRelaxation>> {
  if (requests.length === 0) return new Map();
  const count = Math.min(options.engines.length, Math.ceil(requests.length / PROBES_PER_ENGINE));
  const shares = Array.from({ length: count }, (_, share) => requests.filter((_, index) => index % count === share));
  const probed = await Promise.all(
    shares.map((share) =>
      options.pool.run((engine) =>
        context.prepared.probeForced(share, engine, {
          iterationLimit: PROBE_ITERATIONS,
          timeLimitSeconds: Math.max(0, options.secondsLeft()),
        }),
      ),
    ),
  );
  return new Map(probed.flatMap((share) => [...share.byRequest]));
}

/**
 * The proven counterfactual of a request from what is known, if it is
 * proven: nothing serves it; an example better than the reported allocation
 * (which was then not optimal: nothing is proven, `time_limit`); an example
 * as good (a tie); a bound short of the reported value (exact or bounded).
 * Undefined for a close call.
 */
function provenFact(context: ExplainContext, known: Known, current: number, sign: number): Counterfactual | undefined {
  const { example } = known;
  if (known.infeasible) return { status: 'infeasible', displaced: [] };
  if (example && sign * example.value > sign * current) return counterfactualOf(context, example.trajectories, 'time_limit', true);
  if (example && example.value === current) return tieOf(context, example.trajectories, current);
  if (provenShort(known, current, sign)) return provenBelow(context, known, current);
  return undefined;
}

/**
 * What the relaxation's reduced costs tell the repairs: a request's arcs that
 * cost the LP least (REPAIRED_ARCS of them), and the arcs worth trying to
 * fill room in a set worth `value`: an arc that costs the LP more than its
 * value's distance to the LP's can be in no better allocation, so only the
 * cheaper ones, cheapest first (at most FILL_LIMIT).
 */
function repairOptions(context: ExplainContext, relaxation: TierRelaxation, sign: number) {
  const byLoss = (a: number, b: number) => relaxation.loss(a) - relaxation.loss(b) || a - b;
  const sorted = context.formulation.arcs.map((_, arc) => arc).sort(byLoss);
  return {
    cheapest: (arcs: readonly number[]) => [...arcs].sort(byLoss).slice(0, REPAIRED_ARCS),
    fill: (value: number) => {
      const room = sign * (relaxation.value - value);
      let end = 0;
      while (end < sorted.length && end < FILL_LIMIT && relaxation.loss(sorted[end]!) < room) end++;
      return sorted.slice(0, end);
    },
  };
}

/**
 * Adds what the request's forced LP says: a tighter bound, and an example
 * from its point (the arcs at 1, the request on its largest arc, then the
 * fractional arcs where they fit), repaired and checked like the others.
 */
function tighten(
  context: ExplainContext,
  id: string,
  known: Known,
  forced: ForcedRelaxation,
  { sign, fill, current }: { readonly sign: number; readonly fill: (value: number) => readonly number[]; readonly current: number },
): void {
  if (forced.status === 'infeasible') known.infeasible = true;
  if (forced.status !== 'bound' || forced.bound === undefined || !forced.support) return;
  if (sign * forced.bound < sign * known.bound) known.bound = forced.bound;
  if (forced.branch) known.branch = forced.branch;
  // An example that meets the bound, or ties, cannot be bettered.
  if (known.example && (known.example.value === known.bound || known.example.value === current)) return;
  const own = new Set(context.arcsOf.get(id) ?? []);
  const { arcs, values } = forced.support;
  const order = arcs.map((_, position) => position).sort((a, b) => values[b]! - values[a]! || arcs[a]! - arcs[b]!);
  const largest = order.map((position) => arcs[position]!).find((arc) => own.has(arc));
  if (largest === undefined) return;
  // The arcs at 1 stay; the fractional ones come in where they fit, the largest first.
  const base = order.filter((position) => values[position]! >= 1 - 1e-6).map((position) => arcs[position]!);
  const fractional = order.filter((position) => values[position]! < 1 - 1e-6).map((position) => arcs[position]!);
  const rounded = forcedExample(context, id, { base, forcedArcs: [largest], insert: fractional, fill });
  if (rounded && (!known.example || sign * rounded.value > sign * known.example.value)) known.example = rounded;
}
