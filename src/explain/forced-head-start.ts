import type { MipEngine } from '../mip/engine.js';
import { evaluate, ONE } from '../mip/model.js';
import type { ForcedRelaxation } from '../solve/forced-relaxation.js';
import type { PreparedRound } from '../solve/prepared-round.js';
import { PROBE_ITERATIONS } from './proof-facts.js';

/**
 * The forced probes a head start ran, by request, and the split probes of
 * those their bound leaves open, which follow on the same engine (undefined
 * if they failed). That engine is busy until `split` has settled.
 */
export interface HeadStart {
  readonly forced: ReadonlyMap<string, ForcedRelaxation>;
  readonly split: Promise<ReadonlyMap<string, ForcedRelaxation> | undefined>;
}

/**
 * Starts the LP bounds of an explanation (see proven-counterfactuals.ts) on
 * an engine the solve does not use, as soon as the first tier is proven: the
 * bounds need only the first tier, and the later tiers (served, distance,
 * tie-break) take the solve's engine another 0.2-4 s on the grid rounds.
 * It probes every request with arcs that the first tier's point leaves out,
 * then splits the probes whose bound is not short of the first tier's
 * optimum; it resolves once the first probes have run, so that the
 * explanation can use them while the split probes still run. Each probe's
 * result depends on it alone, so the explanation is the same as without a
 * head start; it only probes what is missing.
 */
export async function startForcedProbes(
  prepared: PreparedRound,
  engine: MipEngine,
  point: Float64Array,
  timeLimitSeconds: number,
): Promise<HeadStart> {
  const { tier } = prepared.firstTierModel();
  const optimum = Math.round(evaluate(tier.expression, point));
  const sign = tier.sense === 'max' ? 1 : -1;
  const arcsOf = new Map<string, number[]>();
  prepared.arcs.forEach((arc, column) => arcsOf.set(arc.request.id, [...(arcsOf.get(arc.request.id) ?? []), column]));
  const requests = [...arcsOf].filter(([, arcs]) => arcs.every((arc) => (point[arc] ?? 0) <= ONE)).map(([id, arcs]) => ({ id, arcs }));
  const options = { iterationLimit: PROBE_ITERATIONS, timeLimitSeconds };
  const forced = (await prepared.probeForced(requests, engine, options)).byRequest;
  const open = requests.flatMap((request) => {
    const { bound, branch } = forced.get(request.id) ?? {};
    return bound !== undefined && branch && sign * bound >= sign * optimum ? [{ ...request, branch }] : [];
  });
  const split = prepared.probeForced(open, engine, options).then(
    (probed) => probed.byRequest,
    () => undefined,
  );
  return { forced, split };
}
