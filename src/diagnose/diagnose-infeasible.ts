import { indexBy } from '../domain/index-by.js';
import { policyFilter } from '../domain/policy.js';
import { judgePair } from '../domain/eligibility.js';
import { expertPeriodKey } from '../domain/expert-period.js';
import { budgetCents, centsToEuros, costCents } from '../domain/money.js';
import type { Pin, Quota, Round } from '../domain/types.js';
import { maxTrajectoriesWithinBudget, roundArcs } from '../solve/round-arcs.js';
import { type Arc } from '../solve/arc.js';
import type { Diagnosis } from '../result/policy.js';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const pinName = (pin: Pin) => `pin ${pin.expert} -> ${pin.request}${pin.period ? ` in ${pin.period}` : ''}`;

/** Why a pinned trajectory has no arc: ineligibility, policy, or the period. */
function pinWithoutArc(round: Round, pin: Pin): string {
  const expert = round.experts.find((e) => e.id === pin.expert)!;
  const request = round.requests.find((r) => r.id === pin.request)!;
  const places = indexBy(round.municipalities, (m) => m.nis);
  const verdict = judgePair(expert, request, places.get(expert.municipality)!, places.get(request.municipality)!, round.periods);
  if (!verdict.eligible) return `the expert is not eligible for the request (${verdict.reasons.map((r) => r.code).join(', ')})`;
  const blocked = policyFilter(round);
  const periods = verdict.periods.filter((period) => pin.period === undefined || period === pin.period);
  if (periods.length === 0) return `they share no period${pin.period ? ` ${pin.period}` : ''} (common: ${verdict.periods.join(', ')})`;
  return blocked(expert, request, periods[0]!)?.message ?? 'no period is left';
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
    if (bound < min) {
      const capped =
        bound < requests
          ? ` (${plural(requests, 'eligible request')}, at most ${bound} with maxPerMunicipality ${round.constraints.maxPerMunicipality})`
          : '';
      found.push({
        constraint: `constraints.${kind}.${name}.min`,
        message: `${name} min ${min}, but only ${plural(bound < requests ? bound : requests, 'eligible request')} can be served${capped}. Lower the min to ${bound}, or add experts or requests in ${name}.`,
      });
    } else if (min > budgetCount) {
      found.push({
        constraint: `constraints.${kind}.${name}.min`,
        message: `${name} min ${min}, but the budget pays at most ${plural(budgetCount, 'trajectory')}. Lower the min or raise the budget.`,
      });
    }
  }
  if (totalMin > budgetCount && found.length === 0) {
    found.push({
      constraint: `constraints.${kind}`,
      message: `the ${kind} mins add up to ${totalMin}, but the budget pays at most ${plural(budgetCount, 'trajectory')}. Lower the mins or raise the budget.`,
    });
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
    if (!has)
      found.push({
        constraint: `constraints.pins[${index}]`,
        message: `${pinName(pin)} cannot be kept: ${pinWithoutArc(round, pin)}. Remove or change the pin.`,
      });
  });
  const clash = (key: (pin: Pin) => string | undefined, limit: (pin: Pin) => number, what: (pin: Pin, count: number) => string) => {
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
          message: `${indices.map((i) => pinName(pins[i]!)).join(' and ')} conflict: ${what(first, indices.length)}. Drop one of them.`,
        });
      }
    }
  };
  clash(
    (pin) => pin.request,
    () => 1,
    (pin) => `request ${pin.request} is served at most once`,
  );
  clash(
    (pin) => (pin.period ? expertPeriodKey(pin.expert, pin.period) : undefined),
    () => 1,
    (pin) => `expert ${pin.expert} does one trajectory per period (${pin.period})`,
  );
  clash(
    (pin) => pin.expert,
    (pin) => experts.get(pin.expert)!.maxTrajectories,
    (pin, count) => `expert ${pin.expert} does at most ${experts.get(pin.expert)!.maxTrajectories}, these pins ask ${count}`,
  );
  clash(
    (pin) => requests.get(pin.request)!.municipality,
    () => round.constraints.maxPerMunicipality,
    (pin, count) =>
      `municipality ${requests.get(pin.request)!.municipality} receives at most ${round.constraints.maxPerMunicipality} (maxPerMunicipality), these pins give it ${count}`,
  );
  if (round.constraints.maxPerSupplier !== undefined) {
    const cap = round.constraints.maxPerSupplier;
    clash(
      (pin) => experts.get(pin.expert)!.municipality,
      () => cap,
      (pin, count) =>
        `supplier ${experts.get(pin.expert)!.municipality} provides at most ${cap} (maxPerSupplier), these pins take ${count}`,
    );
  }
  const cost = pins.reduce((sum, pin) => sum + costCents(experts.get(pin.expert)!.cost), 0);
  if (cost > budgetCents(round.budget)) {
    found.push({
      constraint: 'constraints.pins',
      message: `the pins cost EUR ${centsToEuros(cost)} together, more than the budget of EUR ${round.budget}. Raise the budget or drop a pin.`,
    });
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
