import { indexBy } from '../domain/index-by.js';
import { policyFilter } from '../domain/policy.js';
import { judgePair } from '../domain/eligibility.js';
import { expertPeriodKey } from '../domain/expert-period.js';
import { budgetCents, centsToEuros, costCents } from '../domain/money.js';
import type { Pin, Quota, Round } from '../domain/types.js';
import { maxTrajectoriesWithinBudget, roundArcs } from '../solve/round-arcs.js';
import { type Arc } from '../solve/arc.js';
import type { Diagnosis, PinClash, PinObstacle } from '../result/policy.js';

/** Why a pinned trajectory has no arc: ineligibility, policy, or the period. */
function pinWithoutArc(round: Round, pin: Pin): PinObstacle {
  const expert = round.experts.find((e) => e.id === pin.expert)!;
  const request = round.requests.find((r) => r.id === pin.request)!;
  const places = indexBy(round.municipalities, (m) => m.nis);
  const verdict = judgePair(expert, request, places.get(expert.municipality)!, places.get(request.municipality)!, round.periods);
  if (!verdict.eligible) return { code: 'ineligible', failures: verdict.reasons.map((r) => r.code) };
  const blocked = policyFilter(round);
  const periods = verdict.periods.filter((period) => pin.period === undefined || period === pin.period);
  if (periods.length === 0) return { code: 'no-common-period', ...(pin.period ? { period: pin.period } : {}), common: verdict.periods };
  const block = blocked(expert, request, periods[0]!);
  return block ? { code: 'policy', block } : { code: 'no-period-left' };
}

/** Most trajectories a group of requests can receive: per municipality, its cap or its requests with an arc. */
function reachable(round: Round, arcs: readonly Arc[], inGroup: (arc: Arc) => boolean): { requests: number; bound: number } {
  const perMunicipality = new Map<string, Set<string>>();
  for (const arc of arcs.filter(inGroup)) {
    const set = perMunicipality.get(arc.request.municipality) ?? new Set<string>();
    set.add(arc.request.id);
    perMunicipality.set(arc.request.municipality, set);
  }
  let requests = 0;
  let bound = 0;
  for (const set of perMunicipality.values()) {
    requests += set.size;
    bound += Math.min(set.size, round.constraints.maxPerMunicipality);
  }
  return { requests, bound };
}

function quotaChecks(
  round: Round,
  arcs: readonly Arc[],
  kind: 'provinces' | 'domains',
  groupOf: (arc: Arc) => string,
  budgetCount: number,
): Diagnosis[] {
  const quotas: Readonly<Record<string, Quota>> = round.constraints[kind] ?? {};
  const found: Diagnosis[] = [];
  let totalMin = 0;
  for (const name of Object.keys(quotas).sort()) {
    const min = quotas[name]!.min ?? 0;
    totalMin += min;
    if (min === 0) continue;
    const { requests, bound } = reachable(round, arcs, (arc) => groupOf(arc) === name);
    const constraint = `constraints.${kind}.${name}.min`;
    if (bound < min) {
      const { maxPerMunicipality } = round.constraints;
      found.push({ constraint, code: 'quota-unreachable', name, min, eligible: requests, reachable: bound, maxPerMunicipality });
    } else if (min > budgetCount) {
      found.push({ constraint, code: 'quota-over-budget', name, min, budgetTrajectories: budgetCount });
    }
  }
  if (totalMin > budgetCount && found.length === 0) {
    found.push({ constraint: `constraints.${kind}`, code: 'quotas-over-budget', kind, total: totalMin, budgetTrajectories: budgetCount });
  }
  return found;
}

function pinChecks(round: Round, arcs: readonly Arc[]): Diagnosis[] {
  const pins = round.constraints.pins ?? [];
  const found: Diagnosis[] = [];
  const experts = indexBy(round.experts, (e) => e.id);
  const requests = indexBy(round.requests, (r) => r.id);
  pins.forEach((pin, index) => {
    const has = arcs.some(
      (arc) => arc.expert.id === pin.expert && arc.request.id === pin.request && (pin.period === undefined || arc.period === pin.period),
    );
    if (!has) found.push({ constraint: `constraints.pins[${index}]`, code: 'pin-impossible', pin, obstacle: pinWithoutArc(round, pin) });
  });
  const clash = (key: (pin: Pin) => string | undefined, limit: (pin: Pin) => number, what: (pin: Pin, count: number) => PinClash) => {
    const groups = new Map<string, number[]>();
    pins.forEach((pin, index) => {
      const group = key(pin);
      if (group !== undefined) groups.set(group, [...(groups.get(group) ?? []), index]);
    });
    for (const indices of groups.values()) {
      const first = pins[indices[0]!]!;
      if (indices.length > limit(first)) {
        found.push({
          constraint: indices.map((i) => `constraints.pins[${i}]`).join(' and '),
          code: 'pins-clash',
          pins: indices.map((i) => pins[i]!),
          clash: what(first, indices.length),
        });
      }
    }
  };
  clash(
    (pin) => pin.request,
    () => 1,
    (pin) => ({ code: 'request-once', request: pin.request }),
  );
  clash(
    (pin) => (pin.period ? expertPeriodKey(pin.expert, pin.period) : undefined),
    () => 1,
    (pin) => ({ code: 'expert-period', expert: pin.expert, period: pin.period! }),
  );
  clash(
    (pin) => pin.expert,
    (pin) => experts.get(pin.expert)!.maxTrajectories,
    (pin, count) => ({ code: 'expert-max', expert: pin.expert, limit: experts.get(pin.expert)!.maxTrajectories, count }),
  );
  clash(
    (pin) => requests.get(pin.request)!.municipality,
    () => round.constraints.maxPerMunicipality,
    (pin, count) => ({
      code: 'municipality-cap',
      municipality: requests.get(pin.request)!.municipality,
      limit: round.constraints.maxPerMunicipality,
      count,
    }),
  );
  if (round.constraints.maxPerSupplier !== undefined) {
    const cap = round.constraints.maxPerSupplier;
    clash(
      (pin) => experts.get(pin.expert)!.municipality,
      () => cap,
      (pin, count) => ({ code: 'supplier-cap', supplier: experts.get(pin.expert)!.municipality, limit: cap, count }),
    );
  }
  const cost = pins.reduce((sum, pin) => sum + costCents(experts.get(pin.expert)!.cost), 0);
  if (cost > budgetCents(round.budget)) {
    found.push({ constraint: 'constraints.pins', code: 'pins-over-budget', cost: centsToEuros(cost), budget: round.budget });
  }
  return found;
}

/**
 * Quick, sound checks that prove a round infeasible before any solve, each
 * naming the setting in conflict and what would make it feasible: pins that
 * cannot be kept or that clash, and province or domain minimums that the
 * eligible demand or the budget cannot meet. An empty list proves nothing.
 */
export function diagnoseInfeasible(round: Round): Diagnosis[] {
  const { arcs } = roundArcs(round);
  const provinceOf = new Map(round.municipalities.map((m) => [m.nis, m.province]));
  const budgetCount = maxTrajectoriesWithinBudget(arcs, round.budget);
  return [
    ...pinChecks(round, arcs),
    ...quotaChecks(round, arcs, 'provinces', (arc) => provinceOf.get(arc.request.municipality) ?? '', budgetCount),
    ...quotaChecks(round, arcs, 'domains', (arc) => arc.request.domain, budgetCount),
  ];
}
