import type { EnginePool } from '../engines/engine-pool.js';
import type { MipEngine } from '../mip/engine.js';
import type { Counterfactual } from '../result/explanation.js';
import { integralBound, type ForcedRelaxation, type ForcedRequest } from '../solve/forced-relaxation.js';
import type { TierRelaxation } from '../solve/reduced-cost-fixing.js';
import { settleCloseCalls, type Settlement } from './close-calls.js';
import type { HeadStart } from './forced-head-start.js';
import type { ExplainContext } from './explain-context.js';
import { counterfactualOf } from './explain-counterfactual.js';
import { FILL_LIMIT, firstTierValue, forcedExample, type ForcedExample } from './forced-start.js';
import { addProbe, PROBE_ITERATIONS, provenBelow, provenShort, roundExample, tieOf, type Known } from './proof-facts.js';

/**
 * A request's arcs tried as the forced arc of a repair: those that cost the
 * relaxation least (reduced costs) come first, and a repair of each of a
 * request's 28 arcs (the Flanders rounds' mean) cost four times as much for
 * examples as good on the benchmark rounds.
 */
const REPAIRED_ARCS = 8;

/**
 * How many groups the close calls are split into, each settled by its own
 * solves (side by side on two engines). Fixed, so that the facts do not
 * depend on how many engines a machine has.
 */
const CLOSE_CALL_GROUPS = 2;

/** How the proven counterfactuals run: the engines (one per core) and the explanation's time left. */
export interface ProvenOptions {
  readonly engines: readonly MipEngine[];
  readonly pool: EnginePool;
  /** Seconds the explanation has left: only a safety net (the user's time limit); the work itself is bounded by counts. */
  readonly secondsLeft: () => number;
  /** Probes already started while the solve ran (see forced-head-start.ts); its engine is busy until they end. */
  readonly headStart?: Promise<HeadStart | undefined>;
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
 * strict order: the caller then takes the order's own proofs (order-proofs.ts)
 * and runs exact counterfactual solves for the rest.
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

  // Examples repaired from the allocation, each once, when first needed.
  const repairs = repairOptions(context, relaxation, sign);
  const repaired = new Map<string, ForcedExample | undefined>();
  const exampleOf = (id: string) => {
    if (!repaired.has(id))
      repaired.set(id, forcedExample(context, id, { forcedArcs: repairs.cheapest(context.arcsOf.get(id) ?? []), fill: repairs.fill }));
    return repaired.get(id);
  };
  // The bounds first: each engine probes its share of the requests that a head start has not. This thread
  // repairs the examples meanwhile: while a head start still probes, as many as it takes; once it has ended,
  // the close calls' examples come first (below), so that their solves start early. A repair depends on its
  // request alone, so when it runs changes no fact.
  const early = await workWhile(options.headStart, requests, (id) => exampleOf(id));
  // The head start's engine stays busy with its split probes: the pool's engines are free only after them.
  const earlySplit = early?.split;
  const missingForced = requests.filter((request) => !early?.forced.has(request.id));
  if (missingForced.length > 0) await earlySplit;
  const probing = probeShares(context, missingForced, options);
  if (!early) {
    await new Promise((resolve) => setImmediate(resolve));
    for (const { id } of requests) exampleOf(id);
  }
  const probed = new Map([...(early?.forced ?? []), ...(await probing)]);
  const known = new Map<string, Known>(
    requests.map((request) => [
      request.id,
      { bound: integralBound(relaxation.boundWithOneOf(request.arcs), first.sense), infeasible: false },
    ]),
  );
  for (const [id, forced] of probed) {
    // A head start probes by the first tier's point: requests the final allocation serves may be among them.
    const each = known.get(id);
    if (each) addProbe(each, forced, sign);
  }
  // The LPs whose bound is not short of the reported value: split on their fractional count (two probes each).
  const open = requests.flatMap((request) => {
    const { bound, branch, infeasible } = known.get(request.id)!;
    return branch && !infeasible && sign * bound >= sign * current ? [{ ...request, branch }] : [];
  });
  // Examples rounded from the forced LPs' points, each once. A split probe only lowers a bound, and no
  // example beats a bound, so rounding before the split probes end gives the same example as after.
  const examples = { sign, fill: repairs.fill, current };
  const rounded = new Set<string>();
  const roundOnce = (id: string) => {
    if (rounded.has(id)) return;
    rounded.add(id);
    const each = known.get(id)!;
    const example = exampleOf(id);
    if (example) each.example = example;
    roundExample(context, id, each, examples);
  };
  // While the head start's split probes run, this thread rounds: the close calls' candidates first.
  const openIds = new Set(open.map((request) => request.id));
  const roundingOrder = [...open, ...requests.filter((request) => !openIds.has(request.id))];
  const earlySplitDone = await workWhile(earlySplit, roundingOrder, roundOnce);
  const missing = open.filter((request) => !earlySplitDone?.has(request.id));
  const split = new Map([...(earlySplitDone ?? []), ...(await probeShares(context, missing, options))]);
  for (const request of open) {
    const forced = split.get(request.id);
    if (forced) addProbe(known.get(request.id)!, { ...forced, support: undefined }, sign);
  }
  const relaxations = requests.filter((request) => request.arcs.length > 0).length + 2 * open.length;

  const byRequest = new Map<string, Counterfactual>();
  // Proves what it can of `ids`, with examples repaired from the allocation and rounded from their LP points;
  // returns the close calls left.
  const settleByBounds = (ids: readonly string[]) =>
    ids.filter((id) => {
      roundOnce(id);
      const each = known.get(id)!;
      const fact = provenFact(context, each, current, sign);
      if (fact) byRequest.set(id, fact);
      return !fact;
    });
  // The requests whose bound is not short of the reported value first: their solves run while this thread rounds the others.
  const unsettled = (id: string) => sign * known.get(id)!.bound >= sign * current;
  const settle = { known, current, sign, byRequest };
  const solving = settleInGroups(context, settleByBounds(requestIds.filter(unsettled)), settle, options);
  const left = settleByBounds(requestIds.filter((id) => !unsettled(id)));
  // What the bounds left among the others (no example at all, e.g. where pins hold the room) is solved after.
  const solves = (await solving) + (await settleInGroups(context, left, settle, options));
  return { byRequest, solves, relaxations };
}

/**
 * Does `work` for the requests one by one until `pending` has settled (or
 * all are done), letting the event loop run between them so that its end is
 * seen; then returns its value. Without anything pending, returns at once.
 */
async function workWhile<T>(
  pending: Promise<T> | undefined,
  requests: readonly { readonly id: string }[],
  work: (id: string) => void,
): Promise<T | undefined> {
  if (!pending) return undefined;
  let settled = false;
  const done = pending.finally(() => {
    settled = true;
  });
  for (const { id } of requests) {
    await new Promise((resolve) => setImmediate(resolve));
    if (settled) break;
    work(id);
  }
  return done;
}

/** Settles close calls in CLOSE_CALL_GROUPS groups, side by side (see close-calls.ts); how many solves ran. */
async function settleInGroups(
  context: ExplainContext,
  close: readonly string[],
  settle: Settlement,
  options: ProvenOptions,
): Promise<number> {
  if (close.length === 0) return 0;
  // A fixed number of groups, whatever the number of engines: each group's solve decides its requests' facts.
  const groups = Array.from({ length: CLOSE_CALL_GROUPS }, (_, group) => close.filter((_, index) => index % CLOSE_CALL_GROUPS === group));
  const solves = await Promise.all(groups.map((group) => settleCloseCalls(context, group, settle, options)));
  return solves.reduce((sum, count) => sum + count, 0);
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
